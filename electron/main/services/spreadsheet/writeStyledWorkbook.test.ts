import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../../shared/errors';
import type { ExportSheet, ExportWorkbookRequest } from '../../../../shared/spreadsheet';
import { exportWorkbook } from './exportWorkbook';
import { writeStyledWorkbook, XLSX_MIME } from './writeStyledWorkbook';

// The produced file is read back with ExcelJS: trusted, our own bytes.

const NIP = '199001012015031001';

const pegawai: ExportSheet = {
  name: 'Pegawai',
  title: 'Daftar Pegawai Dinas Pendidikan',
  columns: [
    { key: 'nip', header: 'NIP', type: 'text' },
    { key: 'nama', header: 'Nama', type: 'text', width: 30 },
    { key: 'tmt', header: 'TMT Jabatan', type: 'date' },
    { key: 'nilai', header: 'Nilai', type: 'number' },
  ],
  rows: [
    { nip: NIP, nama: 'Ani Suryani', tmt: '2021-03-01', nilai: 87.5 },
    { nip: NIP.replace(/1$/, '2'), nama: '=SUM(A1)', tmt: null, nilai: null },
    { nip: '-', nama: '@cmd', tmt: 'bukan tanggal', nilai: '+1' },
    { nip: 199001012015031, nama: '\tTab', constructor: 'x' },
  ],
};

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book;
}

const request = (sheets: ExportSheet[] = [pegawai]): ExportWorkbookRequest => ({ suggestedName: 'pegawai.xlsx', sheets });

describe('writeStyledWorkbook', () => {
  it('writes a bold title merged across the columns and a bold, filled, frozen header with an autofilter', async () => {
    const sheet = (await readBack(await writeStyledWorkbook(request()))).getWorksheet('Pegawai')!;
    const title = sheet.getCell('A1');
    expect(title.value).toBe('Daftar Pegawai Dinas Pendidikan');
    expect(title.font).toMatchObject({ bold: true, size: 14 });
    expect(sheet.getCell('D1').isMerged).toBe(true);
    expect(sheet.getCell('D1').master.address).toBe('A1');

    expect(['A2', 'B2', 'C2', 'D2'].map((a) => sheet.getCell(a).value)).toEqual(['NIP', 'Nama', 'TMT Jabatan', 'Nilai']);
    for (const a of ['A2', 'D2']) {
      expect(sheet.getCell(a).font?.bold).toBe(true);
      expect(sheet.getCell(a).fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    }
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.autoFilter).toBe('A2:D6');
  });

  it('types the cells: NIP as text with format @, dates as real dates, numbers as numbers', async () => {
    const sheet = (await readBack(await writeStyledWorkbook(request()))).getWorksheet('Pegawai')!;
    expect(sheet.getCell('A3').value).toBe(NIP);
    expect(sheet.getCell('A3').numFmt).toBe('@');
    expect(sheet.getCell('A6').value).toBe('199001012015031'); // a number in a text column is written as text
    const tmt = sheet.getCell('C3');
    expect(tmt.value).toBeInstanceOf(Date);
    expect((tmt.value as Date).toISOString()).toBe('2021-03-01T00:00:00.000Z');
    expect(tmt.numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getCell('D3').value).toBe(87.5);
    expect(sheet.getCell('C4').value).toBeNull();
    expect(sheet.getCell('C5').value).toBe('bukan tanggal');
  });

  it('neutralises every string Excel would run as a formula', async () => {
    const sheet = (await readBack(await writeStyledWorkbook(request()))).getWorksheet('Pegawai')!;
    expect(sheet.getCell('B4').value).toBe("'=SUM(A1)");
    expect(sheet.getCell('B5').value).toBe("'@cmd");
    expect(sheet.getCell('A5').value).toBe("'-");
    expect(sheet.getCell('D5').value).toBe("'+1");
    expect(sheet.getCell('B6').value).toBe("'\tTab");
    const formulas: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => void (cell.type === ExcelJS.ValueType.Formula && formulas.push(cell.address))));
    expect(formulas).toEqual([]);
  });

  it('uses given widths and computes the others from the content, capped', async () => {
    const long = 'x'.repeat(500);
    const sheets: ExportSheet[] = [pegawai, { ...pegawai, name: 'Panjang', rows: [{ nip: long, nama: 'a' }] }];
    const book = await readBack(await writeStyledWorkbook(request(sheets)));
    const sheet = book.getWorksheet('Pegawai')!;
    expect(sheet.getColumn(2).width).toBe(30);
    expect(sheet.getColumn(1).width).toBe(NIP.length + 2);
    expect(sheet.getColumn(3).width).toBe('bukan tanggal'.length + 2);
    expect(book.getWorksheet('Panjang')!.getColumn(1).width).toBe(60);
  });

  it('leaves out the title row when there is no title, and keeps sheet names Excel accepts', async () => {
    const sheets: ExportSheet[] = [
      { ...pegawai, name: 'Unit/Bagian', title: '' },
      { ...pegawai, name: 'unit/bagian', title: '' },
    ];
    const book = await readBack(await writeStyledWorkbook(request(sheets)));
    expect(book.worksheets.map((s) => s.name)).toEqual(['Unit_Bagian', 'unit_bagian (2)']);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('NIP');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:D5');
  });
});

describe('exportWorkbook', () => {
  it('saves the .xlsx through the save port with the xlsx MIME type', async () => {
    const port = vi.fn(async () => ({ saved: true, fileName: 'Rekap Pegawai.xlsx' }));
    const result = await exportWorkbook({ ...request(), suggestedName: 'Rekap Pegawai' }, port);
    expect(result).toEqual({ saved: true, fileName: 'Rekap Pegawai.xlsx' });
    const saved = port.mock.calls[0] as unknown as [{ suggestedName: string; mimeType: string; bytes: Uint8Array }];
    expect(saved[0].suggestedName).toBe('Rekap Pegawai.xlsx');
    expect(saved[0].mimeType).toBe(XLSX_MIME); // exportWorkbook.ts repeats the constant: same value
    expect((await readBack(saved[0].bytes)).getWorksheet('Pegawai')).toBeDefined();
  });

  it('refuses a file name the save rules refuse, before writing anything', async () => {
    const port = vi.fn();
    const error = await exportWorkbook({ ...request(), suggestedName: '../rahasia.xlsx' }, port).catch((e: unknown) => e);
    expect((error as AppError).toData()).toEqual({ code: 'file.nameInvalid', params: {}, field: 'suggestedName' });
    expect(port).not.toHaveBeenCalled();
  });
});
