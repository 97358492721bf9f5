/**
 * Finding a package flight by its name or an add-on by its product ID, as a
 * person types them: the exact spelling first, else apart from case. Pure.
 */
import { ActionError } from '../../errors.js';

/** The items whose key is `wanted` exactly; when none is, those whose key differs only in case. */
export function matchesOf<T>(items: readonly T[], wanted: string, keyOf: (item: T) => string | undefined): T[] {
  const exact = items.filter((item) => keyOf(item) === wanted);
  if (exact.length) return exact;
  const folded = wanted.toLowerCase();
  return items.filter((item) => keyOf(item)?.toLowerCase() === folded);
}

/** The one match, undefined for none; several matches fail naming them. */
export function onlyMatch<T>(
  items: readonly T[],
  wanted: string,
  what: {
    keyOf: (item: T) => string | undefined;
    idOf: (item: T) => string;
    noun: string;
    where: string;
    input: string;
  }
): T | undefined {
  const matches = matchesOf(items, wanted, what.keyOf);
  if (matches.length <= 1) return matches[0];
  const named = matches.map((item) => `'${what.keyOf(item)}' (${what.idOf(item)})`).join(', ');
  throw new ActionError(`${what.where} has ${matches.length} ${what.noun}s that match '${wanted}': ${named}.`, {
    hint: `Set '${what.input}' to one of them exactly as written.`
  });
}
