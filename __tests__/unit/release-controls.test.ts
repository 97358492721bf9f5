import { describe, expect, test } from '@jest/globals';
import { checkCommitAndWait } from '../../src/inputs/common.js';
import { applyEdits, fixedEdit } from '../../src/edits.js';
import { ActionError } from '../../src/errors.js';
import { checkRunKind } from '../../src/inputs/kinds.js';
import type { InputReader } from '../../src/inputs/parse.js';
import { INPUTS, type InputName, type InputSpec } from '../../src/interface/declaration.js';
import {
  parseFutureDate,
  parsePercentage,
  parseReleaseOperation,
  type ReleaseContext
} from '../../src/msix/release/controls.js';
import { releaseControlsEdit, releaseFieldsOf } from '../../src/msix/release/edit.js';

const NOW = Date.parse('2025-05-01T12:00:00Z');

/** Every input the runner sets in every step: those with a default in action.yml. */
const ACTION_DEFAULTS: Partial<Record<InputName, string>> = Object.fromEntries(
  Object.entries(INPUTS as Record<string, InputSpec>).flatMap(([name, spec]) =>
    spec.action === undefined ? [] : [[name, spec.action]]
  )
);

/** The rest of the step: `wait-for` as given, and other inputs set (each to a placeholder value). */
type StepContext = Partial<ReleaseContext> & {
  waitFor?: string;
  submissionInputs?: InputName[];
  creatingInputs?: InputName[];
};

/** As settings.ts reads the step: inputs of another operation refused (from the declaration), then the controls. */
function parse(inputs: Partial<Record<InputName, string>>, context: StepContext = {}) {
  const others = [...(context.submissionInputs ?? []), ...(context.creatingInputs ?? [])];
  const step: Partial<Record<InputName, string>> = {
    ...Object.fromEntries(others.map((name) => [name, 'x'])),
    'wait-for': context.waitFor ?? '',
    ...inputs
  };
  const input: InputReader = (name) => step[name] ?? '';
  checkRunKind(input);
  checkCommitAndWait(input);
  return parseReleaseOperation(input, { kind: context.kind ?? 'app', now: context.now ?? NOW });
}

/** The one-line message of the ActionError `run` throws. */
function failure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ActionError);
    const line = (error as ActionError).oneLine();
    expect(line).not.toMatch(/\n/);
    return line;
  }
  throw new Error('expected an ActionError');
}

describe('defaults', () => {
  test('nothing set: submit, commit, fail on an existing rollout, no fields', () => {
    expect(parse({})).toEqual({ kind: 'submit', fields: {}, existingRollout: 'fail', commit: true });
  });

  test("action.yml's defaults as the runner passes them", () => {
    expect(parse(ACTION_DEFAULTS)).toEqual(parse({}));
    expect(parse({ 'existing-rollout': 'fail' })).toEqual(parse({}));
  });
});

describe('publish-mode and publish-date', () => {
  test.each([
    ['immediate', 'Immediate'],
    ['Manual', 'Manual'],
    [' MANUAL ', 'Manual']
  ])('%s is read as %s', (given, mode) => {
    expect(parse({ 'publish-mode': given })).toMatchObject({ fields: { publishMode: mode } });
  });

  test('SpecificDate with a future date, normalised to UTC', () => {
    const parsed = parse({ 'publish-mode': 'SpecificDate', 'publish-date': '2025-06-01T11:00:00+02:00' });
    expect(parsed).toMatchObject({
      fields: { publishMode: 'SpecificDate', publishDate: '2025-06-01T09:00:00.000Z' }
    });
  });

  test('an unknown mode names the choices', () => {
    expect(failure(() => parse({ 'publish-mode': 'Later' }))).toBe(
      "Input 'publish-mode' must be Immediate, Manual or SpecificDate, got 'Later'."
    );
  });

  test('a date without SpecificDate, and SpecificDate without a date, are refused', () => {
    expect(failure(() => parse({ 'publish-date': '2025-06-01T09:00:00Z' }))).toMatch(
      /'publish-date' is set, but 'publish-mode' is not set\. Set 'publish-mode: SpecificDate'/
    );
    expect(failure(() => parse({ 'publish-mode': 'Manual', 'publish-date': '2025-06-01T09:00:00Z' }))).toMatch(
      /'publish-mode' is Manual/
    );
    expect(failure(() => parse({ 'publish-mode': 'SpecificDate' }))).toMatch(/needs 'publish-date'/);
  });

  test('a date in the past is refused, saying when it is now', () => {
    expect(failure(() => parse({ 'publish-mode': 'SpecificDate', 'publish-date': '2025-04-30T00:00:00Z' }))).toBe(
      "Input 'publish-date' (2025-04-30T00:00:00.000Z) is not in the future (it is now 2025-05-01T12:00:00.000Z). Give a later date, or leave the input out."
    );
  });
});

describe('parseFutureDate', () => {
  test.each([
    ['2025-06-01', '2025-06-01T00:00:00.000Z'],
    ['2025-06-01T09:30', '2025-06-01T09:30:00.000Z'],
    ['2025-06-01 09:30:15', '2025-06-01T09:30:15.000Z'],
    ['2025-06-01T09:30:15.5Z', '2025-06-01T09:30:15.500Z'],
    ['2025-06-01T09:30:15.0000000Z', '2025-06-01T09:30:15.000Z'],
    ['2025-06-01T09:30:00-0530', '2025-06-01T15:00:00.000Z'],
    ['2025-06-01T09:30:00+01', '2025-06-01T08:30:00.000Z'],
    ['  2025-06-01T09:30:00z\r\n', '2025-06-01T09:30:00.000Z']
  ])('%j is %s', (given, iso) => {
    expect(parseFutureDate('publish-date', given, NOW)).toBe(iso);
  });

  test.each(['tomorrow', '06/01/2025', '2025-6-1', '2025-02-30', '2025-06-01T24:00', '2025-06-01T09:60', '2025-13-01'])(
    '%j is refused with an example of the format',
    (given) => {
      expect(failure(() => parseFutureDate('publish-date', given, NOW))).toMatch(
        /^Input 'publish-date' is not an? (ISO 8601|real) date and time: .* e\.g\. 2025-06-01T09:00:00Z/
      );
    }
  );

  test('now itself is not in the future', () => {
    expect(failure(() => parseFutureDate('publish-date', '2025-05-01T12:00:00Z', NOW))).toMatch(/not in the future/);
  });
});

describe('rollout-percentage', () => {
  test.each([
    ['10', 10],
    ['12.5', 12.5],
    ['0', 0],
    ['100', 100],
    ['.5', 0.5],
    [' 25 % ', 25]
  ])('%j is %d', (given, share) => {
    expect(parsePercentage('rollout-percentage', given)).toBe(share);
    expect(parse({ 'rollout-percentage': given })).toMatchObject({ fields: { rolloutPercentage: share } });
  });

  test.each(['-1', '100.5', '101', 'ten', '1e1', '50%%', '0x10', 'NaN', '12,5'])('%j is refused', (given) => {
    expect(failure(() => parse({ 'rollout-percentage': given }))).toMatch(
      /^Input 'rollout-percentage' must be a percentage from 0 to 100 \(decimals allowed/
    );
  });
});

describe('mandatory-update', () => {
  test('true with a future date; false alone', () => {
    expect(parse({ 'mandatory-update': 'true', 'mandatory-update-date': '2025-07-01T00:00:00Z' })).toMatchObject({
      fields: { mandatoryUpdate: true, mandatoryUpdateDate: '2025-07-01T00:00:00.000Z' }
    });
    expect(parse({ 'mandatory-update': 'false' })).toMatchObject({ fields: { mandatoryUpdate: false } });
  });

  test('a date without mandatory-update: true, a past date, and a non-boolean are refused', () => {
    expect(failure(() => parse({ 'mandatory-update-date': '2025-07-01T00:00:00Z' }))).toMatch(
      /'mandatory-update' is not true\. Set 'mandatory-update: true'/
    );
    expect(
      failure(() => parse({ 'mandatory-update': 'false', 'mandatory-update-date': '2025-07-01T00:00:00Z' }))
    ).toMatch(/'mandatory-update' is not true/);
    expect(
      failure(() => parse({ 'mandatory-update': 'true', 'mandatory-update-date': '2024-07-01T00:00:00Z' }))
    ).toMatch(/'mandatory-update-date' \(2024-07-01T00:00:00.000Z\) is not in the future/);
    expect(failure(() => parse({ 'mandatory-update': 'maybe' }))).toBe(
      "Input 'mandatory-update' must be true or false, got 'maybe'."
    );
  });
});

describe('existing-rollout and commit', () => {
  test.each(['fail', 'finalize', 'halt', 'Finalize'])('existing-rollout %s', (given) => {
    expect(parse({ 'existing-rollout': given })).toMatchObject({ existingRollout: given.toLowerCase() });
  });

  test('an unknown choice is refused', () => {
    expect(failure(() => parse({ 'existing-rollout': 'ignore' }))).toBe(
      "Input 'existing-rollout' must be fail, finalize or halt, got 'ignore'."
    );
  });

  test('commit: false prepares only; it cannot wait for certification or publishing', () => {
    expect(parse({ commit: 'false' })).toMatchObject({ kind: 'submit', commit: false });
    expect(parse({ commit: 'false' }, { waitFor: 'commit' })).toMatchObject({ commit: false });
    expect(failure(() => parse({ commit: 'false' }, { waitFor: 'publish' }))).toMatch(
      /^'commit: false' stops before the commit, so there is nothing to wait for with 'wait-for: publish'/
    );
    expect(failure(() => parse({ commit: 'no' }, { waitFor: 'certification' }))).toMatch(/wait-for: certification/);
    expect(failure(() => parse({ commit: 'later' }))).toBe("Input 'commit' must be true or false, got 'later'.");
  });
});

describe('operation: rollout', () => {
  test.each([
    [
      { 'rollout-action': 'update', 'rollout-percentage': '50' },
      { action: 'update', percentage: 50 }
    ],
    [{ 'rollout-action': 'Finalize' }, { action: 'finalize' }],
    [{ 'rollout-action': 'halt' }, { action: 'halt' }]
  ])('%j', (inputs, change) => {
    expect(parse({ operation: 'rollout', ...inputs })).toEqual({ kind: 'rollout', change });
    expect(parse({ operation: 'rollout', ...inputs }, { kind: 'flight' })).toEqual({ kind: 'rollout', change });
  });

  test("action.yml's defaults do not count as set", () => {
    expect(parse({ ...ACTION_DEFAULTS, operation: 'rollout', 'rollout-action': 'halt' })).toEqual({
      kind: 'rollout',
      change: { action: 'halt' }
    });
  });

  test('needs an action; update needs a percentage; finalize and halt take none', () => {
    expect(failure(() => parse({ operation: 'rollout' }))).toMatch(/needs 'rollout-action'/);
    expect(failure(() => parse({ operation: 'rollout', 'rollout-action': 'update' }))).toMatch(
      /'rollout-action: update' needs 'rollout-percentage'/
    );
    expect(
      failure(() => parse({ operation: 'rollout', 'rollout-action': 'finalize', 'rollout-percentage': '5' }))
    ).toMatch(/'rollout-action: finalize' takes no 'rollout-percentage'/);
    expect(failure(() => parse({ operation: 'rollout', 'rollout-action': 'pause' }))).toBe(
      "Input 'rollout-action' must be update, finalize or halt, got 'pause'."
    );
    expect(
      failure(() => parse({ operation: 'rollout', 'rollout-action': 'update', 'rollout-percentage': '120' }))
    ).toMatch(/must be a percentage from 0 to 100/);
  });

  test('inputs of a new submission are refused, each named', () => {
    const message = failure(() =>
      parse(
        {
          operation: 'rollout',
          'rollout-action': 'finalize',
          'publish-mode': 'Manual',
          'mandatory-update': 'true',
          'existing-rollout': 'halt',
          commit: 'false'
        },
        { submissionInputs: ['submission-json', 'package-zip'], creatingInputs: ['flight-group-ids'] }
      )
    );
    expect(message).toMatch(/^'operation: rollout' changes the rollout of the last published submission/);
    for (const name of [
      'publish-mode',
      'mandatory-update',
      'existing-rollout',
      'commit',
      'submission-json',
      'package-zip',
      'flight-group-ids'
    ]) {
      expect(message).toContain(`'${name}'`);
    }
  });

  test('rollout-action without operation: rollout is refused', () => {
    expect(failure(() => parse({ 'rollout-action': 'halt' }))).toMatch(
      /^Input 'rollout-action' is only for 'operation: rollout'/
    );
  });

  test('an unknown operation is refused', () => {
    expect(failure(() => parse({ operation: 'publish' }))).toBe(
      "Input 'operation' must be submit, rollout, status or export, got 'publish'."
    );
  });
});

describe('add-ons', () => {
  test('publish mode and date are fine', () => {
    expect(
      parse({ 'publish-mode': 'SpecificDate', 'publish-date': '2025-06-01T09:00:00Z' }, { kind: 'add-on' })
    ).toMatchObject({ fields: { publishMode: 'SpecificDate' } });
  });

  test.each([
    [{ 'rollout-percentage': '10' }, 'rollout-percentage'],
    [{ 'mandatory-update': 'false' }, 'mandatory-update'],
    [{ 'mandatory-update': 'true', 'mandatory-update-date': '2025-07-01T00:00:00Z' }, 'mandatory-update-date'],
    [{ operation: 'rollout', 'rollout-action': 'halt' }, 'operation'],
    [{ 'existing-rollout': 'finalize' }, 'existing-rollout']
  ])('%j is refused: add-ons have no packages', (inputs, named) => {
    expect(failure(() => parse(inputs, { kind: 'add-on' }))).toMatch(
      new RegExp(`'${named}'.* no sense for an add-on: add-ons have no packages`)
    );
  });
});

describe('the release controls edit', () => {
  const published = {
    targetPublishMode: 'Immediate',
    targetPublishDate: '1601-01-01T00:00:00Z',
    packageDeliveryOptions: {
      packageRollout: {
        isPackageRollout: false,
        packageRolloutPercentage: 0,
        packageRolloutStatus: 'PackageRolloutNotStarted',
        fallbackSubmissionId: '0'
      },
      isMandatoryUpdate: false,
      mandatoryUpdateEffectiveDate: '1601-01-01T00:00:00.0000000Z'
    },
    notesForCertification: 'kept'
  };

  test('sets the documented fields, keeping the rest of packageDeliveryOptions', () => {
    const edit = releaseControlsEdit({
      publishMode: 'SpecificDate',
      publishDate: '2025-06-01T09:00:00.000Z',
      rolloutPercentage: 12.5,
      mandatoryUpdate: true,
      mandatoryUpdateDate: '2025-07-01T00:00:00.000Z'
    });
    const { merged, changed } = applyEdits(published, [edit]);
    expect(changed).toEqual(['targetPublishMode', 'targetPublishDate', 'packageDeliveryOptions']);
    expect(merged).toEqual({
      targetPublishMode: 'SpecificDate',
      targetPublishDate: '2025-06-01T09:00:00.000Z',
      packageDeliveryOptions: {
        packageRollout: {
          isPackageRollout: true,
          packageRolloutPercentage: 12.5,
          packageRolloutStatus: 'PackageRolloutNotStarted',
          fallbackSubmissionId: '0'
        },
        isMandatoryUpdate: true,
        mandatoryUpdateEffectiveDate: '2025-07-01T00:00:00.000Z'
      },
      notesForCertification: 'kept'
    });
  });

  test('nothing asked, nothing changed', () => {
    expect(releaseFieldsOf({})).toEqual({});
    expect(applyEdits(published, [releaseControlsEdit({})])).toEqual({ merged: published, changed: [] });
  });

  test('a flight submission without packageDeliveryOptions gets them', () => {
    const { merged } = applyEdits({ flightPackages: [] }, [releaseControlsEdit({ rolloutPercentage: 5 })]);
    expect(merged).toEqual({
      flightPackages: [],
      packageDeliveryOptions: { packageRollout: { isPackageRollout: true, packageRolloutPercentage: 5 } }
    });
  });

  test('submission-json, applied after, wins', () => {
    const { merged } = applyEdits(published, [
      releaseControlsEdit({ publishMode: 'Manual' }),
      fixedEdit('submission-json', { targetPublishMode: 'Immediate' })
    ]);
    expect(merged.targetPublishMode).toBe('Immediate');
  });

  test('check: a rollout needs a published submission to roll out from', () => {
    const edit = releaseControlsEdit({ rolloutPercentage: 10 });
    expect(() => edit.check?.({ parent: {}, published })).not.toThrow();
    expect(failure(() => edit.check?.({ parent: {} }))).toMatch(/there is none yet; nothing was changed/);
    expect(() => releaseControlsEdit({ publishMode: 'Manual' }).check?.({ parent: {} })).not.toThrow();
  });
});
