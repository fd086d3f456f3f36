import { MAX_SAVED_FILE_BYTES, SaveFileRequestSchema, type SaveFileResult } from '../../../../shared/api';
import { AppError } from '../../../../shared/errors';
import type { ExportWorkbookRequest } from '../../../../shared/spreadsheet';
import { saveFile, type SaveFilePort } from '../saveFile';

/** Same as writeStyledWorkbook.ts's; repeated so ExcelJS loads on the first export, not at app start. */
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The `exportWorkbook` call: writes the styled .xlsx and saves it through the same port as
 * `saveFile` (Electron: a native save dialog; web host: a one-time download). The name gets
 * `.xlsx` when it lacks it and must pass the same file-name rules as `saveFile`.
 */

const withXlsxExtension = (name: string) => (name.toLowerCase().endsWith('.xlsx') ? name : `${name}.xlsx`);

function checkedName(suggestedName: string): string {
  const name = withXlsxExtension(suggestedName);
  // The bytes are checked below; here only the name, before any work is done.
  const parsed = SaveFileRequestSchema.safeParse({ suggestedName: name, mimeType: XLSX_MIME, bytes: new Uint8Array() });
  if (!parsed.success) {
    const code = parsed.error.issues.find((issue) => issue.message.startsWith('file.'))?.message ?? 'file.nameInvalid';
    throw new AppError(code, {}, 'suggestedName');
  }
  return name;
}

export async function exportWorkbook(request: ExportWorkbookRequest, port: SaveFilePort): Promise<SaveFileResult> {
  const suggestedName = checkedName(request.suggestedName);
  const { writeStyledWorkbook } = await import('./writeStyledWorkbook');
  const bytes = await writeStyledWorkbook(request);
  if (bytes.byteLength > MAX_SAVED_FILE_BYTES) throw new AppError('file.tooLarge', {}, 'bytes');
  return saveFile({ suggestedName, mimeType: XLSX_MIME, bytes }, port);
}
