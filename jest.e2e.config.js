/**
 * Browser end-to-end tests: Debian's Chromium through playwright-core, against the production build
 * of the preview host (dist/preview, served on 127.0.0.1). globalSetup builds it once when it is
 * missing or older than the sources. Run with --runInBand (npm run test:e2e): one browser at a time
 * suits a 2-core CI machine.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.test.json', diagnostics: false }],
  },
  globalSetup: '<rootDir>/test/e2e/support/globalSetup.ts',
  testTimeout: 180000,
};
