import Dexie from 'dexie';
import { localIsoDate } from '../../../shared/monitoring/days';
import { hashPassword } from '../../../shared/password';
import { signIn } from '../../../renderer/db/accounts';
import { pendingChangeCount } from '../../../renderer/db/audit';
import { rebuildAggregates } from '../../../renderer/db/monitoring/aggregates';
import { officeDashboard } from '../../../renderer/db/monitoring/officeDashboard';
import { reminders } from '../../../renderer/db/monitoring/reminders';
import { createRepo } from '../../../renderer/db/repository';
import { DB_NAME, KinerjaDb } from '../../../renderer/db/schema';
import { setUpOffice } from '../../../renderer/db/setup';
import { planningContext } from '../../../renderer/db/skp/planningContext';
import { KABUPATEN_HR as HR, generateKabupaten } from '../../fixtures/kabupaten';
import type { KabupatenSeed, RecomputeTimings } from '../timings';

/**
 * The kabupaten-scale office (tests/fixtures/kabupaten.ts) written into the app's own database
 * (DB_NAME) so that the app, opened afterwards on this origin, works on it. The office and its
 * HR administrator go through the real setup; everything else is fixture data written with
 * Dexie directly, one transaction per chunk: 720,000 audited writes through the repository
 * would take far longer than the measurements they prepare.
 */

const YEAR = 2026;
const SKP_CHUNK = 5_000;
const REALISATION_CHUNK = 60_000;
const meta = { rev: 1, baseRev: 0 };

export async function seedKabupaten(): Promise<KabupatenSeed> {
  const phases: Record<string, number> = {};
  let at = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    phases[name] = now - at;
    at = now;
  };

  await Dexie.delete(DB_NAME);
  const db = new KinerjaDb();
  const repo = createRepo(db);
  const session = await setUpOffice(repo, {
    office: { instansi: 'Pemerintah Kabupaten Sumba Timur', officeName: 'Badan Kepegawaian dan Pengembangan SDM', officeCode: '4.01.01' },
    admin: { ...HR, passwordConfirm: HR.password },
  });
  const root = (await db.units.where('officeId').equals(session.officeId).first())!;
  lap('setup');

  const k = generateKabupaten({ officeId: session.officeId, rootUnitId: root.id, year: YEAR, hr: { nip: HR.nip, name: HR.name } });
  lap('generate');

  await db.transaction('rw', [db.units, db.positions, db.employees, db.goals, db.monitoringYears], async () => {
    await db.units.bulkPut(k.units.map((u) => ({ ...u, ...meta }))); // the root unit exists: put
    await db.positions.bulkAdd(k.positions.map((p) => ({ ...p, ...meta })));
    await db.employees.bulkAdd(k.employees.map((e) => ({ ...e, ...meta })));
    await db.goals.bulkAdd(k.goals.map((g) => ({ ...g, ...meta })));
    await db.monitoringYears.add({ ...k.monitoringYear, ...meta });
  });
  lap('people');

  for (let i = 0; i < k.skps.length; i += SKP_CHUNK) await db.skps.bulkAdd(k.skps.slice(i, i + SKP_CHUNK).map((s) => ({ ...s, ...meta })));
  lap('skps');

  let realisations = 0;
  for (const chunk of k.realisations(REALISATION_CHUNK)) {
    await db.realisations.bulkAdd(chunk.map((r) => ({ ...r, ...meta })));
    realisations += chunk.length;
  }
  lap('realisations');

  const aggregates = await db.transaction('rw', db.tables, () => rebuildAggregates(db, session.officeId, YEAR));
  lap('aggregates');

  const usage = (await navigator.storage.estimate()).usage ?? 0;
  db.close();
  return {
    officeId: session.officeId,
    year: YEAR,
    units: k.units.length,
    positions: k.positions.length,
    employees: k.employees.length,
    skps: k.skps.length,
    iki: k.skps.reduce((n, s) => n + s.rhk.reduce((m, r) => m + r.indicators.length, 0), 0),
    realisations,
    aggregates,
    storageMb: usage / 2 ** 20,
    phases,
  };
}

/** The PBKDF2 hash a sign-in checks (600,000 iterations): part of the time from "Masuk" to the home screen. */
export async function passwordHashTime(): Promise<number> {
  const t0 = performance.now();
  await hashPassword(HR.password);
  return performance.now() - t0;
}

/** Milliseconds of each of `runs` calls after `warmUp` calls not counted. */
async function timed(runs: number, work: () => Promise<unknown>, warmUp = 1): Promise<number[]> {
  const out: number[] = [];
  for (let run = 0; run < warmUp + runs; run++) {
    const t0 = performance.now();
    await work();
    if (run >= warmUp) out.push(performance.now() - t0);
  }
  return out;
}

/** The office dashboard's data for the year and period, as the page loads it, against the bare read of the same aggregate rows. */
export async function officeRecompute(runs: number, periodKey: string): Promise<RecomputeTimings> {
  const db = new KinerjaDb();
  const repo = createRepo(db);
  const user = (await db.users.where('nip').equals(HR.nip).first())!;
  const session = { userId: user.id, officeId: user.officeId };
  const key: [string, number] = [user.officeId, YEAR];
  let rows = 0;
  const baseline = await timed(runs, async () => (rows = (await db.aggregates.where('[officeId+year]').equals(key).toArray()).length));
  const measured = await timed(runs, () => officeDashboard(repo, session, YEAR, periodKey));
  db.close();
  return { runs: measured, baseline, rows };
}

/**
 * Where the home screen's time goes after "Masuk", query by query (what the reminders card
 * waits for, as renderer/db/monitoring/reminders.ts reads today), so that a miss names its
 * cause. Milliseconds of a first and a second run each.
 */
export async function homeBreakdown(): Promise<Record<string, [number, number]>> {
  const db = new KinerjaDb();
  const repo = createRepo(db);
  const user = (await db.users.where('nip').equals(HR.nip).first())!;
  const session = { userId: user.id, officeId: user.officeId };
  const today = localIsoDate(new Date());
  const year = Number(today.slice(0, 4));
  const own = await db.employees.where('nip').equals(HR.nip).first();
  // The parts first, each on a database this page has not read yet; the whole (reminders) last.
  const steps: Record<string, () => Promise<unknown>> = {
    'signIn(): PBKDF2 + audit write': () => signIn(repo, HR.nip, HR.password),
    'pendingChangeCount() (outbox)': () => pendingChangeCount(repo),
    'planningContext(): employees + positions + units + chain': () => planningContext(db, user),
    'skps.where(employeeId): own SKPs': () => db.skps.where('employeeId').equals(own!.id).filter((x) => x.year === year).toArray(),
    'skps.where(status=submitted)': () => db.skps.where('status').equals('submitted').filter((x) => x.year === year).toArray(),
    'realisations.where(skpId): own SKP': () => db.realisations.where('skpId').equals(`skp-${own!.id}`).toArray(),
    'reminders(): all of the above it needs': () => reminders(repo, session, today),
  };
  const out: Record<string, [number, number]> = {};
  for (const [name, work] of Object.entries(steps)) {
    const [first, second] = await timed(2, work, 0);
    out[name] = [first!, second!];
  }
  db.close();
  return out;
}
