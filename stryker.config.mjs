// npm run mutation — mutation testing of machines/ (the cable's logic) with Stryker and its
// vitest runner: each mutant is a small change to a machine, a reading or a driver; a test suite
// that lets a mutant live has a blind spot. Target: at least 90% of the mutants killed.
// Not in CI (minutes on two cores); the closing note of issue #7 gives the score and survivors.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: ['machines/**/*.ts', '!machines/index.ts', '!machines/scenarios/**'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 60000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 95, low: 90, break: null },
  tempDirName: '.stryker-tmp',
  ignoreStatic: true,
};
