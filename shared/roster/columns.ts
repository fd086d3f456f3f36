import type { Language } from '../languages';

/**
 * The columns of a roster (daftar pegawai) as the importer understands them, and the headers
 * they go by: our template's own headers in both languages, the spellings HR offices use, and
 * the snake_case names of the national system's "Laporan SKP" export (domain.md §8).
 */
export const rosterFields = [
  'nip',
  'asnType',
  'name',
  'gelarDepan',
  'gelarBelakang',
  'golongan',
  'jabatan',
  'jenisJabatan',
  'unitKerja',
  'nipAtasan',
  'status',
  'tmtJabatan',
  // Only in the national Laporan SKP:
  'isPltPlh',
  'periodeAkhir',
  'unitInduk',
  'skpStatus',
  'skpId',
] as const;
export type RosterField = (typeof rosterFields)[number];

/** Fields read only from a Laporan SKP; in an office roster such a column is listed as ignored. */
export const nationalOnlyFields: ReadonlySet<RosterField> = new Set<RosterField>(['isPltPlh', 'periodeAkhir', 'unitInduk', 'skpStatus', 'skpId']);

export interface RosterFieldSpec {
  field: RosterField;
  /** The header our template and export write, per language; null for national-only fields. */
  template: Record<Language, string> | null;
  /**
   * Other headers that mean this field. When a file has two columns for one field, the one
   * whose header comes first wins: `preferred`, then the template headers, then `aliases` in
   * order.
   */
  aliases: readonly string[];
  /**
   * Headers that beat even the template's: a Laporan SKP has both `jabatan` and `skp_jabatan`
   * (and `unit` and `skp_unor`); the SKP's own pair is read, so that the unit and the position
   * come from the same SKP as its periode_akhir.
   */
  preferred?: readonly string[];
  /** For the export: Excel column width in characters, and the cell type. */
  width: number;
  type: 'text' | 'date';
}

export const rosterFieldSpecs: readonly RosterFieldSpec[] = [
  {
    field: 'nip',
    template: { id: 'NIP', en: 'NIP' },
    aliases: ['nip', 'NIP Baru', 'NIP 18', 'NIP 18 Digit', 'NIP/NI PPPK', 'NI PPPK', 'NIP Pegawai', 'NIP ASN', 'Nomor Induk Pegawai', 'nip_baru'],
    width: 22,
    type: 'text',
  },
  {
    field: 'name',
    template: { id: 'Nama', en: 'Name' },
    aliases: ['nama', 'Nama Lengkap', 'Nama Pegawai', 'Nama ASN', 'Nama dan Gelar', 'Nama Lengkap dan Gelar', 'Full name', 'nama_lengkap', 'nama_pegawai'],
    width: 32,
    type: 'text',
  },
  { field: 'gelarDepan', template: { id: 'Gelar Depan', en: 'Front title' }, aliases: ['gelar_depan', 'Title before name'], width: 12, type: 'text' },
  {
    field: 'gelarBelakang',
    template: { id: 'Gelar Belakang', en: 'Back title' },
    aliases: ['gelar_belakang', 'Title after name', 'Titles after name'],
    width: 16,
    type: 'text',
  },
  {
    field: 'asnType',
    template: { id: 'Jenis ASN', en: 'Civil service type' },
    aliases: ['jenis_asn', 'jenis_pegawai', 'Jenis Pegawai', 'Status Kepegawaian', 'Tipe ASN', 'ASN type', 'PNS/PPPK'],
    width: 12,
    type: 'text',
  },
  {
    field: 'golongan',
    template: { id: 'Gol/Ruang', en: 'Grade' },
    aliases: [
      'gol_ruang', 'golongan', 'golongan_ruang', 'Gol', 'Gol. Ruang', 'Golongan/Ruang', 'Pangkat/Gol', 'Pangkat/Golongan',
      'Pangkat/Gol. Ruang', 'Pangkat, Gol/Ruang', 'Pangkat Golongan', 'pangkat_golongan', 'Grade (golongan)', 'Pangkat', 'Rank',
    ],
    width: 12,
    type: 'text',
  },
  {
    field: 'jabatan',
    template: { id: 'Jabatan', en: 'Position' },
    preferred: ['skp_jabatan'],
    aliases: ['jabatan', 'Nama Jabatan', 'nama_jabatan', 'Position name', 'Jabatan Sekarang'],
    width: 36,
    type: 'text',
  },
  {
    field: 'jenisJabatan',
    template: { id: 'Jenis Jabatan', en: 'Position type' },
    aliases: ['skp_jenis_jabatan', 'jenis_jabatan'],
    width: 18,
    type: 'text',
  },
  {
    field: 'unitKerja',
    template: { id: 'Unit Kerja', en: 'Work unit' },
    preferred: ['skp_unor'],
    aliases: ['unor_nama', 'nama_unor', 'unit_kerja', 'Unit Organisasi', 'Unor', 'Nama Unit Kerja', 'Organisational unit', 'unit'],
    width: 32,
    type: 'text',
  },
  {
    field: 'nipAtasan',
    template: { id: 'NIP Atasan', en: "Superior's NIP" },
    aliases: [
      'nip_atasan', 'atasan_nip', 'nip_penilai', 'penilai_nip', 'nip_atasan_langsung', 'NIP Atasan Langsung', 'NIP Penilai',
      'NIP Pejabat Penilai', 'NIP Pejabat Penilai Kinerja', 'NIP PPK', 'Superior NIP', 'Appraiser NIP', "Appraiser's NIP",
    ],
    width: 22,
    type: 'text',
  },
  { field: 'status', template: { id: 'Status', en: 'Status' }, aliases: ['status', 'Status Aktif', 'Keaktifan', 'Employment status'], width: 12, type: 'text' },
  {
    field: 'tmtJabatan',
    template: { id: 'TMT Jabatan', en: 'In position since' },
    aliases: ['tmt_jabatan', 'TMT Jab', 'Tanggal Mulai Jabatan'],
    width: 16,
    type: 'date',
  },
  { field: 'isPltPlh', template: null, aliases: ['is_plt_plh', 'Plt/Plh'], width: 8, type: 'text' },
  { field: 'periodeAkhir', template: null, aliases: ['periode_akhir', 'Periode Akhir'], width: 14, type: 'date' },
  { field: 'unitInduk', template: null, aliases: ['skp_unor_induk', 'unor_induk', 'Unit Induk'], width: 32, type: 'text' },
  { field: 'skpStatus', template: null, aliases: ['skp_status', 'Status SKP'], width: 14, type: 'text' },
  { field: 'skpId', template: null, aliases: ['id', 'skp_id'], width: 38, type: 'text' },
];

const normalised = new Map<string, string>();

/**
 * How headers (and short coded values) are compared: case, accents, dots, punctuation, line
 * breaks and repeated spaces do not count; an apostrophe just disappears ("Superior's" →
 * "superiors"). `Gol. Ruang`, `GOL/RUANG` and `gol_ruang` all become `gol ruang`.
 *
 * Memoised: the same unit, position, status and header names come back on every row, and the
 * Unicode normalisation is the costly part. The cache is bounded so that a file of
 * all-different values cannot grow it without end.
 */
export function normaliseKey(text: string): string {
  const known = normalised.get(text);
  if (known !== undefined) return known;
  const key = computeKey(text);
  if (normalised.size >= 10_000) normalised.clear();
  normalised.set(text, key);
  return key;
}

function computeKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

interface HeaderMatch {
  field: RosterField;
  /** Lower wins when two columns claim the same field. */
  rank: number;
}

const headerIndex: ReadonlyMap<string, HeaderMatch> = (() => {
  const index = new Map<string, HeaderMatch>();
  for (const spec of rosterFieldSpecs) {
    const headers = [...(spec.preferred ?? []), ...(spec.template ? [spec.template.id, spec.template.en] : []), ...spec.aliases];
    headers.forEach((header, rank) => {
      const key = normaliseKey(header);
      if (!index.has(key)) index.set(key, { field: spec.field, rank });
    });
  }
  return index;
})();

/** The field a header names, or null for a column the importer does not read. */
export function fieldForHeader(header: string): HeaderMatch | null {
  if (header.length > 200) return null;
  return headerIndex.get(normaliseKey(header)) ?? null;
}

/** The column order of our template and of the roster export. */
export const rosterTemplateFields = [
  'nip',
  'name',
  'gelarDepan',
  'gelarBelakang',
  'asnType',
  'golongan',
  'jabatan',
  'jenisJabatan',
  'unitKerja',
  'nipAtasan',
  'status',
  'tmtJabatan',
] as const satisfies readonly RosterField[];
export type RosterTemplateField = (typeof rosterTemplateFields)[number];

export interface RosterTemplateColumn {
  key: RosterTemplateField;
  header: string;
  width: number;
  type: 'text' | 'date';
}

const specByField: ReadonlyMap<RosterField, RosterFieldSpec> = new Map(rosterFieldSpecs.map((s) => [s.field, s]));

/**
 * Columns for the template and the export in the given language; their shape fits
 * `ExportSheet.columns` (shared/spreadsheet.ts). NIP columns are text so Excel never turns a
 * NIP into a number.
 */
export function rosterTemplateColumns(language: Language): RosterTemplateColumn[] {
  return rosterTemplateFields.map((field) => {
    const spec = specByField.get(field);
    return { key: field, header: spec?.template?.[language] ?? field, width: spec?.width ?? 16, type: spec?.type ?? 'text' };
  });
}
