import { describe, expect, it } from 'vitest';
import type { Cell, SheetRows } from '../spreadsheet';
import { fieldForHeader, normaliseKey, rosterTemplateColumns, rosterTemplateFields } from './columns';
import { detectTable, detectWorkbookTable } from './headers';

const sheet = (rows: Cell[][], name = 'Sheet1'): SheetRows => ({ name, rows });
const fieldsOf = (rows: Cell[][]) => detectTable(sheet(rows))?.columns.map((c) => [c.header, c.field]);

describe('header matching', () => {
  it.each([
    ['NIP', 'nip'],
    ['NIP Baru', 'nip'],
    ['NIP 18', 'nip'],
    ['nip_baru', 'nip'],
    ['Nama', 'name'],
    ['Nama Lengkap', 'name'],
    ['NAMA PEGAWAI', 'name'],
    ['Name', 'name'],
    ['Gol', 'golongan'],
    ['Gol/Ruang', 'golongan'],
    ['Gol. Ruang', 'golongan'],
    ['GOLONGAN', 'golongan'],
    ['Pangkat/Gol', 'golongan'],
    ['Grade', 'golongan'],
    ['gol_ruang', 'golongan'],
    ['Jabatan', 'jabatan'],
    ['Nama Jabatan', 'jabatan'],
    ['skp_jabatan', 'jabatan'],
    ['Position', 'jabatan'],
    ['Unit Kerja', 'unitKerja'],
    ['Unit Organisasi', 'unitKerja'],
    ['Unor', 'unitKerja'],
    ['unor_nama', 'unitKerja'],
    ['skp_unor', 'unitKerja'],
    ['NIP Atasan', 'nipAtasan'],
    ['NIP Atasan Langsung', 'nipAtasan'],
    ['NIP Penilai', 'nipAtasan'],
    ['NIP Pejabat Penilai', 'nipAtasan'],
    ["Superior's NIP", 'nipAtasan'],
    ['atasan_nip', 'nipAtasan'],
    ['Jenis ASN', 'asnType'],
    ['Civil service type', 'asnType'],
    ['TMT Jabatan', 'tmtJabatan'],
    ['In position since', 'tmtJabatan'],
    ['Gelar Depan', 'gelarDepan'],
    ['Back title', 'gelarBelakang'],
    ['Jenis Jabatan', 'jenisJabatan'],
    ['Status', 'status'],
    ['is_plt_plh', 'isPltPlh'],
    ['periode_akhir', 'periodeAkhir'],
    ['skp_status', 'skpStatus'],
    ['skp_unor_induk', 'unitInduk'],
    ['id', 'skpId'],
  ])('%j names %s', (header, field) => {
    expect(fieldForHeader(header)?.field).toBe(field);
  });

  it('ignores case, extra spaces, dots, punctuation and line breaks', () => {
    expect(normaliseKey('  GOL.\n RUANG ')).toBe('gol ruang');
    expect(normaliseKey('Gol/Ruang')).toBe('gol ruang');
    expect(fieldForHeader('N.I.P.')).toBeNull(); // dots inside a word split it: "n i p" is not a header we know
    expect(fieldForHeader('NIP\nAtasan')?.field).toBe('nipAtasan');
    expect(fieldForHeader(' nama  lengkap: ')?.field).toBe('name');
  });

  it('does not read other columns by a shared word', () => {
    expect(fieldForHeader('No')).toBeNull();
    expect(fieldForHeader('NIP Lama')).toBeNull();
    expect(fieldForHeader('Nama Unit')).toBeNull();
    expect(fieldForHeader('Tempat Lahir')).toBeNull();
    expect(fieldForHeader('__proto__')).toBeNull();
    expect(fieldForHeader('constructor')).toBeNull();
  });
});

describe('template columns', () => {
  it('heads the template in the active language, in template order, NIPs as text', () => {
    expect(rosterTemplateColumns('id').map((c) => c.header)).toEqual([
      'NIP', 'Nama', 'Gelar Depan', 'Gelar Belakang', 'Jenis ASN', 'Gol/Ruang', 'Jabatan', 'Jenis Jabatan', 'Unit Kerja', 'NIP Atasan', 'Status', 'TMT Jabatan',
    ]);
    expect(rosterTemplateColumns('en').map((c) => c.header)).toEqual([
      'NIP', 'Name', 'Front title', 'Back title', 'Civil service type', 'Grade', 'Position', 'Position type', 'Work unit', "Superior's NIP", 'Status', 'In position since',
    ]);
    expect(rosterTemplateColumns('id').map((c) => c.key)).toEqual([...rosterTemplateFields]);
    expect(rosterTemplateColumns('id').find((c) => c.key === 'nip')?.type).toBe('text');
    expect(rosterTemplateColumns('id').find((c) => c.key === 'tmtJabatan')?.type).toBe('date');
  });

  it('reads back every template header of both languages as its own field', () => {
    for (const language of ['id', 'en'] as const) {
      for (const column of rosterTemplateColumns(language)) expect(fieldForHeader(column.header)?.field).toBe(column.key);
    }
  });
});

describe('detectTable', () => {
  it('finds the header below title rows and maps columns, listing extra columns', () => {
    const table = detectTable(
      sheet([
        ['DAFTAR PEGAWAI DINAS PENDIDIKAN'],
        ['Instansi Pemerintah Kabupaten Sumba Timur'],
        [],
        ['No', 'NIP', 'Nama Lengkap', 'Tempat Lahir', 'Gol/Ruang', 'Jabatan', 'Unit Kerja', 'Keterangan'],
        [{ n: 1 }, '199001012015011006', 'Rudi'],
      ]),
    );
    expect(table).toMatchObject({ headerRowIndex: 3, headerRowNumber: 4, source: 'roster', ignoredColumns: ['No', 'Tempat Lahir', 'Keterangan'] });
    expect([...(table?.fieldColumns ?? new Map()).entries()].map(([field, c]) => [field, c.index])).toEqual([
      ['nip', 1],
      ['name', 2],
      ['golongan', 4],
      ['jabatan', 5],
      ['unitKerja', 6],
    ]);
  });

  it('needs both a NIP and a name column within the first 20 rows', () => {
    expect(detectTable(sheet([['NIP', 'Jabatan']]))).toBeNull();
    expect(detectTable(sheet([['Nama', 'Jabatan']]))).toBeNull();
    const late: Cell[][] = [...Array.from({ length: 20 }, (): Cell[] => ['judul']), ['NIP', 'Nama']];
    expect(detectTable(sheet(late))).toBeNull();
    const lastChance: Cell[][] = [...Array.from({ length: 19 }, (): Cell[] => ['judul']), ['NIP', 'Nama']];
    expect(detectTable(sheet(lastChance))?.headerRowNumber).toBe(20);
  });

  it('picks the row naming the most fields when several qualify', () => {
    const table = detectTable(sheet([['NIP', 'Nama'], ['NIP', 'Nama', 'Gol', 'Jabatan']]));
    expect(table?.headerRowNumber).toBe(2);
  });

  it('gives a field to one column only: the better-ranked header, then the leftmost', () => {
    expect(fieldsOf([['NIP', 'Nama', 'Nama Lengkap', 'Golongan', 'Gol/Ruang']])).toEqual([
      ['NIP', 'nip'],
      ['Nama', 'name'],
      ['Nama Lengkap', null],
      ['Golongan', null],
      ['Gol/Ruang', 'golongan'],
    ]);
  });

  it('recognises the national Laporan SKP by its snake_case header', () => {
    const table = detectTable(
      sheet([
        ['Laporan SKP Tahun 2025'],
        ['Instansi Pemerintah Kabupaten Sumba Timur'],
        [],
        ['id', 'nip', 'nama', 'jabatan', 'unit', 'skp_status', 'skp_unor', 'skp_unor_induk', 'skp_jabatan', 'periode_awal', 'periode_akhir', 'is_plt_plh'],
      ]),
    );
    expect(table?.source).toBe('laporanSkp');
    expect(table?.columns.map((c) => [c.header, c.field])).toEqual([
      ['id', 'skpId'],
      ['nip', 'nip'],
      ['nama', 'name'],
      ['jabatan', null], // skp_jabatan is preferred, with skp_unor, so unit and position come from the same SKP
      ['unit', null],
      ['skp_status', 'skpStatus'],
      ['skp_unor', 'unitKerja'],
      ['skp_unor_induk', 'unitInduk'],
      ['skp_jabatan', 'jabatan'],
      ['periode_awal', null],
      ['periode_akhir', 'periodeAkhir'],
      ['is_plt_plh', 'isPltPlh'],
    ]);
  });

  it('treats national-only columns in an office roster as extra columns', () => {
    const table = detectTable(sheet([['NIP', 'Nama', 'Status SKP', 'id']]));
    expect(table?.source).toBe('roster');
    expect(table?.ignoredColumns).toEqual(['Status SKP', 'id']);
  });

  it('survives ragged, odd and empty rows', () => {
    expect(detectTable(sheet([]))).toBeNull();
    expect(detectTable(sheet([[null, { n: 1 }, true, { d: '2020-01-01' }], ['NIP', null, 'Nama']]))?.headerRowNumber).toBe(2);
  });
});

describe('detectWorkbookTable', () => {
  it('reads the first sheet with a table and names the sheets before it', () => {
    const result = detectWorkbookTable({
      fileName: 'x.xlsx',
      format: 'xlsx',
      sheets: [sheet([['Petunjuk pengisian']], 'Petunjuk'), sheet([['NIP', 'Nama']], 'Pegawai'), sheet([['NIP', 'Nama']], 'Arsip')],
    });
    expect(result.table?.sheetName).toBe('Pegawai');
    expect(result.table?.sheetIndex).toBe(1);
    expect(result.skippedSheets).toEqual(['Petunjuk']);
  });

  it('finds nothing in a workbook without a table', () => {
    expect(detectWorkbookTable({ fileName: 'x.csv', format: 'csv', sheets: [sheet([['a', 'b']])] })).toEqual({ table: null, skippedSheets: ['Sheet1'] });
  });
});
