// Bundles example 05 for the browser (esbuild; everything inlined, no CDN) into dist/bundle.js.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
await build({
  entryPoints: [`${here}main.ts`],
  outfile: `${here}dist/bundle.js`,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  logLevel: 'warning',
});
console.log(`built ${here}dist/bundle.js — open ${here}index.html`);
