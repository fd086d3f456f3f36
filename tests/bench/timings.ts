/** One line of bench/results.json (format in DESIGN.md, Conventions). */
export interface BenchResult {
  id: string;
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
  target: number;
}

/** What the benchmark page (page/bench.ts) measures in Chromium for one import, in milliseconds. */
export interface ImportTimings {
  parse: number;
  validate: number;
  store: number;
  total: number;
  rawBulkPut: number;
  rows: number;
}

/** Building the pohon kinerja and the rows of its first levels, in milliseconds. */
export interface CascadeTimings {
  build: number;
  flatten: number;
  compute: number;
  rows: number;
  rhk: number;
  orphans: number;
}

/** The kabupaten-scale office as seeded (page/kabupaten.ts): counts, and milliseconds per phase. */
export interface KabupatenSeed {
  officeId: string;
  year: number;
  units: number;
  positions: number;
  employees: number;
  skps: number;
  iki: number;
  realisations: number;
  aggregates: number;
  storageMb: number;
  phases: Record<string, number>;
}

/** The office dashboard's load and compute against the bare read of its aggregate rows, in milliseconds per run. */
export interface RecomputeTimings {
  runs: number[];
  baseline: number[];
  rows: number;
}

/** The page's entry points, as the runner calls them through page.evaluate. */
export interface BenchPage {
  runImport(bytes: Uint8Array<ArrayBuffer>, fileName: string, dbName: string): Promise<ImportTimings>;
  runCascade(size: number, seed: number): CascadeTimings;
  renderCascade(size: number, seed: number): Promise<number>;
  seedKabupaten(): Promise<KabupatenSeed>;
  officeRecompute(runs: number, periodKey: string): Promise<RecomputeTimings>;
  passwordHashTime(): Promise<number>;
  /** Per query of the home screen: milliseconds of a first and a second run. */
  homeBreakdown(): Promise<Record<string, [number, number]>>;
  ready: true;
}

/** The baselines' page (page/blank.html): the app's database and nothing else. */
export interface BlankPage {
  openSession(nip: string): Promise<number>;
  readAggregates(officeId: string, year: number): Promise<{ ms: number; rows: number }>;
  /** Replaces the page with the employee list's rows (six texts each) in plain DOM, see rawList.ts. */
  mountRawList(rows: string[][]): void;
  ready: true;
}
