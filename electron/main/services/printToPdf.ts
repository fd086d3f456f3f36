import { MAX_SAVED_FILE_BYTES, type PrintToPdfRequest, type SaveFileResult } from '../../../shared/api';
import { AppError, isAppError } from '../../../shared/errors';
import { saveFile, type SaveFilePort } from './saveFile';

/**
 * A document (the Dokumen SKP, later the evaluation documents) printed to PDF exactly as the
 * page's print stylesheet lays it out, then saved through the same port as every other file.
 * Printing needs the page itself, so only Electron can do it: it hands in the sending
 * window's `webContents.printToPDF`. The web host has none and answers `pdf.useBrowserPrint`:
 * the renderer then opens the browser's own print dialog, which saves as PDF too.
 */

/** The part of Electron's `PrintToPDFOptions` we set; the page's `@page` rule gives size and margins. */
export interface PdfPrintOptions {
  pageSize: 'A4';
  printBackground: boolean;
  preferCSSPageSize: boolean;
}

/** `webContents.printToPDF` of the window that asked. */
export type PrintPage = (options: PdfPrintOptions) => Promise<Uint8Array>;

export const pdfPrintOptions: PdfPrintOptions = { pageSize: 'A4', printBackground: true, preferCSSPageSize: true };

export interface PrintToPdfDeps {
  /** Absent where the host cannot print a page (the web host). */
  printPage: PrintPage | undefined;
  saveFilePort: SaveFilePort;
}

export async function printToPdf(request: PrintToPdfRequest, deps: PrintToPdfDeps): Promise<SaveFileResult> {
  if (!deps.printPage) throw new AppError('pdf.useBrowserPrint');
  let bytes: Uint8Array;
  try {
    bytes = await deps.printPage(pdfPrintOptions);
  } catch (error) {
    if (isAppError(error)) throw error;
    throw new AppError('pdf.printFailed', { reason: error instanceof Error ? error.message : String(error) });
  }
  if (bytes.byteLength > MAX_SAVED_FILE_BYTES) throw new AppError('file.tooLarge');
  // Electron hands a Buffer (never shared memory); the port expects a plain Uint8Array.
  const plain = new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
  return saveFile({ suggestedName: request.suggestedName, mimeType: 'application/pdf', bytes: plain }, deps.saveFilePort);
}
