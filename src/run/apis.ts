/** The Store APIs, each loaded only by a run that uses it (start-up: bench/start.mjs). A third API: one more line. */
import type { Api } from '../interface/declaration.js';
import type { StoreApi } from './api.js';

export const APIS: Record<Api, () => Promise<StoreApi>> = {
  msix: async () => (await import('../msix/api.js')).MSIX_API,
  'msi-exe': async () => (await import('../msi-exe/api.js')).MSI_EXE_API
};
