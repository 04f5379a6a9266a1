import { describe, expect, it } from 'vitest';
import { runCase } from '../../../src/case/runCase.js';

describe('openCase › an explicit start before the effective date', () => {
  it('is an InputError naming the kind, the date and the reading', () => {
    expect(() => runCase('koreanCitizenInChina', {}, [], { startDate: '1957-12-16' })).toThrow(
      "koreanCitizenInChina: the start date 1957-12-16 is before the cable's effective date 1957-12-17 (reading effectiveDate=issued); no step may be dated earlier",
    );
    expect(runCase('koreanCitizenInChina', {}, [], { startDate: '1957-12-17' }).start).toBe('1957-12-17T00:00:00.000Z');
  });
});
