import { describe, expect, it } from 'vitest';
import { deriveAppraiserChain } from '../appraiserChain';
import type { Cell } from '../spreadsheet';
import { buildRosterPlan } from './plan';
import { allIssues, book, dinas, employee, exportRows, NIP, OFFICE, OTHER_OFFICE, options, TEMPLATE_HEADER, untranslated } from './testing';
import type { PlannedRow, RosterExisting, RosterImportPlan } from './types';

const plan = (rows: Cell[][], existing: RosterExisting = dinas(), extra = {}) => {
  const result = buildRosterPlan(book(rows), existing, options(extra));
  expect(untranslated(allIssues(result))).toEqual([]);
  return result;
};
const row = (p: RosterImportPlan, rowNumber: number): PlannedRow => {
  const found = p.rows.find((r) => r.rowNumber === rowNumber);
  if (!found) throw new Error(`no planned row ${rowNumber}`);
  return found;
};
const skipped = (p: RosterImportPlan, rowNumber: number) => p.skippedRows.find((r) => r.rowNumber === rowNumber);
const codes = (r: PlannedRow) => (r.kind === 'invalid' ? r.issues : r.notes).map((i) => i.code);
const errors = (r: PlannedRow) => (r.kind === 'invalid' ? r.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.params]) : []);

/** Our template with just the columns a test needs, under two title rows (data from row 4). */
const HEADER = ['NIP', 'Nama', 'Gol/Ruang'];
const titled = (header: Cell[], ...rows: Cell[][]): Cell[][] => [['DAFTAR PEGAWAI'], ['Instansi Pemerintah Kabupaten Sumba Timur'], header, ...rows];

describe('buildRosterPlan on a file in our template', () => {
  it('plans new, changed and unchanged people, with display values for the changes', () => {
    const p = plan(
      titled(
        TEMPLATE_HEADER,
        [NIP.kadis, 'Hendra Wijaya', 'Drs.', 'M.Pd.', 'PNS', 'IV/c', 'Kepala Dinas Pendidikan', null, 'Dinas Pendidikan', null, 'Aktif', '04-01-2021'],
        [NIP.staf, 'Rudi Hartono', null, 'S.Kom.', 'PNS', 'III/b', 'Pengadministrasi Kurikulum', null, 'Seksi Kurikulum SD', null, 'Aktif', { n: 45292 }],
        [NIP.kabidSmp, 'Yohanes Ndapa', null, null, 'PNS', 'IV/a', 'Kepala Bidang Pembinaan SD', null, 'Bidang Pembinaan SD', null, 'Pindah', null],
        [NIP.baru1, 'Dewi Lestari', null, 'A.Md.', 'PNS', 'II/c', 'Pengadministrasi Kurikulum', null, 'Seksi Kurikulum SD', null, null, '2 Januari 2024'],
      ),
    );
    expect(p).toMatchObject({ sheetName: 'Pegawai', source: 'roster', headerRowNumber: 3, ignoredColumns: [], fileIssues: [], unitsToCreate: [], positionsToCreate: [] });
    expect(p.counts).toEqual({ new: 1, changed: 2, unchanged: 1, invalid: 0, skipped: 0 });
    expect(row(p, 4)).toMatchObject({ kind: 'unchanged', nip: NIP.kadis, changes: [] });
    expect(row(p, 5)).toMatchObject({
      kind: 'changed',
      changes: [
        { field: 'gelarBelakang', from: null, to: 'S.Kom.' },
        { field: 'golongan', from: 'III/a', to: 'III/b' },
        { field: 'tmtJabatan', from: null, to: '2024-01-01' },
      ],
    });
    expect(row(p, 6)).toMatchObject({
      kind: 'changed',
      changes: [
        { field: 'position', from: 'Kepala Bidang Pembinaan SMP', to: 'Kepala Bidang Pembinaan SD' },
        { field: 'unit', from: 'Bidang Pembinaan SMP', to: 'Bidang Pembinaan SD' },
        { field: 'status', from: 'active', to: 'moved' },
      ],
    });
    expect(row(p, 7)).toEqual({
      kind: 'new',
      rowNumber: 7,
      nip: NIP.baru1,
      employee: employee('n1', NIP.baru1, 'Dewi Lestari', 'p-staf-kur', 'u-kur', { gelarBelakang: 'A.Md.', golongan: 'II/c', tmtJabatan: '2024-01-02' }),
      changes: [],
      notes: [],
    });
  });

  it('changes nothing when our own export is imported back (and with the NIP Atasan the chain gives)', () => {
    const existing = dinas();
    const chain = deriveAppraiserChain(existing.employees, existing.positions, OFFICE);
    const byId = new Map(existing.employees.map((e) => [e.id, e]));
    const rows = exportRows(existing, (e) => byId.get(chain.get(e.id)?.appraiserId ?? '')?.nip ?? null);
    const p = plan(rows, existing);
    expect(p.counts).toEqual({ new: 0, changed: 0, unchanged: existing.employees.length, invalid: 0, skipped: 0 });
    expect(p.rows.every((r) => r.kind === 'unchanged' && r.notes.length === 0)).toBe(true);
    expect(p.unitsToCreate).toEqual([]);
    expect(p.positionsToCreate).toEqual([]);
  });

  it('never blanks data for a column the file does not have, nor for an empty cell', () => {
    const p = plan(titled(['NIP', 'Nama', 'Gol/Ruang', 'TMT Jabatan'], [NIP.kadis, 'Hendra Wijaya', null, null], [NIP.sekdis, 'Sri Wahyuni Rahayu', '', '  ']));
    expect(row(p, 4)).toMatchObject({ kind: 'unchanged' });
    expect(row(p, 5)).toMatchObject({ kind: 'changed', changes: [{ field: 'name', from: 'Sri Wahyuni', to: 'Sri Wahyuni Rahayu' }] });
    const sri = row(p, 5);
    expect(sri.kind !== 'invalid' && sri.employee).toMatchObject({ golongan: 'IV/b', gelarBelakang: 'S.Sos., M.Si.', positionId: 'p-sekdis', status: 'active' });
  });

  it('reads an empty status as active', () => {
    const existing = dinas();
    existing.employees = existing.employees.map((e) => (e.nip === NIP.staf ? { ...e, status: 'moved' as const } : e));
    const p = plan(titled(['NIP', 'Nama', 'Status'], [NIP.staf, 'Rudi Hartono', null]), existing);
    expect(row(p, 4)).toMatchObject({ kind: 'changed', changes: [{ field: 'status', from: 'moved', to: 'active' }] });
  });

  it('skips completely empty rows silently and reads every other row exactly once', () => {
    const p = plan(titled(HEADER, [], [NIP.kadis, 'Hendra Wijaya'], [null, '  ', null], [NIP.sekdis, 'Sri Wahyuni']));
    expect(p.rows.map((r) => r.rowNumber)).toEqual([5, 7]);
  });

  it('skips a repeated header row (printed page breaks)', () => {
    const p = plan(titled(HEADER, [NIP.kadis, 'Hendra Wijaya'], ['NIP', 'Nama', 'Gol/Ruang'], [NIP.sekdis, 'Sri Wahyuni']));
    expect(skipped(p, 5)).toMatchObject({ notes: [{ code: 'roster:repeatedHeaderSkipped', params: { header: 3 } }] });
    expect(p.rows.map((r) => r.rowNumber)).toEqual([4, 6]);
    expect(p.counts).toMatchObject({ unchanged: 2, skipped: 1 });
  });
});

describe('NIP cells', () => {
  it('removes spaces and a leading apostrophe, with a note each', () => {
    const p = plan(titled(HEADER, ['19700315 200003 1 001', 'Hendra Wijaya'], [`'${NIP.sekdis}`, 'Sri Wahyuni']));
    expect(row(p, 4)).toMatchObject({ kind: 'unchanged', nip: NIP.kadis, notes: [{ code: 'roster:nipSpacesRemoved', column: 'NIP', rowNumber: 4 }] });
    expect(row(p, 5)).toMatchObject({ kind: 'unchanged', nip: NIP.sekdis, notes: [{ code: 'roster:nipApostropheRemoved', params: { value: `'${NIP.sekdis}` } }] });
  });

  it('refuses a NIP stored as a number, quoting what the sheet shows, and never repairs it', () => {
    const p = plan(
      titled(
        HEADER,
        [{ n: 197003152000031000, w: '1.97003E+17' }, 'Hendra Wijaya'],
        [{ n: 197205102001122000 }, 'Sri Wahyuni'],
        ['1.97003E+17', 'Dari CSV'],
      ),
    );
    expect(errors(row(p, 4))).toEqual([['roster:nipStoredAsNumber', { row: 4, column: 'NIP', value: '1.97003E+17' }]]);
    expect(errors(row(p, 5))).toEqual([['roster:nipStoredAsNumber', { row: 5, column: 'NIP', value: '197205102001122000' }]]);
    expect(errors(row(p, 6))).toEqual([['roster:nipStoredAsNumber', { row: 6, column: 'NIP', value: '1.97003E+17' }]]);
    expect(row(p, 4)).toMatchObject({ kind: 'invalid', nip: '1.97003E+17', name: 'Hendra Wijaya' });
  });

  it('checks a PNS NIP part by part and names the part that is wrong', () => {
    const p = plan(titled(['NIP', 'Nama', 'Jenis ASN'], ['', 'Tanpa NIP'], ['1990010120150110', 'Pendek'], ['199002312015011001', 'Tgl'], ['199001012015013001', 'Kelamin'], ['199001012001011001', 'Muda']));
    expect(p.rows.map((r) => errors(r).map(([code]) => code))).toEqual([
      ['roster:nipMissing'],
      ['roster:nip.notEighteenDigits'],
      ['roster:nip.birthDateInvalid'],
      ['roster:nip.sexDigitInvalid'],
      ['roster:nip.tmtTooEarly'],
    ]);
  });

  it('checks only the 18 digits of a NI PPPK, but refuses the same number for a PNS', () => {
    const p = plan(titled(['NIP', 'Nama', 'Jenis ASN'], ['199203252022212099', 'PPPK baru', 'PPPK'], ['199203252022212098', 'Bukan PNS', 'PNS'], ['12345', 'Pendek', 'P3K']));
    expect(row(p, 4)).toMatchObject({ kind: 'new', employee: { asnType: 'pppk' } });
    expect(errors(row(p, 5)).map(([code]) => code)).toEqual(['roster:nip.tmtInvalid']);
    expect(errors(row(p, 6)).map(([code]) => code)).toEqual(['roster:nip.notEighteenDigits']);
  });

  it('refuses every row of a NIP that appears twice in a roster, naming the other rows', () => {
    const p = plan(titled(HEADER, [NIP.baru1, 'Dewi'], [NIP.kadis, 'Hendra Wijaya'], [NIP.baru1, 'Dewi L.'], [`${NIP.baru1.slice(0, 8)} ${NIP.baru1.slice(8)}`, 'Dewi Lestari']));
    expect(errors(row(p, 4))).toEqual([['roster:nipDuplicate', { row: 4, column: 'NIP', value: '19950717 202012 2 011', otherRows: '6, 7' }]]);
    expect(errors(row(p, 6))).toEqual([['roster:nipDuplicate', { row: 6, column: 'NIP', value: '19950717 202012 2 011', otherRows: '4, 7' }]]);
    expect(row(p, 7)).toMatchObject({ kind: 'invalid' });
    expect(p.counts).toMatchObject({ invalid: 3, unchanged: 1 });
  });

  it('refuses a NIP stored for another office: a transfer is not a side effect of an import', () => {
    const existing = dinas();
    existing.employees.push(employee('e-lain', NIP.lain, 'Orang Dinkes', null, null, { officeId: OTHER_OFFICE }));
    const p = plan(titled(HEADER, [NIP.lain, 'Orang Dinkes']), existing);
    expect(errors(row(p, 4))).toEqual([['roster:nipInOtherOffice', { row: 4, column: 'NIP', value: '19881212 201212 1 012' }]]);
  });
});

describe('jenis ASN', () => {
  it('reads the column in its usual spellings', () => {
    const p = plan(titled(['NIP', 'Nama', 'Jenis ASN'], [NIP.baru1, 'A', 'CPNS'], ['199203252022212099', 'B', 'P3K'], [NIP.baru2, 'C', 'Honorer']));
    expect(row(p, 4)).toMatchObject({ employee: { asnType: 'pns' } });
    expect(row(p, 5)).toMatchObject({ employee: { asnType: 'pppk' } });
    expect(errors(row(p, 6))).toEqual([['roster:asnTypeUnknown', { row: 6, column: 'Jenis ASN', value: 'Honorer', expected: 'PNS, CPNS, PPPK, P3K' }]]);
  });

  it('without the column: keeps what is stored, and for new people reads the NIP and says so', () => {
    const p = plan(titled(HEADER, [NIP.pppk, 'Agustina Lende', 'IX'], ['199203252022212099', 'PPPK baru', 'IX'], [NIP.baru1, 'PNS baru', 'III/a']));
    expect(row(p, 4)).toMatchObject({ kind: 'unchanged', notes: [] });
    expect(row(p, 5)).toMatchObject({ kind: 'new', employee: { asnType: 'pppk', golongan: 'IX' } });
    expect(codes(row(p, 5))).toEqual(['roster:asnTypeInferredPppk']);
    expect(row(p, 6)).toMatchObject({ kind: 'new', employee: { asnType: 'pns', golongan: 'III/a' } });
    expect(codes(row(p, 6))).toEqual(['roster:asnTypeAssumedPns']);
  });

  it('clears a golongan that the new jenis ASN does not have', () => {
    const p = plan(titled(['NIP', 'Nama', 'Jenis ASN'], [NIP.staf, 'Rudi Hartono', 'PPPK']));
    expect(row(p, 4)).toMatchObject({ kind: 'changed', employee: { asnType: 'pppk', golongan: null } });
    expect(codes(row(p, 4))).toEqual(['roster:golonganCleared']);
  });
});

describe('name and gelar', () => {
  it('splits titles off the name where the file gives none of its own', () => {
    const p = plan(
      titled(
        ['NIP', 'Nama', 'Gelar Depan', 'Gelar Belakang'],
        [NIP.baru1, 'Dr. H. Ahmad Fauzi, S.Sos., M.Si.', null, null],
        [NIP.baru2, 'dr. Maria Goreti, Sp.A(K)', 'dr.', null],
        ['199507172020122012', 'Santoso, Budi', null, null],
        ['199507172020122013', 'Ir. Yohanes Bili, M.T.', 'Dr.', 'M.T.'],
      ),
    );
    expect(row(p, 4)).toMatchObject({ employee: { gelarDepan: 'Dr. H.', name: 'Ahmad Fauzi', gelarBelakang: 'S.Sos., M.Si.' } });
    expect(row(p, 5)).toMatchObject({ employee: { gelarDepan: 'dr.', name: 'Maria Goreti', gelarBelakang: 'Sp.A(K)' } });
    expect(row(p, 6)).toMatchObject({ employee: { name: 'Santoso, Budi' } });
    expect(codes(row(p, 6))).toContain('roster:nameCommaKept');
    // A gelar cell that differs from the titles in the name wins, and the name keeps its own titles.
    expect(row(p, 7)).toMatchObject({ employee: { gelarDepan: 'Dr.', name: 'Ir. Yohanes Bili', gelarBelakang: 'M.T.' } });
  });

  it('requires a name of at most 100 characters', () => {
    const p = plan(titled(HEADER, [NIP.baru1, null], [NIP.baru2, 'A'.repeat(101)]));
    expect(errors(row(p, 4))).toEqual([['roster:nameMissing', { row: 4, column: 'Nama' }]]);
    expect(errors(row(p, 5))).toEqual([['roster:tooLong', { row: 5, column: 'Nama', max: 100, value: `${'A'.repeat(79)}…` }]]);
  });
});

describe('golongan, status and TMT jabatan', () => {
  it('reads golongan as offices write it, and names what is accepted when it cannot', () => {
    const p = plan(titled(HEADER, [NIP.kadis, 'Hendra Wijaya', 'Pembina Utama Muda (IV/c)'], [NIP.sekdis, 'Sri Wahyuni', '4b'], [NIP.staf, 'Rudi Hartono', 'III/e'], [NIP.pppk, 'Agustina Lende', 'III/a']));
    expect(row(p, 4)).toMatchObject({ kind: 'unchanged' });
    expect(row(p, 5)).toMatchObject({ kind: 'unchanged' });
    expect(errors(row(p, 6))).toEqual([['roster:golongan.unrecognised', { row: 6, column: 'Gol/Ruang', value: 'III/e', expected: expect.stringMatching(/^I\/a, I\/b, .*, IV\/e$/) }]]);
    expect(errors(row(p, 7)).map(([code]) => code)).toEqual(['roster:golongan.pnsForPppk']);
  });

  it('reads status words in both languages and refuses others', () => {
    const p = plan(titled(['NIP', 'Nama', 'Status'], [NIP.kadis, 'Hendra Wijaya', 'Active'], [NIP.sekdis, 'Sri Wahyuni', 'Mutasi'], [NIP.staf, 'Rudi Hartono', 'retired'], [NIP.analis, 'Ni Luh Putu Ayu', 'Cuti']));
    expect(p.rows.slice(0, 3).map((r) => (r.kind === 'changed' || r.kind === 'unchanged' ? r.employee.status : null))).toEqual(['active', 'moved', 'retired']);
    expect(errors(row(p, 7))).toEqual([['roster:statusUnknown', { row: 7, column: 'Status', value: 'Cuti', expected: 'Aktif / Active, Pindah / Mutasi / Moved, Pensiun / Retired' }]]);
  });

  it('reads TMT jabatan in any accepted date form and refuses impossible or two-digit-year dates', () => {
    const p = plan(
      titled(
        ['NIP', 'Nama', 'TMT Jabatan'],
        [NIP.kadis, 'Hendra Wijaya', { d: '2021-01-04' }],
        [NIP.sekdis, 'Sri Wahyuni', '1 Agu 2019'],
        [NIP.staf, 'Rudi Hartono', '31-02-2020'],
        [NIP.analis, 'Ni Luh Putu Ayu', '01-02-20'],
      ),
    );
    expect(row(p, 4)).toMatchObject({ kind: 'unchanged' });
    expect(row(p, 5)).toMatchObject({ changes: [{ field: 'tmtJabatan', from: null, to: '2019-08-01' }] });
    expect(errors(row(p, 6))).toEqual([['roster:date.impossible', { row: 6, column: 'TMT Jabatan', value: '31-02-2020' }]]);
    expect(errors(row(p, 7))).toEqual([['roster:date.twoDigitYear', { row: 7, column: 'TMT Jabatan', value: '01-02-20' }]]);
  });
});

describe('the national Laporan SKP', () => {
  const header: Cell[] = ['id', 'nip', 'nama', 'skp_jabatan', 'skp_unor', 'skp_unor_induk', 'skp_status', 'periode_awal', 'periode_akhir', 'is_plt_plh'];
  const laporan = (...rows: Cell[][]): Cell[][] => [['Laporan SKP Tahun 2025'], ['Instansi Pemerintah Kabupaten Sumba Timur'], [], header, ...rows];

  it('keeps the latest row of a mutasi and skips the older one with a note', () => {
    const p = plan(
      laporan(
        ['a1', NIP.staf, 'Rudi Hartono', 'Pengadministrasi Kurikulum', 'Seksi Kurikulum SD', 'Dinas Pendidikan', 'persetujuan', '2025-01-01', '2025-05-31', '0'],
        ['a2', NIP.staf, 'Rudi Hartono', 'Pengadministrasi Umum', 'Subbagian Umum dan Kepegawaian', 'Dinas Pendidikan', 'persetujuan', '2025-06-01', '2025-12-31', '0'],
      ),
    );
    expect(p.source).toBe('laporanSkp');
    expect(skipped(p, 5)).toMatchObject({ nip: NIP.staf, notes: [{ code: 'roster:mutasiOlderRowSkipped', params: { currentRow: 6 } }] });
    expect(row(p, 6)).toMatchObject({ kind: 'changed', changes: [{ field: 'position', to: 'Pengadministrasi Umum' }, { field: 'unit', from: 'Seksi Kurikulum SD', to: 'Subbagian Umum dan Kepegawaian' }] });
    expect(p.counts).toEqual({ new: 0, changed: 1, unchanged: 0, invalid: 0, skipped: 1 });
  });

  it('on the same periode_akhir prefers the definitive post over an acting one (Plt./Plh.)', () => {
    const p = plan(
      laporan(
        ['b1', NIP.kasiKur, 'Maria Goreti', 'Kepala Bidang Pembinaan SMP', 'Bidang Pembinaan SMP', 'Dinas Pendidikan', 'persetujuan', '2025-01-01', '2025-12-31', '1'],
        ['b2', NIP.kasiKur, 'Maria Goreti', 'Kepala Seksi Kurikulum SD', 'Seksi Kurikulum SD', 'Dinas Pendidikan', 'persetujuan', '2025-01-01', '2025-12-31', '0'],
      ),
    );
    expect(skipped(p, 5)).toBeDefined();
    expect(row(p, 6)).toMatchObject({ kind: 'unchanged' });
  });

  it('notes an acting post that is the only row of its NIP', () => {
    const p = plan(laporan(['c1', NIP.kabidSmp, 'Yohanes Ndapa', 'Kepala Bidang Pembinaan SMP', 'Bidang Pembinaan SMP', 'Dinas Pendidikan', 'persetujuan', '2025-01-01', '2025-12-31', '1']));
    expect(row(p, 5)).toMatchObject({ kind: 'unchanged', notes: [{ code: 'roster:actingPost', column: 'is_plt_plh' }] });
  });
});

describe('the file as a whole', () => {
  it('reports a file without a table', () => {
    const p = plan([['Laporan kegiatan'], ['a', 'b']]);
    expect(p).toMatchObject({ sheetName: null, headerRowNumber: null, rows: [], fileIssues: [{ code: 'roster:noTable', rowNumber: null, column: null, severity: 'error' }] });
  });

  it('reports a header without data rows', () => {
    const p = plan(titled(HEADER, [], [null]));
    expect(p.fileIssues).toEqual([{ rowNumber: null, column: null, code: 'roster:noDataRows', params: { row: 3 }, severity: 'error' }]);
    expect(p.counts).toEqual({ new: 0, changed: 0, unchanged: 0, invalid: 0, skipped: 0 });
  });

  it('reads the first sheet with a table and notes the sheets passed over', () => {
    const p = buildRosterPlan(
      { fileName: 'pegawai.xlsx', format: 'xlsx', sheets: [{ name: 'Petunjuk', rows: [['Isi mulai baris 4']] }, { name: 'Data', rows: titled(HEADER, [NIP.kadis, 'Hendra Wijaya']) }] },
      dinas(),
      options(),
    );
    expect(p.sheetName).toBe('Data');
    expect(p.fileIssues).toEqual([]);
    expect(p.fileNotes).toEqual([{ rowNumber: null, column: null, code: 'roster:sheetsSkipped', params: { sheet: 'Data', skipped: 'Petunjuk' }, severity: 'note' }]);
  });

  it('lists extra columns by their header and reads around them', () => {
    const p = plan(titled(['No.', 'NIP', 'Tempat Lahir', 'Nama'], [{ n: 1 }, NIP.kadis, 'Waingapu', 'Hendra Wijaya']));
    expect(p.ignoredColumns).toEqual(['No.', 'Tempat Lahir']);
    expect(row(p, 4)).toMatchObject({ kind: 'unchanged' });
  });
});
