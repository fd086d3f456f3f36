import { describe, expect, it, vi } from 'vitest';
import { buildSkpImportPlan } from '../../../shared/skp/import/plan';
import { row, targetsBook } from '../../../shared/skp/import/testing';
import type { Cell } from '../../../shared/spreadsheet';
import { pendingChangeCount } from '../audit';
import { accountFor, smallDinas } from '../people/peopleTesting';
import { newId, type Repo, type Session } from '../repository';
import { setUpTestOffice, snapshot, testRepo } from '../testRepo';
import { applySkpImportPlan, skpImportBasis } from './skpImport';
import { createSkp } from './skps';

const YEAR = 2026;

async function planFor(repo: Repo, session: Session, rows: Cell[][]) {
  return buildSkpImportPlan(targetsBook(rows), await skpImportBasis(repo, session, YEAR), { officeId: session.officeId, year: YEAR, convention: 'id', newId });
}

const iki = (nip: string, rhk: string, extra: { leader?: string; assignment?: string }, what: string): Cell[][] => [
  row({ nip, rhk, ...extra, aspek: 'Kuantitas', iki: `Jumlah ${what}`, target: '12', unit: 'Dokumen' }),
  row({ nip, rhk, ...extra, aspek: 'Kualitas', iki: `Mutu ${what}`, target: '1.000', unit: 'Nilai' }),
];

/** A whole cascade in one file: the head from an assignment, the Kabid and the Kasi each intervening the one above. */
function cascadeRows(nips: { head: string; kabid: string; kasi: string }): Cell[][] {
  return [
    ...iki(nips.kasi, 'Tersusunnya rencana pengadaan ASN', { leader: 'Terlaksananya mutasi ASN tepat waktu' }, 'rencana pengadaan'),
    ...iki(nips.kabid, 'Terlaksananya mutasi ASN tepat waktu', { leader: 'Meningkatnya kualitas manajemen ASN' }, 'SK mutasi'),
    row({ nip: nips.head, rhk: 'Meningkatnya kualitas manajemen ASN', assignment: 'Perjanjian Kinerja Bupati', iki: 'Indeks sistem merit', target: '0,8', unit: 'Indeks' }),
  ];
}

async function dinasWithPlan() {
  const repo = testRepo();
  const admin = await setUpTestOffice(repo);
  const dinas = await smallDinas(repo, admin);
  const { head, kabidPerson, kasiPerson } = dinas.people;
  const rows = cascadeRows({ head: head.nip, kabid: kabidPerson.nip, kasi: kasiPerson.nip });
  return { repo, admin, dinas, rows, plan: await planFor(repo, admin, rows) };
}

describe('applying an SKP targets import', () => {
  it('writes exactly the planned SKPs in one transaction, linked as the preview showed, with outbox and audit', async () => {
    const { repo, admin, dinas, plan } = await dinasWithPlan();
    expect(plan.counts).toMatchObject({ newSkp: 3, invalid: 0 });
    const outboxBefore = await pendingChangeCount(repo);
    const progress = vi.fn();
    expect(await applySkpImportPlan(repo, admin, plan, { allOrNothing: true }, progress)).toEqual({ created: 3, updated: 0, rhk: 3 });
    expect(progress).toHaveBeenLastCalledWith({ written: 3, total: 3 });

    const skps = await repo.db.skps.toArray();
    const of = (employeeId: string) => skps.find((s) => s.employeeId === employeeId)!;
    const head = of(dinas.people.head.id);
    const kabid = of(dinas.people.kabidPerson.id);
    const kasi = of(dinas.people.kasiPerson.id);
    expect(head).toMatchObject({ form: 'jpt', status: 'draft', year: YEAR, periodStart: `${YEAR}-01-01`, periodEnd: `${YEAR}-12-31`, version: 1 });
    expect(head.rhk[0]).toMatchObject({ assignment: 'Perjanjian Kinerja Bupati', parent: null, indicators: [{ aspek: null, target: 0.8, unit: 'Indeks' }] });
    expect(kabid.rhk[0]!.parent).toEqual({ kind: 'rhk', rhkId: head.rhk[0]!.id });
    expect(kasi.rhk[0]!.parent).toEqual({ kind: 'rhk', rhkId: kabid.rhk[0]!.id });
    expect(kasi.rhk[0]!.indicators.map((i) => i.target)).toEqual([12, 1000]);
    expect(kasi.appraiserId).toBe(dinas.people.kabidPerson.id);
    // The ids the preview showed are the ids stored.
    expect(skps.map((s) => s.id).sort()).toEqual(plan.people.map((p) => p.skpId).sort());

    expect((await pendingChangeCount(repo)) - outboxBefore).toBe(3);
    const audit = await repo.db.audit.where('action').equals('skp.import').toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity: 'skps', details: { count: 3 } });
  });

  it('changes nothing when the same file comes again', async () => {
    const { repo, admin, rows, plan } = await dinasWithPlan();
    await applySkpImportPlan(repo, admin, plan, { allOrNothing: false });
    const before = await snapshot(repo);
    const again = await planFor(repo, admin, rows);
    expect(again.counts).toEqual({ newSkp: 0, rhkAdded: 0, unchanged: 3, invalid: 0, rhk: { added: 0, changed: 0, unchanged: 3 } });
    expect(await applySkpImportPlan(repo, admin, again, { allOrNothing: false })).toEqual({ created: 0, updated: 0, rhk: 0 });
    expect(await snapshot(repo)).toBe(before);
  });

  it('adds to stored drafts and puts a returned SKP back to draft', async () => {
    const { repo, admin, dinas, plan } = await dinasWithPlan();
    await applySkpImportPlan(repo, admin, plan, { allOrNothing: false });
    const kasiSkp = (await repo.db.skps.where('employeeId').equals(dinas.people.kasiPerson.id).first())!;
    await repo.db.skps.put({ ...kasiSkp, status: 'returned', returnNote: 'Tambah RHK' });
    const more = await planFor(repo, admin, iki(dinas.people.kasiPerson.nip, 'Terkelolanya data ASN', { leader: 'Terlaksananya mutasi ASN tepat waktu' }, 'data'));
    expect(more.counts).toMatchObject({ rhkAdded: 1, newSkp: 0 });
    expect(await applySkpImportPlan(repo, admin, more, { allOrNothing: true })).toEqual({ created: 0, updated: 1, rhk: 1 });
    const after = (await repo.db.skps.get(kasiSkp.id))!;
    expect(after.status).toBe('draft');
    expect(after.rhk.map((r) => r.text)).toEqual(['Tersusunnya rencana pengadaan ASN', 'Terkelolanya data ASN']);
  });

  it('refuses a stale preview (an SKP of the year was saved in between) and writes nothing', async () => {
    const { repo, admin, dinas, plan } = await dinasWithPlan();
    await createSkp(repo, admin, { employeeId: dinas.people.staff1.id, year: YEAR });
    const before = await snapshot(repo);
    await expect(applySkpImportPlan(repo, admin, plan, { allOrNothing: false })).rejects.toMatchObject({ code: 'skpImport:stale' });
    expect(await snapshot(repo)).toBe(before);
  });

  it('writes nothing at all when the user chose all or nothing and a row is invalid', async () => {
    const { repo, admin, dinas, rows } = await dinasWithPlan();
    const plan = await planFor(repo, admin, [...rows, row({ nip: dinas.people.staff1.nip, rhk: 'X', leader: 'Tidak ada', aspek: 'Kuantitas', iki: 'x', target: '-2', unit: 'Dokumen' })]);
    expect(plan.counts).toMatchObject({ newSkp: 3, invalid: 1 });
    const before = await snapshot(repo);
    await expect(applySkpImportPlan(repo, admin, plan, { allOrNothing: true })).rejects.toMatchObject({ code: 'import.hasInvalidRows', params: { count: 1 } });
    expect(await snapshot(repo)).toBe(before);
    // Valid rows only: the three good SKPs, not the fourth.
    expect(await applySkpImportPlan(repo, admin, plan, { allOrNothing: false })).toMatchObject({ created: 3 });
  });

  it('is for HR only, checked inside the transaction', async () => {
    const { repo, admin, dinas, plan } = await dinasWithPlan();
    const head = await accountFor(repo, admin, dinas.people.head.nip, ['pimpinan', 'pejabat_penilai']);
    await expect(skpImportBasis(repo, head, YEAR)).rejects.toMatchObject({ code: 'auth.forbidden' });
    const before = await snapshot(repo);
    await expect(applySkpImportPlan(repo, head, plan, { allOrNothing: false })).rejects.toMatchObject({ code: 'auth.forbidden' });
    expect(await snapshot(repo)).toBe(before);
  });

  it('refuses a plan whose leader is no longer the person’s superior', async () => {
    const { repo, admin, dinas, plan } = await dinasWithPlan();
    // The Kasi's position now reports to the head directly: the Kabid is no longer her superior.
    await repo.db.positions.put({ ...dinas.positions.kasi, reportsToId: dinas.positions.kadis.id, rev: dinas.positions.kasi.rev + 1 });
    await expect(applySkpImportPlan(repo, admin, plan, { allOrNothing: false })).rejects.toMatchObject({ code: 'skpImport:stale' });
  });
});
