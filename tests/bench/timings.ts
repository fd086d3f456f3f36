/** What the benchmark page (page/bench.ts) measures in Chromium for one import, in milliseconds. */
export interface ImportTimings {
  parse: number;
  validate: number;
  store: number;
  total: number;
  rawBulkPut: number;
  rows: number;
}

/** The page's entry points, as the runner calls them through page.evaluate. */
export interface BenchPage {
  runImport(bytes: Uint8Array<ArrayBuffer>, fileName: string, dbName: string): Promise<ImportTimings>;
  ready: true;
}
