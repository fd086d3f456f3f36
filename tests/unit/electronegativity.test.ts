import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

/**
 * Doyensec's Electronegativity over the built app (out/). It exits 0 even with HIGH
 * findings, so we read its CSV and fail on anything MEDIUM or worse that is not in
 * electronegativity-suppressions.json with a reason. A suppression that matches nothing
 * fails too: the list stays minimal, and a CSV that lost its rows cannot pass unseen.
 */

const root = resolve(import.meta.dirname, '../..');
const outDir = join(root, 'out');
const bin = join(root, 'node_modules/.bin/electronegativity');
const ELECTRON_VERSION = '45.5.0';
const HEADER = ['issue', 'severity', 'confidence', 'filename', 'location', 'sample', 'description', 'url'];
const BLOCKING = ['MEDIUM', 'HIGH', 'CRITICAL'];

interface Finding {
  issue: string;
  severity: string;
  file: string;
  location: string;
  description: string;
}
interface Suppression {
  issue: string;
  file: string;
  reason: string;
}

const suppressions = JSON.parse(
  readFileSync(join(import.meta.dirname, 'electronegativity-suppressions.json'), 'utf8'),
) as Suppression[];

function parseReport(csv: string): Finding[] {
  const { data, errors } = Papa.parse<string[]>(csv.trim(), { skipEmptyLines: true });
  if (errors.length > 0) throw new Error(`Unreadable Electronegativity CSV: ${errors[0]?.message}`);
  const [header, ...rows] = data;
  expect(header?.map((h) => h.trim())).toEqual(HEADER);
  return rows.map((row) => {
    expect(row, `malformed CSV row: ${row.join(',')}`).toHaveLength(HEADER.length);
    const [issue = '', severity = '', , file = '', location = '', , description = ''] = row;
    const inOut = file === 'N/A' ? file : relative(outDir, file).split('\\').join('/');
    return { issue, severity, file: inOut, location, description };
  });
}

const matches = (s: Suppression, f: Finding) => s.issue === f.issue && s.file === f.file;

describe('Electronegativity', () => {
  it('every suppression gives a reason', () => {
    for (const s of suppressions) expect(s.reason.length, `${s.issue} needs a reason`).toBeGreaterThan(30);
  });

  it(
    'finds nothing MEDIUM or worse in the built app, beyond the reviewed suppressions',
    async () => {
      const built = ['main/index.js', 'preload/index.cjs', 'renderer/index.html'];
      if (!built.every((file) => existsSync(join(outDir, file)))) {
        throw new Error('No built app in out/: run `npm run build` first (electron-vite build).');
      }
      const tmp = await mkdtemp(join(tmpdir(), 'electronegativity-'));
      try {
        const csvPath = join(tmp, 'report.csv');
        // -x: that check downloads Electron's release list; -e: so the scanner needs no network.
        await promisify(execFile)(
          bin,
          ['-i', outDir, '-o', csvPath, '-e', ELECTRON_VERSION, '-x', 'AvailableSecurityFixesGlobalCheck'],
          { cwd: root, timeout: 150_000 },
        );
        const findings = parseReport(await readFile(csvPath, 'utf8'));

        const blocking = findings.filter(
          (f) => BLOCKING.includes(f.severity) && !suppressions.some((s) => matches(s, f)),
        );
        expect(blocking.map((f) => `${f.issue} ${f.severity} ${f.file}:${f.location} ${f.description}`)).toEqual([]);

        const stale = suppressions.filter((s) => !findings.some((f) => matches(s, f)));
        expect(stale.map((s) => `${s.issue} in ${s.file} no longer found: remove it`)).toEqual([]);
      } finally {
        await rm(tmp, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
