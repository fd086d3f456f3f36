import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../../shared/errors';
import { spreadsheetLimits } from '../../../../shared/spreadsheet';
import { createSpreadsheetReader, readSpreadsheetInWorker, type CreateWorker } from './readInWorker';
import { createTsParseWorker } from './tsWorker.testSupport';

// The real parseWorker.ts in a real worker thread (started through tsx), not a mock.

const csv = (text: string) => new TextEncoder().encode(text);

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('readSpreadsheetInWorker', () => {
  it('parses in the worker with a heap cap, taking the bytes over instead of copying them', async () => {
    const create = vi.fn(createTsParseWorker);
    const bytes = csv('NIP;Nama\n199001012015031001;Ani\n');
    const rows = await readSpreadsheetInWorker({ fileName: 'pegawai.csv', bytes }, { createWorker: create });
    expect(rows).toEqual({
      fileName: 'pegawai.csv',
      format: 'csv',
      sheets: [{ name: 'pegawai', rows: [['NIP', 'Nama'], ['199001012015031001', 'Ani']] }],
    });
    const options = create.mock.calls[0]?.[0];
    expect(options?.resourceLimits).toEqual({ maxOldGenerationSizeMb: spreadsheetLimits.maxMemoryMb });
    expect(options?.workerData).toEqual({ warmUp: false });
    expect(bytes.byteLength).toBe(0); // transferred: detached here, not duplicated
  });

  it('answers the worker\'s own errors as AppErrors (a PDF named .xlsx)', async () => {
    const error = await errorOf(
      readSpreadsheetInWorker({ fileName: 'x.xlsx', bytes: csv('%PDF-1.4\n') }, { createWorker: createTsParseWorker }),
    );
    expect(error.toData()).toEqual({
      code: 'spreadsheet:typeMismatch',
      params: { fileName: 'x.xlsx', expected: '.xlsx', actual: 'pdf' },
    });
  });

  it('terminates a worker that runs past the time limit and answers spreadsheet:timeout', async () => {
    let exited = false;
    const create: CreateWorker = (options) => createTsParseWorker(options).once('exit', () => (exited = true));
    const started = performance.now();
    const error = await errorOf(
      readSpreadsheetInWorker({ fileName: 'lambat.csv', bytes: csv('a;b\n') }, { createWorker: create, limits: { timeoutMs: 1 } }),
    );
    expect(error.toData()).toEqual({ code: 'spreadsheet:timeout', params: { fileName: 'lambat.csv', seconds: 1 } });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(exited).toBe(true); // terminated before the answer
  });

  it('answers spreadsheet:tooComplex when the worker dies of its heap cap', async () => {
    const error = await errorOf(
      readSpreadsheetInWorker(
        { fileName: 'berat.csv', bytes: csv('a;b\n') },
        { createWorker: createTsParseWorker, limits: { maxMemoryMb: 2 } },
      ),
    );
    expect(error.toData()).toEqual({ code: 'spreadsheet:tooComplex', params: { fileName: 'berat.csv' } });
  });

  it('refuses an oversized or empty file before any worker starts', async () => {
    const create = vi.fn(createTsParseWorker);
    const big = new Uint8Array(spreadsheetLimits.maxBytes + 1);
    expect((await errorOf(readSpreadsheetInWorker({ fileName: 'besar.xlsx', bytes: big }, { createWorker: create }))).toData()).toEqual({
      code: 'spreadsheet:tooLarge',
      params: { fileName: 'besar.xlsx', limitMb: 20 },
    });
    expect((await errorOf(readSpreadsheetInWorker({ fileName: 'k.csv', bytes: new Uint8Array() }, { createWorker: create }))).code).toBe(
      'spreadsheet:empty',
    );
    expect(create).not.toHaveBeenCalled();
    expect(big.byteLength).toBe(spreadsheetLimits.maxBytes + 1); // not taken over either
  });

  it('copies a view into a larger buffer instead of detaching the whole buffer', async () => {
    const whole = csv('xxxxNIP;Nama\n1;Ani\n');
    const length = whole.byteLength;
    const view = whole.subarray(4);
    const rows = await readSpreadsheetInWorker({ fileName: 'v.csv', bytes: view }, { createWorker: createTsParseWorker });
    expect(rows.sheets[0]?.rows).toEqual([['NIP', 'Nama'], ['1', 'Ani']]);
    expect(whole.byteLength).toBe(length);
  });
});

describe('createSpreadsheetReader', () => {
  it('runs one parse at a time, and a failure does not block the next', async () => {
    let running = 0;
    let most = 0;
    const create: CreateWorker = (options) => {
      running++;
      most = Math.max(most, running);
      const worker = createTsParseWorker(options);
      worker.once('exit', () => running--);
      return worker;
    };
    const read = createSpreadsheetReader({ createWorker: create });
    const results = await Promise.allSettled([
      read({ fileName: 'a.csv', bytes: csv('a\n') }),
      read({ fileName: 'b.xlsx', bytes: csv('bukan xlsx') }),
      read({ fileName: 'c.csv', bytes: csv('c\n') }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(most).toBe(1);
  });

  it('keeps one worker started ahead, and still gives every file a fresh one', async () => {
    const create = vi.fn(createTsParseWorker);
    const read = createSpreadsheetReader({ createWorker: create, prewarm: true });
    expect(create).toHaveBeenCalledTimes(1); // the spare, before any file
    await read({ fileName: 'a.csv', bytes: csv('a\n') });
    await read({ fileName: 'b.csv', bytes: csv('b\n') });
    // Two files, two workers used (the first spare, then its replacement), and a new spare waiting.
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(3));
    // Spares read a small workbook while they wait; a worker started for a file at once does not.
    expect(create.mock.calls.map(([options]) => options.workerData)).toEqual([{ warmUp: true }, { warmUp: true }, { warmUp: true }]);
    const spare = create.mock.results[2]!.value as import('node:worker_threads').Worker;
    await spare.terminate();
  });
});
