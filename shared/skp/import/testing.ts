import enSkpImport from '../../../resources/locales/en/skpImport.json';
import idSkpImport from '../../../resources/locales/id/skpImport.json';
import { counter, dinas, NIP, OFFICE } from '../../roster/testing';
import type { RowIssue } from '../../roster/types';
import type { Cell, WorkbookRows } from '../../spreadsheet';
import type { Iki, Rhk } from '../types';
import type { SkpImportExisting, SkpImportOptions, SkpImportPlan, SkpWithRev } from './types';

/**
 * Test support for the targets import: the roster tests' small Dinas Pendidikan (Kepala Dinas,
 * JPT → Kepala Bidang SD → Kepala Seksi Kurikulum → staff) with SKPs for 2026, and rows in our
 * template's column order. Test-only; nothing in the app imports it.
 */
export { NIP, OFFICE };
export const YEAR = 2026;

export const HEADER_ID: Cell[] = ['NIP', 'Nama', 'Jenis RHK', 'RHK Atasan yang Diintervensi', 'Sumber Penugasan', 'Rencana Hasil Kerja (RHK)', 'Aspek', 'Indikator Kinerja Individu (IKI)', 'Target', 'Satuan', 'Polaritas'];
export const HEADER_EN: Cell[] = ['NIP', 'Name', 'RHK type', 'Leader RHK intervened', 'Assignment source', 'Planned work result (RHK)', 'Aspect', 'Individual performance indicator (IKI)', 'Target', 'Unit of measure', 'Polarity'];

export interface RowValues {
  nip: Cell;
  name?: Cell;
  kind?: Cell;
  leader?: Cell;
  assignment?: Cell;
  rhk: Cell;
  aspek?: Cell;
  iki: Cell;
  target: Cell;
  unit?: Cell;
  polarity?: Cell;
}

export const row = (v: RowValues): Cell[] => [v.nip, v.name ?? null, v.kind ?? null, v.leader ?? null, v.assignment ?? null, v.rhk, v.aspek ?? null, v.iki, v.target, v.unit ?? null, v.polarity ?? null];

/** Three IKI (kuantitas, kualitas, waktu) of one RHK, as an office writes them. */
export function threeIki(base: Omit<RowValues, 'aspek' | 'iki' | 'target' | 'unit'>, what = 'dokumen kurikulum'): Cell[][] {
  return [
    row({ ...base, aspek: 'Kuantitas', iki: `Jumlah ${what} yang disusun`, target: '12', unit: 'Dokumen' }),
    row({ ...base, aspek: 'Kualitas', iki: `Persentase ${what} yang sesuai standar`, target: '100', unit: '%' }),
    row({ ...base, aspek: 'Waktu', iki: `Waktu penyelesaian ${what}`, target: '12', unit: 'Bulan' }),
  ];
}

/** Title rows, then the Indonesian header, then the rows: sheet row 4 is the first data row. */
export const FIRST_ROW = 4;
export function targetsBook(rows: Cell[][], header: Cell[] = HEADER_ID): WorkbookRows {
  return { fileName: 'target-skp.xlsx', format: 'xlsx', sheets: [{ name: 'Target SKP', rows: [['TARGET SKP TAHUN 2026'], [], header, ...rows] }] };
}

const iki = (id: string, aspek: Iki['aspek'], text: string, target: number, unit: string): Iki => ({ id, aspek, text, target, unit, polarity: 'higher' });

export const TEXT = {
  kadis: 'Meningkatnya mutu layanan pendidikan dasar',
  kabid: 'Terlaksananya pembinaan kurikulum SD',
  kabidSmp: 'Terlaksananya pembinaan kurikulum SMP',
  kasi: 'Tersusunnya dokumen kurikulum SD',
} as const;

export function storedSkp(id: string, employeeId: string, rhk: Rhk[], extra: Partial<SkpWithRev> = {}): SkpWithRev {
  return {
    id, officeId: OFFICE, employeeId, appraiserId: null, year: YEAR, periodStart: `${YEAR}-01-01`, periodEnd: `${YEAR}-12-31`, version: 1, previousId: null, nextId: null,
    form: 'ja_jf', pendekatan: 'kuantitatif', status: 'draft', returnNote: '', submittedAt: null, approvedAt: null, rhk,
    ekspektasi: { berorientasiPelayanan: '', akuntabel: '', kompeten: '', harmonis: '', loyal: '', adaptif: '', kolaboratif: '' } as SkpWithRev['ekspektasi'],
    lampiran: { dukunganSumberDaya: [], skemaPertanggungjawaban: [], konsekuensi: [] },
    snapshot: { at: `${YEAR}-01-02`, employee: { employeeId, name: employeeId, nip: '', pangkat: '', jabatan: '', unit: '' }, appraiser: null },
    rev: 1, baseRev: 0,
    ...extra,
  } as SkpWithRev;
}

export const storedRhk = (id: string, text: string, parent: Rhk['parent'], indicators: Iki[], extra: Partial<Rhk> = {}): Rhk => ({
  id, kind: 'utama', text, parent, assignment: '', perspektif: null, indicators, ...extra,
});

/**
 * The office with SKPs: the Kepala Dinas's (approved, JPT), the Kepala Bidang SD's (draft,
 * intervening the head's RHK) and the Kepala Bidang SMP's (draft); nobody below them has one.
 */
export function office(): SkpImportExisting & { skps: SkpWithRev[] } {
  const people = dinas();
  return {
    employees: people.employees,
    positions: people.positions,
    skps: [
      storedSkp('s-kadis', 'e-kadis', [storedRhk('r-kadis', TEXT.kadis, null, [iki('i-kadis', null, 'Angka partisipasi murni SD', 98, '%')], { assignment: 'Perjanjian Kinerja 2026' })], { form: 'jpt', status: 'approved' }),
      storedSkp('s-kabid', 'e-kabid-sd', [
        storedRhk('r-kabid', TEXT.kabid, { kind: 'rhk', rhkId: 'r-kadis' }, [
          iki('i-kabid-1', 'kuantitas', 'Jumlah sekolah yang dibina', 40, 'Sekolah'),
          iki('i-kabid-2', 'kualitas', 'Persentase sekolah yang menerapkan kurikulum', 90, '%'),
        ]),
      ]),
      storedSkp('s-kabid-smp', 'e-kabid-smp', [storedRhk('r-kabid-smp', TEXT.kabidSmp, { kind: 'rhk', rhkId: 'r-kadis' }, [iki('i-smp', 'kuantitas', 'Jumlah sekolah SMP yang dibina', 20, 'Sekolah')])]),
    ],
  };
}

export function planOptions(extra: Partial<SkpImportOptions> = {}): SkpImportOptions {
  return { officeId: OFFICE, year: YEAR, convention: 'id', newId: counter(), ...extra };
}

/** Every issue and note of a plan. */
export function allIssues(plan: SkpImportPlan): RowIssue[] {
  return [...plan.fileIssues, ...plan.fileNotes, ...plan.invalidRows.flatMap((r) => r.issues), ...plan.people.flatMap((p) => p.rhk.flatMap((r) => r.notes))];
}

/** Codes without a text in skpImport.json (either language), and texts whose placeholders the params do not fill. */
export function untranslated(issues: readonly RowIssue[]): string[] {
  const problems = new Set<string>();
  for (const issue of issues) {
    const key = issue.code.replace(/^skpImport:/, '');
    for (const [lang, file] of [['id', idSkpImport], ['en', enSkpImport]] as const) {
      let node: unknown = file;
      for (const part of key.split('.')) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
      if (!issue.code.startsWith('skpImport:') || typeof node !== 'string') {
        problems.add(`${lang}: ${issue.code} has no text`);
        continue;
      }
      for (const m of node.matchAll(/\{\{\s*-?\s*([^\s,}]+)[^}]*\}\}/g)) {
        if (!(m[1]! in (issue.params ?? {}))) problems.add(`${lang}: ${issue.code} needs {{${m[1]}}}`);
      }
    }
  }
  return [...problems];
}
