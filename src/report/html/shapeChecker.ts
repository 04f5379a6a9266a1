import { InputError } from '../../InputError.js';
import { isRecord } from '../../io/isRecord.js';

/**
 * The checks every JSON input of `cable1957 report` is read with: each returns the value when it
 * has the shape asked for and otherwise throws an InputError naming the file and the key
 * (`RESULT.json: outcomes.x.y.share must be a number from 0 to 1`), so a bad file is one line.
 */
export function shapeChecker(file: string) {
  const fail = (where: string, what: string): never => {
    throw new InputError(`${file}: ${where} ${what}`);
  };
  const object = (v: unknown, where: string): Record<string, unknown> => (isRecord(v) ? v : fail(where, 'must be an object'));
  const text = (v: unknown, where: string): string => (typeof v === 'string' ? v : fail(where, 'must be a string'));
  const number = (v: unknown, where: string, min = -Infinity, max = Infinity): number =>
    typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : fail(where, `must be a number${min === 0 && max === 1 ? ' from 0 to 1' : min === 0 ? ' of at least 0' : ''}`);
  const count = (v: unknown, where: string): number => (Number.isInteger(v) && (v as number) >= 0 ? (v as number) : fail(where, 'must be a whole number of at least 0'));
  const pair = (v: unknown, where: string, min?: number, max?: number): void => {
    if (!Array.isArray(v) || v.length !== 2) fail(where, 'must be a pair [low, high]');
    (v as unknown[]).forEach((x, i) => number(x, `${where}[${i}]`, min, max));
  };
  const list = (v: unknown, where: string, what: string): unknown[] => (Array.isArray(v) ? v : fail(where, `must be a list${what}`));
  return { fail, object, text, number, count, pair, list };
}
