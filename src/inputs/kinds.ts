/**
 * Which inputs a kind of run takes, from the declaration: an input the chosen
 * API or operation cannot honour is refused before any request, naming it,
 * both ways; never silently ignored. Inputs with an action.yml default are
 * valid in every run by the declaration's rule, so "given" means the user
 * gave it.
 */
import {
  INPUT_NAMES,
  INPUTS,
  type Api,
  type InputName,
  type InputSpec,
  type Operation
} from '../interface/declaration.js';
import { fail, readBoolean, readChoice, type InputReader } from './parse.js';

const quoted = (names: string[]): string => names.map((name) => `'${name}'`).join(', ');

/** The inputs the step gives a value (a universal input's action.yml default counts; it is valid everywhere). */
export function givenInputs(input: InputReader): InputName[] {
  return INPUT_NAMES.filter((name) => input(name).trim() !== '');
}

/** The API the inputs choose: `product-id` selects the MSI/EXE API. */
export function chosenApi(input: InputReader): Api {
  return input('product-id').trim() ? 'msi-exe' : 'msix';
}

function refuseOtherApi(given: InputName[], api: Api): void {
  const other = given.filter((name) => !(INPUTS[name] as InputSpec).apis.includes(api));
  if (!other.length) return;
  if (api === 'msi-exe')
    fail(
      `'product-id' selects an MSI/EXE product, which does not take ${quoted(other)}.`,
      "Use 'installers' for its packages; MSIX apps, flights and add-ons are published with 'application-id' in a separate step."
    );
  fail(
    `${quoted(other).replace(/, ([^,]*)$/, ' and $1')} ${other.length > 1 ? 'are' : 'is'} only for an MSI/EXE product, but 'product-id' is not set.`,
    "Set 'product-id' to the product's Partner Center ID (a GUID), or remove them for an MSIX app."
  );
}

/** A choice value only some APIs have (wait-for: certification, operation: rollout). */
function refuseValuesOfOtherApi(input: InputReader, given: InputName[], api: Api): void {
  for (const name of given) {
    const type = (INPUTS[name] as InputSpec).type;
    if (type.kind !== 'choice' || !type.apis) continue;
    const value = readChoice(input, name);
    const apis = value ? type.apis[value] : undefined;
    if (apis && !apis.includes(api))
      fail(
        `'${name}: ${value}' is not available for ${api === 'msi-exe' ? "an MSI/EXE product ('product-id')" : 'an MSIX app'}.`,
        name === 'wait-for'
          ? "The MSI/EXE API has no certification stage of its own (scanning, certification and publishing are one INPROGRESS): use 'wait-for: commit' or 'publish'."
          : 'MSI/EXE products have no package rollouts: use it for MSIX apps and flights.'
      );
  }
}

/** What a run of each operation other than submit does, for "…, so X has nothing to act on". */
const DOES: Record<Exclude<Operation, 'submit'>, string> = {
  rollout: 'changes the rollout of the last published submission and makes no new one',
  status: 'reads what the Store holds and changes nothing',
  export: 'writes the published listings into listings-folder and changes nothing in the Store'
};

function refuseOtherOperation(input: InputReader, given: InputName[], operation: Operation): void {
  const other: string[] = given.filter((name) => !(INPUTS[name] as InputSpec).operations.includes(operation));
  // `commit` belongs to every run (its default, true, is valid everywhere); stopping before a commit only to submissions.
  if (operation !== 'submit' && readBoolean(input, 'commit') === false) other.push('commit');
  if (!other.length) return;
  if (operation !== 'submit')
    fail(
      `'operation: ${operation}' ${DOES[operation]}, so ${quoted(other)} ${other.length === 1 ? 'has' : 'have'} nothing to act on.`,
      operation === 'export' && other.some((name) => name.startsWith('flight-'))
        ? "A package flight has no Store listing: export the app's listings in a step without the flight inputs."
        : 'Remove them, or use them in a step with operation: submit.'
    );
  // Grouped by the operations they are for (today: rollout-action for rollout, overwrite for export).
  const opsOf = (name: string): Operation[] =>
    (INPUTS[name as InputName] as InputSpec).operations.filter((op) => op !== 'submit');
  const only = opsOf(other[0]);
  const same = other.filter((name) => opsOf(name).join() === only.join());
  const rest = other.filter((name) => !same.includes(name));
  const also = rest.length
    ? ` ${quoted(rest)} ${rest.length === 1 ? 'is' : 'are'} not for 'operation: submit' either.`
    : '';
  fail(
    `${same.length === 1 ? 'Input ' : ''}${quoted(same)} ${same.length === 1 ? 'is' : 'are'} only for ${only.map((op) => `'operation: ${op}'`).join(' or ')}${only.includes('rollout') ? " (changing a published submission's rollout)" : ''}.${also}`,
    only.includes('rollout')
      ? "Set 'operation: rollout', or use 'rollout-percentage' to start a rollout with this submission."
      : `Set 'operation: ${only[0]}', or leave ${quoted(same)} out.`
  );
}

/** What the run does (`operation`, `submit` when not given): the one reader of that input. */
export function runOperation(input: InputReader): Operation {
  return readChoice<Operation>(input, 'operation') ?? 'submit';
}

/** Refuses every input (and value) the chosen API and operation cannot honour; returns them. */
export function checkRunKind(input: InputReader): { api: Api; operation: Operation } {
  const given = givenInputs(input);
  const api = chosenApi(input);
  refuseOtherApi(given, api);
  refuseValuesOfOtherApi(input, given, api);
  const operation = runOperation(input);
  refuseOtherOperation(input, given, operation);
  return { api, operation };
}
