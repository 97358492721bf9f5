/** The shapes the declaration (./declaration.ts) is written in: APIs, operations, input types, and their shorthands. */
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

export const BOTH: readonly Api[] = ['msix', 'msi-exe'];
export const MSIX: readonly Api[] = ['msix'];
export const MSI_EXE: readonly Api[] = ['msi-exe'];
/** Every operation: an input that belongs to all of them. */
export const OPERATIONS: readonly Operation[] = ['submit', 'rollout', 'status', 'export'];
export const ANY = OPERATIONS;
export const SUBMIT: readonly Operation[] = ['submit'];
export const ROLLOUT: readonly Operation[] = ['rollout'];
/** Names the parent (or product) a read-back run reads, too. */
export const SUBMIT_OR_READ: readonly Operation[] = ['submit', 'status', 'export'];
/** A package flight: it has no listing to export. */
export const FLIGHT_RUNS: readonly Operation[] = ['submit', 'rollout', 'status'];
export const TEXT = { kind: 'text' } as const;
export const BOOLEAN = { kind: 'boolean' } as const;
