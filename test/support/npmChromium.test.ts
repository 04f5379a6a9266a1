import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { extractTar } from './extractTar.js';
import { npmChromium } from './npmChromium.js';

// The npm browser's unpacking, on a small stand-in for @sparticuz/chromium (same layout, a few
// bytes instead of 67 MB), so the cache, the version naming and the parallel race are cheap to test.
const root = mkdtempSync(join(tmpdir(), 'cable1957-npm-chromium-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A package folder like @sparticuz/chromium's: package.json and the four brotli files in bin/. */
function fakePackage(version: string): string {
  const pkg = join(root, `pkg-${version}`);
  const src = join(root, `src-${version}`);
  for (const d of ['bin', 'al2023/lib', 'fonts/fonts/Open_Sans', 'swiftshader']) mkdirSync(join(d.startsWith('bin') ? pkg : src, d), { recursive: true });
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: '@sparticuz/chromium', version }));
  writeFileSync(join(pkg, 'bin', 'chromium.br'), brotliCompressSync(Buffer.from(`#!/bin/sh\necho chromium ${version}\n`)));
  writeFileSync(join(src, 'al2023/lib/libnss3.so'), 'nss');
  writeFileSync(join(src, 'fonts/fonts/Open_Sans/OpenSans-Regular.ttf'), 'font');
  writeFileSync(join(src, 'fonts/fonts.conf'), '<fontconfig><dir>/tmp/fonts</dir></fontconfig>');
  writeFileSync(join(src, 'swiftshader/libGLESv2.so'), 'gl');
  const pack = (from: string, name: string) =>
    writeFileSync(join(pkg, 'bin', name), brotliCompressSync(execFileSync('tar', ['--format=ustar', '-cf', '-', '-C', from, '.'])));
  pack(join(src, 'al2023'), 'al2023.tar.br');
  pack(join(src, 'fonts'), 'fonts.tar.br');
  pack(join(src, 'swiftshader'), 'swiftshader.tar.br');
  return pkg;
}

/** One ustar header block (no checksum: the reader does not need it) and the body, padded. */
function tarEntry(name: string, body: string, type: string): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0);
  header.write('0000644\0', 100);
  header.write(`${Buffer.byteLength(body).toString(8).padStart(11, '0')}\0`, 124);
  header.write(type, 156);
  header.write('ustar\0', 257);
  const data = Buffer.alloc(Math.ceil(Buffer.byteLength(body) / 512) * 512);
  data.write(body);
  return Buffer.concat([header, data]);
}

describe('npmChromium (the browser for a machine without one)', () => {
  it('unpacks the binary, its libraries and fonts into a cache folder named by the version, with the environment to launch it', async () => {
    const cacheDir = join(root, 'cache-a');
    const got = await npmChromium({ packageDir: fakePackage('1.0.0'), cacheDir });
    const dir = join(cacheDir, 'cable1957-chromium-1.0.0');
    expect(got.executablePath).toBe(join(dir, 'chromium'));
    expect(got.version).toBe('1.0.0');
    expect(execFileSync(got.executablePath, { encoding: 'utf8' })).toBe('chromium 1.0.0\n');
    expect(statSync(got.executablePath).mode & 0o111).toBe(0o111);
    expect(readFileSync(join(dir, 'al2023/lib/libnss3.so'), 'utf8')).toBe('nss');
    expect(existsSync(join(dir, 'libGLESv2.so'))).toBe(true);
    expect(got.env['LD_LIBRARY_PATH']!.split(':')[0]).toBe(join(dir, 'al2023', 'lib'));
    expect(got.env['FONTCONFIG_FILE']).toBe(join(dir, 'fonts.conf'));
    // Its own font config names the unpacked fonts where they are and the system's, not /tmp.
    const conf = readFileSync(join(dir, 'fonts.conf'), 'utf8');
    expect([...conf.matchAll(/<dir>(.*?)<\/dir>/g)].map((m) => m[1])).toEqual([join(dir, 'fonts', 'fonts'), '/usr/share/fonts']);
    expect(existsSync(join(dir, 'fonts/fonts/Open_Sans/OpenSans-Regular.ttf'))).toBe(true);
    expect(readdirSync(cacheDir)).toEqual(['cable1957-chromium-1.0.0']);
  });

  it('never reuses another version: a new version gets its own folder and the old one is removed', async () => {
    const cacheDir = join(root, 'cache-b');
    await npmChromium({ packageDir: fakePackage('1.0.0'), cacheDir });
    const got = await npmChromium({ packageDir: fakePackage('2.0.0'), cacheDir });
    expect(execFileSync(got.executablePath, { encoding: 'utf8' })).toBe('chromium 2.0.0\n');
    expect(readdirSync(cacheDir)).toEqual(['cable1957-chromium-2.0.0']);
  });

  it('is safe when several launch at once: each unpacks privately and renames into place, all get one whole copy', async () => {
    const cacheDir = join(root, 'cache-c');
    const packageDir = fakePackage('3.0.0');
    const all = await Promise.all([1, 2, 3, 4].map(() => npmChromium({ packageDir, cacheDir })));
    expect(new Set(all.map((g) => g.executablePath)).size).toBe(1);
    expect(execFileSync(all[0]!.executablePath, { encoding: 'utf8' })).toBe('chromium 3.0.0\n');
    // No temporary folder is left behind by the losers of the race.
    expect(readdirSync(cacheDir)).toEqual(['cable1957-chromium-3.0.0']);
  });

  it('uses an unpacked copy as it is (no second unpack), and only one marked complete', async () => {
    const cacheDir = join(root, 'cache-d');
    const packageDir = fakePackage('4.0.0');
    const first = await npmChromium({ packageDir, cacheDir });
    writeFileSync(first.executablePath, '#!/bin/sh\necho kept\n');
    expect(execFileSync((await npmChromium({ packageDir, cacheDir })).executablePath, { encoding: 'utf8' })).toBe('kept\n');
    rmSync(join(cacheDir, 'cable1957-chromium-4.0.0', 'ready'));
    await expect(npmChromium({ packageDir, cacheDir })).rejects.toThrow(/cable1957-chromium-4\.0\.0 is there but incomplete/);
  });
});

describe('extractTar', () => {
  it('refuses links and names that leave the target folder', () => {
    const into = join(root, 'x');
    expect(() => extractTar(tarEntry('../evil', 'x', '0'), into)).toThrow('tar: "../evil" would be written outside');
    expect(() => extractTar(tarEntry('/etc/evil', 'x', '0'), into)).toThrow('would be written outside');
    expect(() => extractTar(tarEntry('link', '', '2'), into)).toThrow('tar: "link" is of type "2"; only plain files and folders are unpacked');
    expect(existsSync(join(root, 'evil'))).toBe(false);
  });
});
