// `npm test`: typecheck, build, unit tests, end-to-end tests, then one closing line summed
// from the runners' JSON reports. CI reads only that line (`N passed, N failed`, alone on
// the last line; the skipped count is on the line before it) to tell "ran no test" apart, so it must come from the reports,
// never from the runners' own closing lines.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
process.chdir(root);
const VITEST_REPORT = 'reports/vitest.json';
const PLAYWRIGHT_REPORT = 'reports/playwright.json';
const timings = [];
const problems = [];

/** Runs one step with its output streamed live; returns whether it exited 0. */
function step(title, args) {
  console.log(`\n━━━ ${title}: npx ${args.join(' ')}`);
  const started = performance.now();
  // `--no`: if a tool is missing from node_modules, fail instead of downloading a look-alike
  // (`npx tsc` would fetch the unrelated "tsc" package). `--`: the tool's flags are not npx's.
  const run = spawnSync('npx', ['--no', '--', ...args], { stdio: 'inherit' });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const ok = run.status === 0;
  const why = run.error?.message ?? (run.signal ? `killed by ${run.signal}` : `exit code ${run.status}`);
  timings.push(`${title}: ${seconds} s${ok ? '' : ` (FAILED, ${why})`}`);
  console.log(`━━━ ${title}: ${ok ? 'ok' : `FAILED (${why})`} in ${seconds} s`);
  if (!ok) problems.push(`step "${title}" failed (${why})`);
  return ok;
}

function readReport(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push(`${path} is ${existsSync(path) ? `unreadable (${error.message})` : 'missing'}`);
    return undefined;
  }
}

function vitestCounts(report) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const file of report.testResults ?? []) {
    for (const { status } of file.assertionResults ?? []) {
      if (status === 'passed' || status === 'failed') counts[status] += 1;
      else counts.skipped += 1; // skipped, pending, todo
    }
    // A file that failed to load, or whose hook failed, has no failed test of its own: count it.
    if (file.status === 'failed' && !file.assertionResults?.some((a) => a.status === 'failed')) {
      counts.failed += 1;
      problems.push(`Vitest: ${relative(root, file.name)} failed outside any test: ${file.message || '(no message)'}`);
    }
  }
  return counts;
}

function playwrightCounts(report) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const status = { expected: 'passed', flaky: 'passed', unexpected: 'failed', skipped: 'skipped' };
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        counts[status[test.status] ?? 'failed'] += 1;
        if (!status[test.status]) problems.push(`Playwright: "${spec.title}" has unknown status ${test.status}`);
      }
    }
    (suite.suites ?? []).forEach(walk);
  };
  (report.suites ?? []).forEach(walk);
  for (const error of report.errors ?? []) problems.push(`Playwright: ${error.message?.split('\n')[0]}`);
  return counts;
}

const hasSpecs = (dir) =>
  existsSync(dir) &&
  readdirSync(dir, { recursive: true }).some((f) => /\.(spec|test)\.[cm]?[jt]sx?$/.test(String(f)));

// An old report must never count: remove them all before anything runs.
mkdirSync('reports', { recursive: true });
for (const f of readdirSync('reports')) if (f.endsWith('.json')) rmSync(join('reports', f));

const prepared =
  step('Typecheck (main, preload, web host, tests)', ['tsc', '-p', 'tsconfig.node.json', '--noEmit']) &&
  step('Typecheck (renderer)', ['tsc', '-p', 'tsconfig.web.json', '--noEmit']) &&
  step('Build', ['electron-vite', 'build']);
if (!prepared) {
  console.log(`\nTimings:\n  ${timings.join('\n  ')}`);
  console.log(`\nnpm test FAILED: ${problems.join('; ')}. No tests were run.`);
  process.exit(1);
}

step('Unit tests (Vitest)', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${VITEST_REPORT}`]);
if (!hasSpecs('tests/e2e')) console.log('\nNote: tests/e2e has no spec files yet; Playwright runs only what else it finds.');
// Runs even when unit tests failed, so one run shows everything.
step('End-to-end tests (Playwright)', ['playwright', 'test', '--pass-with-no-tests']);

const total = { passed: 0, failed: 0, skipped: 0 };
for (const [path, count] of [[VITEST_REPORT, vitestCounts], [PLAYWRIGHT_REPORT, playwrightCounts]]) {
  const report = readReport(path);
  if (!report) continue;
  const c = count(report);
  console.log(`${path}: passed ${c.passed}, failed ${c.failed}, skipped ${c.skipped}`);
  if (path === PLAYWRIGHT_REPORT && c.passed + c.failed + c.skipped === 0) console.log('Note: Playwright ran no tests.');
  for (const key of Object.keys(total)) total[key] += c[key];
}
if (total.passed === 0) problems.push('no test passed at all');

console.log(`\nTimings:\n  ${timings.join('\n  ')}`);
if (problems.length > 0) console.log(`\nnpm test FAILED:\n  - ${problems.join('\n  - ')}\n`);
console.log(`Skipped: ${total.skipped} (each skip prints its reason above)`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(problems.length > 0 || total.failed > 0 ? 1 : 0);
