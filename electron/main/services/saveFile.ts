import { basename, join } from 'node:path';
import { hasSavedFileExtension, savedFileExtensions, type SaveFileRequest, type SaveFileResult } from '../../../shared/api';
import { AppError, isAppError } from '../../../shared/errors';

/**
 * Saving a file the renderer made (an export, a report) or keeps (a bukti dukung file). Where
 * the bytes go is the host's business, behind a port: Electron asks with a native save dialog
 * and writes to disk; the web host hands the bytes to the browser as a one-time download.
 */
export type SaveFilePort = (request: SaveFileRequest) => Promise<SaveFileResult>;

/**
 * The bytes are handed on as they are: a copy of a bukti dukung file must be the very file that
 * was stored (its SHA-256 was checked when it was read back).
 */
export async function saveFile(request: SaveFileRequest, port: SaveFilePort): Promise<SaveFileResult> {
  // The request schema refuses these at the API boundary; services that call here directly get
  // the same answer rather than a port that cannot name the file.
  if (!savedFileExtensions(request.mimeType)) throw new AppError('file.typeNotAllowed', {}, 'mimeType');
  try {
    return await port(request);
  } catch (error) {
    if (isAppError(error)) throw error;
    throw new AppError('file.writeFailed', { reason: error instanceof Error ? error.message : String(error) });
  }
}

/** The two Electron calls the desktop port needs, injected so tests run without Electron. */
export interface SaveDialogDeps {
  /** `dialog.showSaveDialog(window, options)` */
  showSaveDialog(options: {
    defaultPath: string;
    filters: { name: string; extensions: string[] }[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
  /** `fs.promises.writeFile` */
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  /** Folder the dialog opens in, e.g. `app.getPath('documents')`. */
  defaultFolder: string;
}

export function nativeSaveDialogPort(deps: SaveDialogDeps): SaveFilePort {
  return async ({ suggestedName, mimeType, bytes }) => {
    const extensions = savedFileExtensions(mimeType);
    if (!extensions?.[0]) throw new AppError('file.typeNotAllowed', {}, 'mimeType');
    const choice = await deps.showSaveDialog({
      defaultPath: join(deps.defaultFolder, suggestedName),
      filters: [{ name: extensions[0].toUpperCase(), extensions: [...extensions] }],
    });
    if (choice.canceled || !choice.filePath) return { saved: false };
    // Linux dialogs do not add the extension when the person types a bare name.
    const filePath = hasSavedFileExtension(choice.filePath, mimeType) ? choice.filePath : `${choice.filePath}.${extensions[0]}`;
    await deps.writeFile(filePath, bytes);
    return { saved: true, fileName: basename(filePath) };
  };
}
