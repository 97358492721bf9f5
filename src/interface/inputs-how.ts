/** The inputs that say how a run goes: waiting, flights and add-ons, release controls, operations, the request layer (declaration.ts joins them after ./inputs-what.ts). */
import {
  BOTH,
  MSIX,
  MSI_EXE,
  ANY,
  SUBMIT,
  ROLLOUT,
  SUBMIT_OR_READ,
  FLIGHT_RUNS,
  TEXT,
  BOOLEAN,
  type InputSpec
} from './spec.js';

export const HOW_INPUTS = {
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
