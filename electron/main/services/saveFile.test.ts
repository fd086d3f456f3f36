import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { SaveFileRequest } from '../../../shared/api';
import { AppError } from '../../../shared/errors';
import { nativeSaveDialogPort, saveFile, type SaveDialogDeps } from './saveFile';

const request: SaveFileRequest = {
  suggestedName: 'rekap-skp.csv',
  mimeType: 'text/csv',
  bytes: new TextEncoder().encode('nip;nama\n'),
};

function dialogDeps(choice: { canceled: boolean; filePath?: string }, writeFile = vi.fn(async () => {})) {
  const showSaveDialog = vi.fn(async () => choice);
  const deps: SaveDialogDeps = { showSaveDialog, writeFile, defaultFolder: '/home/ana/Documents' };
  return { deps, showSaveDialog, writeFile };
}

describe('saveFile with the native dialog port', () => {
  it('suggests the name in the default folder, filtered to its type, and writes the bytes', async () => {
    const { deps, showSaveDialog, writeFile } = dialogDeps({ canceled: false, filePath: '/tmp/out/rekap.csv' });
    const result = await saveFile(request, nativeSaveDialogPort(deps));
    expect(showSaveDialog).toHaveBeenCalledWith({
      defaultPath: join('/home/ana/Documents', 'rekap-skp.csv'),
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
    expect(writeFile).toHaveBeenCalledWith('/tmp/out/rekap.csv', request.bytes);
    expect(result).toEqual({ saved: true, fileName: 'rekap.csv' });
  });

  it('adds the extension when the person typed a bare name', async () => {
    const { deps, writeFile } = dialogDeps({ canceled: false, filePath: '/tmp/rekap' });
    expect(await saveFile(request, nativeSaveDialogPort(deps))).toEqual({ saved: true, fileName: 'rekap.csv' });
    expect(writeFile).toHaveBeenCalledWith('/tmp/rekap.csv', request.bytes);
  });

  it('answers saved:false and writes nothing when the dialog is cancelled', async () => {
    const { deps, writeFile } = dialogDeps({ canceled: true });
    expect(await saveFile(request, nativeSaveDialogPort(deps))).toEqual({ saved: false });
    expect(writeFile).not.toHaveBeenCalled();
  });

  it('turns a write failure into file.writeFailed with the reason', async () => {
    const failing = vi.fn(async () => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    });
    const { deps } = dialogDeps({ canceled: false, filePath: '/root/x.csv' }, failing);
    const error = await saveFile(request, nativeSaveDialogPort(deps)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).toData()).toEqual({
      code: 'file.writeFailed',
      params: { reason: 'EACCES: permission denied' },
    });
  });

  it('passes an AppError from the port through unchanged', async () => {
    const port = async () => {
      throw new AppError('file.tooLarge');
    };
    await expect(saveFile(request, port)).rejects.toMatchObject({ code: 'file.tooLarge' });
  });
});
