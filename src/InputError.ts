/**
 * Bad input from a user — a kind, fact, event, file or flag — with a message that says what is
 * wrong and where. The CLI prints it as one line on stderr and exits with code 2.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
}
