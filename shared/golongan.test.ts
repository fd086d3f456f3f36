import { describe, expect, it } from 'vitest';
import { golonganCodes, parseGolongan } from './golongan';

describe('parseGolongan for PNS', () => {
  it.each([
    ['III/a', 'III/a'],
    ['III/A', 'III/a'],
    ['III-a', 'III/a'],
    ['IIIa', 'III/a'],
    ['III a', 'III/a'],
    ['iii/a', 'III/a'],
    ['3a', 'III/a'],
    ['3/a', 'III/a'],
    ['3-A', 'III/a'],
    [' III / a ', 'III/a'],
    ['Gol. III/a', 'III/a'],
    ['Golongan III/a', 'III/a'],
    ['Gol/Ruang III/a', 'III/a'],
    ['Penata Muda, III/a', 'III/a'],
    ['Penata Muda (III/a)', 'III/a'],
    ['III/a Penata Muda', 'III/a'],
    ['Penata Muda - III/a', 'III/a'],
    ['Penata Muda', 'III/a'],
    ['Penata Muda Tingkat I, III/b', 'III/b'],
    ['Penata Muda Tk. I, III/b', 'III/b'],
    ['Penata Muda Tk.I (III/b)', 'III/b'],
    ['PEMBINA UTAMA MUDA, IV/c', 'IV/c'],
    ['Juru Muda Tingkat I', 'I/b'],
    ['IV/e', 'IV/e'],
    ['I/a', 'I/a'],
    ['IIa', 'II/a'],
    ['Ia', 'I/a'],
  ])('reads %j as %s', (text, code) => {
    expect(parseGolongan(text, 'pns')).toEqual({ ok: true, code });
  });

  const expected = golonganCodes('pns').join(', ');
  it.each([
    ['III/e', 'golongan.unrecognised'], // only IV has ruang e
    ['V/a', 'golongan.unrecognised'],
    ['5a', 'golongan.unrecognised'],
    ['Penata, III/a', 'golongan.pangkatMismatch'], // Penata is III/c
    ['Penata Muda (III/a) III/b', 'golongan.unrecognised'],
    ['Penata Agung', 'golongan.unrecognised'],
    ['III', 'golongan.pppkForPns'],
    ['IX', 'golongan.pppkForPns'],
    ['9', 'golongan.pppkForPns'],
    ['', 'golongan.unrecognised'],
    ['a'.repeat(10_000), 'golongan.unrecognised'],
  ])('refuses %j with %s, listing the PNS codes', (text, code) => {
    expect(parseGolongan(text, 'pns')).toEqual({ ok: false, code, expected });
  });
});

describe('parseGolongan for PPPK', () => {
  it.each([
    ['IX', 'IX'],
    ['ix', 'IX'],
    ['9', 'IX'],
    ['09', 'IX'],
    ['Golongan IX', 'IX'],
    ['Gol. XVII', 'XVII'],
    ['I', 'I'],
    ['17', 'XVII'],
  ])('reads %j as %s', (text, code) => {
    expect(parseGolongan(text, 'pppk')).toEqual({ ok: true, code });
  });

  it('refuses a PNS golongan, a pangkat and numbers past XVII, listing I to XVII', () => {
    const expected = 'I, II, III, IV, V, VI, VII, VIII, IX, X, XI, XII, XIII, XIV, XV, XVI, XVII';
    expect(parseGolongan('III/a', 'pppk')).toEqual({ ok: false, code: 'golongan.pnsForPppk', expected });
    expect(parseGolongan('Penata Muda', 'pppk')).toEqual({ ok: false, code: 'golongan.pnsForPppk', expected });
    expect(parseGolongan('18', 'pppk')).toEqual({ ok: false, code: 'golongan.unrecognised', expected });
    expect(parseGolongan('XVIII', 'pppk')).toEqual({ ok: false, code: 'golongan.unrecognised', expected });
    expect(parseGolongan('0', 'pppk')).toEqual({ ok: false, code: 'golongan.unrecognised', expected });
  });
});
