import { describe, expect, it } from 'vitest';
import type { Cell } from '../../spreadsheet';
import { detectTargetTable, detectTargetWorkbook, targetFieldForHeader, targetTemplateColumns } from './headers';
import { HEADER_EN, HEADER_ID } from './testing';

const sheet = (rows: Cell[][]) => ({ name: 'Target', rows });

describe('targets file headers', () => {
  it.each([
    ['NIP', 'nip'],
    ['NIP Pegawai', 'nip'],
    ['nip_pegawai', 'nip'],
    ['RHK', 'rhk'],
    ['Rencana Hasil Kerja', 'rhk'],
    ['RENCANA HASIL KERJA (RHK)', 'rhk'],
    ['Planned work result', 'rhk'],
    ['RHK Atasan yang Diintervensi', 'leaderRhk'],
    ['RHK atasan', 'leaderRhk'],
    ['RHK Pimpinan yang Diintervensi', 'leaderRhk'],
    ["Leader's RHK", 'leaderRhk'],
    ['rhk_atasan', 'leaderRhk'],
    ['Sumber Penugasan', 'assignment'],
    ['Assignment source', 'assignment'],
    ['Jenis RHK', 'rhkKind'],
    ['Utama/Tambahan', 'rhkKind'],
    ['Aspek', 'aspek'],
    ['Aspect', 'aspek'],
    ['IKI', 'iki'],
    ['Indikator Kinerja Individu', 'iki'],
    ['Indikator Kinerja\nIndividu (IKI)', 'iki'],
    ['Individual performance indicator', 'iki'],
    ['Target', 'target'],
    ['Target Kinerja', 'target'],
    ['Satuan', 'unit'],
    ['Satuan Target', 'unit'],
    ['Unit of measure', 'unit'],
    ['Polaritas', 'polarity'],
    ['Polarity', 'polarity'],
  ])('%j names %s', (header, field) => {
    expect(targetFieldForHeader(header)?.field).toBe(field);
  });

  it('reads both languages of our own template', () => {
    for (const language of ['id', 'en'] as const) {
      const headers = targetTemplateColumns(language).map((c) => c.header);
      const table = detectTargetTable(sheet([headers]));
      expect(table?.columns.map((c) => c.field)).toEqual(['nip', 'name', 'rhkKind', 'leaderRhk', 'assignment', 'rhk', 'aspek', 'iki', 'target', 'unit', 'polarity']);
    }
    expect(targetTemplateColumns('id').map((c) => c.header)).toEqual(HEADER_ID);
    expect(targetTemplateColumns('en').map((c) => c.header)).toEqual(HEADER_EN);
    expect(targetTemplateColumns('id').find((c) => c.key === 'nip')?.type).toBe('text');
  });

  it('finds the header below title rows and lists the columns it ignores', () => {
    const table = detectTargetTable(sheet([['TARGET SKP DINAS PENDIDIKAN'], ['Tahun 2026'], [], ['No', 'NIP', 'Nama', 'RHK', 'Aspek', 'IKI', 'Target', 'Satuan', 'Keterangan']]));
    expect(table).toMatchObject({ headerRowNumber: 4, ignoredColumns: ['No', 'Keterangan'] });
    expect(table?.fieldColumns.get('nip')?.index).toBe(1);
  });

  it('needs NIP, RHK and IKI in one row; a roster is no targets file', () => {
    expect(detectTargetTable(sheet([['NIP', 'Nama', 'Jabatan', 'Unit Kerja']]))).toBeNull();
    expect(detectTargetTable(sheet([['NIP', 'RHK'], ['IKI', 'Target']]))).toBeNull();
    expect(detectTargetTable(sheet([]))).toBeNull();
  });

  it('reads the first column of a field when a file repeats it, and the first sheet with a table', () => {
    const table = detectTargetTable(sheet([['NIP', 'RHK', 'IKI', 'RHK', 'Target']]));
    expect(table?.fieldColumns.get('rhk')?.index).toBe(1);
    expect(table?.ignoredColumns).toEqual(['RHK']);
    const found = detectTargetWorkbook({ fileName: 'x.xlsx', format: 'xlsx', sheets: [{ name: 'Petunjuk', rows: [['Isi satu baris per IKI']] }, sheet([HEADER_ID])] });
    expect(found).toMatchObject({ skippedSheets: ['Petunjuk'], table: { sheetIndex: 1 } });
  });
});
