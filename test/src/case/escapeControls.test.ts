import { describe, expect, it } from 'vitest';
import { escapeControls } from '../../../src/case/escapeControls.js';

describe('escapeControls', () => {
  it('writes line breaks, tabs, and C0 and C1 controls (terminal escapes) as \\u escapes, and nothing else', () => {
    expect(escapeControls('a\nb\r\tc\u001b[31md\u009b2J\u007f')).toBe('a\\u000ab\\u000d\\u0009c\\u001b[31md\\u009b2J\\u007f');
    expect(escapeControls('조선 사람 — ü <&>"\'')).toBe('조선 사람 — ü <&>"\'');
  });
});
