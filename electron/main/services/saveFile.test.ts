import { createHash } from 'node:crypto';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import enErrors from '../../../resources/locales/en/errors.json';
import idErrors from '../../../resources/locales/id/errors.json';
import { SaveFileRequestSchema, type SaveFileRequest } from '../../../shared/api';
import { AppError, type AppErrorData } from '../../../shared/errors';
import { checkEvidenceFile, evidenceTypes } from '../../../shared/monitoring/evidence';
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

/** A valid 1×1 PNG: signature, IHDR, IDAT, IEND. */
const png = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64'),
);
/** The first bytes of a .docx (a zip whose first entry is [Content_Types].xml). */
const docx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, ...new TextEncoder().encode('[Content_Types].xml')]);
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** How the renderer shows an error: its code in the `errors` namespace, in each language. */
async function shown(error: AppErrorData) {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: 'id', fallbackLng: false, ns: ['errors'], defaultNS: 'errors', resources: { id: { errors: idErrors }, en: { errors: enErrors } } });
  const key = error.code;
  expect(i18n.exists(key, { lng: 'id' }) && i18n.exists(key, { lng: 'en' }), `errors:${key} in both languages`).toBe(true);
  return { id: i18n.t(key, { lng: 'id', ...error.params }), en: i18n.t(key, { lng: 'en', ...error.params }) };
}

describe('saving a copy of bukti dukung', () => {
  it('accepts every evidence type under each of its extensions: the list is shared/monitoring/evidence.ts, not a copy', () => {
    for (const [extension, { mimeType }] of Object.entries(evidenceTypes)) {
      const parsed = SaveFileRequestSchema.safeParse({ suggestedName: `bukti.${extension}`, mimeType, bytes: new Uint8Array([1]) });
      expect(parsed.success, `${mimeType} as .${extension}`).toBe(true);
    }
  });

  it('keeps the file-name rules for evidence types: the extension must fit the type', () => {
    const refused = SaveFileRequestSchema.safeParse({ suggestedName: 'foto.png', mimeType: 'image/jpeg', bytes: png });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => [i.message, i.path.join('.')])).toEqual([['file.extensionMismatch', 'suggestedName']]);
    expect(SaveFileRequestSchema.safeParse({ suggestedName: 'foto/../x.png', mimeType: 'image/png', bytes: png }).error?.issues[0]?.message).toBe('file.nameInvalid');
  });

  it('saves an image with exactly the stored bytes, in a dialog filtered to PNG', async () => {
    expect(checkEvidenceFile('foto-kegiatan.png', png, 10)).toEqual({ ok: true, mimeType: 'image/png' });
    const imageRequest = SaveFileRequestSchema.parse({ suggestedName: 'foto-kegiatan.png', mimeType: 'image/png', bytes: png });
    const { deps, showSaveDialog, writeFile } = dialogDeps({ canceled: false, filePath: '/tmp/out/foto' });
    expect(await saveFile(imageRequest, nativeSaveDialogPort(deps))).toEqual({ saved: true, fileName: 'foto.png' });
    expect(showSaveDialog).toHaveBeenCalledWith({ defaultPath: join('/home/ana/Documents', 'foto-kegiatan.png'), filters: [{ name: 'PNG', extensions: ['png'] }] });
    const written = writeFile.mock.calls[0] as unknown as [string, Uint8Array];
    expect(written[0]).toBe('/tmp/out/foto.png');
    expect(sha256(written[1])).toBe(sha256(png));
  });

  it('offers both extensions of a JPEG and keeps the one the person typed', async () => {
    const { deps, showSaveDialog, writeFile } = dialogDeps({ canceled: false, filePath: '/tmp/out/Foto.JPEG' });
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
    await saveFile(SaveFileRequestSchema.parse({ suggestedName: 'foto.jpg', mimeType: 'image/jpeg', bytes: jpeg }), nativeSaveDialogPort(deps));
    expect(showSaveDialog.mock.calls[0]).toEqual([expect.objectContaining({ filters: [{ name: 'JPG', extensions: ['jpg', 'jpeg'] }] })]);
    expect(writeFile).toHaveBeenCalledWith('/tmp/out/Foto.JPEG', jpeg);
  });

  it('saves an office document (.docx) with exactly the stored bytes', async () => {
    expect(checkEvidenceFile('laporan kegiatan.docx', docx, 10)).toEqual({ ok: true, mimeType: DOCX });
    const { deps, showSaveDialog, writeFile } = dialogDeps({ canceled: false, filePath: '/tmp/out/laporan kegiatan.docx' });
    const result = await saveFile(SaveFileRequestSchema.parse({ suggestedName: 'laporan kegiatan.docx', mimeType: DOCX, bytes: docx }), nativeSaveDialogPort(deps));
    expect(result).toEqual({ saved: true, fileName: 'laporan kegiatan.docx' });
    expect(showSaveDialog.mock.calls[0]).toEqual([expect.objectContaining({ filters: [{ name: 'DOCX', extensions: ['docx'] }] })]);
    const written = writeFile.mock.calls[0] as unknown as [string, Uint8Array];
    expect(sha256(written[1])).toBe(sha256(docx));
  });

  it('refuses a program (application/x-msdownload) with a translated message, and nothing is written', async () => {
    const program = { suggestedName: 'setup.exe', mimeType: 'application/x-msdownload', bytes: Uint8Array.from([0x4d, 0x5a, 0x90, 0]) };
    // At the API boundary: one issue, on the type (not also on the name).
    const parsed = SaveFileRequestSchema.safeParse(program);
    expect(parsed.error?.issues.map((i) => [i.message, i.path.join('.')])).toEqual([['file.typeNotAllowed', 'mimeType']]);
    // And in the service itself, for a caller that skipped the schema.
    const { deps, showSaveDialog, writeFile } = dialogDeps({ canceled: false, filePath: '/tmp/out/setup.exe' });
    const error = await saveFile(program as SaveFileRequest, nativeSaveDialogPort(deps)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).toData()).toEqual({ code: 'file.typeNotAllowed', params: {}, field: 'mimeType' });
    expect(showSaveDialog).not.toHaveBeenCalled();
    expect(writeFile).not.toHaveBeenCalled();
    expect(await shown((error as AppError).toData())).toEqual({
      id: 'Berkas jenis ini tidak dapat disimpan oleh aplikasi.',
      en: 'Files of this type cannot be saved by the app.',
    });
  });

  it('does not take an inherited property name for a type', () => {
    for (const mimeType of ['constructor', '__proto__', 'toString']) {
      expect(SaveFileRequestSchema.safeParse({ suggestedName: 'x.csv', mimeType, bytes: new Uint8Array() }).error?.issues[0]?.message).toBe('file.typeNotAllowed');
    }
  });
});
