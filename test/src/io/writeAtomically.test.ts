import { chmodSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/InputError.js';
import { outputTarget } from '../../../src/io/outputTarget.js';
import { writeAtomically } from '../../../src/io/writeAtomically.js';

const dir = mkdtempSync(join(tmpdir(), 'cable1957-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);

describe('writeAtomically', () => {
  it('replaces a file whole, keeping its mode, and leaves no temporary file', async () => {
    writeFileSync(at('a.txt'), 'old\n');
    chmodSync(at('a.txt'), 0o640);
    await writeAtomically(at('a.txt'), ['new ', 'text\n']);
    expect(readFileSync(at('a.txt'), 'utf8')).toBe('new text\n');
    expect(statSync(at('a.txt')).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves the file as it was when the source fails, and passes the source\u2019s error on unchanged', async () => {
    writeFileSync(at('b.txt'), 'kept\n');
    async function* failing() {
      yield 'partial';
      throw new InputError('bad line 2');
    }
    await expect(writeAtomically(at('b.txt'), failing())).rejects.toThrow(new InputError('bad line 2'));
    expect(readFileSync(at('b.txt'), 'utf8')).toBe('kept\n');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes a symlink\u2019s target and keeps the link', async () => {
    writeFileSync(at('target.txt'), 'old\n');
    symlinkSync('target.txt', at('link.txt'));
    await writeAtomically(at('link.txt'), ['through\n']);
    expect(lstatSync(at('link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(at('target.txt'), 'utf8')).toBe('through\n');
  });

  it('refuses a path in a missing directory, naming the path given', async () => {
    await expect(writeAtomically(at('nodir/x.txt'), ['x'])).rejects.toThrow(new InputError(`${at('nodir/x.txt')}: no directory "${at('nodir')}"`));
  });
});

describe('outputTarget', () => {
  it('tells files, new paths, devices and descriptors apart', () => {
    writeFileSync(at('c.txt'), '');
    expect(outputTarget(at('c.txt')).kind).toBe('file');
    expect(outputTarget(at('none.txt'))).toEqual({ kind: 'new', path: at('none.txt') });
    expect(outputTarget('/dev/null').kind).toBe('stream');
    expect(() => outputTarget(dir)).toThrow(`${dir}: is a directory; name a file`);
    expect(() => outputTarget('')).toThrow('"": an empty path; name a file');
  });
});
