/**
 * Writes control characters (line breaks, tabs, terminal escapes) as JSON escapes, so a message
 * that quotes a user's text stays one line and cannot drive the terminal.
 */
export function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
