import type { Worker, WorkerOptions } from 'node:worker_threads';
import { AppError, type AppErrorData } from '../../../../shared/errors';
import {
  spreadsheetLimits,
  type ReadSpreadsheetRequest,
  type WorkbookRows,
} from '../../../../shared/spreadsheet';
import type { SpreadsheetLimits } from './readWorkbook';
import { MEBIBYTE, spreadsheetError } from './spreadsheetErrors';

/**
 * Runs parseWorker.ts on one file: refuses an empty or oversized file before any thread
 * starts, hands the bytes over without copying them, caps the worker's heap, and terminates
 * it at the time limit. Answers the rows, or throws an AppError in the `spreadsheet`
 * namespace. The worker comes from an injected factory:
 * - Electron and the built web host: electron-vite's `import createParseWorker from
 *   './parseWorker?nodeWorker'`, which bundles the worker as its own chunk;
 * - Vitest (which cannot resolve `?nodeWorker`): a factory that starts parseWorker.ts through
 *   tsx (tsWorker.testSupport.ts).
 */

/** The signature of electron-vite's `?nodeWorker` default export. */
export type CreateWorker = (options: WorkerOptions) => Worker;

export interface ParseJob {
  fileName: string;
  bytes: Uint8Array;
  limits: SpreadsheetLimits;
}

export type ParseOutcome = { ok: true; value: WorkbookRows } | { ok: false; error: AppErrorData };

export interface ReadInWorkerDeps {
  createWorker: CreateWorker;
  /** Tests shorten these (a tiny timeout); production uses shared/spreadsheet.ts's. */
  limits?: Partial<SpreadsheetLimits>;
  /** A worker started earlier (see createSpreadsheetReader); else one is started now. */
  worker?: Worker;
}

/** What parseWorker.ts is started with. */
export interface ParseWorkerData {
  /** Read a small generated workbook before waiting for the job (see createSpreadsheetReader). */
  warmUp: boolean;
}

/** A worker that has loaded the reader and waits for one job (parseWorker.ts). */
export function startParseWorker(createWorker: CreateWorker, limits: SpreadsheetLimits = spreadsheetLimits, warmUp = false): Worker {
  const workerData: ParseWorkerData = { warmUp };
  return createWorker({ resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb }, workerData });
}

/**
 * The bytes in an ArrayBuffer of their own, so it can be transferred: a view into a larger
 * buffer (Node's Buffer pool, a slice of a request body) is copied once, never detached.
 */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return whole && bytes.buffer instanceof ArrayBuffer ? bytes : bytes.slice();
}

/** Reads one spreadsheet in a worker. The request's bytes are handed over (detached) when they own their buffer. */
export function readSpreadsheetInWorker(
  request: ReadSpreadsheetRequest,
  { createWorker, limits: overrides, worker: ready }: ReadInWorkerDeps,
): Promise<WorkbookRows> {
  const limits: SpreadsheetLimits = { ...spreadsheetLimits, ...overrides };
  const { fileName } = request;
  const refuse = (error: AppError) => {
    void ready?.terminate();
    return Promise.reject(error);
  };
  if (request.bytes.byteLength === 0) return refuse(spreadsheetError('spreadsheet:empty', fileName));
  if (request.bytes.byteLength > limits.maxBytes) {
    return refuse(spreadsheetError('spreadsheet:tooLarge', fileName, { limitMb: Math.round(limits.maxBytes / MEBIBYTE) }));
  }

  const bytes = ownBuffer(request.bytes);
  const job: ParseJob = { fileName, bytes, limits };
  return new Promise<WorkbookRows>((resolve, reject) => {
    let settled = false;
    const worker = ready ?? startParseWorker(createWorker, limits);
    worker.ref();
    // Answers once the thread is gone, so the next file's worker never overlaps this one.
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.terminate().then(outcome, outcome);
    };
    const timer = setTimeout(
      () => finish(() => reject(spreadsheetError('spreadsheet:timeout', fileName, { seconds: Math.ceil(limits.timeoutMs / 1000) }))),
      limits.timeoutMs,
    );
    worker.once('message', (outcome: ParseOutcome) =>
      finish(() => (outcome.ok ? resolve(outcome.value) : reject(AppError.fromData(outcome.error)))),
    );
    worker.once('error', (error: Error & { code?: string }) =>
      finish(() =>
        // Out of heap: the file needs more memory than any real roster. Anything else is our bug.
        reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? spreadsheetError('spreadsheet:tooComplex', fileName) : error),
      ),
    );
    worker.once('exit', (code) =>
      finish(() =>
        reject(
          code === 0
            ? new Error('The spreadsheet worker ended without an answer')
            : spreadsheetError('spreadsheet:tooComplex', fileName),
        ),
      ),
    );
    worker.postMessage(job, [bytes.buffer as ArrayBuffer]);
  });
}

/**
 * One parse at a time: each worker may use `maxMemoryMb` of heap, and an office PC should not
 * find two of them at once. Later calls wait their turn; their time limit starts when they run.
 *
 * With `prewarm`, a worker is started ahead and waits idle, having loaded the reader and read
 * a small generated workbook once: V8 compiles the reader's code on its first use, which cost
 * a 10,000-row file about 150 ms more in a cold worker than in a warm one. Every file still
 * gets a fresh worker, which ends after its one job.
 */
export function createSpreadsheetReader(
  deps: ReadInWorkerDeps & { prewarm?: boolean },
): (request: ReadSpreadsheetRequest) => Promise<WorkbookRows> {
  let queue: Promise<unknown> = Promise.resolve();
  const spareWorker = () => {
    const worker = startParseWorker(deps.createWorker, undefined, true);
    worker.unref(); // an idle spare never keeps the process alive
    return worker;
  };
  let spare = deps.prewarm ? spareWorker() : undefined;
  return (request) => {
    const run = queue.then(() => {
      const worker = spare;
      spare = undefined;
      return readSpreadsheetInWorker(request, { ...deps, ...(worker ? { worker } : {}) });
    });
    queue = run.catch(() => undefined).then(() => {
      if (deps.prewarm) spare = spareWorker();
    });
    return run;
  };
}
