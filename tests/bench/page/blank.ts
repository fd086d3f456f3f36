import { KinerjaDb } from '../../../renderer/db/schema';
import type { BlankPage } from '../timings';
import { mountRawList } from './rawList';

/**
 * The baselines' page: the app's database and nothing else (no React, no Mantine, no i18n), on
 * the app's origin, and the employee list's rows in plain DOM (rawList.ts). What it measures
 * is the floor the app's own numbers are compared with.
 */

/** Held on the window so that what was read stays on the heap, as the app holds its data. */
const keep = (value: unknown) => ((globalThis as { benchKept?: unknown }).benchKept = value);

/** Opening the database and reading the signed-in person's user and settings rows, bare. */
async function openSession(nip: string): Promise<number> {
  const t0 = performance.now();
  const db = new KinerjaDb();
  await db.open();
  const user = await db.users.where('nip').equals(nip).first();
  const settings = await db.settings.where('officeId').equals(user!.officeId).toArray();
  const elapsed = performance.now() - t0;
  keep({ user, settings });
  db.close();
  return elapsed;
}

/** The office's aggregate rows of a year, read and kept (the heap baseline holds them as the app would). */
async function readAggregates(officeId: string, year: number): Promise<{ ms: number; rows: number }> {
  const db = new KinerjaDb();
  await db.open();
  const t0 = performance.now();
  const rows = await db.aggregates.where('[officeId+year]').equals([officeId, year]).toArray();
  const ms = performance.now() - t0;
  keep(rows);
  return { ms, rows: rows.length };
}

declare global {
  interface Window {
    kinerjaBlank: BlankPage;
  }
}
window.kinerjaBlank = { openSession, readAggregates, mountRawList, ready: true };
document.getElementById('state')!.textContent = 'ready';
