/**
 * The `listings-folder` input as the inputs give it. The folder is read and checked in prepare
 * (./listings-folder.ts, loaded only by a run that has one), every file of it, so that a bad folder fails before
 * the first request.
 */
import type { Target } from '../store/target.js';
import { fail, type InputReader } from '../../inputs/parse.js';

/** The listings folder as the input gives it (path, and the kind of listing), or undefined when not given. */
export function parseListingsInput(
  input: InputReader,
  target: Target
): { path: string; kind: 'app' | 'add-on' } | undefined {
  const path = input('listings-folder');
  if (!path) return undefined;
  if (target.kind === 'flight') {
    fail(
      "Input 'listings-folder' is for app and add-on submissions; a package flight has no Store listing.",
      'Publish the listings with the app submission (a step without the flight inputs).'
    );
  }
  return { path, kind: target.kind };
}
