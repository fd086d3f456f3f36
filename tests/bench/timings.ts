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

/** The page's entry points, as the runner calls them through page.evaluate. */
export interface BenchPage {
  runImport(bytes: Uint8Array<ArrayBuffer>, fileName: string, dbName: string): Promise<ImportTimings>;
  runCascade(size: number, seed: number): CascadeTimings;
  renderCascade(size: number, seed: number): Promise<number>;
  ready: true;
}
