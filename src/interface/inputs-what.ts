/** The inputs that say who signs in and what a run sends: credentials, the app or product, the submission's contents (declaration.ts joins them, in this order, before ./inputs-how.ts). */
import { BOTH, MSIX, MSI_EXE, ANY, SUBMIT, SUBMIT_OR_READ, TEXT, BOOLEAN, type InputSpec } from './spec.js';

export const WHAT_INPUTS = {
  'tenant-id': {
    description:
      'Azure AD (Entra ID) tenant ID associated with your Partner Center account. Required, except for a dry run.',
    required: true,
    apis: BOTH,
    operations: ANY,
    type: TEXT
  },
  'client-id': {
    description:
      'Application (client) ID of the Azure AD app added to Partner Center (Account settings > User management > Azure AD applications). Required, except for a dry run.',
    required: true,
    apis: BOTH,
    operations: ANY,
    type: TEXT
  },
  'client-secret': {
    description:
      'A client secret of that Azure AD app. Leave empty to sign in with GitHub OIDC instead (needs `permissions: id-token: write` and a federated credential on the app); recommended.',
    action: '',
    apis: BOTH,
    operations: ANY,
    type: TEXT
  },
  'application-id': {
    description:
      "The app's Store ID, e.g. 9NBLGGH4R315. Required for app and flight submissions, and for finding or creating an add-on by product ID.",
    apis: MSIX,
    operations: ANY,
    type: TEXT
  },
  'product-id': {
    description:
      "An MSI/EXE product's Partner Center ID (a GUID). Giving it publishes through the Store's API for MSI and EXE apps (api.store.microsoft.com); the inputs only MSIX apps, flights and add-ons take are then refused.",
    apis: MSI_EXE,
    operations: SUBMIT_OR_READ,
    type: TEXT
  },
  'seller-id': {
    description:
      'The Partner Center seller ID (digits; Account settings > Legal info), sent as X-Seller-Account-Id. Required with product-id.',
    apis: MSI_EXE,
    operations: SUBMIT_OR_READ,
    type: TEXT
  },
  'submission-json': {
    description:
      "The submission fields to change, as inline JSON. Deep-merged over the submission the Store clones from the last published one: objects key by key, arrays and values replaced. For an MSI/EXE product: `{ listings: { <language>: {...} }, properties, availability }` with that API's field names.",
    apis: BOTH,
    operations: SUBMIT,
    type: TEXT
  },
  'submission-json-file': {
    description: 'The same, read from a file. Give submission-json or submission-json-file, or neither.',
    apis: BOTH,
    operations: SUBMIT,
    type: TEXT
  },
  'package-zip': {
    description:
      'Path of the zip that holds every file the JSON marks `fileStatus: PendingUpload` (packages, listing images, trailers, add-on icons), at the path given as its fileName.',
    apis: MSIX,
    operations: SUBMIT,
    type: TEXT
  },
  packages: {
    description:
      'Package mode: glob patterns (one a line, or comma-separated; `!` excludes; relative to the workspace; `/` between folders on every OS) of the .msix, .msixbundle, .msixupload, .appx, .appxbundle or .appxupload files to publish. Each is checked against the app (package family name, version) before anything changes, then listed as a new package and uploaded in a zip written on the fly.',
    apis: MSIX,
    operations: SUBMIT,
    type: TEXT
  },
  'keep-packages': {
    description:
      'With packages: what happens to the packages already on the submission. `0`: every one is deleted (PendingDelete); `all`: none is; a number N: the N newest of each architecture and device family stay.',
    fallback: '0',
    apis: MSIX,
    operations: SUBMIT,
    type: TEXT
  },
  installers: {
    description:
      "With product-id: a JSON array (or one object) of installers with the API's field names (packageUrl, languages, architectures, isSilentInstall, installerParameters, packageType, genericDocUrl, errorDetails). It replaces the product's whole package list. packageType is taken from .msi/.exe when left out; isSilentInstall is true when no installerParameters are given.",
    apis: MSI_EXE,
    operations: SUBMIT,
    type: TEXT
  },
  'release-notes': {
    description:
      'Text for `releaseNotes` in every listing language of the app submission; for an MSI/EXE product (product-id), `whatsNew` in every listing language of its draft (at most 1500 characters).',
    apis: BOTH,
    operations: SUBMIT,
    type: TEXT
  },
  'release-notes-file': {
    description: 'The same, read from a UTF-8 file (CRLF or LF). Give release-notes or release-notes-file, or neither.',
    apis: BOTH,
    operations: SUBMIT,
    type: TEXT
  },
  'listings-folder': {
    description:
      "A folder (relative to the workspace) of Store listings kept as files: one folder per language (en-us, de-DE, ...) holding title.txt, description.txt, release-notes.txt, features.txt, keywords.txt, ... and images/<imageType>/ (an add-on: title.txt, description.txt, icon.png). Checked before any change; see the README. For an MSI/EXE product (product-id) its texts update that API's listings where the fields correspond. With operation export (required there): the folder the Store's listings are written into.",
    apis: BOTH,
    operations: ['submit', 'export'],
    type: TEXT
  },
  'dry-run': {
    description:
      '`true`: do everything up to the first request that would change something (read and check the packages, the app, the published submission), print the submission JSON, the packages and the zip entries it would send, and change nothing. Works without credentials too, saying what it could not check. For an MSI/EXE product: read the draft, check the changes against it, and print the installers and the whole modules it would send.',
    action: 'false',
    apis: BOTH,
    operations: ANY,
    type: BOOLEAN
  },
  'delete-pending': {
    description:
      '`true`: delete a pending submission (one made through the API) before creating the new one, with a warning. `false`: fail and change nothing if one exists.',
    fallback: 'true',
    apis: MSIX,
    operations: SUBMIT,
    type: BOOLEAN
  }
} as const satisfies Record<string, InputSpec>;
