import { z } from 'zod';
import { evidenceTypes } from './monitoring/evidence';
import { ExportWorkbookRequestSchema, ReadSpreadsheetRequestSchema, WorkbookRowsSchema } from './spreadsheet';

/**
 * The one surface between the renderer and the main process. The preload exposes exactly
 * these calls (as `window.kinerja`); the web host answers the same calls over HTTP by calling
 * the same services. Inputs are validated with these schemas on the receiving side.
 */

export const APP_ORIGIN = 'app://kinerja';

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  host: z.enum(['electron', 'web']),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

/** What the app writes of its own: exports, recaps, printed documents. */
const exportedFileTypes: readonly (readonly [mimeType: string, extension: string])[] = [
  ['text/csv', 'csv'],
  ['application/json', 'json'],
  ['application/pdf', 'pdf'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
];

/**
 * File types the app writes, MIME type → the extensions a name of that type may end in (the
 * first is the one added to a bare name): its own exports, and a copy of any bukti dukung file,
 * whose types come from their one list in shared/monitoring/evidence.ts. A Map, so that a name
 * like "constructor" is never mistaken for a type.
 */
export const savedFileTypes: ReadonlyMap<string, readonly string[]> = (() => {
  const types = new Map<string, string[]>();
  const add = (mimeType: string, extension: string) => {
    const extensions = types.get(mimeType) ?? [];
    if (!extensions.includes(extension)) extensions.push(extension);
    types.set(mimeType, extensions);
  };
  for (const [mimeType, extension] of exportedFileTypes) add(mimeType, extension);
  for (const [extension, { mimeType }] of Object.entries(evidenceTypes)) add(mimeType, extension);
  return types;
})();

/** The extensions a saved file of this type may have, or undefined for a type the app does not write. */
export const savedFileExtensions = (mimeType: string): readonly string[] | undefined => savedFileTypes.get(mimeType);

/** Whether a name ends in one of its type's extensions (case aside). */
export const hasSavedFileExtension = (name: string, mimeType: string): boolean =>
  savedFileExtensions(mimeType)?.some((extension) => name.toLowerCase().endsWith(`.${extension}`)) ?? false;

export const MAX_SAVED_FILE_BYTES = 50 * 1024 * 1024;

/** A file name without folders, control characters or characters Windows forbids. */
const safeFileName = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/, { message: 'file.nameInvalid' })
  .refine((name) => !name.startsWith('.') && !name.endsWith('.') && !name.endsWith(' '), {
    message: 'file.nameInvalid',
  });

export const SaveFileRequestSchema = z
  .object({
    suggestedName: safeFileName,
    // A type named but not one the app writes is refused as such; a missing one is a malformed request.
    mimeType: z.enum([...savedFileTypes.keys()] as [string, ...string[]], {
      error: (issue) => (typeof issue.input === 'string' ? 'file.typeNotAllowed' : undefined),
    }),
    bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_SAVED_FILE_BYTES, {
      message: 'file.tooLarge',
    }),
  })
  .strict()
  // A refused type is reported as such (above), not again as a name that does not fit it.
  .refine((r) => !savedFileTypes.has(r.mimeType) || hasSavedFileExtension(r.suggestedName, r.mimeType), {
    message: 'file.extensionMismatch',
    path: ['suggestedName'],
  });
export type SaveFileRequest = z.infer<typeof SaveFileRequestSchema>;

/**
 * Print the page that asks (the document on screen, with its print stylesheet) to an A4 PDF
 * and save it like `saveFile`. Only Electron can print a page to bytes; the web host answers
 * `pdf.useBrowserPrint` and the renderer opens the browser's print dialog instead.
 */
export const PrintToPdfRequestSchema = z
  .object({
    suggestedName: safeFileName.refine((name) => name.toLowerCase().endsWith('.pdf'), { message: 'file.extensionMismatch' }),
  })
  .strict();
export type PrintToPdfRequest = z.infer<typeof PrintToPdfRequestSchema>;

export const SaveFileResultSchema = z.object({
  saved: z.boolean(),
  fileName: z.string().optional(),
  /** Web host only: where the browser fetches the file it then downloads. */
  downloadUrl: z.string().optional(),
});
export type SaveFileResult = z.infer<typeof SaveFileResultSchema>;

/**
 * Open a file in the program the system has for its type (a .docx in the word processor): the
 * same request as `saveFile` — a safe name whose extension fits an allowed type, and the bytes.
 */
export const OpenFileRequestSchema = SaveFileRequestSchema;
export type OpenFileRequest = SaveFileRequest;

export const OpenFileResultSchema = z.object({
  opened: z.boolean(),
  fileName: z.string().optional(),
  /** Web host only: no page can start another program, so the file is downloaded instead. */
  downloadUrl: z.string().optional(),
});
export type OpenFileResult = z.infer<typeof OpenFileResultSchema>;

export const apiContract = {
  appInfo: { input: z.undefined(), output: AppInfoSchema },
  saveFile: { input: SaveFileRequestSchema, output: SaveFileResultSchema },
  /** An untrusted .xlsx/.xls/.ods/.csv, parsed in a worker with limits, as plain rows. */
  readSpreadsheet: { input: ReadSpreadsheetRequestSchema, output: WorkbookRowsSchema },
  /** A styled .xlsx, saved like `saveFile` (native dialog, or a one-time download on the web host). */
  exportWorkbook: { input: ExportWorkbookRequestSchema, output: SaveFileResultSchema },
  /** The calling page printed to a PDF (A4, its own CSS page size) and saved like `saveFile`. */
  printToPdf: { input: PrintToPdfRequestSchema, output: SaveFileResultSchema },
  /** A copy in a private temporary folder, opened by the system (a one-time download on the web host). */
  openFile: { input: OpenFileRequestSchema, output: OpenFileResultSchema },
} as const;

export type ApiChannel = keyof typeof apiContract;
export type ApiInput<C extends ApiChannel> = z.input<(typeof apiContract)[C]['input']>;
export type ApiOutput<C extends ApiChannel> = z.output<(typeof apiContract)[C]['output']>;

/** What the renderer calls: each channel as a method returning its output (errors throw AppError). */
export type KinerjaApi = { [C in ApiChannel]: (input: ApiInput<C>) => Promise<ApiOutput<C>> };
