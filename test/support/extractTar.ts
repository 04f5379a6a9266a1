import { mkdirSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';

const BLOCK = 512;
const text = (header: Buffer, from: number, to: number) => header.subarray(from, to).toString('utf8').replace(/\0.*$/s, '');
const octal = (header: Buffer, from: number, to: number) => Number.parseInt(text(header, from, to).trim() || '0', 8);

/**
 * Writes the regular files and folders of an uncompressed ustar archive under `into`, keeping
 * each file's mode. Anything else (links, devices, extended headers) and any name that would
 * leave `into` is refused: the archives unpacked here (the npm browser's) hold only plain files,
 * so something else means a changed or tampered package, better stopped than guessed at.
 */
export function extractTar(archive: Buffer, into: string): void {
  for (let at = 0; at + BLOCK <= archive.length; ) {
    const header = archive.subarray(at, at + BLOCK);
    if (header.every((b) => b === 0)) return; // the end-of-archive blocks
    const prefix = text(header, 345, 500);
    const name = prefix ? `${prefix}/${text(header, 0, 100)}` : text(header, 0, 100);
    const size = octal(header, 124, 136);
    const type = String.fromCharCode(header[156] ?? 0);
    const relative = posix.normalize(name);
    if (posix.isAbsolute(relative) || relative === '..' || relative.startsWith('../')) throw new Error(`tar: "${name}" would be written outside ${into}`);
    const target = join(into, relative);
    if (type === '5') mkdirSync(target, { recursive: true });
    else if (type === '0' || type === '\0') {
      mkdirSync(join(target, '..'), { recursive: true });
      writeFileSync(target, archive.subarray(at + BLOCK, at + BLOCK + size), { mode: octal(header, 100, 108) & 0o777 });
    } else throw new Error(`tar: "${name}" is of type "${type}"; only plain files and folders are unpacked`);
    at += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
  }
}
