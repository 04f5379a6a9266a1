// Module hooks (node --import test/support/moduleLog.mjs): appends every module URL the process
// resolves to the file named by CABLE1957_MODULE_LOG, so a test can see what a command loads.
import { appendFileSync } from 'node:fs';

/** Resolves as usual and records the URL. */
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  appendFileSync(process.env.CABLE1957_MODULE_LOG, `${resolved.url}\n`);
  return resolved;
}
