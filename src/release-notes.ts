/**
 * The `release-notes` edit: the same text as `releaseNotes` in the base
 * listing of every language the submission has. Pure.
 */
import type { SubmissionEdit } from './edits.js';
import { ActionError } from './errors.js';
import { isPlainObject, type JsonObject } from './merge.js';

/** The submission's listing languages (e.g. `en-us`, `de-de`). */
function languagesOf(submission: JsonObject | undefined): string[] {
  return isPlainObject(submission?.listings) ? Object.keys(submission.listings) : [];
}

export function releaseNotesEdit(text: string): SubmissionEdit {
  return {
    source: 'release-notes',
    check(base) {
      if (base.published && languagesOf(base.published).length === 0) {
        throw new ActionError(
          'Release notes were given, but the last published submission has no listing to put them in.',
          { hint: "Add a listing in Partner Center first, or set the listings with 'submission-json'." }
        );
      }
    },
    apply(current) {
      const listings = Object.fromEntries(
        languagesOf(current).map((language) => [language, { baseListing: { releaseNotes: text } }])
      );
      return Object.keys(listings).length > 0 ? { listings } : {};
    }
  };
}
