import type { Language } from '../../languages';
import { cellAt, cleanText } from '../../roster/cells';
import { normaliseKey } from '../../roster/columns';
import type { SheetRows, WorkbookRows } from '../../spreadsheet';

/**
 * The columns of an SKP targets file (one row per IKI) and the headers they go by: our
 * template's headers in both languages and the spellings offices use in their own sheets.
 * Headers compare as the roster's do (case, punctuation and line breaks do not count).
 */
export const targetFields = ['nip', 'name', 'rhkKind', 'leaderRhk', 'assignment', 'rhk', 'aspek', 'iki', 'target', 'unit', 'polarity'] as const;
export type TargetField = (typeof targetFields)[number];

/** A file without these columns cannot be read; the header row must name the first three. */
export const requiredFields: readonly TargetField[] = ['nip', 'rhk', 'iki', 'target'];

interface FieldSpec {
  field: TargetField;
  template: Record<Language, string>;
  /** Other headers meaning this field; with two columns for one field the earlier spelling wins. */
  aliases: readonly string[];
  width: number;
}

export const targetFieldSpecs: readonly FieldSpec[] = [
  { field: 'nip', template: { id: 'NIP', en: 'NIP' }, aliases: ['NIP Pegawai', 'NIP Baru', 'NIP/NI PPPK', 'NI PPPK', 'NIP ASN', 'nip_pegawai', 'Employee NIP'], width: 22 },
  { field: 'name', template: { id: 'Nama', en: 'Name' }, aliases: ['Nama Pegawai', 'Nama Lengkap', 'nama_pegawai', 'Employee name', 'Full name'], width: 30 },
  {
    field: 'rhkKind',
    template: { id: 'Jenis RHK', en: 'RHK type' },
    aliases: ['Jenis Hasil Kerja', 'Utama/Tambahan', 'Kategori RHK', 'jenis_rhk', 'Kind of RHK', 'Main/Additional'],
    width: 12,
  },
  {
    field: 'leaderRhk',
    template: { id: 'RHK Atasan yang Diintervensi', en: 'Leader RHK intervened' },
    aliases: [
      'RHK Atasan', 'RHK Atasan Langsung yang Diintervensi', 'RHK Pimpinan yang Diintervensi', 'RHK Pimpinan', 'Rencana Hasil Kerja Atasan yang Diintervensi',
      'Rencana Hasil Kerja Pimpinan yang Diintervensi', 'Intervensi RHK Atasan', 'rhk_atasan', "Leader's RHK intervened", "Leader's RHK", 'Leader RHK', "Superior's RHK",
    ],
    width: 40,
  },
  {
    field: 'assignment',
    template: { id: 'Sumber Penugasan', en: 'Assignment source' },
    aliases: ['Penugasan', 'Penugasan dari', 'Dasar Penugasan', 'sumber_penugasan', 'Assigned by', 'Assignment'],
    width: 28,
  },
  {
    field: 'rhk',
    template: { id: 'Rencana Hasil Kerja (RHK)', en: 'Planned work result (RHK)' },
    aliases: ['RHK', 'Rencana Hasil Kerja', 'Hasil Kerja', 'rencana_hasil_kerja', 'Planned work result', 'Work result'],
    width: 44,
  },
  { field: 'aspek', template: { id: 'Aspek', en: 'Aspect' }, aliases: ['Aspek IKI', 'Aspect'], width: 12 },
  {
    field: 'iki',
    template: { id: 'Indikator Kinerja Individu (IKI)', en: 'Individual performance indicator (IKI)' },
    aliases: ['IKI', 'Indikator Kinerja Individu', 'Indikator Kinerja', 'Indikator', 'Individual performance indicator', 'Performance indicator', 'Indicator'],
    width: 44,
  },
  { field: 'target', template: { id: 'Target', en: 'Target' }, aliases: ['Target Kinerja', 'Nilai Target', 'Target Tahunan', 'Target value', 'Annual target'], width: 12 },
  { field: 'unit', template: { id: 'Satuan', en: 'Unit of measure' }, aliases: ['Satuan Target', 'Satuan Ukur', 'Satuan Ukuran', 'Unit', 'Measure'], width: 14 },
  { field: 'polarity', template: { id: 'Polaritas', en: 'Polarity' }, aliases: ['Arah Polaritas', 'Arah', 'Direction'], width: 14 },
];

const headerIndex: ReadonlyMap<string, { field: TargetField; rank: number }> = (() => {
  const index = new Map<string, { field: TargetField; rank: number }>();
  for (const spec of targetFieldSpecs) {
    [spec.template.id, spec.template.en, ...spec.aliases].forEach((header, rank) => {
      const key = normaliseKey(header);
      if (!index.has(key)) index.set(key, { field: spec.field, rank });
    });
  }
  return index;
})();

/** The field a header names, or null for a column the importer does not read. */
export function targetFieldForHeader(header: string): { field: TargetField; rank: number } | null {
  if (header.length > 200) return null;
  return headerIndex.get(normaliseKey(header)) ?? null;
}

export interface TargetColumn {
  index: number;
  header: string;
  field: TargetField | null;
}

export interface TargetTable {
  sheetIndex: number;
  sheetName: string;
  headerRowIndex: number;
  /** 1-based, as Excel shows it. */
  headerRowNumber: number;
  columns: TargetColumn[];
  fieldColumns: ReadonlyMap<TargetField, TargetColumn>;
  ignoredColumns: string[];
}

/** Office sheets start with title rows ("TARGET SKP TAHUN 2026 …"): the header is looked for in the first 20 rows. */
export const HEADER_SEARCH_ROWS = 20;

/**
 * The best header row of a sheet: among rows naming a NIP, an RHK and an IKI column, the one
 * naming the most fields (the earliest on a tie). Null when no row qualifies.
 */
export function detectTargetTable(sheet: SheetRows, sheetIndex = 0): TargetTable | null {
  const rows = Array.isArray(sheet?.rows) ? sheet.rows : [];
  let best: { rowIndex: number; score: number; headers: { index: number; header: string; field: TargetField | null; rank: number }[] } | null = null;
  for (let rowIndex = 0; rowIndex < Math.min(rows.length, HEADER_SEARCH_ROWS); rowIndex += 1) {
    const row = rows[rowIndex];
    const headers: { index: number; header: string; field: TargetField | null; rank: number }[] = [];
    const fields = new Set<TargetField>();
    const length = Array.isArray(row) ? row.length : 0;
    for (let index = 0; index < length; index += 1) {
      const header = cleanText(cellAt(row, index));
      if (header === '') continue;
      const match = targetFieldForHeader(header);
      headers.push({ index, header, field: match?.field ?? null, rank: match?.rank ?? 0 });
      if (match) fields.add(match.field);
    }
    const score = fields.has('nip') && fields.has('rhk') && fields.has('iki') ? fields.size : 0;
    if (score > 0 && (!best || score > best.score)) best = { rowIndex, score, headers };
  }
  if (!best) return null;

  const winner = new Map<TargetField, (typeof best.headers)[number]>();
  for (const h of best.headers) {
    if (!h.field) continue;
    const current = winner.get(h.field);
    if (!current || h.rank < current.rank) winner.set(h.field, h);
  }
  const columns: TargetColumn[] = best.headers.map((h) => ({ index: h.index, header: h.header, field: h.field && winner.get(h.field) === h ? h.field : null }));
  const fieldColumns = new Map<TargetField, TargetColumn>();
  for (const column of columns) if (column.field) fieldColumns.set(column.field, column);
  return {
    sheetIndex,
    sheetName: typeof sheet.name === 'string' ? sheet.name : '',
    headerRowIndex: best.rowIndex,
    headerRowNumber: best.rowIndex + 1,
    columns,
    fieldColumns,
    ignoredColumns: columns.filter((c) => c.field === null).map((c) => c.header),
  };
}

/** The first sheet with a targets table, and the names of the sheets before it that had none. */
export function detectTargetWorkbook(workbook: WorkbookRows): { table: TargetTable | null; skippedSheets: string[] } {
  const sheets = Array.isArray(workbook?.sheets) ? workbook.sheets : [];
  const skippedSheets: string[] = [];
  for (let i = 0; i < sheets.length; i += 1) {
    const sheet = sheets[i];
    if (!sheet) continue;
    const table = detectTargetTable(sheet, i);
    if (table) return { table, skippedSheets };
    skippedSheets.push(typeof sheet.name === 'string' ? sheet.name : String(i + 1));
  }
  return { table: null, skippedSheets };
}

export interface TargetTemplateColumn {
  key: TargetField;
  header: string;
  width: number;
  type: 'text' | 'number';
}

/** The template's columns in a language; their shape fits `ExportSheet.columns`. NIP is text so Excel keeps its 18 digits. */
export function targetTemplateColumns(language: Language): TargetTemplateColumn[] {
  return targetFieldSpecs.map((spec) => ({ key: spec.field, header: spec.template[language], width: spec.width, type: spec.field === 'target' ? 'number' : 'text' }));
}
