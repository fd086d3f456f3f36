import { parentPort, workerData } from 'node:worker_threads';
import { isAppError } from '../../../../shared/errors';
import { readWorkbook } from './readWorkbook';
import { spreadsheetError } from './spreadsheetErrors';
import type { ParseJob, ParseOutcome, ParseWorkerData } from './readInWorker';
import { warmUp } from './warmUpReader';

/**
 * The worker thread that parses one untrusted spreadsheet (started by readInWorker.ts with a
 * heap cap and a timeout). It loads the reader, waits for one job message (the bytes are
 * transferred with it), answers with the plain rows or an error value, and is then
 * terminated. Nothing of SheetJS crosses back.
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

parentPort?.once('message', (job: ParseJob) => parentPort?.postMessage(run(job)));
if ((workerData as ParseWorkerData | undefined)?.warmUp) warmUp();
