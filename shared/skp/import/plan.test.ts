import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../spreadsheet';
import { buildSkpImportPlan, rhkAfterImport, type SkpImportPlan, type SkpWithRev } from './plan';
import { allIssues, FIRST_ROW, HEADER_EN, NIP, office, planOptions, row, storedSkp, targetsBook, TEXT, threeIki, untranslated } from './testing';

const plan = (rows: Cell[][], existing = office(), extra = {}) => buildSkpImportPlan(targetsBook(rows), existing, planOptions(extra));

/** Each invalid row as [row, code, column] of its first issue. */
const faults = (p: SkpImportPlan) => p.invalidRows.map((r) => [r.rowNumber, r.issues[0]!.code.replace('skpImport:', ''), r.issues[0]!.column]);

/** What the repository would store: the plan applied to the stored SKPs (new SKPs are drafts). */
function applied(p: SkpImportPlan, existing: ReturnType<typeof office>): ReturnType<typeof office> {
  const skps: SkpWithRev[] = existing.skps.map((s) => {
    const person = p.people.find((x) => x.skpId === s.id && x.outcome !== 'unchanged');
    return person ? { ...s, rhk: rhkAfterImport(s.rhk, person), rev: s.rev + 1 } : s;
  });
  for (const person of p.people.filter((x) => x.outcome === 'newSkp')) {
    skps.push(storedSkp(person.skpId, person.employeeId, rhkAfterImport([], person), { form: person.form }));
  }
  return { ...existing, skps };
}

describe('planning a targets import', () => {
  it('makes a new SKP with one RHK of three IKI, linked to the leader RHK found by its text', () => {
    const p = plan(threeIki({ nip: NIP.kasiKur, leader: `  ${TEXT.kabid.toUpperCase()} `, rhk: TEXT.kasi }));
    expect(p.fileIssues).toEqual([]);
    expect(p.counts).toEqual({ newSkp: 1, rhkAdded: 0, unchanged: 0, invalid: 0, rhk: { added: 1, changed: 0, unchanged: 0 } });
    const [person] = p.people;
    expect(person).toMatchObject({ outcome: 'newSkp', employeeId: 'e-kasi-kur', nip: NIP.kasiKur, name: 'Maria Goreti, S.Pd.', jabatan: 'Kepala Seksi Kurikulum SD', skpStatus: null, form: 'ja_jf' });
    const [rhk] = person!.rhk;
    expect(rhk).toMatchObject({ outcome: 'added', rowNumbers: [FIRST_ROW, FIRST_ROW + 1, FIRST_ROW + 2], leader: { rhkId: 'r-kabid', ownerId: 'e-kabid-sd', inFile: false } });
    expect(rhk!.rhk).toMatchObject({ kind: 'utama', text: TEXT.kasi, parent: { kind: 'rhk', rhkId: 'r-kabid' }, assignment: '' });
    expect(rhk!.rhk.indicators.map((i) => [i.aspek, i.target, i.unit, i.polarity])).toEqual([
      ['kuantitas', 12, 'Dokumen', 'higher'],
      ['kualitas', 100, '%', 'higher'],
      ['waktu', 12, 'Bulan', 'higher'],
    ]);
  });

  it('adds to a stored draft, and makes the head a JPT SKP from an assignment source, aspek ignored with a note', () => {
    const existing = office();
    existing.skps = existing.skps.filter((s) => s.id !== 's-kadis');
    const p = plan([
      ...threeIki({ nip: NIP.kabidSd, kind: 'Tambahan', assignment: 'Surat Tugas Kepala Dinas', rhk: 'Terlaksananya lomba guru' }, 'laporan lomba'),
      row({ nip: NIP.kadis, rhk: TEXT.kadis, assignment: 'Perjanjian Kinerja 2026', aspek: 'Kuantitas', iki: 'Angka partisipasi murni SD', target: '98', unit: '%' }),
    ], existing);
    expect(p.counts).toMatchObject({ newSkp: 1, rhkAdded: 1, invalid: 0 });
    const kabid = p.people.find((x) => x.employeeId === 'e-kabid-sd')!;
    expect(kabid).toMatchObject({ outcome: 'rhkAdded', skpId: 's-kabid', skpStatus: 'draft' });
    expect(kabid.rhk[0]!.rhk).toMatchObject({ kind: 'tambahan', parent: null, assignment: 'Surat Tugas Kepala Dinas' });
    const kadis = p.people.find((x) => x.employeeId === 'e-kadis')!;
    expect(kadis).toMatchObject({ outcome: 'newSkp', form: 'jpt' });
    expect(kadis.rhk[0]!.rhk.indicators[0]!.aspek).toBeNull();
    expect(kadis.rhk[0]!.notes.map((n) => n.code)).toEqual(['skpImport:row.aspekIgnoredJpt']);
  });

  it('links staff to a leader RHK that the same file creates, and refuses them when that RHK is invalid', () => {
    const good = plan([...threeIki({ nip: NIP.staf, leader: TEXT.kasi, rhk: 'Tersusunnya draf kurikulum' }), ...threeIki({ nip: NIP.kasiKur, leader: TEXT.kabid, rhk: TEXT.kasi })]);
    expect(good.counts).toMatchObject({ newSkp: 2, invalid: 0 });
    const kasiRhk = good.people.find((x) => x.employeeId === 'e-kasi-kur')!.rhk[0]!;
    const stafRhk = good.people.find((x) => x.employeeId === 'e-staf')!.rhk[0]!;
    expect(stafRhk.rhk.parent).toEqual({ kind: 'rhk', rhkId: kasiRhk.rhk.id });
    expect(stafRhk.leader).toMatchObject({ inFile: true, ownerName: 'Maria Goreti, S.Pd.' });

    const kasiRows = threeIki({ nip: NIP.kasiKur, leader: TEXT.kabid, rhk: TEXT.kasi });
    kasiRows[1]![8] = '-5';
    const bad = plan([...threeIki({ nip: NIP.staf, leader: TEXT.kasi, rhk: 'Tersusunnya draf kurikulum' }), ...kasiRows]);
    expect(bad.people).toEqual([]);
    expect(faults(bad)).toEqual([
      [FIRST_ROW, 'row.leaderRowInvalid', 'RHK Atasan yang Diintervensi'],
      [FIRST_ROW + 1, 'row.groupInvalid', null],
      [FIRST_ROW + 2, 'row.groupInvalid', null],
      [FIRST_ROW + 3, 'row.groupInvalid', null],
      [FIRST_ROW + 4, 'row.targetNegative', 'Target'],
      [FIRST_ROW + 5, 'row.groupInvalid', null],
    ]);
    expect(bad.invalidRows[0]!.issues[0]!.params).toMatchObject({ rows: `${FIRST_ROW + 3}, ${FIRST_ROW + 4}, ${FIRST_ROW + 5}` });
  });

  it('names a leader RHK that is missing, belongs to someone who is not a superior, or is ambiguous', () => {
    const existing = office();
    existing.skps[1]!.rhk.push({ ...existing.skps[1]!.rhk[0]!, id: 'r-kabid-copy' });
    const p = plan(
      [
        row({ nip: NIP.kasiKur, leader: 'RHK yang tidak ada', rhk: 'A', aspek: 'Kuantitas', iki: 'x', target: '1', unit: 'Dokumen' }),
        row({ nip: NIP.kasiKur, leader: TEXT.kabidSmp, rhk: 'B', aspek: 'Kuantitas', iki: 'x', target: '1', unit: 'Dokumen' }),
        row({ nip: NIP.kasiKur, leader: TEXT.kabid, rhk: 'C', aspek: 'Kuantitas', iki: 'x', target: '1', unit: 'Dokumen' }),
      ],
      existing,
    );
    expect(faults(p)).toEqual([
      [FIRST_ROW, 'row.leaderNotFound', 'RHK Atasan yang Diintervensi'],
      [FIRST_ROW + 1, 'row.leaderNotSuperior', 'RHK Atasan yang Diintervensi'],
      [FIRST_ROW + 2, 'row.leaderAmbiguous', 'RHK Atasan yang Diintervensi'],
    ]);
    expect(p.invalidRows[1]!.issues[0]!.params).toMatchObject({ name: 'Yohanes Ndapa', nip: '19761123 200501 1 004' });
    expect(p.invalidRows[2]!.issues[0]!.params).toMatchObject({ name: 'Bambang Sutrisno, S.Pd.', count: 2 });
  });

  it('refuses a leader RHK that leads back to the RHK itself (a loop in the appraiser chain)', () => {
    const existing = office();
    existing.skps[0]!.status = 'draft';
    // HR named the Kabid as the head's appraiser: head → Kabid → head.
    existing.employees = existing.employees.map((e) => (e.id === 'e-kadis' ? { ...e, appraiserOverride: { appraiserId: 'e-kabid-sd', reason: 'uji', delegated: false } } : e));
    const p = plan([row({ nip: NIP.kadis, leader: TEXT.kabid, rhk: TEXT.kadis, iki: 'Angka partisipasi murni SD', target: '98', unit: '%' })], existing);
    expect(faults(p)).toEqual([[FIRST_ROW, 'row.leaderLoop', 'RHK Atasan yang Diintervensi']]);
  });

  it('takes the nearest superior holding the text when a Kasi copied the Kabid’s wording', () => {
    const p = plan([...threeIki({ nip: NIP.kasiKur, leader: TEXT.kabid, rhk: TEXT.kabid }), ...threeIki({ nip: NIP.staf, leader: TEXT.kabid, rhk: 'Tersusunnya draf' })]);
    expect(p.counts.invalid).toBe(0);
    const kasiRhkId = p.people.find((x) => x.employeeId === 'e-kasi-kur')!.rhk[0]!.rhk.id;
    expect(p.people.find((x) => x.employeeId === 'e-staf')!.rhk[0]!.rhk.parent).toEqual({ kind: 'rhk', rhkId: kasiRhkId });
  });

  it('names the row and column of every person-level fault', () => {
    const p = plan([
      row({ nip: NIP.baru1, leader: TEXT.kabid, rhk: 'A', aspek: 'Kuantitas', iki: 'x', target: '1', unit: 'Dokumen' }),
      row({ nip: NIP.kasiKur, leader: TEXT.kabid, rhk: 'B', iki: 'x', target: '1', unit: 'Dokumen' }),
      row({ nip: NIP.kasiKur, rhk: 'C', aspek: 'Kuantitas', iki: 'x', target: '1', unit: 'Dokumen' }),
      row({ nip: NIP.kasiKur, leader: TEXT.kabid, rhk: 'D', aspek: 'Kuantitas', iki: 'x', target: '1', unit: 'Dokumen' }),
      row({ nip: NIP.kasiKur, leader: TEXT.kadis, rhk: 'd', aspek: 'Waktu', iki: 'y', target: '1', unit: 'Bulan' }),
      row({ nip: NIP.kasiKur, leader: TEXT.kabid, rhk: 'E', aspek: 'Kuantitas', iki: 'x', target: '1', unit: 'Dokumen' }),
      row({ nip: NIP.kasiKur, rhk: 'E', aspek: 'kuantitas', iki: ' X ', target: '2', unit: 'Dokumen' }),
    ]);
    expect(faults(p)).toEqual([
      [FIRST_ROW, 'row.nipUnknown', 'NIP'],
      [FIRST_ROW + 1, 'row.aspekMissing', 'Aspek'],
      [FIRST_ROW + 2, 'row.leaderMissing', 'RHK Atasan yang Diintervensi'],
      [FIRST_ROW + 3, 'row.groupInvalid', null],
      [FIRST_ROW + 4, 'row.groupConflict', 'RHK Atasan yang Diintervensi'],
      [FIRST_ROW + 5, 'row.groupInvalid', null],
      [FIRST_ROW + 6, 'row.ikiDuplicate', 'Indikator Kinerja Individu (IKI)'],
    ]);
    expect(untranslated(allIssues(p))).toEqual([]);
  });

  it('refuses new or changed RHK for a submitted SKP, and calls an RHK already there unchanged', () => {
    const existing = office();
    existing.skps[1]!.status = 'submitted';
    const p = plan(
      [
        row({ nip: NIP.kabidSd, leader: TEXT.kadis, rhk: TEXT.kabid, aspek: 'Kuantitas', iki: 'Jumlah sekolah yang dibina', target: '40', unit: 'Sekolah' }),
        row({ nip: NIP.kabidSd, leader: TEXT.kadis, rhk: TEXT.kabid, aspek: 'Kualitas', iki: 'Persentase sekolah yang menerapkan kurikulum', target: '90', unit: '%' }),
        row({ nip: NIP.kabidSd, leader: TEXT.kadis, rhk: 'Baru', aspek: 'Kuantitas', iki: 'x', target: '1', unit: 'Dokumen' }),
        row({ nip: NIP.kabidSmp, leader: TEXT.kadis, rhk: TEXT.kabidSmp, aspek: 'Kuantitas', iki: 'Jumlah sekolah SMP yang dibina', target: '25', unit: 'Sekolah' }),
      ],
      existing,
    );
    expect(p.counts).toMatchObject({ unchanged: 1, rhkAdded: 1, invalid: 1, rhk: { unchanged: 1, changed: 1, added: 0 } });
    expect(faults(p)).toEqual([[FIRST_ROW + 2, 'row.skpNotEditable', null]]);
    expect(p.invalidRows[0]!.issues[0]!.params).toMatchObject({ status: 'submitted' });
    const smp = p.people.find((x) => x.employeeId === 'e-kabid-smp')!.rhk[0]!;
    expect(smp).toMatchObject({ outcome: 'changed', changes: [] });
    expect(smp.indicators).toMatchObject([{ change: 'changed', iki: { id: 'i-smp', target: 25 }, before: { target: 20 } }]);
  });

  it('merges a changed RHK into the stored one: stored IKI stay, named ones change, new ones are added', () => {
    const existing = office();
    const p = plan(
      [
        row({ nip: NIP.kabidSd, kind: 'Tambahan', rhk: TEXT.kabid, aspek: 'Kuantitas', iki: 'Jumlah sekolah yang dibina', target: '45', unit: 'Sekolah' }),
        row({ nip: NIP.kabidSd, rhk: TEXT.kabid, aspek: 'Waktu', iki: 'Waktu pembinaan', target: '12', unit: 'Bulan' }),
      ],
      existing,
    );
    const [planned] = p.people[0]!.rhk;
    expect(planned).toMatchObject({ outcome: 'changed', changes: ['kind'] });
    // No leader in the file: the stored link stays.
    expect(planned!.rhk.parent).toEqual({ kind: 'rhk', rhkId: 'r-kadis' });
    const after = rhkAfterImport(existing.skps[1]!.rhk, p.people[0]!);
    expect(after).toHaveLength(1);
    expect(after[0]!.indicators.map((i) => [i.id, i.target])).toEqual([
      ['i-kabid-1', 45],
      ['i-kabid-2', 90],
      [expect.any(String), 12],
    ]);
  });

  it('finds nothing to do when the same file comes again', () => {
    const rows = [...threeIki({ nip: NIP.staf, leader: TEXT.kasi, rhk: 'Tersusunnya draf kurikulum' }), ...threeIki({ nip: NIP.kasiKur, leader: TEXT.kabid, rhk: TEXT.kasi })];
    const existing = office();
    const first = plan(rows, existing);
    const again = plan(rows, applied(first, existing));
    expect(again.counts).toEqual({ newSkp: 0, rhkAdded: 0, unchanged: 2, invalid: 0, rhk: { added: 0, changed: 0, unchanged: 2 } });
    expect(again.people.every((x) => x.rhk.every((r) => r.indicators.every((i) => i.change === 'unchanged')))).toBe(true);
  });

  it('records each SKP’s revision as the basis a stale preview is told by', () => {
    const existing = office();
    existing.skps[0]!.rev = 7;
    expect([...plan(threeIki({ nip: NIP.kasiKur, leader: TEXT.kabid, rhk: TEXT.kasi }), existing).basis]).toEqual([
      ['s-kadis', 7],
      ['s-kabid', 1],
      ['s-kabid-smp', 1],
    ]);
  });

  it('reads English headers and English numbers', () => {
    const rows = [row({ nip: NIP.kasiKur, leader: TEXT.kabid, rhk: TEXT.kasi, aspek: 'Quantity', iki: 'Documents', target: '1,200', unit: 'Documents', polarity: 'Lower is better' })];
    const p = buildSkpImportPlan(targetsBook(rows, HEADER_EN), office(), planOptions({ convention: 'en' }));
    expect(p.people[0]!.rhk[0]!.rhk.indicators[0]).toMatchObject({ aspek: 'kuantitas', target: 1200, polarity: 'lower' });
  });

  it('stops at file-level problems', () => {
    expect(buildSkpImportPlan({ fileName: 'a.csv', format: 'csv', sheets: [{ name: 'a', rows: [['NIP', 'Nama']] }] }, office(), planOptions()).fileIssues.map((i) => i.code)).toEqual(['skpImport:file.noTable']);
    expect(plan([]).fileIssues.map((i) => i.code)).toEqual(['skpImport:file.noDataRows']);
    const noTarget = buildSkpImportPlan({ fileName: 'a.csv', format: 'csv', sheets: [{ name: 'a', rows: [['NIP', 'RHK', 'IKI'], [NIP.staf, 'a', 'b']] }] }, office(), planOptions());
    expect(noTarget.fileIssues).toMatchObject([{ code: 'skpImport:file.columnMissing', params: { field: 'target' } }]);
    expect(untranslated([...noTarget.fileIssues])).toEqual([]);
  });
});

describe('planning random files (property)', () => {
  const cell: fc.Arbitrary<Cell> = fc.oneof(
    fc.constant(null),
    fc.string({ maxLength: 20 }),
    fc.constantFrom(NIP.staf, NIP.kasiKur, NIP.kabidSd, TEXT.kabid, TEXT.kasi, 'Kuantitas', 'Waktu', '12', '-1', '1.234,5', '12 Dokumen', '__proto__', 'constructor'),
    fc.record({ n: fc.double(), w: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }) }).map(({ n, w }) => (w === undefined ? { n } : { n, w })),
  );
  it('never throws, and accounts for every data row exactly once', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 25 }), (rows) => {
        const p = plan(rows);
        if (p.fileIssues.length > 0) return;
        const planned = p.people.flatMap((x) => x.rhk.flatMap((r) => r.rowNumbers));
        const invalid = p.invalidRows.map((r) => r.rowNumber);
        const all = [...planned, ...invalid].sort((a, b) => a - b);
        expect(new Set(all).size).toBe(all.length);
        expect(untranslated(allIssues(p))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
