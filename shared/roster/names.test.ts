import { describe, expect, it } from 'vitest';
import { splitGelar } from './names';

const both = { front: true, back: true };

describe('splitGelar', () => {
  it.each([
    ['Dr. H. Ahmad Fauzi, S.Sos., M.Si.', 'Dr. H.', 'Ahmad Fauzi', 'S.Sos., M.Si.'],
    ['Drs. Hendra Wijaya, M.Pd.', 'Drs.', 'Hendra Wijaya', 'M.Pd.'],
    ['Hj. Siti Aminah, S.Pd.I', 'Hj.', 'Siti Aminah', 'S.Pd.I'],
    ['dr. Maria Goreti, Sp.A(K)', 'dr.', 'Maria Goreti', 'Sp.A(K)'],
    ['Prof. Dr. Ir. Bambang Sutrisno, M.Sc., Ph.D', 'Prof. Dr. Ir.', 'Bambang Sutrisno', 'M.Sc., Ph.D'],
    ['Ns. Yuliana Bili, S.Kep.', 'Ns.', 'Yuliana Bili', 'S.Kep.'],
    ['drg. Ketut Ardana', 'drg.', 'Ketut Ardana', null],
    ['Umbu Rihi, SE', null, 'Umbu Rihi', 'SE'],
    ['Umbu Rihi, SE, MM', null, 'Umbu Rihi', 'SE, MM'],
    ['Agustina Lende,A.Md.', null, 'Agustina Lende', 'A.Md.'],
    ['Rudi   Hartono ', null, 'Rudi Hartono', null],
    ['Dra.Sri Wahyuni', 'Dra.', 'Sri Wahyuni', null],
    ['K.H. Abdullah', 'K.H.', 'Abdullah', null],
  ])('%j → %j + %j + %j', (full, gelarDepan, name, gelarBelakang) => {
    expect(splitGelar(full, both)).toEqual({ name, gelarDepan, gelarBelakang, commaKept: false });
  });

  it('leaves names that only look like titles alone', () => {
    expect(splitGelar('M. Yusuf Kalla', both).name).toBe('M. Yusuf Kalla'); // M. is Muhammad, not a title
    expect(splitGelar('Irwan Hidayat', both).name).toBe('Irwan Hidayat');
    expect(splitGelar('Hendrik Drs', both).name).toBe('Hendrik Drs');
    expect(splitGelar('H.', both)).toMatchObject({ name: 'H.', gelarDepan: null }); // nothing would be left
  });

  it('keeps a comma that is not followed by titles, and says so', () => {
    expect(splitGelar('Santoso, Budi', both)).toEqual({ name: 'Santoso, Budi', gelarDepan: null, gelarBelakang: null, commaKept: true });
  });

  it('splits only the sides it is asked to', () => {
    expect(splitGelar('Dr. Ahmad, M.Si.', { front: false, back: true })).toEqual({ name: 'Dr. Ahmad', gelarDepan: null, gelarBelakang: 'M.Si.', commaKept: false });
    expect(splitGelar('Dr. Ahmad, M.Si.', { front: true, back: false })).toEqual({ name: 'Ahmad, M.Si.', gelarDepan: 'Dr.', gelarBelakang: null, commaKept: false });
  });

  it('stays fast on a huge name', () => {
    const huge = `Dr. ${'a.'.repeat(50_000)}, ${'S.'.repeat(50_000)}`;
    expect(splitGelar(huge, both).gelarDepan).toBe('Dr.');
  });
});
