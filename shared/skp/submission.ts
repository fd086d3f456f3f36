import type { AppErrorData } from '../errors';
import type { Rhk, Skp } from './types';

/** How an RHK is named in messages and documents: its section and number, "utama 2". */
export function rhkNumbers(rhk: readonly Rhk[]): Map<string, number> {
  const counters = { utama: 0, tambahan: 0 };
  return new Map(rhk.map((r) => [r.id, ++counters[r.kind]]));
}

/**
 * What keeps an SKP from being submitted, each problem naming the RHK (section and number)
 * it is about: at least one RHK utama; for each RHK a text, at least one IKI, each IKI with a
 * text and a target; for a non-JPT employee a leader RHK for each RHK, or an assignment source.
 */
export function submissionProblems(skp: Pick<Skp, 'form' | 'rhk'>): AppErrorData[] {
  const problems: AppErrorData[] = [];
  if (!skp.rhk.some((r) => r.kind === 'utama')) problems.push({ code: 'skp.noRhkUtama' });
  const numbers = rhkNumbers(skp.rhk);
  for (const rhk of skp.rhk) {
    const at = { section: rhk.kind, no: numbers.get(rhk.id)! };
    if (!rhk.text.trim()) problems.push({ code: 'skp.rhkTextMissing', params: at });
    if (rhk.indicators.length === 0) problems.push({ code: 'skp.rhkNoIki', params: at });
    rhk.indicators.forEach((iki, i) => {
      const where = { ...at, iki: i + 1 };
      if (!iki.text.trim()) problems.push({ code: 'skp.ikiTextMissing', params: where });
      if (iki.target === null) problems.push({ code: 'skp.ikiTargetMissing', params: where });
      if (!iki.unit.trim()) problems.push({ code: 'skp.ikiUnitMissing', params: where });
    });
    if (skp.form === 'ja_jf' && !rhk.parent && !rhk.assignment.trim()) problems.push({ code: 'skp.rhkNoLeader', params: at });
  }
  return problems;
}
