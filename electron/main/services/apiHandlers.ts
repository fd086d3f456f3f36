import type { z } from 'zod';
import { apiContract, type ApiChannel, type ApiOutput, type AppInfo } from '../../../shared/api';
import { AppError, isAppError, type Envelope } from '../../../shared/errors';
import { openFile, type OpenFilePort } from './openFile';
import { printToPdf, type PrintPage } from './printToPdf';
import { saveFile, type SaveFilePort } from './saveFile';
import { exportWorkbook } from './spreadsheet/exportWorkbook';
import { createSpreadsheetReader, type CreateWorker } from './spreadsheet/readInWorker';

/**
 * The API of shared/api.ts, answered the same way by both hosts: Electron's IPC and the web
 * host's HTTP each only move `dispatch`'s input and envelope; everything else is here.
 */

type ValidInput<C extends ApiChannel> = z.output<(typeof apiContract)[C]['input']>;

/**
 * What a call knows of the page that made it, beyond its input. Electron's IPC fills it from
 * the sending webContents; the web host has no way to reach the page and leaves it empty.
 */
export interface Caller {
  /** Prints the calling page to PDF bytes (`webContents.printToPDF`). */
  printPage?: PrintPage;
}

export type ApiHandlers = {
  [C in ApiChannel]: (input: ValidInput<C>, caller: Caller) => Promise<ApiOutput<C>>;
};

export interface ApiDeps {
  /** From package.json (productName and version), passed in by the host. */
  appName: string;
  appVersion: string;
  host: AppInfo['host'];
  platform: string;
  saveFilePort: SaveFilePort;
  /** Opens a kept file outside the app: the shell in Electron, a one-time download on the web host. */
  openFilePort: OpenFilePort;
  /**
   * Starts the spreadsheet parse worker: electron-vite's `?nodeWorker` import of
   * spreadsheet/parseWorker.ts in both hosts; a tsx-started one in tests.
   */
  createSpreadsheetWorker: CreateWorker;
  /** Keep a parse worker started ahead (the hosts do; tests need not). */
  prewarmSpreadsheetWorker?: boolean;
}

export function createApiHandlers(deps: ApiDeps): ApiHandlers {
  return {
    appInfo: async () => ({
      name: deps.appName,
      version: deps.appVersion,
      host: deps.host,
      platform: deps.platform,
    }),
    saveFile: (request) => saveFile(request, deps.saveFilePort),
    readSpreadsheet: createSpreadsheetReader({ createWorker: deps.createSpreadsheetWorker, prewarm: deps.prewarmSpreadsheetWorker ?? false }),
    exportWorkbook: (request) => exportWorkbook(request, deps.saveFilePort),
    printToPdf: (request, caller) => printToPdf(request, { printPage: caller.printPage, saveFilePort: deps.saveFilePort }),
    openFile: (request) => openFile(request, deps.openFilePort),
  };
}

/**
 * A zod message shaped like one of our error codes, not zod's own prose: `file.nameInvalid`
 * (in the `errors` namespace) or `spreadsheet:tooLarge` (namespace prefix, any depth).
 */
const errorCodeMessage = /^(?:[a-z][a-zA-Z]*(?:\.[a-zA-Z]+)+|[a-z][a-zA-Z]*:[a-z][a-zA-Z]*(?:\.[a-zA-Z]+)*)$/;

function invalidInput(channel: ApiChannel, error: z.ZodError): AppError {
  const coded = error.issues.find((issue) => errorCodeMessage.test(issue.message));
  if (!coded) return new AppError('api.invalidPayload', { channel });
  const field = coded.path.map(String).join('.');
  return new AppError(coded.message, {}, field || undefined);
}

const isChannel = (channel: string): channel is ApiChannel => Object.hasOwn(apiContract, channel);

export type LogError = (message: string, error: unknown) => void;

/**
 * Validates, runs and wraps one call. Only plain error data leaves: an AppError as its code
 * and parameters, anything else as `unknown` (logged here, never its stack or message).
 */
export async function dispatch(
  handlers: ApiHandlers,
  channel: string,
  rawInput: unknown,
  logError: LogError = console.error,
  caller: Caller = {},
): Promise<Envelope<ApiOutput<ApiChannel>>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'api.unknownChannel', params: { channel: channel.slice(0, 64) } } };
  }
  try {
    const parsed = apiContract[channel].input.safeParse(rawInput);
    if (!parsed.success) throw invalidInput(channel, parsed.error);
    const handler = handlers[channel] as (input: unknown, caller: Caller) => Promise<ApiOutput<ApiChannel>>;
    return { ok: true, value: await handler(parsed.data, caller) };
  } catch (error) {
    if (isAppError(error)) return { ok: false, error: error.toData() };
    logError(`[api] ${channel} failed`, error);
    return { ok: false, error: { code: 'unknown' } };
  }
}
