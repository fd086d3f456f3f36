import type { Language } from '../../languages';
import { cellAt, cleanText } from '../../roster/cells';
import { normaliseKey } from '../../roster/columns';
import type { SheetRows, WorkbookRows } from '../../spreadsheet';

/** The columns of a realisations file (one row per IKI per period) and the headers they go by, in both languages. */
export const realisationFields = ['nip', 'iki', 'period', 'value', 'source', 'note'] as const;
export type RealisationField = (typeof realisationFields)[number];
export const requiredRealisationFields: readonly RealisationField[] = ['nip', 'iki', 'period', 'value'];

interface FieldSpec {
  field: RealisationField;
  template: Record<Language, string>;
  aliases: readonly string[];
  width: number;
}

export const realisationFieldSpecs: readonly FieldSpec[] = [
  { field: 'nip', template: { id: 'NIP', en: 'NIP' }, aliases: ['NIP Pegawai', 'NIP Baru', 'NIP/NI PPPK', 'NI PPPK', 'Employee NIP'], width: 22 },
  { field: 'iki', template: { id: 'IKI', en: 'IKI' }, aliases: ['Indikator Kinerja Individu (IKI)', 'Indikator Kinerja Individu', 'Indikator', 'Individual performance indicator (IKI)', 'Indicator'], width: 50 },
  { field: 'period', template: { id: 'Periode', en: 'Period' }, aliases: ['Periode Pemantauan', 'Triwulan', 'Bulan', 'Semester', 'Monitoring period'], width: 18 },
  { field: 'value', template: { id: 'Realisasi', en: 'Realisation' }, aliases: ['Nilai Realisasi', 'Realisasi Kinerja', 'Capaian Realisasi', 'Actual', 'Value'], width: 14 },
  { field: 'source', template: { id: 'Sumber data', en: 'Data source' }, aliases: ['Sumber Data Realisasi', 'Sumber', 'Source'], width: 30 },
  { field: 'note', template: { id: 'Catatan', en: 'Note' }, aliases: ['Keterangan', 'Notes', 'Remarks'], width: 40 },
];

const headerIndex: ReadonlyMap<string, RealisationField> = (() => {
  const index = new Map<string, RealisationField>();
  for (const spec of realisationFieldSpecs) {
    for (const header of [spec.template.id, spec.template.en, ...spec.aliases]) {
      const key = normaliseKey(header);
      if (!index.has(key)) index.set(key, spec.field);
    }
  }
  return index;
})();

export interface RealisationTable {
  sheetIndex: number;
  sheetName: string;
  headerRowIndex: number;
  headerRowNumber: number;
  /** Column index and header per field (the first column naming a field wins). */
  fieldColumns: ReadonlyMap<RealisationField, { index: number; header: string }>;
  ignoredColumns: string[];
}

const SEARCH_ROWS = 20;

/** The header row among the first 20 rows naming NIP and IKI, with the most fields. */
export function detectRealisationTable(sheet: SheetRows, sheetIndex = 0): RealisationTable | null {
  const rows = Array.isArray(sheet?.rows) ? sheet.rows : [];
  let best: { rowIndex: number; fields: Map<RealisationField, { index: number; header: string }>; ignored: string[] } | null = null;
  for (let rowIndex = 0; rowIndex < Math.min(rows.length, SEARCH_ROWS); rowIndex += 1) {
    const row = rows[rowIndex];
    const fields = new Map<RealisationField, { index: number; header: string }>();
    const ignored: string[] = [];
    for (let index = 0; index < (Array.isArray(row) ? row.length : 0); index += 1) {
      const header = cleanText(cellAt(row, index));
      if (header === '' || header.length > 200) continue;
      const field = headerIndex.get(normaliseKey(header));
      if (field && !fields.has(field)) fields.set(field, { index, header });
      else ignored.push(header);
    }
    if (fields.has('nip') && fields.has('iki') && (!best || fields.size > best.fields.size)) best = { rowIndex, fields, ignored };
  }
  if (!best) return null;
  return {
    sheetIndex,
    sheetName: typeof sheet.name === 'string' ? sheet.name : '',
    headerRowIndex: best.rowIndex,
    headerRowNumber: best.rowIndex + 1,
    fieldColumns: best.fields,
    ignoredColumns: best.ignored,
  };
}

export function detectRealisationWorkbook(workbook: WorkbookRows): RealisationTable | null {
  const sheets = Array.isArray(workbook?.sheets) ? workbook.sheets : [];
  for (let i = 0; i < sheets.length; i += 1) {
    const table = sheets[i] ? detectRealisationTable(sheets[i]!, i) : null;
    if (table) return table;
  }
  return null;
}

/** The template's columns in a language (fits ExportSheet.columns); NIP is text so Excel keeps its 18 digits. */
export function realisationTemplateColumns(language: Language) {
  return realisationFieldSpecs.map((spec) => ({ key: spec.field, header: spec.template[language], width: spec.width, type: spec.field === 'value' ? ('number' as const) : ('text' as const) }));
}
