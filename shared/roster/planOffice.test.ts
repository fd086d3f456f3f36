import { describe, expect, it } from 'vitest';
import { deriveAppraiserChain } from '../appraiserChain';
import type { Employee } from '../people';
import type { Cell } from '../spreadsheet';
import { buildRosterPlan } from './plan';
import { allIssues, book, dinas, NIP, OFFICE, options, untranslated } from './testing';
import type { PlannedRow, RosterExisting, RosterImportPlan } from './types';

const plan = (rows: Cell[][], existing: RosterExisting = dinas(), extra = {}) => {
  const result = buildRosterPlan(book([['DAFTAR PEGAWAI'], ['NIP', 'Nama', 'Jabatan', 'Unit Kerja', 'NIP Atasan', 'Jenis Jabatan'], ...rows]), existing, options(extra));
  expect(untranslated(allIssues(result))).toEqual([]);
  return result;
};
const row = (p: RosterImportPlan, rowNumber: number): PlannedRow => p.rows.find((r) => r.rowNumber === rowNumber)!;
const codes = (r: PlannedRow) => (r.kind === 'invalid' ? r.issues : r.notes).map((i) => i.code);
const record = (r: PlannedRow): Employee => {
  if (r.kind === 'invalid') throw new Error(`row ${r.rowNumber} is invalid`);
  return r.employee;
};

/** The office after the plan is written as planned: what the repository would do. */
function applied(existing: RosterExisting, p: RosterImportPlan): RosterExisting {
  const planned = p.rows.flatMap((r) => (r.kind === 'new' || r.kind === 'changed' ? [r.employee] : []));
  const byId = new Map(existing.employees.map((e) => [e.id, e]));
  for (const e of planned) byId.set(e.id, e);
  return { employees: [...byId.values()], units: [...existing.units, ...p.unitsToCreate], positions: [...existing.positions, ...p.positionsToCreate] };
}

describe('units and positions by name', () => {
  it('matches names whatever their case and spacing', () => {
    const p = plan([[NIP.staf, 'Rudi Hartono', 'pengadministrasi   KURIKULUM', ' SEKSI kurikulum sd ']]);
    expect(row(p, 3)).toMatchObject({ kind: 'unchanged' });
    expect(p.unitsToCreate).toEqual([]);
  });

  it('creates each missing unit and position once, under the root unit, and notes every row that uses them', () => {
    const p = plan([
      [NIP.baru1, 'Dewi Lestari', 'Pengelola Data', 'Seksi Kurikulum SMP'],
      [NIP.baru2, 'Umbu Ndakularak', 'pengelola data', 'seksi kurikulum smp'],
      ['199507172020122012', 'Yanti Rambu', 'Kepala Bidang Sarana Prasarana', 'Bidang Sarana dan Prasarana'],
    ]);
    expect(p.unitsToCreate).toEqual([
      { id: 'n1', officeId: OFFICE, parentId: 'u-root', name: 'Seksi Kurikulum SMP', kind: 'seksi', retired: false },
      { id: 'n5', officeId: OFFICE, parentId: 'u-root', name: 'Bidang Sarana dan Prasarana', kind: 'bidang', retired: false },
    ]);
    expect(p.positionsToCreate).toEqual([
      { id: 'n2', officeId: OFFICE, name: 'Pengelola Data', jenisJabatan: 'pelaksana', kategori: null, jenjang: null, unitId: 'n1', reportsToId: null, retired: false },
      { id: 'n6', officeId: OFFICE, name: 'Kepala Bidang Sarana Prasarana', jenisJabatan: 'administrator', kategori: null, jenjang: null, unitId: 'n5', reportsToId: null, retired: false },
    ]);
    expect(record(row(p, 3))).toMatchObject({ id: 'n3', unitId: 'n1', positionId: 'n2' });
    expect(record(row(p, 4))).toMatchObject({ id: 'n4', unitId: 'n1', positionId: 'n2' });
    expect(codes(row(p, 3))).toEqual(['roster:asnTypeAssumedPns', 'roster:unitWillBeCreated', 'roster:positionWillBeCreated', 'roster:jenisJabatanInferred']);
    expect(codes(row(p, 4))).toEqual(['roster:asnTypeAssumedPns', 'roster:unitWillBeCreated', 'roster:positionWillBeCreated']);
    expect(row(p, 3).kind !== 'invalid' && row(p, 3)).toMatchObject({
      notes: expect.arrayContaining([{ rowNumber: 3, column: 'Jabatan', code: 'roster:jenisJabatanInferred', params: { row: 3, column: 'Jabatan', value: 'Pengelola Data', jenis: 'Pelaksana' }, severity: 'note' }]),
    });
  });

  it('takes the jenis jabatan from the file when it has one, and notes when it differs from a stored position', () => {
    const p = plan([
      [NIP.baru1, 'Dewi Lestari', 'Guru Ahli Pertama', 'Seksi Kurikulum SD', null, 'Jabatan Fungsional'],
      [NIP.staf, 'Rudi Hartono', 'Pengadministrasi Kurikulum', 'Seksi Kurikulum SD', null, 'Pengawas'],
    ]);
    expect(p.positionsToCreate).toMatchObject([{ name: 'Guru Ahli Pertama', jenisJabatan: 'fungsional', kategori: 'keahlian', jenjang: 'ahli_pertama', unitId: 'u-kur' }]);
    expect(codes(row(p, 3))).not.toContain('roster:jenisJabatanInferred');
    expect(row(p, 4)).toMatchObject({ kind: 'unchanged', notes: [{ code: 'roster:jenisJabatanDiffers', params: { value: 'Pengawas', expected: 'Pelaksana' } }] });
  });

  it('puts a position of a known name but another unit into the row’s own unit', () => {
    const p = plan([[NIP.baru1, 'Dewi Lestari', 'Pengadministrasi Kurikulum', 'Subbagian Umum dan Kepegawaian']]);
    expect(p.positionsToCreate).toMatchObject([{ name: 'Pengadministrasi Kurikulum', unitId: 'u-umum' }]);
  });

  it('without createMissing refuses rows naming a unit or position the office does not have, and creates nothing', () => {
    const p = plan(
      [
        [NIP.baru1, 'Dewi Lestari', 'Pengelola Data', 'Seksi Kurikulum SD'],
        [NIP.baru2, 'Umbu Ndakularak', 'Pengadministrasi Kurikulum', 'Seksi Kurikulum SMP'],
      ],
      dinas(),
      { createMissing: false },
    );
    expect(row(p, 3)).toMatchObject({ kind: 'invalid', issues: [{ code: 'roster:unknownPosition', column: 'Jabatan', params: { value: 'Pengelola Data' } }, { code: 'roster:asnTypeAssumedPns' }] });
    expect(row(p, 4)).toMatchObject({ kind: 'invalid', issues: [{ code: 'roster:unknownUnit', column: 'Unit Kerja', params: { value: 'Seksi Kurikulum SMP' } }, { code: 'roster:asnTypeAssumedPns' }] });
    expect(p.unitsToCreate).toEqual([]);
    expect(p.positionsToCreate).toEqual([]);
  });

  it('refuses a position name used in several units when the row gives no unit', () => {
    const existing = dinas();
    existing.positions.push({ ...existing.positions.find((x) => x.id === 'p-staf-kur')!, id: 'p-staf-umum', unitId: 'u-umum' });
    const p = buildRosterPlan(book([['NIP', 'Nama', 'Jabatan'], [NIP.baru1, 'Dewi Lestari', 'Pengadministrasi Kurikulum']]), existing, options());
    expect(row(p, 2)).toMatchObject({ kind: 'invalid', issues: [{ code: 'roster:ambiguousPosition' }, { code: 'roster:asnTypeAssumedPns' }] });
  });

  it('ignores retired units and positions when matching', () => {
    const existing = dinas();
    existing.units = existing.units.map((u) => (u.id === 'u-umum' ? { ...u, retired: true } : u));
    const p = plan([[NIP.kasubag, 'Umbu Rihi', null, 'Subbagian Umum dan Kepegawaian']], existing);
    expect(p.unitsToCreate).toMatchObject([{ name: 'Subbagian Umum dan Kepegawaian' }]);
  });
});

describe('NIP Atasan', () => {
  it('changes nothing when the positions already give that appraiser', () => {
    const p = plan([[NIP.staf, 'Rudi Hartono', null, null, NIP.kasiKur]]);
    expect(row(p, 3)).toMatchObject({ kind: 'unchanged', notes: [] });
  });

  it('records HR’s choice of appraiser when the positions give someone else, and shows the change', () => {
    const p = plan([[NIP.staf, 'Rudi Hartono', null, null, NIP.kabidSd]]);
    expect(row(p, 3)).toMatchObject({
      kind: 'changed',
      employee: { appraiserOverride: { appraiserId: 'e-kabid-sd', reason: 'Impor roster', delegated: false } },
      changes: [{ field: 'appraiser', from: 'Maria Goreti (19800214 200604 2 005)', to: 'Bambang Sutrisno (19750817 200312 1 003)' }],
      notes: [{ code: 'roster:appraiserOverrideSet', params: { derived: 'Maria Goreti (19800214 200604 2 005)', atasan: 'Bambang Sutrisno (19750817 200312 1 003)' } }],
    });
  });

  it('places a new position under the atasan’s position, so the chain derives the atasan', () => {
    const p = plan([[NIP.baru1, 'Dewi Lestari', 'Pengelola Data', 'Seksi Kurikulum SD', NIP.kasiKur]]);
    expect(p.positionsToCreate).toMatchObject([{ name: 'Pengelola Data', reportsToId: 'p-kasi-kur' }]);
    expect(record(row(p, 3)).appraiserOverride).toBeNull();
    expect(codes(row(p, 3))).toContain('roster:positionReportsToSet');
    const after = applied(dinas(), p);
    expect(deriveAppraiserChain(after.employees, after.positions, OFFICE).get(record(row(p, 3)).id)).toMatchObject({ appraiserId: 'e-kasi-kur', atasanAppraiserId: 'e-kabid-sd' });
  });

  it('finds the atasan among the file’s own new rows', () => {
    const p = plan([
      [NIP.baru1, 'Dewi Lestari', 'Kepala Seksi Sarana', 'Seksi Sarana', NIP.kabidSd],
      [NIP.baru2, 'Umbu Ndakularak', 'Pengelola Sarana', 'Seksi Sarana', NIP.baru1],
    ]);
    const [kasi, pengelola] = p.positionsToCreate;
    expect(kasi).toMatchObject({ jenisJabatan: 'pengawas', reportsToId: 'p-kabid-sd' });
    expect(pengelola).toMatchObject({ jenisJabatan: 'pelaksana', reportsToId: kasi!.id });
  });

  it('notes an atasan nobody knows, and changes nothing', () => {
    const p = plan([[NIP.staf, 'Rudi Hartono', null, null, NIP.lain]]);
    expect(row(p, 3)).toMatchObject({ kind: 'unchanged', notes: [{ code: 'roster:atasanUnknown', column: 'NIP Atasan', params: { value: '19881212 201212 1 012' } }] });
  });

  it('notes an atasan NIP that is unusable, and never blocks the row for it', () => {
    const p = plan([
      [NIP.staf, 'Rudi Hartono', null, null, { n: 198002142006042000, w: '1.98002E+17' }],
      [NIP.analis, 'Ni Luh Putu Ayu', null, null, '12345'],
      [NIP.kasiKur, 'Maria Goreti', null, null, NIP.kasiKur],
    ]);
    expect(p.rows.map((r) => [r.kind, ...codes(r)])).toEqual([
      ['unchanged', 'roster:nipAtasanStoredAsNumber'],
      ['unchanged', 'roster:nipAtasanInvalid'],
      ['unchanged', 'roster:nipAtasanSelf'],
    ]);
  });

  it('keeps an override that already names the atasan, and removes one the positions have made unnecessary', () => {
    const existing = dinas();
    existing.employees = existing.employees.map((e) =>
      e.id === 'e-staf'
        ? { ...e, appraiserOverride: { appraiserId: 'e-kabid-sd', reason: 'SK 12/2024', delegated: false } }
        : e.id === 'e-analis'
          ? { ...e, appraiserOverride: { appraiserId: 'e-kasubag', reason: 'sementara', delegated: true } }
          : e,
    );
    const p = plan(
      [
        [NIP.staf, 'Rudi Hartono', null, null, NIP.kabidSd],
        [NIP.analis, 'Ni Luh Putu Ayu', null, null, NIP.sekdis],
      ],
      existing,
    );
    expect(row(p, 3)).toMatchObject({ kind: 'unchanged', employee: { appraiserOverride: { reason: 'SK 12/2024' } } });
    expect(row(p, 4)).toMatchObject({
      kind: 'changed',
      employee: { appraiserOverride: null },
      changes: [{ field: 'appraiser', from: 'Umbu Rihi (19810707 200604 1 008)', to: 'Sri Wahyuni (19720510 200112 2 002)' }],
      notes: [{ code: 'roster:appraiserOverrideRemoved' }],
    });
  });

  it('changes nothing when the same file is planned again after its plan was written', () => {
    const rows: Cell[][] = [
      [NIP.staf, 'Rudi Hartono', null, null, NIP.kabidSd],
      [NIP.baru1, 'Dewi Lestari', 'Kepala Seksi Sarana', 'Seksi Sarana', NIP.kabidSd],
      [NIP.baru2, 'Umbu Ndakularak', 'Pengelola Sarana', 'Seksi Sarana', NIP.baru1],
      ['199507172020122012', 'Yanti Rambu', 'Pengelola Sarana', 'Seksi Sarana', NIP.sekdis],
    ];
    const first = plan(rows);
    expect(first.counts).toEqual({ new: 3, changed: 1, unchanged: 0, invalid: 0, skipped: 0 });
    const second = plan(rows, applied(dinas(), first), { newId: () => 'unused' });
    expect(second.counts).toEqual({ new: 0, changed: 0, unchanged: 4, invalid: 0, skipped: 0 });
    expect(second.unitsToCreate).toEqual([]);
    expect(second.positionsToCreate).toEqual([]);
  });
});
