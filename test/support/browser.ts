import { accessSync, constants, statSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { npmChromium, type UnpackedChromium } from './npmChromium.js';

/** Debian's Chromium, preferred when a machine has it. */
export const systemChromium = '/usr/bin/chromium';

/** The browser the tests launch: where it came from, its binary, what its environment needs. */
export interface ChosenBrowser {
  /** `CHROMIUM_PATH`, Debian's `/usr/bin/chromium`, or the npm package `@sparticuz/chromium`. */
  readonly source: 'CHROMIUM_PATH' | 'system' | 'npm';
  /** The binary. */
  readonly executablePath: string;
  /** Variables to add to the browser's environment only. @defaultValue none */
  readonly env?: Readonly<Record<string, string>>;
}

/** Where `chooseChromium` looks (tests replace each). */
export interface BrowserPlaces {
  /** The environment, for `CHROMIUM_PATH` and `CABLE1957_EXPECT_BROWSER`. @defaultValue process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** The system browser. @defaultValue "/usr/bin/chromium" */
  readonly system?: string;
  /** Unpacks the npm browser. @defaultValue npmChromium */
  readonly npm?: () => Promise<UnpackedChromium>;
}

// A path covered by /dev/null (how .ci/run hides the system browser) is not a browser.
const isExecutableFile = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/**
 * Picks the browser for the tests, in the order of design §2: `CHROMIUM_PATH` (which must then
 * be a browser: no silent fallback from what was asked for), else Debian's `/usr/bin/chromium`,
 * else the pinned npm `@sparticuz/chromium`, unpacked on first use, so `npm ci && npm test` works
 * on a machine with no browser. `CABLE1957_EXPECT_BROWSER=npm|system|CHROMIUM_PATH` makes any
 * other choice an error: .ci/run sets it when it proves the npm browser with the system one hidden.
 */
export async function chooseChromium(places: BrowserPlaces = {}): Promise<ChosenBrowser> {
  const env = places.env ?? process.env;
  const system = places.system ?? systemChromium;
  const given = env['CHROMIUM_PATH'];
  let chosen: ChosenBrowser;
  if (given) {
    if (!isExecutableFile(given)) throw new Error(`CHROMIUM_PATH is "${given}", which is not an executable file`);
    chosen = { source: 'CHROMIUM_PATH', executablePath: given };
  } else if (isExecutableFile(system)) chosen = { source: 'system', executablePath: system };
  else {
    const npm = await (places.npm ?? npmChromium)();
    chosen = { source: 'npm', executablePath: npm.executablePath, env: npm.env };
  }
  const expected = env['CABLE1957_EXPECT_BROWSER'];
  if (expected && expected !== chosen.source) throw new Error(`CABLE1957_EXPECT_BROWSER is "${expected}" but the browser chosen is the ${chosen.source} one (${chosen.executablePath})`);
  return chosen;
}

/** Launches headless Chromium (see `chooseChromium`) with the flags this closed network needs. */
export async function launchChromium(): Promise<Browser> {
  const chosen = await chooseChromium();
  return chromium.launch({
    executablePath: chosen.executablePath,
    headless: true,
    // The project's own flags, for every browser (not the npm package's serverless ones, such as
    // --single-process or --disable-web-security).
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    ...(chosen.env ? { env: { ...process.env, ...chosen.env } } : {}),
  });
}
