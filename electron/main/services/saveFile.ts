import { basename, join } from 'node:path';
import { savedFileTypes, type SaveFileRequest, type SaveFileResult } from '../../../shared/api';
import { AppError, isAppError } from '../../../shared/errors';

/**
 * Saving a file the renderer made (an export, a report). Where the bytes go is the host's
 * business, behind a port: Electron asks with a native save dialog and writes to disk; the
 * web host hands the bytes to the browser as a one-time download.
 */
export type SaveFilePort = (request: SaveFileRequest) => Promise<SaveFileResult>;

export async function saveFile(request: SaveFileRequest, port: SaveFilePort): Promise<SaveFileResult> {
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
    const extension = savedFileTypes[mimeType];
    const choice = await deps.showSaveDialog({
      defaultPath: join(deps.defaultFolder, suggestedName),
      filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
    });
    if (choice.canceled || !choice.filePath) return { saved: false };
    // Linux dialogs do not add the extension when the person types a bare name.
    const filePath = choice.filePath.toLowerCase().endsWith(`.${extension}`)
      ? choice.filePath
      : `${choice.filePath}.${extension}`;
    await deps.writeFile(filePath, bytes);
    return { saved: true, fileName: basename(filePath) };
  };
}
