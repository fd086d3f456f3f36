import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from './spreadsheetSafety';

describe('neutraliseFormula', () => {
  it.each(['=HYPERLINK("http://x","klik")', '+62 812', '-1+1', '@SUM(A1)', '\t=1', '\r=1'])('turns %j into text', (value) => {
    expect(neutraliseFormula(value)).toBe(`'${value}`);
  });
  it('leaves ordinary text, numbers and empty cells alone', () => {
    expect(neutraliseFormula('Badan Kepegawaian')).toBe('Badan Kepegawaian');
    expect(neutraliseFormula(-5)).toBe(-5);
    expect(neutraliseFormula('')).toBe('');
    expect(neutraliseFormula(null)).toBe(null);
  });
});
