import { InputError } from '../InputError.js';
import { inputSizeLimit, readInputFile } from './readInputFile.js';

/**
 * Reads and parses a JSON file of at most `limit` bytes; a missing, oversized or unreadable file
 * or bad JSON is one line of InputError naming the file (and `flag`, when a flag named it).
 */
export function readJsonFile(path: string, limit: number = inputSizeLimit, flag?: string): unknown {
  let text: string;
  try {
    text = readInputFile(path, limit);
  } catch (error) {
    if (flag === undefined || !(error instanceof InputError)) throw error;
    throw new InputError(`${flag} ${error.message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    // V8 quotes the text around the error, newlines included: the message stays one line.
    throw new InputError(`${flag === undefined ? '' : `${flag} `}${path}: not valid JSON (${(error as Error).message.replace(/\s+/g, ' ')})`);
  }
}
