/**
 * Where a submission's new fields come from. Each source (the packages found
 * by glob, release notes, the listings folder, the release controls, and
 * submission-json last) is one SubmissionEdit: a pure function of the
 * submission as it stands, applied in a fixed order over the Store's clone.
 */
import { deepMerge, type JsonObject } from './merge.js';

/** What an edit may check before anything on the server changes. */
export interface EditBase {
  /** The parent as the Store holds it (the app, flight or add-on resource). */
  parent: JsonObject;
  /** The last published submission, the one the Store's new submission will be a clone of (absent: none). */
  published?: JsonObject;
  /** For a flight: the app it belongs to (its package identity), when it was read. */
  application?: JsonObject;
}

export interface SubmissionEdit {
  /** Names the source in the log and errors: "packages", "listings-folder", "submission-json". */
  source: string;
  /** Throws an ActionError when the edit cannot succeed on this parent; runs before any change. */
  check?(base: EditBase): void;
  /** After `check`: what it verified (and what it could not), one line each, for the log and a dry run. */
  readonly checked?: readonly string[];
  /**
   * The edit sets a field in every listing language the submission holds (release notes), so a reader of only
   * some languages' listings (the MSI/EXE draft) reads them all.
   */
  readonly everyListing?: boolean;
  /**
   * The fields to merge over `current` (objects key by key; arrays replace
   * arrays, so an edit of a list returns the whole list). Pure.
   */
  apply(current: JsonObject): JsonObject;
}

/** The edits applied in order over `base`, and the top-level fields they set. */
export function applyEdits(
  base: JsonObject,
  edits: readonly SubmissionEdit[]
): { merged: JsonObject; changed: string[] } {
  let merged = base;
  const changed = new Set<string>();
  for (const edit of edits) {
    const fields = edit.apply(merged);
    Object.keys(fields).forEach((key) => changed.add(key));
    merged = deepMerge(merged, fields);
  }
  return { merged, changed: [...changed] };
}

/** An edit that sets fixed fields (submission-json). */
export function fixedEdit(source: string, fields: JsonObject): SubmissionEdit {
  return { source, apply: () => fields };
}

/** Every source of new fields, in order; submission-json (`changes`) last, so that it wins. */
export function allEdits(settings: { edits: readonly SubmissionEdit[]; changes: JsonObject }): SubmissionEdit[] {
  const json = Object.keys(settings.changes).length ? [fixedEdit('submission-json', settings.changes)] : [];
  return [...settings.edits, ...json];
}
