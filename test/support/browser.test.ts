import { describe, expect, it } from 'vitest';
import { chooseChromium } from './browser.js';

// The order of design §2, with each place replaced: a real executable file stands in for a
// browser (this Node binary), /dev/null for a browser hidden the way .ci/run hides it.
const executable = process.execPath;
const npm = async () => ({ executablePath: '/cache/cable1957-chromium-9/chromium', version: '9', env: { LD_LIBRARY_PATH: '/cache/lib', FONTCONFIG_FILE: '/cache/fonts.conf' } });

describe('chooseChromium', () => {
  it('takes CHROMIUM_PATH first, even with a system browser there', async () => {
    expect(await chooseChromium({ env: { CHROMIUM_PATH: executable }, system: executable, npm })).toEqual({ source: 'CHROMIUM_PATH', executablePath: executable });
  });

  it('refuses a CHROMIUM_PATH that is not a browser rather than quietly using another', async () => {
    await expect(chooseChromium({ env: { CHROMIUM_PATH: '/nonexistent/chromium' }, system: executable, npm })).rejects.toThrow('CHROMIUM_PATH is "/nonexistent/chromium", which is not an executable file');
  });

  it('then the system browser, launched with the environment as it is', async () => {
    expect(await chooseChromium({ env: {}, system: executable, npm })).toEqual({ source: 'system', executablePath: executable });
  });

  it('then the npm browser, with its own libraries and fonts for its process only', async () => {
    for (const system of ['/nonexistent/chromium', '/dev/null']) {
      expect(await chooseChromium({ env: {}, system, npm })).toEqual({ source: 'npm', executablePath: '/cache/cable1957-chromium-9/chromium', env: { LD_LIBRARY_PATH: '/cache/lib', FONTCONFIG_FILE: '/cache/fonts.conf' } });
    }
    expect(process.env['FONTCONFIG_FILE']).toBeUndefined();
  });

  it('CABLE1957_EXPECT_BROWSER turns any other choice into an error (how .ci/run proves the npm browser ran)', async () => {
    await expect(chooseChromium({ env: { CABLE1957_EXPECT_BROWSER: 'npm' }, system: executable, npm })).rejects.toThrow(
      `CABLE1957_EXPECT_BROWSER is "npm" but the browser chosen is the system one (${executable})`,
    );
    expect((await chooseChromium({ env: { CABLE1957_EXPECT_BROWSER: 'npm' }, system: '/dev/null', npm })).source).toBe('npm');
  });
});
