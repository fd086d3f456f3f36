import { parentPort, workerData } from 'node:worker_threads';
import { isAppError } from '../../../../shared/errors';
import { readWorkbook } from './readWorkbook';
import { spreadsheetError } from './spreadsheetErrors';
import type { ParseJob, ParseOutcome } from './readInWorker';

/**
 * The worker thread that parses one untrusted spreadsheet (started by readInWorker.ts with a
 * heap cap and a timeout). It gets the bytes in `workerData`, answers one message with the
 * plain rows or an error value, and ends. Nothing of SheetJS crosses back.
 */

function run({ fileName, bytes, limits }: ParseJob): ParseOutcome {
  try {
    return { ok: true, value: readWorkbook(fileName, bytes, limits) };
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: error.toData() };
    console.error('[spreadsheet] parse failed', error);
    return { ok: false, error: spreadsheetError('spreadsheet:corrupt', fileName).toData() };
  }
}

parentPort?.postMessage(run(workerData as ParseJob));
