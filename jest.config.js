/** Jest in ESM mode: run with NODE_OPTIONS=--experimental-vm-modules (npm test does). */
export default {
  preset: 'ts-jest/presets/default-esm',
  // Jest's node environment, printing what the code under test writes only for a failing test.
  testEnvironment: '<rootDir>/__fixtures__/quiet-environment.mjs',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  testTimeout: 120000,
  maxWorkers: 2
};
