import enRoster from '../../resources/locales/en/roster.json';
import idRoster from '../../resources/locales/id/roster.json';
import type { Employee, Position, Unit } from '../people';
import type { Cell, WorkbookRows } from '../spreadsheet';
import type { RosterExisting, RosterImportPlan, RosterPlanOptions, RowIssue } from './types';

/**
 * A small Dinas for the roster tests, with people whose NIPs are valid: Kepala Dinas (JPT
 * Pratama), Sekretaris, two Kepala Bidang, a Kepala Seksi, a Kepala Subbagian, two staff (one
 * PPPK) and a fungsional. Test-only; nothing in the app imports it.
 */
export const OFFICE = 'office-disdik';
export const OTHER_OFFICE = 'office-dinkes';

export const NIP = {
  kadis: '197003152000031001',
  sekdis: '197205102001122002',
  kabidSd: '197508172003121003',
  kabidSmp: '197611232005011004',
  kasiKur: '198002142006042005',
  kasubag: '198107072006041008',
  staf: '199001012015011006',
  analis: '198506302010012007',
  pppk: '199203252022212008',
  /** Valid NIPs of people the office does not have yet. */
  baru1: '199507172020122011',
  baru2: '199811302022031002',
  lain: '198812122012121012',
} as const;

const unit = (id: string, name: string, kind: Unit['kind'], parentId: string | null): Unit => ({ id, officeId: OFFICE, parentId, name, kind, retired: false });

const position = (id: string, name: string, jenisJabatan: Position['jenisJabatan'], unitId: string | null, reportsToId: string | null, extra: Partial<Position> = {}): Position => ({
  id,
  officeId: OFFICE,
  name,
  jenisJabatan,
  kategori: null,
  jenjang: null,
  unitId,
  reportsToId,
  retired: false,
  ...extra,
});

export const employee = (id: string, nip: string, name: string, positionId: string | null, unitId: string | null, extra: Partial<Employee> = {}): Employee => ({
  id,
  officeId: OFFICE,
  nip,
  asnType: 'pns',
  name,
  gelarDepan: '',
  gelarBelakang: '',
  golongan: null,
  positionId,
  unitId,
  status: 'active',
  tmtJabatan: null,
  appraiserOverride: null,
  ...extra,
});

export function dinas(): { employees: Employee[]; units: Unit[]; positions: Position[] } {
  return {
    units: [
      unit('u-root', 'Dinas Pendidikan', 'opd', null),
      unit('u-sek', 'Sekretariat', 'bidang', 'u-root'),
      unit('u-sd', 'Bidang Pembinaan SD', 'bidang', 'u-root'),
      unit('u-smp', 'Bidang Pembinaan SMP', 'bidang', 'u-root'),
      unit('u-kur', 'Seksi Kurikulum SD', 'seksi', 'u-sd'),
      unit('u-umum', 'Subbagian Umum dan Kepegawaian', 'seksi', 'u-sek'),
    ],
    positions: [
      position('p-kadis', 'Kepala Dinas Pendidikan', 'jpt_pratama', 'u-root', null),
      position('p-sekdis', 'Sekretaris Dinas Pendidikan', 'administrator', 'u-sek', 'p-kadis'),
      position('p-kabid-sd', 'Kepala Bidang Pembinaan SD', 'administrator', 'u-sd', 'p-kadis'),
      position('p-kabid-smp', 'Kepala Bidang Pembinaan SMP', 'administrator', 'u-smp', 'p-kadis'),
      position('p-kasi-kur', 'Kepala Seksi Kurikulum SD', 'pengawas', 'u-kur', 'p-kabid-sd'),
      position('p-kasubag', 'Kepala Subbagian Umum dan Kepegawaian', 'pengawas', 'u-umum', 'p-sekdis'),
      position('p-staf-kur', 'Pengadministrasi Kurikulum', 'pelaksana', 'u-kur', 'p-kasi-kur'),
      position('p-analis', 'Analis Kepegawaian Ahli Muda', 'fungsional', 'u-sek', 'p-sekdis', { kategori: 'keahlian', jenjang: 'ahli_muda' }),
    ],
    employees: [
      employee('e-kadis', NIP.kadis, 'Hendra Wijaya', 'p-kadis', 'u-root', { gelarDepan: 'Drs.', gelarBelakang: 'M.Pd.', golongan: 'IV/c', tmtJabatan: '2021-01-04' }),
      employee('e-sekdis', NIP.sekdis, 'Sri Wahyuni', 'p-sekdis', 'u-sek', { gelarBelakang: 'S.Sos., M.Si.', golongan: 'IV/b' }),
      employee('e-kabid-sd', NIP.kabidSd, 'Bambang Sutrisno', 'p-kabid-sd', 'u-sd', { gelarBelakang: 'S.Pd.', golongan: 'IV/a' }),
      employee('e-kabid-smp', NIP.kabidSmp, 'Yohanes Ndapa', 'p-kabid-smp', 'u-smp', { golongan: 'IV/a' }),
      employee('e-kasi-kur', NIP.kasiKur, 'Maria Goreti', 'p-kasi-kur', 'u-kur', { gelarBelakang: 'S.Pd.', golongan: 'III/d' }),
      employee('e-kasubag', NIP.kasubag, 'Umbu Rihi', 'p-kasubag', 'u-umum', { golongan: 'III/d' }),
      employee('e-staf', NIP.staf, 'Rudi Hartono', 'p-staf-kur', 'u-kur', { golongan: 'III/a' }),
      employee('e-analis', NIP.analis, 'Ni Luh Putu Ayu', 'p-analis', 'u-sek', { gelarBelakang: 'S.E.', golongan: 'III/c' }),
      employee('e-pppk', NIP.pppk, 'Agustina Lende', 'p-staf-kur', 'u-kur', { asnType: 'pppk', golongan: 'IX' }),
    ],
  };
}

/** Ids n1, n2, … in call order. */
export function counter(prefix = 'n'): () => string {
  let n = 0;
  return () => `${prefix}${(n += 1)}`;
}

export function options(extra: Partial<RosterPlanOptions> = {}): RosterPlanOptions {
  return { officeId: OFFICE, rootUnitId: 'u-root', createMissing: true, overrideReason: 'Impor roster', newId: counter(), ...extra };
}

export function book(rows: Cell[][], name = 'Pegawai'): WorkbookRows {
  return { fileName: 'pegawai.xlsx', format: 'xlsx', sheets: [{ name, rows }] };
}

export const TEMPLATE_HEADER: Cell[] = ['NIP', 'Nama', 'Gelar Depan', 'Gelar Belakang', 'Jenis ASN', 'Gol/Ruang', 'Jabatan', 'Jenis Jabatan', 'Unit Kerja', 'NIP Atasan', 'Status', 'TMT Jabatan'];

/** The office as our own export writes it (Indonesian headers), with the appraiser's NIP from `appraiserNip`. */
export function exportRows(existing: RosterExisting, appraiserNip: (e: Employee) => string | null): Cell[][] {
  const units = new Map(existing.units.map((u) => [u.id, u]));
  const positions = new Map(existing.positions.map((p) => [p.id, p]));
  const jenis: Record<string, string> = { jpt_pratama: 'JPT Pratama', administrator: 'Administrator', pengawas: 'Pengawas', pelaksana: 'Pelaksana', fungsional: 'Fungsional' };
  const status = { active: 'Aktif', moved: 'Pindah', retired: 'Pensiun' } as const;
  return [
    ['DAFTAR PEGAWAI DINAS PENDIDIKAN'],
    [],
    TEMPLATE_HEADER,
    ...existing.employees.map((e): Cell[] => {
      const p = e.positionId ? positions.get(e.positionId) : undefined;
      return [
        e.nip,
        e.name,
        e.gelarDepan || null,
        e.gelarBelakang || null,
        e.asnType.toUpperCase(),
        e.golongan,
        p?.name ?? null,
        p ? (jenis[p.jenisJabatan] ?? null) : null,
        e.unitId ? (units.get(e.unitId)?.name ?? null) : null,
        appraiserNip(e),
        status[e.status],
        e.tmtJabatan ? { d: e.tmtJabatan } : null,
      ];
    }),
  ];
}

/** Distinct valid NIPs for office-sized tests: birth date and sequence vary with i. */
export function syntheticNip(i: number): string {
  const year = 1960 + (i % 40);
  const month = String(1 + (Math.floor(i / 40) % 12)).padStart(2, '0');
  const day = String(1 + (Math.floor(i / 480) % 28)).padStart(2, '0');
  const seq = String(Math.floor(i / 13_440) % 1000).padStart(3, '0');
  return `${year}${month}${day}${year + 25}01${1 + (i % 2)}${seq}`;
}

/** 15,000 stored people and a 10,000-row file: half of it changes stored people, half is new, every row names an atasan, and positions shared by rows with different atasan need overrides. */
export function officeScale(): { existing: RosterExisting; book: WorkbookRows } {
  const existing = dinas();
  const template = existing.employees.find((e) => e.nip === NIP.staf)!;
  for (let i = 0; i < 15_000; i += 1) existing.employees.push({ ...template, id: `x${i}`, nip: syntheticNip(i), name: `Pegawai ${i}` });
  const rows: Cell[][] = [['DAFTAR PEGAWAI'], TEMPLATE_HEADER];
  for (let i = 0; i < 10_000; i += 1) {
    const nip = i % 2 === 0 ? syntheticNip(i) : syntheticNip(20_000 + i);
    const atasan = i % 7 === 0 ? NIP.kasiKur : NIP.kabidSd;
    rows.push([nip, `Pegawai ${i}`, null, 'S.Sos.', 'PNS', 'III/b', `Jabatan ${i % 300}`, null, `Seksi ${i % 40}`, atasan, 'Aktif', '01-01-2024']);
  }
  return { existing, book: { fileName: 'besar.xlsx', format: 'xlsx', sheets: [{ name: 'Pegawai', rows }] } };
}

/** Every issue and note of a plan. */
export function allIssues(plan: RosterImportPlan): RowIssue[] {
  return [
    ...plan.fileIssues,
    ...plan.fileNotes,
    ...plan.rows.flatMap((r) => (r.kind === 'invalid' ? r.issues : r.notes)),
    ...plan.skippedRows.flatMap((r) => r.notes),
  ];
}

/**
 * Codes without a text in roster.json (either language), and texts whose placeholders the
 * issue's params do not fill: what the preview would show as a raw key or a blank.
 */
export function untranslated(issues: readonly RowIssue[]): string[] {
  const problems = new Set<string>();
  for (const issue of issues) {
    const key = issue.code.replace(/^roster:/, '');
    for (const [lang, file] of [['id', idRoster], ['en', enRoster]] as const) {
      let node: unknown = file;
      for (const part of key.split('.')) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
      if (!issue.code.startsWith('roster:') || typeof node !== 'string') {
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
