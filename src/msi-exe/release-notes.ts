/**
 * The `release-notes` edit of an MSI/EXE product: the same text as `whatsNew`
 * in the listing of every language the draft holds, as the MSIX edit
 * (src/release-notes.ts) sets `releaseNotes` in every language of the
 * submission. The length is checked when the edit is made, before any
 * request; a draft with no listing is refused once read, before any change.
 * Pure.
 */
import type { SubmissionEdit } from '../edits.js';
import { ActionError } from '../errors.js';
import { isPlainObject } from '../merge.js';
import { LISTING_TEXT_LIMITS } from './metadata-check.js';

export function msiExeReleaseNotesEdit(text: string): SubmissionEdit {
  const limit = LISTING_TEXT_LIMITS.whatsNew;
  if (text.length > limit)
    throw new ActionError(
      `The release notes have ${text.length} characters; an MSI/EXE product's listing (whatsNew) takes at most ${limit}.`,
      { hint: 'Shorten them; they go to every language of the listing.' }
    );
  return {
    source: 'release-notes',
    everyListing: true,
    apply(current) {
      const languages = isPlainObject(current.listings) ? Object.keys(current.listings) : [];
      if (languages.length === 0)
        throw new ActionError("Release notes were given, but the product's draft has no listing to put them in.", {
          hint: "Add a listing language in Partner Center first, or leave 'release-notes' out."
        });
      return { listings: Object.fromEntries(languages.map((language) => [language, { whatsNew: text }])) };
    }
  };
}
