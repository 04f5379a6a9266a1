import { defineConfig } from 'vitest/config';

// The suites that judge machines/ for mutation testing: in-process tests of the machines, their
// properties, single cases, monitors, verification and the engines (process-level CLI and browser
// tests are left out: they run the built dist/, which mutants do not change).
export default defineConfig({
  test: {
    include: ['test/machines/**/*.test.ts', 'test/src/case/**/*.test.ts', 'test/src/monitor/**/*.test.ts', 'test/src/verify/**/*.test.ts', 'test/src/engine/**/*.test.ts', 'test/src/simulate/analytic.test.ts'],
    setupFiles: ['test/setup/fastCheck.ts'],
    testTimeout: 120_000,
  },
});
