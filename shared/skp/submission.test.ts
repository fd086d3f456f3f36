import { describe, expect, it } from 'vitest';
import { rhkNumbers, submissionProblems } from './submission';
import type { Iki, Rhk, Skp } from './types';

const iki = (over: Partial<Iki> = {}): Iki => ({ id: 'iki', aspek: 'kuantitas', text: 'Jumlah dokumen pengadaan', target: 12, unit: 'Dokumen', polarity: 'higher', ...over });
const rhk = (id: string, over: Partial<Rhk> = {}): Rhk => ({
  id,
  kind: 'utama',
  text: `Rencana ${id}`,
  parent: { kind: 'rhk', rhkId: 'leader-1' },
  assignment: '',
  perspektif: null,
  indicators: [iki({ id: `${id}-1` })],
  ...over,
});
const jaJf = (list: Rhk[]): Pick<Skp, 'form' | 'rhk'> => ({ form: 'ja_jf', rhk: list });

describe('what keeps an SKP from being submitted', () => {
  it('finds nothing wrong with a complete SKP', () => {
    expect(submissionProblems(jaJf([rhk('a'), rhk('b', { kind: 'tambahan', parent: null, assignment: 'Surat Tugas 800/12' })]))).toEqual([]);
    expect(submissionProblems({ form: 'jpt', rhk: [rhk('h', { parent: null, perspektif: 'Proses Bisnis' })] })).toEqual([]);
  });

  it('asks for at least one RHK utama', () => {
    expect(submissionProblems(jaJf([]))).toEqual([{ code: 'skp.noRhkUtama' }]);
    expect(submissionProblems(jaJf([rhk('t', { kind: 'tambahan' })]))).toEqual([{ code: 'skp.noRhkUtama' }]);
  });

  it('names an RHK without text by section and number', () => {
    expect(submissionProblems(jaJf([rhk('a'), rhk('b', { text: '   ' })]))).toEqual([{ code: 'skp.rhkTextMissing', params: { section: 'utama', no: 2 } }]);
  });

  it('names an RHK without any IKI', () => {
    expect(submissionProblems(jaJf([rhk('a', { indicators: [] })]))).toEqual([{ code: 'skp.rhkNoIki', params: { section: 'utama', no: 1 } }]);
  });

  it('names the IKI without text, target or unit, counting IKI from 1', () => {
    const second = rhk('a', { indicators: [iki({ id: 'x' }), iki({ id: 'y', text: ' ', target: null, unit: '' })] });
    expect(submissionProblems(jaJf([second]))).toEqual([
      { code: 'skp.ikiTextMissing', params: { section: 'utama', no: 1, iki: 2 } },
      { code: 'skp.ikiTargetMissing', params: { section: 'utama', no: 1, iki: 2 } },
      { code: 'skp.ikiUnitMissing', params: { section: 'utama', no: 1, iki: 2 } },
    ]);
  });

  it('takes a target of 0 as a target', () => {
    expect(submissionProblems(jaJf([rhk('a', { indicators: [iki({ target: 0, polarity: 'lower' })] })]))).toEqual([]);
  });

  it('asks a non-JPT RHK for a leader RHK or an assignment source', () => {
    const orphan = rhk('a', { parent: null });
    expect(submissionProblems(jaJf([orphan]))).toEqual([{ code: 'skp.rhkNoLeader', params: { section: 'utama', no: 1 } }]);
    // Blank space is not a source.
    expect(submissionProblems(jaJf([{ ...orphan, assignment: '  ' }]))).toEqual([{ code: 'skp.rhkNoLeader', params: { section: 'utama', no: 1 } }]);
    // An assignment source alone is enough.
    expect(submissionProblems(jaJf([{ ...orphan, assignment: 'Nota Dinas Kepala Badan 12/2026' }]))).toEqual([]);
  });

  it('needs no leader RHK on the JPT form', () => {
    expect(submissionProblems({ form: 'jpt', rhk: [rhk('h', { parent: null })] })).toEqual([]);
  });

  it('numbers RHK utama and tambahan separately, in order', () => {
    const list = [rhk('u1'), rhk('t1', { kind: 'tambahan' }), rhk('u2'), rhk('t2', { kind: 'tambahan', text: '' })];
    expect([...rhkNumbers(list)]).toEqual([['u1', 1], ['t1', 1], ['u2', 2], ['t2', 2]]);
    expect(submissionProblems(jaJf(list))).toEqual([{ code: 'skp.rhkTextMissing', params: { section: 'tambahan', no: 2 } }]);
  });

  it('lists every problem, in the order of the form', () => {
    const list = [rhk('t1', { kind: 'tambahan', parent: null, indicators: [] })];
    expect(submissionProblems(jaJf(list)).map((p) => p.code)).toEqual(['skp.noRhkUtama', 'skp.rhkNoIki', 'skp.rhkNoLeader']);
  });
});
