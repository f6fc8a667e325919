// ESM all the way: @actions/core 3, @actions/github 9 and @actions/exec 3 ship only ESM,
// so tests run under `node --experimental-vm-modules` and ts-jest emits ESM.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  clearMocks: true,
  // Process tests start the bundle and real local servers (Verdaccio, Distribution).
  testTimeout: 120_000,
  maxWorkers: 2,
  verbose: false,
  reporters: ['default', '<rootDir>/test-support/summary-line-reporter.cjs']
};
