/**
 * A listings folder as plain data: what each language's files say, and the
 * image files it holds. Built by `read.ts`, turned into a SubmissionEdit by
 * `edit.ts`; other APIs (the MSI/EXE one) can map `ListingTexts` themselves.
 */
import type { ImageType } from './images.js';

/** Which submission the folder is for: the files an app listing and an add-on listing take differ. */
export type ListingKind = 'app' | 'add-on';

/**
 * One language's texts, by file (a field is absent when its file is). Names
 * are the files' names, not one API's: an app submission sends `copyright`
 * as `copyrightAndTrademarkInfo` and `developedBy` as `devStudio`; the
 * MSI/EXE API as `copyright` and `developedBy`.
 */
export interface ListingTexts {
  title?: string;
  shortTitle?: string;
  description?: string;
  shortDescription?: string;
  releaseNotes?: string;
  features?: string[];
  keywords?: string[];
  copyright?: string;
  licenseTerms?: string;
  developedBy?: string;
  minimumHardware?: string[];
  recommendedHardware?: string[];
}

/** A file that goes into the uploaded zip: its path there, and where it is on disk. */
export interface ListingFile {
  zipPath: string;
  diskPath: string;
}

export interface ListingImage extends ListingFile {
  /** The documented spelling, e.g. `Screenshot`, whatever the folder's case. */
  imageType: ImageType;
}

export interface LanguageListing {
  /** The folder's name as on disk, e.g. `de-DE` (for messages). */
  folderName: string;
  /**
   * The folder's name lower-cased, e.g. `de-de`. It is matched against the
   * submission's listing keys case-insensitively; a language the submission
   * lacks is added under this key.
   */
  language: string;
  texts: ListingTexts;
  /**
   * The `images/` folder's files in upload order. Absent: no `images/`
   * folder, the listing's images stay as they are. Empty: every image goes.
   */
  images?: ListingImage[];
  /** An add-on's `icon.png`. */
  icon?: ListingFile;
}

export interface ListingsFolder {
  /** The folder as given (for messages). */
  path: string;
  kind: ListingKind;
  /** In language order (code point order of the lower-cased names). */
  languages: LanguageListing[];
}
