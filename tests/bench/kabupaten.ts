import type { Browser, BrowserContext, Page } from '@playwright/test';
import { KABUPATEN_HR as HR } from '../fixtures/kabupaten';
import type { BenchPage, BenchResult, BlankPage, KabupatenSeed } from './timings';

/** The pages' entry points, inside page.evaluate (which runs in the browser). */
type WithPages = typeof globalThis & { kinerjaBench?: BenchPage; kinerjaBlank?: BlankPage };

/**
 * The monitoring benchmarks at kabupaten scale (15,000 people, 60,000 IKI, about 684,000
 * monthly realisations, see tests/fixtures/kabupaten.ts): the office dashboard's recompute,
 * start-up to the sign-in form and from "Masuk" to the home screen, and the renderer's heap with
 * the office dashboard and the SKP list opened. All in one browser context, so the app opened
 * by the web host's address finds the database the bench page seeded.
 */

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => Math.round(value);
const mb = (bytes: number) => +(bytes / 2 ** 20).toFixed(1);
const ratio = (value: number, baseline: number) => +(value / baseline).toFixed(2);
const list = (values: number[]) => values.map((v) => Math.round(v)).join('/');

async function benchPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${url}/bench/`);
  await page.waitForFunction(() => (globalThis as WithPages).kinerjaBench?.ready);
  return page;
}

async function blankPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${url}/bench/blank.html`);
  await page.waitForFunction(() => (globalThis as WithPages).kinerjaBlank?.ready);
  return page;
}

async function signIn(page: Page): Promise<void> {
  await page.getByLabel(/^NIP/).fill(HR.nip);
  await page.getByLabel(/^Kata sandi/).fill(HR.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

/** The home screen is there once its reminders card has its content (the card renders nothing before). */
async function homeReady(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: /^Selamat datang/ }).waitFor({ timeout: 120_000 });
  await page.locator('section[aria-labelledby="reminders-heading"]').waitFor({ timeout: 120_000 });
}

/** The app's address for a route: only the hash changes, so the page is not reloaded (which would sign out). */
const route = (page: Page, path: string) => `${page.url().replace(/#.*$/, '')}#${path}`;

/** The JS heap after a forced garbage collection, through the DevTools protocol. */
async function heap(page: Page): Promise<{ used: number; total: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { used: metric('JSHeapUsedSize'), total: metric('JSHeapTotalSize') };
}

/**
 * The office dashboard (#/dashboards/office), or the unit dashboard where the app has no office
 * dashboard yet: says which it opened.
 */
async function openOfficeDashboard(page: Page): Promise<string> {
  await page.goto(route(page, '/dashboards/office'));
  const office = page.getByRole('heading', { level: 1, name: /^Dasbor kantor$/i });
  const missing = page.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' });
  await office.or(missing).waitFor({ timeout: 120_000 });
  if (await office.isVisible()) {
    await page.getByRole('table').first().waitFor({ timeout: 120_000 });
    return '#/dashboards/office';
  }
  await page.goto(route(page, '/dashboards/unit'));
  await page.getByRole('heading', { level: 1, name: /^Dasbor unit$/i }).waitFor({ timeout: 120_000 });
  await page.getByRole('table').first().waitFor({ timeout: 300_000 });
  return '#/dashboards/unit (no office dashboard yet)';
}

export async function kabupatenResults(browser: Browser, url: string, runs: number): Promise<BenchResult[]> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    // Seed.
    const bench = await benchPage(context, url);
    const seed: KabupatenSeed = await bench.evaluate(() => (globalThis as WithPages).kinerjaBench!.seedKabupaten());
    const phases = Object.entries(seed.phases).map(([name, t]) => `${name} ${(t / 1000).toFixed(1)} s`);
    console.log(`kabupaten seed: ${seed.units} units, ${seed.positions} positions, ${seed.employees} employees, ${seed.skps} SKP, ${seed.iki} IKI, ${seed.realisations} realisations, ${seed.aggregates} aggregates, ${Math.round(seed.storageMb)} MB on disk; ${phases.join(', ')}`);

    // The office dashboard's load and compute for the year and a month.
    const periodKey = `${seed.year}-M07`;
    const recompute = await bench.evaluate(({ runs, periodKey }) => (globalThis as WithPages).kinerjaBench!.officeRecompute(runs, periodKey), { runs, periodKey });
    console.log(`dashboard.office.recompute (${periodKey}, ${recompute.rows} aggregate rows): ${list(recompute.runs)} ms; bare read ${list(recompute.baseline)} ms`);
    const hashMs = await bench.evaluate(() => (globalThis as WithPages).kinerjaBench!.passwordHashTime());
    await bench.close();
    // In a page of its own, so that its first runs read a database this page has not touched.
    const probe = await benchPage(context, url);
    const breakdown = await probe.evaluate(() => (globalThis as WithPages).kinerjaBench!.homeBreakdown());
    await probe.close();

    // Start-up: a fresh page each run (the database is on disk, the HTTP cache warm after the first).
    const firstScreen: number[] = [];
    const home: number[] = [];
    for (let run = 0; run < runs; run++) {
      const page = await context.newPage();
      const t0 = Date.now();
      await page.goto(url);
      await page.getByLabel(/^NIP/).waitFor({ timeout: 60_000 });
      firstScreen.push(Date.now() - t0);
      await page.getByLabel(/^NIP/).fill(HR.nip);
      await page.getByLabel(/^Kata sandi/).fill(HR.password);
      const t1 = Date.now();
      await page.getByRole('button', { name: 'Masuk' }).click();
      await homeReady(page);
      home.push(Date.now() - t1);
      await page.close();
    }
    const openSession: number[] = [];
    for (let run = 0; run < runs; run++) {
      const page = await blankPage(context, url);
      openSession.push(await page.evaluate((nip) => (globalThis as WithPages).kinerjaBlank!.openSession(nip), HR.nip));
      await page.close();
    }
    console.log(`startup: first screen ${list(firstScreen)} ms, "Masuk" to home ${list(home)} ms (of which the PBKDF2 check ≈ ${ms(hashMs)} ms); bare open + user + settings ${list(openSession)} ms`);
    console.log('home screen queries, first/second run:');
    for (const [name, [first, second]] of Object.entries(breakdown)) console.log(`  ${name}: ${ms(first)}/${ms(second)} ms`);

    // Memory: the bare read of the aggregate rows in a blank page, then the app with its screens open.
    const blank = await blankPage(context, url);
    await blank.evaluate(({ officeId, year }) => (globalThis as WithPages).kinerjaBlank!.readAggregates(officeId, year), { officeId: seed.officeId, year: seed.year });
    const blankHeap = await heap(blank);
    await blank.close();

    const app = await context.newPage();
    await app.goto(url);
    await signIn(app);
    await homeReady(app);
    const dashboard = await openOfficeDashboard(app);
    const dashboardHeap = await heap(app);
    await app.goto(route(app, '/skp'));
    await app.getByRole('heading', { level: 1, name: 'SKP' }).waitFor({ timeout: 120_000 });
    await app.getByRole('table').first().waitFor({ timeout: 120_000 });
    const appHeap = await heap(app);
    await app.close();
    console.log(`memory (${dashboard} and the SKP list open): renderer heap used ${mb(appHeap.used)} MB of ${mb(appHeap.total)} MB (with the dashboard on screen ${mb(dashboardHeap.used)} MB of ${mb(dashboardHeap.total)} MB); blank page after the bare read ${mb(blankHeap.used)} MB of ${mb(blankHeap.total)} MB`);

    const data = `${seed.employees} people, ${seed.realisations} realisations (${seed.iki} IKI × 12 months, ~5 % left out)`;
    const recomputeMs = median(recompute.runs);
    const recomputeBase = median(recompute.baseline);
    const sessionBase = median(openSession);
    return [
      { id: 'dashboard.office.recompute', value: ms(recomputeMs), unit: `ms (median of ${runs} after 1 warm-up; ${recompute.rows} aggregate rows; ${data})`, baseline: +recomputeBase.toFixed(1), ratio: ratio(recomputeMs, recomputeBase), target: 150 },
      { id: 'startup.first-screen', value: ms(median(firstScreen)), unit: `ms (median of ${runs}; ${data})`, baseline: +sessionBase.toFixed(1), ratio: ratio(median(firstScreen), sessionBase), target: 1500 },
      { id: 'startup.home.kabupaten', value: ms(median(home)), unit: `ms (median of ${runs}; PBKDF2 ≈ ${ms(hashMs)} ms; ${data})`, baseline: +sessionBase.toFixed(1), ratio: ratio(median(home), sessionBase), target: 1500 },
      { id: 'memory.renderer.kabupaten', value: mb(appHeap.used), unit: `MB JS heap used (total ${mb(appHeap.total)} MB; ${dashboard} and SKP list; ${data})`, baseline: mb(blankHeap.used), ratio: ratio(appHeap.used, blankHeap.used), target: 300 },
    ];
  } finally {
    await context.close();
  }
}
