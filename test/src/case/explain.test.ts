import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/case/explain.js';
import { runCase } from '../../../src/case/runCase.js';

describe('explain › the effective date', () => {
  it('says, under the header, that a case dated before the effective date was handled from it', () => {
    const text = explain(runCase('emigrationApplication', 'submittedOn=1957-03-01,caseId=A1', ['publicSecurity.completesReview'], { readings: { effectiveDate: 'received' } }));
    expect(text.split('\n').slice(0, 3)).toEqual([
      'Case A1 (emigrationApplication; submittedOn=1957-03-01, hasPoliticalIssues=false, hasPendingCase=false, isJustified=true), from 1957-12-21:',
      '   submittedOn=1957-03-01; handled from the effective date 1957-12-21 (reading effectiveDate=received): no step is dated before it.',
      expect.stringMatching(/^1\. 1957-12-22 {2}publicSecurity: completesReview/),
    ]);
  });
  it('says nothing of it when the case starts at its own date, or at an explicit later start', () => {
    expect(explain(runCase('emigrationApplication', 'submittedOn=1958-03-01'))).not.toContain('handled from');
    expect(explain(runCase('emigrationApplication', 'submittedOn=1957-03-01', [], { startDate: '1958-01-10' }))).not.toContain('handled from');
  });
});
