// Preload for `node --import`: registers moduleLogHooks.mjs (hooks run on their own thread).
import { register } from 'node:module';

register('./moduleLogHooks.mjs', import.meta.url);
