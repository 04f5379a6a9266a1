import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM and CJS with declarations for both.
    // index: the public library (Node); machines: the cable's machines alone, safe for browsers;
    // internal: what tests, benchmarks and scripts need besides the public API (not stable).
    entry: { index: 'src/index.ts', machines: 'machines/index.ts', internal: 'src/internal.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    // import.meta.url (the worker's location) in the CommonJS build too.
    shims: true,
    target: 'node20',
    clean: true,
    sourcemap: true,
  },
  {
    // The CLI is a program, not an import target: ESM only, shebang kept from the source.
    entry: { cli: 'src/cli/main.ts', simulationWorker: 'src/simulate/simulationWorker.ts', calibrationWorker: 'src/calibrate/calibrationWorker.ts', sweepWorker: 'src/experiment/sweep/sweepWorker.ts' },
    format: ['esm'],
    target: 'node20',
    sourcemap: true,
  },
  {
    // The offline viewer's script, for the browser: one file with every dependency bundled.
    entry: { viewer: 'src/inspect/viewer/viewerApp.ts' },
    format: ['iife'],
    platform: 'browser',
    target: 'es2020',
    noExternal: [/.*/],
    minify: true,
    outExtension: () => ({ js: '.js' }),
  },
]);
