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
    // Its commands are split into chunks loaded on demand (src/cli/runCli.ts), so start-up loads
    // only what the command runs. yaml is bundled in: Node loads its CommonJS build file by file
    // (74 files through the CommonJS loader: ~25 ms of `simulate`'s start-up); bundled, it is one
    // parse. Its `require('process')` needs a real `require` in ESM, hence the banner.
    entry: { cli: 'src/cli/main.ts', simulationWorker: 'src/simulate/simulationWorker.ts', calibrationWorker: 'src/calibrate/calibrationWorker.ts', sweepWorker: 'src/experiment/sweep/sweepWorker.ts' },
    format: ['esm'],
    target: 'node20',
    sourcemap: true,
    noExternal: ['yaml'],
    banner: { js: "import { createRequire as __cable1957CreateRequire } from 'node:module'; const require = __cable1957CreateRequire(import.meta.url);" },
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
