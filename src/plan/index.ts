/** The plan of every change a run makes: build it (build.ts, msi-exe.ts), tell it (render.ts). */
export { buildPlan, MSIX_PACKAGES, NOT_PLANNED } from './build.js';
export { msiExePlan, msiExePlanUnread } from './msi-exe.js';
export { htmlText, planLines, planMarkdown } from './render.js';
export { isEmptyPlan, type Plan } from './types.js';
