import { describe, expect, it } from 'vitest';
import type { Cell } from '../../spreadsheet';
import { detectTargetTable } from './headers';
import { readTargetRow } from './rows';
import { HEADER_ID, NIP, row } from './testing';
import { parseAspek, parseNumberText, parsePolarity, parseRhkKind, parseTargetCell } from './values';

describe('numbers in either convention', () => {
  it.each([
    ['12', 'id', 12],
    ['1.234,5', 'id', 1234.5],
    ['1.234,5', 'en', 1234.5],
    ['1,234.5', 'en', 1234.5],
    ['1,234.5', 'id', 1234.5],
    ['1.234.567', 'id', 1234567],
    ['1,234,567', 'en', 1234567],
    ['12,5', 'id', 12.5],
    ['12.5', 'id', 12.5],
    ['1.000', 'id', 1000],
    ['1.000', 'en', 1],
    ['1,000', 'en', 1000],
    ['1,000', 'id', 1],
    ['0.125', 'id', 0.125],
    ['1 234', 'id', 1234],
  ] as const)('%s (%s) is %d', (text, convention, value) => {
    expect(parseNumberText(text, convention)).toBe(value);
  });

  it.each(['', 'dua belas', '1.23.4', '1,2,3', '12,', '1..2', '--1', '1.234,5.6'])('%j is no number', (text) => {
    expect(parseNumberText(text, 'id')).toBeNull();
  });
});

describe('target cells', () => {
  it('takes a number cell as it is, a percent cell as the percent it shows', () => {
    expect(parseTargetCell({ n: 12, w: '12' }, 'id')).toEqual({ ok: true, value: 12, unit: null });
    expect(parseTargetCell({ n: 0.95, w: '95%' }, 'id')).toEqual({ ok: true, value: 95, unit: '%' });
  });

  it('splits a number and its unit written in one cell', () => {
    expect(parseTargetCell('12 Dokumen', 'id')).toEqual({ ok: true, value: 12, unit: 'Dokumen' });
    expect(parseTargetCell('100%', 'id')).toEqual({ ok: true, value: 100, unit: '%' });
    expect(parseTargetCell('1.250 Orang', 'id')).toEqual({ ok: true, value: 1250, unit: 'Orang' });
    expect(parseTargetCell('2,5 Hari', 'id')).toEqual({ ok: true, value: 2.5, unit: 'Hari' });
  });

  it('refuses what is no number, negative numbers and empty cells', () => {
    expect(parseTargetCell('dua belas', 'id')).toMatchObject({ ok: false, code: 'targetNotNumber' });
    expect(parseTargetCell('1e5', 'id')).toMatchObject({ ok: false, code: 'targetNotNumber' });
    expect(parseTargetCell({ d: '2026-01-01' }, 'id')).toMatchObject({ ok: false, code: 'targetNotNumber' });
    expect(parseTargetCell('-5', 'id')).toMatchObject({ ok: false, code: 'targetNegative', shown: '-5' });
    expect(parseTargetCell({ n: -3, w: '-3' }, 'id')).toMatchObject({ ok: false, code: 'targetNegative' });
    expect(parseTargetCell(null, 'id')).toMatchObject({ ok: false, code: 'targetMissing' });
    expect(parseTargetCell('  ', 'id')).toMatchObject({ ok: false, code: 'targetMissing' });
  });
});

describe('coded values', () => {
  it('reads the words of both languages', () => {
    expect(['Kuantitas', 'quantity', 'KUALITAS', 'Quality', 'Waktu', 'Time', 'Biaya', 'Cost'].map(parseAspek)).toEqual(['kuantitas', 'kuantitas', 'kualitas', 'kualitas', 'waktu', 'waktu', 'biaya', 'biaya']);
    expect(['Utama', 'Main', 'RHK Tambahan', 'additional'].map(parseRhkKind)).toEqual(['utama', 'utama', 'tambahan', 'tambahan']);
    expect(['Maksimal', 'Higher is better', 'Minimal', 'lower is better'].map(parsePolarity)).toEqual(['higher', 'higher', 'lower', 'lower']);
    expect(parseAspek('Kecepatan')).toBeNull();
  });
});

describe('reading a row', () => {
  const table = detectTargetTable({ name: 'T', rows: [HEADER_ID] })!;
  const read = (cells: Cell[]) => readTargetRow(cells, 7, table, 'id');
  const base = { nip: NIP.staf, rhk: 'Tersusunnya laporan', aspek: 'Kuantitas', iki: 'Jumlah laporan', target: '12', unit: 'Laporan', assignment: 'Kepala Seksi' };

  it('turns the cells into the IKI values', () => {
    expect(read(row({ ...base, nip: `'${NIP.staf.slice(0, 8)} ${NIP.staf.slice(8)}`, polarity: 'Minimal' }))).toMatchObject({
      nip: NIP.staf, rhkText: 'Tersusunnya laporan', kind: null, aspek: 'kuantitas', ikiText: 'Jumlah laporan', target: 12, unit: 'Laporan', polarity: 'lower', errors: [],
    });
    expect(read(row({ ...base, target: '12 Laporan', unit: null })).unit).toBe('Laporan');
  });

  it('names the row, the column and the reason of each fault', () => {
    const faults = (cells: Cell[]) => read(cells).errors.map((e) => [e.code, e.params?.row, e.params?.column]);
    expect(faults(row({ ...base, nip: { n: 199001012015011000, w: '1.99001E+17' } }))).toEqual([['skpImport:row.nipStoredAsNumber', 7, 'NIP']]);
    expect(faults(row({ ...base, nip: NIP.staf.slice(0, 17) }))).toEqual([['skpImport:row.nipNotEighteenDigits', 7, 'NIP']]);
    expect(faults(row({ ...base, nip: null }))).toEqual([['skpImport:row.nipMissing', 7, 'NIP']]);
    expect(faults(row({ ...base, target: '-1' }))).toEqual([['skpImport:row.targetNegative', 7, 'Target']]);
    expect(faults(row({ ...base, target: 'dua belas' }))).toEqual([['skpImport:row.targetNotNumber', 7, 'Target']]);
    expect(faults(row({ ...base, aspek: 'Kecepatan' }))).toEqual([['skpImport:row.aspekUnknown', 7, 'Aspek']]);
    expect(faults(row({ ...base, kind: 'Pokok' }))).toEqual([['skpImport:row.rhkKindUnknown', 7, 'Jenis RHK']]);
    expect(faults(row({ ...base, polarity: 'Sedang' }))).toEqual([['skpImport:row.polarityUnknown', 7, 'Polaritas']]);
    expect(faults(row({ ...base, unit: null }))).toEqual([['skpImport:row.unitMissing', 7, 'Satuan']]);
    expect(faults(row({ ...base, target: '12 Dokumen', unit: 'Laporan' }))).toEqual([['skpImport:row.unitConflict', 7, 'Target']]);
    expect(faults(row({ ...base, rhk: null, iki: null }))).toEqual([
      ['skpImport:row.rhkMissing', 7, 'Rencana Hasil Kerja (RHK)'],
      ['skpImport:row.ikiMissing', 7, 'Indikator Kinerja Individu (IKI)'],
    ]);
    expect(faults(row({ ...base, rhk: 'x'.repeat(1001) }))[0]).toEqual(['skpImport:row.tooLong', 7, 'Rencana Hasil Kerja (RHK)']);
  });

  it('names the field even when the file lacks its column', () => {
    const bare = detectTargetTable({ name: 'T', rows: [['NIP', 'RHK', 'Aspek', 'IKI', 'Target']] })!;
    const [missing] = readTargetRow([NIP.staf, 'Laporan', 'Kuantitas', 'Jumlah laporan', { n: 12, w: '12' }], 5, bare, 'id').errors;
    expect(missing).toMatchObject({ code: 'skpImport:row.unitMissing', column: null, params: { row: 5, field: 'unit' } });
  });

  it('never throws on odd cells', () => {
    const odd: Cell[] = [true, { d: 'x' }, { n: Number.NaN }, '__proto__', null, 'constructor', { n: 1e308, w: 'x' }, '', 'Biaya', { n: Number.POSITIVE_INFINITY }, false];
    expect(() => read(odd)).not.toThrow();
    expect(() => read([])).not.toThrow();
  });
});
