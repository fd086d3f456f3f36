import { describe, expect, it } from 'vitest';
import { excelSerialToIso, parseDateCell, parseDateText } from './dates';

describe('parseDateCell', () => {
  it.each([
    ['1985-03-12', '1985-03-12'],
    ['1985-3-2', '1985-03-02'],
    ['1985-03-12T00:00:00', '1985-03-12'],
    ['12-03-1985', '1985-03-12'],
    ['12/03/1985', '1985-03-12'],
    ['12.03.1985', '1985-03-12'],
    ['2/3/1985', '1985-03-02'],
    ['  12 Maret 1985 ', '1985-03-12'],
    ['12 Mar 1985', '1985-03-12'],
    ['12 March 1985', '1985-03-12'],
    ['12-Mar-1985', '1985-03-12'],
    ['12 Mar. 1985', '1985-03-12'],
    ['March 12, 1985', '1985-03-12'],
    ['17 Agustus 1945', '1945-08-17'],
    ['17 Agu 1945', '1945-08-17'],
    ['17 Ags 1945', '1945-08-17'],
    ['17 AUGUST 1945', '1945-08-17'],
    ['1 Mei 2020', '2020-05-01'],
    ['1 May 2020', '2020-05-01'],
    ['5 Okt 2021', '2021-10-05'],
    ['24 Des 2021', '2021-12-24'],
    ['3 Pebruari 2000', '2000-02-03'],
    ['10 Nopember 1999', '1999-11-10'],
    ['Selasa, 12 Maret 1985', '1985-03-12'],
    ['29-02-2000', '2000-02-29'],
  ])('reads the text %j as %s', (text, iso) => {
    expect(parseDateCell(text)).toEqual({ ok: true, iso });
  });

  it.each([
    ['31-02-1985', 'date.impossible'],
    ['29-02-1985', 'date.impossible'], // 1985 is not a leap year
    ['1985-13-01', 'date.impossible'],
    ['03/25/1985', 'date.impossible'], // read day first: month 25; never swapped
    ['00-01-1985', 'date.impossible'],
    ['32 Januari 2000', 'date.impossible'],
    ['12-03-85', 'date.twoDigitYear'],
    ['12 Mar 85', 'date.twoDigitYear'],
    ['12-03-0985', 'date.outOfRange'],
    ['12-03-2985', 'date.outOfRange'],
    ['12-03-19850', 'date.unrecognised'],
    ['12-03/1985', 'date.unrecognised'], // mixed separators
    ['Maret 1985', 'date.unrecognised'],
    ['12 Marz 1985', 'date.unrecognised'],
    ['kemarin', 'date.unrecognised'],
    ['19850312', 'date.unrecognised'],
    ['12 12 12 12 1985', 'date.unrecognised'],
    ['x'.repeat(100_000), 'date.unrecognised'],
    ['', 'date.empty'],
    ['   ', 'date.empty'],
  ])('refuses the text %j with %s', (text, code) => {
    expect(parseDateCell(text)).toEqual({ ok: false, code });
  });

  it('reads an Excel serial number in the 1900 date system', () => {
    expect(parseDateCell({ n: 31118 })).toEqual({ ok: true, iso: '1985-03-12' });
    expect(parseDateCell({ n: 31118.75, w: '12/03/1985 18:00' })).toEqual({ ok: true, iso: '1985-03-12' });
    expect(parseDateCell({ n: 45658, w: '1/1/25' })).toEqual({ ok: true, iso: '2025-01-01' });
  });

  it('refuses a number that the sheet shows as a plain whole number, not as a date', () => {
    expect(parseDateCell({ n: 1985, w: '1985' })).toEqual({ ok: false, code: 'date.unrecognised' });
  });

  it('reads a date cell by its calendar date', () => {
    expect(parseDateCell({ d: '1985-03-12' })).toEqual({ ok: true, iso: '1985-03-12' });
    expect(parseDateCell({ d: '1985-03-12T00:00:00.000Z' })).toEqual({ ok: true, iso: '1985-03-12' });
    expect(parseDateCell({ d: '1985-02-31' })).toEqual({ ok: false, code: 'date.impossible' });
    expect(parseDateCell({ d: 'not a date' })).toEqual({ ok: false, code: 'date.unrecognised' });
  });

  it('refuses empty, boolean and malformed cells without throwing', () => {
    expect(parseDateCell(null)).toEqual({ ok: false, code: 'date.empty' });
    expect(parseDateCell(undefined)).toEqual({ ok: false, code: 'date.empty' });
    expect(parseDateCell(true)).toEqual({ ok: false, code: 'date.unrecognised' });
    expect(parseDateCell({ n: Number.NaN })).toEqual({ ok: false, code: 'date.unrecognised' });
    expect(parseDateCell({ n: Number.POSITIVE_INFINITY })).toEqual({ ok: false, code: 'date.unrecognised' });
  });
});

describe('excelSerialToIso', () => {
  it('counts serials 1 to 59 from 31 December 1899', () => {
    expect(excelSerialToIso(1)).toEqual({ ok: true, iso: '1900-01-01' });
    expect(excelSerialToIso(59)).toEqual({ ok: true, iso: '1900-02-28' });
  });

  it("refuses serial 60, Excel's 29 February 1900 that never existed", () => {
    expect(excelSerialToIso(60)).toEqual({ ok: false, code: 'date.impossible' });
  });

  it('counts serials from 61 on from 30 December 1899', () => {
    expect(excelSerialToIso(61)).toEqual({ ok: true, iso: '1900-03-01' });
    expect(excelSerialToIso(36526)).toEqual({ ok: true, iso: '2000-01-01' });
  });

  it('refuses serials before 1900 or after 2100', () => {
    expect(excelSerialToIso(0)).toEqual({ ok: false, code: 'date.outOfRange' });
    expect(excelSerialToIso(-5)).toEqual({ ok: false, code: 'date.outOfRange' });
    expect(excelSerialToIso(73415)).toEqual({ ok: true, iso: '2100-12-31' });
    expect(excelSerialToIso(73416)).toEqual({ ok: false, code: 'date.outOfRange' });
    expect(excelSerialToIso(80000)).toEqual({ ok: false, code: 'date.outOfRange' });
    expect(excelSerialToIso(1e300)).toEqual({ ok: false, code: 'date.outOfRange' });
  });

  it('agrees with parseDateText on the same day', () => {
    expect(excelSerialToIso(31118)).toEqual(parseDateText('12 Maret 1985'));
  });
});
