import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { formatNip } from '../../shared/nip';
import { displayName } from '../../shared/people';
import { chromiumLaunchOptions } from '../e2e/support/chromium';
import { generateRoster, rosterFile } from '../fixtures/roster';
import { kabupatenResults } from './kabupaten';
import type { BenchPage, BenchResult, BlankPage, CascadeTimings, ImportTimings } from './timings';

/** The bench page's entry points, inside page.evaluate (which runs in the browser). */
type WithBench = typeof globalThis & { kinerjaBench?: BenchPage };

/**
 * `npm run bench` (not a test): the roster import of 10,000 rows in Chromium against the same
 * work done by the raw libraries in the same run, scrolling 15,000 people, and the pohon kinerja
 * of a 15,000-person office (60,000 RHK) built and rendered, and the kabupaten-scale monitoring
 * benchmarks (kabupaten.ts). Prints a table and writes bench/results.json (format in DESIGN.md).
 * `npm run bench -- --only kabupaten` runs only those and writes no file.
 */
const root = resolve(import.meta.dirname, '../..');
const RUNS = 5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Where the host runs from: a copy of the build, so that another build of out/ during a long run changes nothing under it. */
// Outside out/: the Electronegativity test scans out/, and this copy is not the app.
const hostDir = resolve(root, '.bench-host');

function build(): void {
  for (const args of [['electron-vite', 'build'], ['vite', 'build', '--config', 'tests/bench/vite.config.ts']]) {
    const run = spawnSync('npx', ['--no', '--', ...args], { cwd: root, stdio: ['inherit', 'inherit', 'pipe'] });
    if (run.status !== 0) {
      process.stderr.write(run.stderr);
      throw new Error(`${args.join(' ')} failed`);
    }
  }
  rmSync(hostDir, { recursive: true, force: true });
  for (const part of ['main', 'renderer']) cpSync(resolve(root, 'out', part), resolve(hostDir, part), { recursive: true });
  for (const page of ['index.html', 'bench/index.html', 'bench/blank.html']) {
    if (!existsSync(resolve(hostDir, 'renderer', page))) throw new Error(`${page} is missing from the build (was out/ rebuilt meanwhile?): run again`);
  }
}

async function startHost(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [resolve(hostDir, 'main/webhost.js'), '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((done, fail) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /http:\/\/127\.0\.0\.1:\d+/.exec(chunk.toString());
      if (match) done(match[0]);
    });
    child.once('exit', () => fail(new Error('web host exited')));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

/** SheetJS alone: read the workbook and turn the sheet into rows, as the service must. */
function rawParse(bytes: Uint8Array): number {
  const t0 = performance.now();
  const workbook = XLSX.read(bytes, { type: 'array', dense: true });
  XLSX.utils.sheet_to_json(workbook.Sheets[workbook.SheetNames[0]!]!, { header: 1 });
  return performance.now() - t0;
}

async function importTimings(page: Page, bytes: Uint8Array, run: number): Promise<ImportTimings> {
  return page.evaluate(
    async ({ base64, run }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      return (globalThis as WithBench).kinerjaBench!.runImport(bytes, 'roster-10k.xlsx', `bench-import-${run}`);
    },
    { base64: Buffer.from(bytes).toString('base64'), run },
  );
}

/** The list's scroller, as an expression for page.evaluate. */
const listViewport = `document.querySelector('[role="table"] [data-table-viewport]')`;

/** Scrolls the list top to bottom by `step` px a frame; as a string, see scrollFrames. */
const scrollMeasure = (step: number) => `(async () => {
  const viewport = ${listViewport};
  const deltas = [];
  let last = performance.now();
  const end = viewport.scrollHeight;
  await new Promise((done) => {
    const step = (now) => {
      deltas.push(now - last);
      last = now;
      viewport.scrollTop += ${step};
      if (viewport.scrollTop + viewport.clientHeight < end) requestAnimationFrame(step);
      else done();
    };
    requestAnimationFrame(step);
  });
  deltas.shift();
  return { dropped: deltas.filter((d) => d > 25).length, frames: deltas.length };
})()`;

interface ScrollPass {
  dropped: number;
  frames: number;
}

const dropped = (passes: ScrollPass[]) => passes.reduce((sum, p) => sum + p.dropped, 0);

/**
 * Rests the pointer on the middle of the list, where a user scrolling with the wheel has it:
 * the browser then checks what is under it on every scrolled frame, for the app and the
 * plain-DOM floor alike.
 */
async function pointAtList(page: Page): Promise<void> {
  const [x, y] = (await page.evaluate(
    `(() => { const r = ${listViewport}.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()`,
  )) as [number, number];
  await page.mouse.move(x, y);
}

/** One pass top to bottom at `step` px a frame, then back to the top. */
async function scrollPass(page: Page, step: number): Promise<ScrollPass> {
  // As a string: tsx would wrap named functions in a helper that does not exist in the page.
  const result = (await page.evaluate(scrollMeasure(step))) as ScrollPass;
  await page.evaluate(`${listViewport}.scrollTo({ top: 0 })`);
  await page.waitForTimeout(300);
  return result;
}

/**
 * Signs in as the seeded admin and opens Pegawai through the page's own DOM and the keyboard,
 * not Playwright's locators. Their selector engine runs in an isolated world that keeps weak
 * maps of the elements it looked at for the page's life, and every major collection in the
 * measured scroll then marked those too: 1 to 2.7 ms of each pause, against 0.1 to 0.6 ms
 * without them (V8's --trace-gc-nvp, `mark.ephemeron.marking`), a cost no user of the app has.
 */
async function openPeopleList(page: Page, url: string): Promise<void> {
  await page.goto(url);
  // As strings (this file is compiled without the DOM's types), evaluated by the debugger
  // protocol: the app's CSP forbids the eval that waitForFunction would use on a string.
  const until = async (expression: string) => {
    for (const started = Date.now(); !(await page.evaluate(expression)); await page.waitForTimeout(100))
      if (Date.now() - started > 60_000) throw new Error(`Not true within a minute: ${expression}`);
  };
  await until(`document.querySelectorAll('label').length >= 2`);
  for (const [label, value] of [
    ['NIP', '199001012015011001'],
    ['Kata sandi', 'sandi-bench-123'],
  ]) {
    await page.evaluate(`[...document.querySelectorAll('label')].find((l) => l.textContent.trim().startsWith('${label}')).control.focus()`);
    await page.keyboard.type(value!);
  }
  await page.keyboard.press('Enter');
  const peopleLink = `[...document.querySelectorAll('nav a')].find((a) => a.textContent.trim() === 'Pegawai')`;
  await until(`Boolean(${peopleLink})`);
  await page.evaluate(`${peopleLink}.click()`);
  await until(`document.body.innerText.includes('15.000 dari 15.000 pegawai')`);
}

/**
 * Scrolls the 15,000-row employee list top to bottom, counting frames that took longer than
 * 1.5 × 16.7 ms: three passes of a fast flick (400 px, about 9 rows a frame: the rows come in
 * light, see VirtualTable), then three at 100 px a frame (about 2 rows: full rows all the way).
 * The same passes at 100 px over the same rows in plain DOM (page/rawList.ts) are the floor:
 * what this browser on this machine drops for such a list at all.
 */
async function scrollFrames(browser: Browser, url: string): Promise<{ flick: ScrollPass[]; steady: ScrollPass[]; raw: ScrollPass[] }> {
  const roster = generateRoster({ size: 15_000, seed: 3 });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${url}/bench/`);
  await page.waitForFunction(() => (globalThis as WithBench).kinerjaBench?.ready);
  const bytes = rosterFile(roster, 'xlsx');
  await page.evaluate(
    async (base64) => (globalThis as WithBench).kinerjaBench!.runImport(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)), 'roster-15k.xlsx', 'kinerja-luring'),
    Buffer.from(bytes).toString('base64'),
  );
  await openPeopleList(page, url);
  await pointAtList(page);
  const flick: ScrollPass[] = [];
  for (let run = 0; run < 3; run++) flick.push(await scrollPass(page, 400));
  const steady: ScrollPass[] = [];
  for (let run = 0; run < 3; run++) steady.push(await scrollPass(page, 100));
  await page.close();

  // The rows as the list shows them, in its order (by name).
  const cell = (value: unknown) => String(value ?? '');
  const rows = roster.rows
    .map((r) => [displayName({ name: cell(r[1]), gelarDepan: cell(r[2]), gelarBelakang: cell(r[3]) }), formatNip(cell(r[0])), cell(r[5]), cell(r[6]), cell(r[8]), 'Aktif'])
    .sort((a, b) => a[0]!.localeCompare(b[0]!, 'id'));
  const blank = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await blank.goto(`${url}/bench/blank.html`);
  await blank.waitForFunction(() => (globalThis as WithBench & { kinerjaBlank?: BlankPage }).kinerjaBlank?.ready);
  await blank.evaluate((rows) => (globalThis as WithBench & { kinerjaBlank?: BlankPage }).kinerjaBlank!.mountRawList(rows), rows);
  await pointAtList(blank);
  await scrollPass(blank, 400); // warm-up, as the app's list had its flicks first
  const raw: ScrollPass[] = [];
  for (let run = 0; run < 3; run++) raw.push(await scrollPass(blank, 100));
  await blank.close();
  return { flick, steady, raw };
}

/** The pohon kinerja of 15,000 people (60,000 RHK): built and flattened, then rendered, RUNS times each. */
async function cascadeTimings(page: Page, url: string): Promise<{ compute: CascadeTimings[]; render: number[] }> {
  await page.goto(`${url}/bench/`);
  await page.waitForFunction(() => (globalThis as WithBench).kinerjaBench?.ready);
  const size = { size: 15_000, seed: 5 };
  const compute: CascadeTimings[] = [];
  for (let run = 0; run < RUNS; run++) compute.push(await page.evaluate(({ size, seed }) => (globalThis as WithBench).kinerjaBench!.runCascade(size, seed), size));
  const render: number[] = [];
  for (let run = 0; run < RUNS; run++) render.push(await page.evaluate(({ size, seed }) => (globalThis as WithBench).kinerjaBench!.renderCascade(size, seed), size));
  return { compute, render };
}

/** The roster import, the employee list's scrolling and the pohon kinerja, as before. */
async function planningResults(browser: Browser, url: string): Promise<BenchResult[]> {
  const bytes = rosterFile(generateRoster({ size: 10_000, seed: 2 }), 'xlsx');
  const page = await browser.newPage();
  await page.goto(`${url}/bench/`);
  await page.waitForFunction(() => (globalThis as WithBench).kinerjaBench?.ready);
  const runs: (ImportTimings & { rawParse: number })[] = [];
  for (let run = 0; run < RUNS; run++) runs.push({ ...(await importTimings(page, bytes, run)), rawParse: rawParse(bytes) });
  // Closed before the list scrolls: a tab still holding five imports' heap is not what a user
  // has open, and its renderer's housekeeping competes for this machine's two cores.
  await page.close();
  const pick = (key: keyof (typeof runs)[number]) => median(runs.map((r) => r[key]));
  const total = pick('total');
  const baseline = pick('rawParse') + pick('rawBulkPut');
  const scroll = await scrollFrames(browser, url);
  const cascadePage = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const cascade = await cascadeTimings(cascadePage, url);
  await cascadePage.close();
  console.log(`cascade: ${cascade.compute[0]!.rhk} RHK, ${cascade.compute[0]!.orphans} orphans, ${cascade.compute[0]!.rows} rows open; build ${cascade.compute.map((r) => Math.round(r.build)).join('/')} ms, flatten ${cascade.compute.map((r) => Math.round(r.flatten)).join('/')} ms`);
  return [
    { id: 'import.roster.10k', value: Math.round(total), unit: 'ms', baseline: Math.round(baseline), ratio: +(total / baseline).toFixed(2), target: 1.5 },
    { id: 'import.roster.10k.parse', value: Math.round(pick('parse')), unit: 'ms', baseline: Math.round(pick('rawParse')), ratio: +(pick('parse') / pick('rawParse')).toFixed(2), target: 1.5 },
    { id: 'import.roster.10k.validate', value: Math.round(pick('validate')), unit: 'ms', target: 500 },
    { id: 'import.roster.10k.store', value: Math.round(pick('store')), unit: 'ms', baseline: Math.round(pick('rawBulkPut')), ratio: +(pick('store') / pick('rawBulkPut')).toFixed(2), target: 1.5 },
    {
      id: 'employees.scroll.15k.droppedFrames',
      value: dropped(scroll.flick),
      unit: `frames dropped in ${scroll.flick.length} passes of ${scroll.flick[0]!.frames} at 400 px a frame (${scroll.flick.map((p) => p.dropped).join('/')})`,
      target: 0,
    },
    {
      id: 'employees.scroll.15k.fullRows.droppedFrames',
      value: dropped(scroll.steady),
      unit: `frames dropped in ${scroll.steady.length} passes of ${scroll.steady[0]!.frames} at 100 px a frame (${scroll.steady.map((p) => p.dropped).join('/')}); baseline: the same rows in plain DOM (${scroll.raw.map((p) => p.dropped).join('/')})`,
      baseline: dropped(scroll.raw),
      target: 0,
    },
    { id: 'cascade.tree.15k', value: Math.round(median(cascade.compute.map((r) => r.compute))), unit: 'ms', target: 300 },
    { id: 'cascade.tree.15k.render', value: Math.round(median(cascade.render)), unit: 'ms', target: 300 },
  ];
}

async function main(): Promise<void> {
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  build();
  const host = await startHost();
  const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
  try {
    const results: BenchResult[] = [];
    if (!only || only === 'planning') results.push(...(await planningResults(browser, host.url)));
    if (!only || only === 'kabupaten') results.push(...(await kabupatenResults(browser, host.url, RUNS)));
    console.table(results);
    if (only) return console.log('Not written to bench/results.json (--only runs a part)');
    mkdirSync(resolve(root, 'bench'), { recursive: true });
    writeFileSync(resolve(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log('Written to bench/results.json');
  } finally {
    await browser.close();
    host.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
