import ExcelJS from 'exceljs';
import { CFB, utils, write, type WorkBook } from 'xlsx';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors';
import { spreadsheetLimits, type Cell } from '../../../../shared/spreadsheet';
import { HEADING_ROWS_ALLOWED, readWorkbook, type SpreadsheetLimits } from './readWorkbook';

// Every fixture is made here, by SheetJS or ExcelJS: no binary test files in the repository.

const NIP = '199001012015031001';
const UTC_DAY = new Date(Date.UTC(1990, 0, 1));

/** A roster the way offices send it: a title, a blank line, the header, then people. */
const roster = [
  ['DAFTAR PEGAWAI DINAS PENDIDIKAN'],
  [],
  ['NIP', 'Nama', 'Tanggal Lahir', '__proto__', 'constructor'],
  [NIP, 'Ani Suryani', UTC_DAY, 'x', 'y'],
];

function sheetJsBook(aoa: unknown[][], name = 'Pegawai'): WorkBook {
  const book = utils.book_new();
  utils.book_append_sheet(book, utils.aoa_to_sheet(aoa, { cellDates: true }), name);
  return book;
}

const written = (book: WorkBook, bookType: 'xlsx' | 'biff8' | 'ods') =>
  new Uint8Array(write(book, { type: 'buffer', bookType }) as Buffer);

const utf8 = (text: string) => new TextEncoder().encode(text);

function codeOf(run: () => unknown): { code: string; params: Record<string, unknown> } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const { code, params } = error as AppError;
    return { code, params };
  }
  throw new Error('expected an AppError');
}

describe('readWorkbook: the four formats', () => {
  it.each([
    ['pegawai.xlsx', 'xlsx'],
    ['pegawai.xls', 'biff8'],
    ['pegawai.ods', 'ods'],
  ] as const)('%s: title rows, NIP as text, a real date, headers as plain strings', (fileName, bookType) => {
    const result = readWorkbook(fileName, written(sheetJsBook(roster), bookType));
    expect(result.format).toBe(fileName.slice(-4).replace('.', ''));
    expect(result.sheets).toHaveLength(1);
    const [sheet] = result.sheets;
    expect(sheet?.name).toBe('Pegawai');
    expect(sheet?.rows).toEqual([
      ['DAFTAR PEGAWAI DINAS PENDIDIKAN', null, null, null, null],
      [null, null, null, null, null],
      ['NIP', 'Nama', 'Tanggal Lahir', '__proto__', 'constructor'],
      [NIP, 'Ani Suryani', { d: '1990-01-01' }, 'x', 'y'],
    ]);
  });

  it('CSV: NIP stays text, `;` delimiter, UTF-8 BOM dropped, quotes and decimal commas kept', () => {
    const csv = `\ufeffDAFTAR PEGAWAI;;\r\nNIP;Nama;Nilai\r\n${NIP};"Suryani; S.Kom";3,5\r\n0012;=1+1;"kata ""kutip"""\r\n\r\n\r\n`;
    const result = readWorkbook('pegawai.csv', utf8(csv));
    expect(result.format).toBe('csv');
    expect(result.sheets).toEqual([
      {
        name: 'pegawai',
        rows: [
          ['DAFTAR PEGAWAI', null, null],
          ['NIP', 'Nama', 'Nilai'],
          [NIP, 'Suryani; S.Kom', '3,5'],
          ['0012', '=1+1', 'kata "kutip"'],
        ],
      },
    ]);
  });

  it('CSV: comma files, Windows-1252 text, Excel\'s sep= line, and text SheetJS would misread', () => {
    expect(readWorkbook('a.csv', utf8(`NIP,Nama\n${NIP},Ani\n`)).sheets[0]?.rows).toEqual([['NIP', 'Nama'], [NIP, 'Ani']]);
    const latin = Buffer.from(`NIP;Nama\n${NIP};Jos\xe9 Mar\xeda\n`, 'latin1');
    expect(readWorkbook('a.csv', new Uint8Array(latin)).sheets[0]?.rows[1]).toEqual([NIP, 'José María']);
    expect(readWorkbook('a.csv', utf8('sep=,\nNIP;Nama,Unit\n1;2,3\n')).sheets[0]?.rows).toEqual([
      ['NIP;Nama', 'Unit'],
      ['1;2', '3'],
    ]);
    // SheetJS alone reads "ID;…" as SYLK and "<…" as HTML; as CSV they are just text.
    expect(readWorkbook('a.csv', utf8('ID;Nama\n1;<b>Ani</b>\n')).sheets[0]?.rows).toEqual([
      ['ID', 'Nama'],
      ['1', '<b>Ani</b>'],
    ]);
  });

  it('a NIP that Excel stored as a number comes back as {n, w} with the lossy text Excel shows', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Data');
    sheet.addRow(['NIP', 'TMT']);
    sheet.addRow([Number(NIP), new Date(Date.UTC(2015, 2, 1))]);
    sheet.getCell('B2').numFmt = 'dd/mm/yyyy';
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const [row] = readWorkbook('nip-angka.xlsx', bytes).sheets[0]?.rows.slice(1) ?? [];
    expect(row).toEqual([{ n: 199001012015031000, w: '1.99001E+17' }, { d: '2015-03-01' }]);

    for (const bookType of ['biff8', 'ods'] as const) {
      const cell = readWorkbook(`n.${bookType === 'biff8' ? 'xls' : 'ods'}`, written(sheetJsBook([[Number(NIP)]]), bookType))
        .sheets[0]?.rows[0]?.[0] as Extract<Cell, { n: number }>;
      expect(cell.n).toBe(199001012015031000);
      expect(cell.w).not.toBe(NIP); // lossy: the importer reports it instead of trusting it
    }
  });

  it('dates with a time, booleans and numbers keep their kind; error cells are null', () => {
    const aoa = [[new Date(Date.UTC(2024, 0, 31, 13, 5)), true, 2.5, { t: 'e', v: 0x07 }]];
    const book = utils.book_new();
    utils.book_append_sheet(book, utils.aoa_to_sheet(aoa, { cellDates: true }), 'S');
    expect(readWorkbook('a.xlsx', written(book, 'xlsx')).sheets[0]?.rows).toEqual([
      [{ d: '2024-01-31T13:05:00' }, true, { n: 2.5, w: '2.5' }],
    ]);
  });

  it('headers like __proto__ and constructor leave Object.prototype untouched', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const aoa = [['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'], ['{"polluted":1}', 'a', 'b', 'c', 'd']];
    for (const [name, bytes] of [
      ['p.xlsx', written(sheetJsBook(aoa), 'xlsx')],
      ['p.csv', utf8(aoa.map((r) => r.join(';')).join('\n'))],
    ] as const) {
      const rows = readWorkbook(name, bytes).sheets[0]?.rows;
      expect(rows?.[0]).toEqual(aoa[0]);
      expect(rows?.[0]?.every((cell) => typeof cell === 'string')).toBe(true);
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('trims trailing empty rows and columns but keeps the row numbers of what is left', () => {
    const rows = readWorkbook('t.xlsx', written(sheetJsBook([[null, null], [null, 'b', null, ''], [], ['']]), 'xlsx'));
    expect(rows.sheets[0]?.rows).toEqual([
      [null, null],
      [null, 'b'],
    ]);
  });

  it('reads every sheet of a workbook, in order', () => {
    const book = sheetJsBook([['a']], 'Satu');
    utils.book_append_sheet(book, utils.aoa_to_sheet([['b']]), 'Dua');
    expect(readWorkbook('two.xlsx', written(book, 'xlsx')).sheets.map((s) => s.name)).toEqual(['Satu', 'Dua']);
  });

  it('reads an HTML table saved as .xls (web-app exports) as text, NIP included', () => {
    const html = `<html><body><table><tr><td>NIP</td><td>Nama</td></tr><tr><td>${NIP}</td><td>Ani</td></tr></table></body></html>`;
    const result = readWorkbook('simpeg.xls', utf8(html));
    expect(result.format).toBe('xls');
    expect(result.sheets[0]?.rows).toEqual([
      ['NIP', 'Nama'],
      [NIP, 'Ani'],
    ]);
  });
});

describe('readWorkbook: Excel 2003 XML saved as .xls', () => {
  it('keeps the types the XML declares', () => {
    const book = sheetJsBook([['NIP', 'Tgl'], [NIP, UTC_DAY], [3.5, true]], 'Data');
    const xml = write(book, { type: 'string', bookType: 'xlml' }) as string;
    expect(readWorkbook('export.xls', utf8(xml)).sheets).toEqual([
      { name: 'Data', rows: [['NIP', 'Tgl'], [NIP, { d: '1990-01-01' }], [{ n: 3.5, w: '3.5' }, true]] },
    ]);
  });
});

describe('readWorkbook: files it refuses', () => {
  const xlsx = () => written(sheetJsBook(roster), 'xlsx');

  it.each([
    ['PDF bytes named .xlsx', 'laporan.xlsx', () => utf8('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), { expected: '.xlsx', actual: 'pdf' }],
    ['a PNG named .csv', 'foto.csv', () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), { expected: '.csv', actual: 'image' }],
    ['random bytes named .xlsx', 'acak.xlsx', () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256), { expected: '.xlsx', actual: 'binary' }],
    ['a text file named .xlsx', 'catatan.xlsx', () => utf8('NIP;Nama\n'), { expected: '.xlsx', actual: 'text' }],
    ['an .xlsx named .ods', 'salah.ods', xlsx, { expected: '.ods', actual: 'xlsx' }],
    ['an .xlsx named .xls', 'salah.xls', xlsx, { expected: '.xls', actual: 'xlsx' }],
    ['an .xls named .xlsx', 'lama.xlsx', () => written(sheetJsBook(roster), 'biff8'), { expected: '.xlsx', actual: 'xls' }],
    ['an .xls named .csv', 'lama.csv', () => written(sheetJsBook(roster), 'biff8'), { expected: '.csv', actual: 'xls' }],
  ])('%s → spreadsheet:typeMismatch naming what it is', (_name, fileName, bytes, params) => {
    expect(codeOf(() => readWorkbook(fileName, bytes()))).toEqual({
      code: 'spreadsheet:typeMismatch',
      params: { fileName, ...params },
    });
  });

  it('a truncated .xlsx (cut in half) → spreadsheet:corrupt', () => {
    const whole = xlsx();
    expect(codeOf(() => readWorkbook('terpotong.xlsx', whole.slice(0, whole.length >> 1)))).toEqual({
      code: 'spreadsheet:corrupt',
      params: { fileName: 'terpotong.xlsx' },
    });
  });

  it('an .xlsx whose insides are garbage → spreadsheet:corrupt, not a crash', () => {
    const bytes = xlsx();
    // Keep the zip's table of contents, ruin the compressed parts.
    for (let i = 200; i < bytes.length - 2000; i += 3) bytes[i] = 0x5a;
    expect(codeOf(() => readWorkbook('rusak.xlsx', bytes)).code).toBe('spreadsheet:corrupt');
  });

  it('an empty file → spreadsheet:empty; an unknown extension → spreadsheet:unsupportedExtension', () => {
    expect(codeOf(() => readWorkbook('kosong.xlsx', new Uint8Array()))).toEqual({
      code: 'spreadsheet:empty',
      params: { fileName: 'kosong.xlsx' },
    });
    for (const fileName of ['data.txt', 'data', 'data.xlsx.exe', 'data.numbers']) {
      expect(codeOf(() => readWorkbook(fileName, utf8('a,b')))).toEqual({
        code: 'spreadsheet:unsupportedExtension',
        params: { fileName },
      });
    }
  });

  it('a password-protected workbook → spreadsheet:encrypted', () => {
    const container = CFB.utils.cfb_new();
    CFB.utils.cfb_add(container, '/EncryptionInfo', new Uint8Array(64));
    CFB.utils.cfb_add(container, '/EncryptedPackage', new Uint8Array(4096));
    const bytes = new Uint8Array(CFB.write(container, { type: 'buffer' }) as Buffer);
    for (const fileName of ['rahasia.xlsx', 'rahasia.xls']) {
      expect(codeOf(() => readWorkbook(fileName, bytes))).toEqual({ code: 'spreadsheet:encrypted', params: { fileName } });
    }
  });

  it('a file over the size limit → spreadsheet:tooLarge with the limit', () => {
    const big = new Uint8Array(spreadsheetLimits.maxBytes + 1);
    expect(codeOf(() => readWorkbook('besar.csv', big))).toEqual({
      code: 'spreadsheet:tooLarge',
      params: { fileName: 'besar.csv', limitMb: 20 },
    });
  });

  it('a 200,000-row CSV → spreadsheet:tooManyRows, counted before any cell is built', () => {
    const lines = ['NIP;Nama'];
    for (let i = 0; i < 200_000; i++) lines.push(`${1990_0101_2015_0310_00 + i};Pegawai ${i}`);
    const started = performance.now();
    expect(codeOf(() => readWorkbook('besar.csv', utf8(lines.join('\n'))))).toEqual({
      code: 'spreadsheet:tooManyRows',
      params: { fileName: 'besar.csv', sheet: 'besar', count: spreadsheetLimits.maxRows },
    });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('rows just within the limit pass; one more data row is refused (xlsx, xls, ods, csv)', () => {
    const limits: SpreadsheetLimits = { ...spreadsheetLimits, maxRows: 5 };
    const allowed = 5 + HEADING_ROWS_ALLOWED;
    const aoa = (n: number) => Array.from({ length: n }, (_, i) => [`r${i}`]);
    for (const [fileName, bytes] of [
      ['a.xlsx', (n: number) => written(sheetJsBook(aoa(n), 'Data'), 'xlsx')],
      ['a.xls', (n: number) => written(sheetJsBook(aoa(n), 'Data'), 'biff8')],
      ['a.ods', (n: number) => written(sheetJsBook(aoa(n), 'Data'), 'ods')],
      ['a.csv', (n: number) => utf8(aoa(n).join('\n'))],
    ] as const) {
      expect(readWorkbook(fileName, bytes(allowed), limits).sheets[0]?.rows).toHaveLength(allowed);
      expect(codeOf(() => readWorkbook(fileName, bytes(allowed + 1), limits))).toEqual({
        code: 'spreadsheet:tooManyRows',
        params: { fileName, sheet: fileName.endsWith('.csv') ? 'a' : 'Data', count: 5 },
      });
    }
  });
});
