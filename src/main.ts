/** The GitHub Action: one run (src/run/engine.ts) through the Actions host (src/run/actions-host.ts). */
import { actionsHost } from './run/actions-host.js';
import { runWith } from './run/engine.js';

export async function run(): Promise<void> {
  await runWith(actionsHost());
}
