import { buildRosterPlan } from '../../../shared/roster/plan';
import { applyRosterPlan } from '../../../renderer/db/people/rosterImport';
import { createRepo, newId } from '../../../renderer/db/repository';
import { KinerjaDb } from '../../../renderer/db/schema';
import { setUpOffice } from '../../../renderer/db/setup';
import { api } from '../../../renderer/platform/api';
import type { BenchPage, ImportTimings } from '../timings';
import { renderCascade, runCascade } from './cascade';
import { homeBreakdown, officeRecompute, passwordHashTime, seedKabupaten } from './kabupaten';

/**
 * Runs in Chromium on the web host's origin (so the app, opened afterwards on the same
 * origin, sees the data). Each step is timed the way a person would feel it, and the
 * baseline does the same storage work with Dexie directly.
 */

const admin = { name: 'Admin Bench', nip: '199001012015011001', password: 'sandi-bench-123' };

async function runImport(bytes: Uint8Array<ArrayBuffer>, fileName: string, dbName: string): Promise<ImportTimings> {
  const repo = createRepo(new KinerjaDb(dbName));
  const session = await setUpOffice(repo, {
    office: { instansi: 'Pemerintah Kabupaten Sumba Timur', officeName: 'Dinas Kesehatan', officeCode: '1.02.01' },
    admin: { ...admin, passwordConfirm: admin.password },
  });
  const units = await repo.db.units.toArray();

  const t0 = performance.now();
  const workbook = await api.readSpreadsheet({ fileName, bytes });
  const t1 = performance.now();
  const plan = buildRosterPlan(workbook, { employees: [], units, positions: [] }, {
    officeId: session.officeId,
    rootUnitId: units[0]!.id,
    createMissing: true,
    overrideReason: 'bench',
    newId,
  });
  const t2 = performance.now();
  await applyRosterPlan(repo, session, plan, { allOrNothing: false });
  const t3 = performance.now();

  // Baseline: the same employee records into the same table (same indexes), nothing else.
  const raw = new KinerjaDb(`${dbName}-raw`);
  await raw.open(); // like the app's database, already open when the import starts
  const records = plan.rows.flatMap((r) => (r.kind === 'new' ? [{ ...r.employee, rev: 1, baseRev: 0 }] : []));
  const r0 = performance.now();
  await raw.employees.bulkPut(records);
  const r1 = performance.now();
  raw.close();
  repo.db.close();
  return { parse: t1 - t0, validate: t2 - t1, store: t3 - t2, total: t3 - t0, rawBulkPut: r1 - r0, rows: records.length };
}

declare global {
  interface Window {
    kinerjaBench: BenchPage;
  }
}
window.kinerjaBench = { runImport, runCascade, renderCascade, seedKabupaten, officeRecompute, passwordHashTime, homeBreakdown, ready: true };
document.getElementById('state')!.textContent = 'ready';
