import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { buildRosterPlan } from '../../../shared/roster/plan';
import type { Cell, WorkbookRows } from '../../../shared/spreadsheet';
import { generateRoster, rosterWorkbook } from '../../../tests/fixtures/roster';
import { pendingChangeCount } from '../audit';
import { newId, type Repo, type Session } from '../repository';
import { setUpTestOffice, snapshot, testRepo } from '../testRepo';
import { applyRosterPlan } from './rosterImport';

async function planFor(repo: Repo, session: Session, workbook: WorkbookRows, createMissing = true) {
  const [employees, units, positions] = await Promise.all([repo.db.employees.toArray(), repo.db.units.toArray(), repo.db.positions.toArray()]);
  const root = units.find((u) => u.parentId === null)!;
  return buildRosterPlan(workbook, { employees, units, positions }, { officeId: session.officeId, rootUnitId: root.id, createMissing, overrideReason: 'Impor: NIP atasan', newId });
}

describe('importing a roster', () => {
  it('writes exactly what the preview showed, in one transaction, with an outbox and audit entry per record', async () => {
    const repo = testRepo();
    const admin = await setUpTestOffice(repo);
    const roster = generateRoster({ size: 200, withFaults: true });
    const plan = await planFor(repo, admin, rosterWorkbook(roster));
    expect(plan.counts).toMatchObject({ invalid: 15, new: 185, changed: 0 });
    expect(plan.rows.filter((r) => r.kind === 'invalid').map((r) => r.rowNumber)).toEqual(roster.faults.map((f) => f.row));

    const outboxBefore = await pendingChangeCount(repo);
    const progress = vi.fn();
    const result = await applyRosterPlan(repo, admin, plan, { allOrNothing: false }, progress);
    expect(result).toEqual({ units: plan.unitsToCreate.length, positions: plan.positionsToCreate.length, employees: 185 });
    expect(await repo.db.employees.count()).toBe(185);
    const records = result.units + result.positions + result.employees;
    expect((await pendingChangeCount(repo)) - outboxBefore).toBe(records);
    const audit = await repo.db.audit.where('action').equals('employee.import').toArray();
    expect(audit.reduce((n, entry) => n + (entry.records?.length ?? 1), 0)).toBe(records);
    const firstPerson = audit.find((entry) => entry.entity === 'employees')?.records?.[0];
    expect(firstPerson?.created).toMatchObject({ nip: expect.stringMatching(/^\d{18}$/), name: expect.any(String) });
    expect(progress).toHaveBeenLastCalledWith({ written: records, total: records });
  });

  it('changes nothing when the same file comes again, and adds only the fixed rows when its faults are fixed', async () => {
    const repo = testRepo();
    const admin = await setUpTestOffice(repo);
    await applyRosterPlan(repo, admin, await planFor(repo, admin, rosterWorkbook(generateRoster({ size: 200, withFaults: true }))), { allOrNothing: false });
    const before = await snapshot(repo);
    const again = await planFor(repo, admin, rosterWorkbook(generateRoster({ size: 200, withFaults: true })));
    expect(again.counts).toMatchObject({ new: 0, changed: 0, unchanged: 185, invalid: 15 });
    await applyRosterPlan(repo, admin, again, { allOrNothing: false });
    expect(await snapshot(repo)).toBe(before);

    const fixed = await planFor(repo, admin, rosterWorkbook(generateRoster({ size: 200 })));
    expect(fixed.counts).toMatchObject({ invalid: 0, unchanged: 185 });
    expect(fixed.counts.new + fixed.counts.changed).toBe(15);
  });

  it('writes nothing at all when the user chose all or nothing and a row is invalid', async () => {
    const repo = testRepo();
    const admin = await setUpTestOffice(repo);
    const plan = await planFor(repo, admin, rosterWorkbook(generateRoster({ size: 200, withFaults: true })));
    const before = await snapshot(repo);
    await expect(applyRosterPlan(repo, admin, plan, { allOrNothing: true })).rejects.toMatchObject({ code: 'import.hasInvalidRows', params: { count: plan.counts.invalid } });
    expect(await snapshot(repo)).toBe(before);
  });

  it('refuses a preview that went stale (someone added a person in between)', async () => {
    const repo = testRepo();
    const admin = await setUpTestOffice(repo);
    const workbook = rosterWorkbook(generateRoster({ size: 40 }));
    const stale = await planFor(repo, admin, workbook);
    await applyRosterPlan(repo, admin, await planFor(repo, admin, workbook), { allOrNothing: false });
    const before = await snapshot(repo);
    await expect(applyRosterPlan(repo, admin, stale, { allOrNothing: false })).rejects.toMatchObject({ code: 'import.stale' });
    expect(await snapshot(repo)).toBe(before);
  });
});

describe('importing random files (property)', () => {
  const cell: fc.Arbitrary<Cell> = fc.oneof(
    fc.constant(null),
    fc.string({ maxLength: 30 }),
    fc.constantFrom('NIP', 'Nama', 'Unit Kerja', 'Jabatan', 'Gol/Ruang', '__proto__', 'constructor', '199001012015011001', '198507142010122002', 'III/a', 'Bidang Mutasi'),
    fc.record({ n: fc.double({ noNaN: true }) }),
    fc.boolean(),
  );
  const workbook = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 25 }).map((rows): WorkbookRows => ({ fileName: 'acak.xlsx', format: 'xlsx', sheets: [{ name: 'S', rows: [['NIP', 'Nama', 'Unit Kerja', 'Jabatan'], ...rows] }] }));

  it('either writes every planned change or, when the disk fails halfway, nothing', async () => {
    await fc.assert(
      fc.asyncProperty(workbook, fc.boolean(), async (file, failHalfway) => {
        const repo = testRepo();
        const admin = await setUpTestOffice(repo);
        const plan = await planFor(repo, admin, file);
        if (plan.fileIssues.length > 0) return;
        const before = await snapshot(repo);
        const planned = plan.rows.filter((r) => r.kind === 'new' || r.kind === 'changed').length;
        const spy = failHalfway ? vi.spyOn(repo.db.outbox, 'add').mockRejectedValueOnce(Object.assign(new Error('full'), { name: 'QuotaExceededError' })) : undefined;
        try {
          await applyRosterPlan(repo, admin, plan, { allOrNothing: false });
          expect(failHalfway && planned + plan.unitsToCreate.length + plan.positionsToCreate.length > 0).toBe(false);
          expect(await repo.db.employees.count()).toBe(planned);
        } catch (error) {
          expect(error).toMatchObject({ code: 'storage.full' });
          expect(await snapshot(repo)).toBe(before);
        } finally {
          spy?.mockRestore();
        }
      }),
      { numRuns: 40 },
    );
  });
});
