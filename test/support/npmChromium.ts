import { createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, createBrotliDecompress } from 'node:zlib';
import { extractTar } from './extractTar.js';

/** The npm browser, unpacked: its binary and what its process needs in its environment. */
export interface UnpackedChromium {
  /** The `chromium` binary. */
  readonly executablePath: string;
  /** The package's version, which names the cache folder. */
  readonly version: string;
  /** Variables to add to the browser's environment (and only the browser's): its own libraries and font config. */
  readonly env: Readonly<Record<string, string>>;
}

/** Where the npm browser comes from and goes to (tests point both elsewhere). */
export interface NpmChromiumOptions {
  /** The installed `@sparticuz/chromium` package. @defaultValue resolved from node_modules */
  readonly packageDir?: string;
  /** The folder that holds one unpacked copy per version. @defaultValue the project's node_modules/.cache */
  readonly cacheDir?: string;
}

const projectCache = fileURLToPath(new URL('../../node_modules/.cache/', import.meta.url));
const STALE_MS = 10 * 60_000;
const xml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The installed `@sparticuz/chromium` package folder (its main file is build/cjs/index.cjs). */
function installedPackage(): string {
  return join(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')), '..', '..');
}

/**
 * Chromium from the pinned devDependency `@sparticuz/chromium`, for machines with no system
 * browser: a brotli-packed headless build with its own NSS libraries and fonts, all inside the
 * npm package (nothing is downloaded). Unpacked once per version into
 * `node_modules/.cache/cable1957-chromium-<version>`, so a binary of another version is never
 * reused. Test files run in parallel and may both get here first: each unpacks into a private
 * temporary folder and renames it into place, which is atomic, so no one ever sees half a
 * browser; the loser of the race throws its copy away.
 */
export async function npmChromium(options: NpmChromiumOptions = {}): Promise<UnpackedChromium> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`no browser: the npm browser (@sparticuz/chromium) is for Linux x64, this is ${process.platform} ${process.arch}; set CHROMIUM_PATH to a Chromium`);
  }
  const pkg = options.packageDir ?? installedPackage();
  const version = String((JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version?: unknown }).version);
  const cache = options.cacheDir ?? projectCache;
  const name = `cable1957-chromium-${version}`;
  const dir = join(cache, name);
  const result: UnpackedChromium = {
    executablePath: join(dir, 'chromium'),
    version,
    env: {
      // Its own libraries first, so it never depends on (or mixes with) the system's NSS.
      LD_LIBRARY_PATH: [join(dir, 'al2023', 'lib'), process.env['LD_LIBRARY_PATH']].filter(Boolean).join(':'),
      FONTCONFIG_FILE: join(dir, 'fonts.conf'),
    },
  };
  if (existsSync(join(dir, 'ready'))) return result;

  mkdirSync(cache, { recursive: true });
  for (const entry of readdirSync(cache)) {
    // Other versions' copies are dead weight (~210 MB each); so are temporary folders left by a
    // run that was stopped mid-unpack (a live one is never this old).
    const other = entry.startsWith('cable1957-chromium-') && entry !== name && !entry.includes('.tmp-');
    const abandoned = entry.includes('.tmp-') && Date.now() - statSync(join(cache, entry)).mtimeMs > STALE_MS;
    if (other || abandoned) rmSync(join(cache, entry), { recursive: true, force: true });
  }
  const staging = mkdtempSync(join(cache, `${name}.tmp-`));
  try {
    const bin = join(pkg, 'bin');
    await pipeline(createReadStream(join(bin, 'chromium.br')), createBrotliDecompress(), createWriteStream(join(staging, 'chromium'), { mode: 0o755 }));
    extractTar(brotliDecompressSync(readFileSync(join(bin, 'swiftshader.tar.br'))), staging); // GL libraries beside the binary
    extractTar(brotliDecompressSync(readFileSync(join(bin, 'al2023.tar.br'))), join(staging, 'al2023'));
    extractTar(brotliDecompressSync(readFileSync(join(bin, 'fonts.tar.br'))), join(staging, 'fonts'));
    // The package's own fonts.conf names fixed /tmp folders: write one naming where things are
    // (after the rename), plus the system's config and fonts when the machine has them.
    writeFileSync(
      join(staging, 'fonts.conf'),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n` +
        `  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n` +
        `  <dir>${xml(join(dir, 'fonts', 'fonts'))}</dir>\n  <dir>/usr/share/fonts</dir>\n` +
        `  <cachedir>${xml(join(dir, 'fontconfig-cache'))}</cachedir>\n</fontconfig>\n`,
    );
    writeFileSync(join(staging, 'ready'), `${version}\n`);
    try {
      renameSync(staging, dir);
    } catch (error) {
      // Another process renamed its copy into place first: use that one.
      if (!existsSync(join(dir, 'ready'))) throw new Error(`${dir} is there but incomplete (${(error as Error).message}); delete it and run again`);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return result;
}
