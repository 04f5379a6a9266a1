import { InputError } from '../InputError.js';
import { inputSizeLimit, readInputFile } from './readInputFile.js';

/**
 * Reads and parses a JSON file of at most `limit` bytes; a missing, oversized or unreadable file
 * or bad JSON is an InputError naming the file.
 */
export function readJsonFile(path: string, limit: number = inputSizeLimit): unknown {
  const text = readInputFile(path, limit);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path}: not valid JSON (${(error as Error).message})`);
  }
}
