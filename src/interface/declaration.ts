/**
 * The action's public interface, declared once: every input and output, with
 * its description, its default, which API and which operation it belongs to,
 * and how it is read. action.yml's `inputs:`/`outputs:` and the README's
 * Inputs and Outputs tables are generated from here (`npm run interface`;
 * `.ci/run` fails when they differ), the refusals of inputs another API or
 * operation cannot honour are derived from here, and `InputName` makes a read
 * of an undeclared input a type error.
 *
 * The rule that keeps "given" meaning one thing: the runner sets every input
 * that has an action.yml default (`action`) whether the workflow names it or
 * not, so such a default must be valid in every kind of run, for both APIs and
 * every operation. An input that belongs to some runs only has no action.yml
 * default; what an empty value means is its `fallback`, documented here and
 * read by the code.
 *
 * This file imports nothing: the generator (scripts/interface.mjs) loads it on
 * its own.
 */

/** The Store API a run goes through: the submission API (MSIX apps, flights, add-ons) or the MSI/EXE API. */
export type Api = 'msix' | 'msi-exe';
/**
 * What a run does: make a new submission, change the rollout of the published one, read what the Store holds
 * (`status`), or write the published listings into a listings folder (`export`). The last two change nothing.
 */
export type Operation = 'submit' | 'rollout' | 'status' | 'export';

export type InputType =
  | { kind: 'text' }
  | { kind: 'boolean' }
  | { kind: 'number'; min: number; max: number; integer?: boolean }
  /** One of `values`, matched case-insensitively; `apis` narrows a value to some APIs. */
  | { kind: 'choice'; values: readonly string[]; apis?: Readonly<Record<string, readonly Api[]>> };

export interface InputSpec {
  /** For action.yml and the README (Markdown backticks allowed). */
  readonly description: string;
  /** action.yml's `default:`: the runner sets it in every run, so it must be valid in every run. */
  readonly action?: string;
  /** What an empty value means, for an input without an action.yml default (documented, and read by the code). */
  readonly fallback?: string;
  /** action.yml's `required: true` (the runner does not enforce it; the code says when it is needed). */
  readonly required?: boolean;
  /** The APIs that honour it; with the other one it is refused before any request. */
  readonly apis: readonly Api[];
  /** The operations it belongs to; with the other one it is refused before any request. */
  readonly operations: readonly Operation[];
  readonly type: InputType;
}

const BOTH: readonly Api[] = ['msix', 'msi-exe'];
const MSIX: readonly Api[] = ['msix'];
const MSI_EXE: readonly Api[] = ['msi-exe'];
/** Every operation: an input that belongs to all of them. */
export const OPERATIONS: readonly Operation[] = ['submit', 'rollout', 'status', 'export'];
const ANY = OPERATIONS;
const SUBMIT: readonly Operation[] = ['submit'];
const ROLLOUT: readonly Operation[] = ['rollout'];
/** Names the parent (or product) a read-back run reads, too. */
const SUBMIT_OR_READ: readonly Operation[] = ['submit', 'status', 'export'];
/** A package flight: it has no listing to export. */
const FLIGHT_RUNS: readonly Operation[] = ['submit', 'rollout', 'status'];
const TEXT = { kind: 'text' } as const;
const BOOLEAN = { kind: 'boolean' } as const;

export const INPUTS = {
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
  },
  'wait-for': {
    description:
      'How far to wait after the commit: `commit` (the commit is done, the Store has taken the packages; for an MSI/EXE product: the submission is made), `certification` (passed certification: Release or later; MSIX only, the MSI/EXE API has no such stage), or `publish` (Published; a Manual or SpecificDate submission stops at Release).',
    action: 'commit',
    apis: BOTH,
    operations: ANY,
    type: { kind: 'choice', values: ['commit', 'certification', 'publish'], apis: { certification: MSIX } }
  },
  'poll-interval-seconds': {
    description:
      "The longest wait between two status reads. Reads come every 10 s at first (never more than 6 a minute), then, from 200 s on, a twentieth of the time waited so far apart, up to this. Under 10, every read comes this soon (mind the tenant's budget of about 20 calls a minute).",
    action: '30',
    apis: BOTH,
    operations: ANY,
    type: { kind: 'number', min: 0.01, max: 3600 }
  },
  'timeout-minutes': {
    description:
      'Stop waiting for the status after this many minutes (decimals allowed). The step then fails with the last status seen; the Store goes on with the submission.',
    action: '60',
    apis: BOTH,
    operations: ANY,
    type: { kind: 'number', min: 0.001, max: 60 * 24 * 14 }
  },
  'flight-id': {
    description: 'Submit to this package flight of application-id (its flight ID).',
    apis: MSIX,
    operations: FLIGHT_RUNS,
    type: TEXT
  },
  'flight-name': {
    description:
      'Or find the package flight by its friendly name; if none has it and flight-group-ids is set, create it.',
    apis: MSIX,
    operations: FLIGHT_RUNS,
    type: TEXT
  },
  'flight-group-ids': {
    description: 'Comma-separated flight group IDs, for creating a flight by flight-name.',
    apis: MSIX,
    operations: SUBMIT,
    type: TEXT
  },
  'flight-rank-higher-than': {
    description: 'Friendly name of the flight just below a newly created one (optional).',
    apis: MSIX,
    operations: SUBMIT,
    type: TEXT
  },
  'add-on-id': {
    description: 'Submit to this add-on (its Store ID, e.g. 9NBLGGH4TNMP).',
    apis: MSIX,
    operations: ANY,
    type: TEXT
  },
  'add-on-product-id': {
    description:
      "Or find the add-on by its product ID among application-id's add-ons; if none has it and add-on-type is set, create it.",
    apis: MSIX,
    operations: ANY,
    type: TEXT
  },
  'add-on-type': {
    description: '`Durable` or `Consumable`, for creating an add-on by add-on-product-id.',
    apis: MSIX,
    operations: SUBMIT,
    type: { kind: 'choice', values: ['Durable', 'Consumable'] }
  },
  'publish-mode': {
    description:
      'When the submission publishes once certified: `Immediate`, `Manual` (someone presses Publish now in Partner Center) or `SpecificDate` (with publish-date). Empty: as the last published submission had it.',
    apis: MSIX,
    operations: SUBMIT,
    type: { kind: 'choice', values: ['Immediate', 'Manual', 'SpecificDate'] }
  },
  'publish-date': {
    description:
      'With publish-mode SpecificDate: the date and time to publish, ISO 8601 (e.g. 2025-06-01T09:00:00Z; no offset means UTC). Must lie in the future.',
    apis: MSIX,
    operations: SUBMIT,
    type: TEXT
  },
  'rollout-percentage': {
    description:
      'Start a gradual rollout of the new packages to this share of users (0 to 100, decimals allowed). App and flight submissions. With operation rollout and rollout-action update: the new share.',
    apis: MSIX,
    operations: ['submit', 'rollout'],
    type: TEXT
  },
  'mandatory-update': {
    description:
      '`true`: the new packages are a mandatory update; `false`: they are not. Empty: as the last published submission had it. App and flight submissions.',
    apis: MSIX,
    operations: SUBMIT,
    type: BOOLEAN
  },
  'mandatory-update-date': {
    description: 'With mandatory-update true: when the packages become mandatory, ISO 8601, in the future.',
    apis: MSIX,
    operations: SUBMIT,
    type: TEXT
  },
  'existing-rollout': {
    description:
      'What to do when the last published submission is still rolling out (which blocks a new submission): `fail` (naming it and its percentage; nothing is changed), `finalize` (everyone gets it) or `halt` (back to the one before), before creating the new submission.',
    fallback: 'fail',
    apis: MSIX,
    operations: SUBMIT,
    type: { kind: 'choice', values: ['fail', 'finalize', 'halt'] }
  },
  operation: {
    description:
      '`submit`: make a new submission. `rollout`: change the rollout of the last published submission (rollout-action), without making a new one (MSIX apps and flights). `status`: read the published and the pending submission, and the rollout, into the outputs and the summary; changes nothing. `export`: write the published listings into listings-folder, in the layout it reads; changes nothing in the Store. See docs/read-back.md.',
    action: 'submit',
    apis: BOTH,
    operations: ANY,
    type: { kind: 'choice', values: ['submit', 'rollout', 'status', 'export'], apis: { rollout: MSIX } }
  },
  overwrite: {
    description:
      'With operation export: `true` lets it replace files in listings-folder whose content differs from what the Store holds. `false`: such a file fails the step before anything is written.',
    fallback: 'false',
    apis: BOTH,
    operations: ['export'],
    type: BOOLEAN
  },
  'rollout-action': {
    description: 'With operation rollout: `update` (to rollout-percentage), `finalize` or `halt`.',
    apis: MSIX,
    operations: ROLLOUT,
    type: { kind: 'choice', values: ['update', 'finalize', 'halt'] }
  },
  commit: {
    description:
      '`true`: commit the submission (for an MSI/EXE product: submit the draft). `false`: prepare it (replace, create, update, upload; for an MSI/EXE product: update the draft) and stop before the commit, so that a person reviews and submits it in Partner Center; the outputs give its ID (MSIX) and link.',
    action: 'true',
    apis: BOTH,
    operations: ANY,
    type: BOOLEAN
  },
  'upload-concurrency': {
    description: 'Blocks uploaded in parallel for large zips (1-32).',
    fallback: '4',
    apis: MSIX,
    operations: SUBMIT,
    type: { kind: 'number', min: 1, max: 32, integer: true }
  },
  'request-timeout-seconds': {
    description:
      'How long one API or upload request may stay silent before it is retried (or, for create and commit, checked).',
    action: '120',
    apis: BOTH,
    operations: ANY,
    type: { kind: 'number', min: 1, max: 3600 }
  },
  'store-api-url': {
    description: 'Base URL of the Store submission API (point it at a local fake for tests).',
    fallback: 'https://manage.devcenter.microsoft.com',
    apis: MSIX,
    operations: ANY,
    type: TEXT
  },
  'msi-exe-api-url': {
    description: 'Base URL of the Store submission API for MSI/EXE apps (point it at a local fake for tests).',
    fallback: 'https://api.store.microsoft.com',
    apis: MSI_EXE,
    operations: SUBMIT_OR_READ,
    type: TEXT
  },
  'authority-host': {
    description: 'Azure AD authority host.',
    action: 'https://login.microsoftonline.com',
    apis: BOTH,
    operations: ANY,
    type: TEXT
  }
} as const satisfies Record<string, InputSpec>;

export type InputName = keyof typeof INPUTS;

export interface OutputSpec {
  readonly description: string;
}

export const OUTPUTS = {
  'submission-id': {
    description:
      'ID of the submission created (set also when the step fails after creating it). With operation status: the last published submission (empty for an MSI/EXE product: its API does not name it).'
  },
  status: {
    description:
      'The last status seen, e.g. PreProcessing, CommitFailed, CommitStarted (after a timeout); for an MSI/EXE product its publishingStatus (INPROGRESS, PUBLISHED, FAILED).'
  },
  'status-details': {
    description:
      'The statusDetails JSON (errors, warnings, certificationReports); for an MSI/EXE product the errors and warnings the API gave.'
  },
  'flight-id': {
    description: 'ID of the package flight submitted to (also when it was found by name or created).'
  },
  'add-on-id': {
    description: 'Store ID of the add-on submitted to (also when it was found by product ID or created).'
  },
  'partner-center-url': {
    description:
      "Partner Center page of the submission (an app's submission), else of the app, add-on or MSI/EXE product."
  },
  'rollout-status': {
    description:
      'The package rollout status after the step, as the Store names it: PackageRolloutNotStarted, PackageRolloutInProgress, PackageRolloutComplete, PackageRolloutStopped. Set when the step started, changed or cleared a rollout, and by operation status for the published submission of an app or flight.'
  },
  'rollout-percentage': {
    description: 'The share of users in that rollout after the step (0-100).'
  },
  'pending-submission-id': {
    description:
      'With operation status: the ID of the pending submission (not yet published; for an MSI/EXE product the submission in progress), empty when there is none.'
  },
  'pending-status': {
    description: "With operation status: that pending submission's status, empty when there is none."
  }
} as const satisfies Record<string, OutputSpec>;

export type OutputName = keyof typeof OUTPUTS;

/** The inputs in declaration order (action.yml's and the README's order). */
export const INPUT_NAMES = Object.keys(INPUTS) as InputName[];

export function inputSpec(name: InputName): InputSpec {
  return INPUTS[name];
}

/** What an empty input means: its action.yml default, else its documented fallback, else ''. */
export function defaultOf(name: InputName): string {
  const spec: InputSpec = INPUTS[name];
  return spec.action ?? spec.fallback ?? '';
}
