import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import enErrors from '../../../resources/locales/en/errors.json';
import idErrors from '../../../resources/locales/id/errors.json';
import { OpenFileRequestSchema, type OpenFileRequest } from '../../../shared/api';
import { AppError, type AppErrorData } from '../../../shared/errors';
import { openFile, openWithSystemPort, removeStaleCopies } from './openFile';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const docx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, ...new TextEncoder().encode('[Content_Types].xml')]);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const request = (suggestedName = 'laporan kegiatan.docx', bytes = docx): OpenFileRequest => OpenFileRequestSchema.parse({ suggestedName, mimeType: DOCX, bytes });

let temp: string;
let folder: string;
beforeEach(async () => {
  temp = await mkdtemp(join(tmpdir(), 'kinerja-open-test-'));
  folder = join(temp, 'kinerja-luring-open');
});
afterEach(() => rm(temp, { recursive: true, force: true }));

function port(answer = '') {
  const openPath = vi.fn(async (_path: string) => answer);
  return { openPath, open: openWithSystemPort({ folder, openPath }) };
}

async function failure(promise: Promise<unknown>): Promise<AppErrorData> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).toData();
}

/** How the renderer shows an error: its code in the `errors` namespace, in each language. */
async function shown(error: AppErrorData) {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: 'id', fallbackLng: false, ns: ['errors'], defaultNS: 'errors', resources: { id: { errors: idErrors }, en: { errors: enErrors } } });
  expect(i18n.exists(error.code, { lng: 'id' }) && i18n.exists(error.code, { lng: 'en' }), `errors:${error.code} in both languages`).toBe(true);
  return { id: i18n.t(error.code, { lng: 'id', ...error.params }), en: i18n.t(error.code, { lng: 'en', ...error.params }) };
}

describe('opening a file with the system', () => {
  it('writes exactly the bytes into the private folder, named with a content hash, and opens that file', async () => {
    const { open, openPath } = port();
    expect(await openFile(request(), open)).toEqual({ opened: true, fileName: 'laporan kegiatan.docx' });
    const path = openPath.mock.calls[0]![0];
    expect(path).toBe(join(folder, `laporan kegiatan ${sha256(docx).slice(0, 12)}.docx`));
    expect(sha256(await readFile(path))).toBe(sha256(docx));
    if (process.platform !== 'win32') {
      expect((await stat(folder)).mode & 0o777).toBe(0o700);
      expect((await stat(path)).mode & 0o777).toBe(0o600);
    }
  });

  it('reuses the copy already there when it has the same bytes', async () => {
    const { open, openPath } = port();
    await openFile(request(), open);
    await openFile(request(), open);
    expect(openPath.mock.calls[1]![0]).toBe(openPath.mock.calls[0]![0]);
    expect(await readdir(folder)).toHaveLength(1);
  });

  it('keeps two different files of the same name apart', async () => {
    const { open, openPath } = port();
    const other = Uint8Array.from([...docx, 0x01]);
    await openFile(request('laporan.docx'), open);
    await openFile(request('laporan.docx', other), open);
    const [first, second] = openPath.mock.calls.map(([path]) => path);
    expect(first).not.toBe(second);
    expect(sha256(await readFile(first!))).toBe(sha256(docx));
    expect(sha256(await readFile(second!))).toBe(sha256(other));
  });

  it('never overwrites a copy the person changed: the next version gets its own name', async () => {
    const { open, openPath } = port();
    await openFile(request(), open);
    const first = openPath.mock.calls[0]![0];
    const edited = new TextEncoder().encode('edited in the word processor and saved');
    await writeFile(first, edited);
    await openFile(request(), open);
    const second = openPath.mock.calls[1]![0];
    expect(basename(second)).toBe(`laporan kegiatan ${sha256(docx).slice(0, 12)}-2.docx`);
    expect(await readFile(first)).toEqual(Buffer.from(edited));
    expect(sha256(await readFile(second))).toBe(sha256(docx));
  });

  it.skipIf(process.platform === 'win32')('refuses a folder that is a link planted under its name, writing nothing there', async () => {
    const elsewhere = join(temp, 'elsewhere');
    await mkdir(elsewhere);
    await symlink(elsewhere, folder);
    const { open, openPath } = port();
    const error = await failure(openFile(request(), open));
    expect(error.code).toBe('file.openFailed');
    expect(openPath).not.toHaveBeenCalled();
    expect(await readdir(elsewhere)).toEqual([]);
  });

  it("reports the shell's error string as a translated file.openFailed", async () => {
    const { open } = port('No application is associated with the specified file for this operation.');
    const error = await failure(openFile(request(), open));
    expect(error).toEqual({ code: 'file.openFailed', params: { reason: 'No application is associated with the specified file for this operation.' } });
    expect(await shown(error)).toEqual({
      id: 'Berkas tidak dapat dibuka: No application is associated with the specified file for this operation.',
      en: 'The file could not be opened: No application is associated with the specified file for this operation.',
    });
  });

  it('reports a copy that cannot be written as file.openFailed with the reason', async () => {
    await writeFile(folder, 'a file where the folder should be');
    const { open, openPath } = port();
    const error = await failure(openFile(request(), open));
    expect(error.code).toBe('file.openFailed');
    expect(String(error.params?.reason)).toMatch(/EEXIST|ENOTDIR|not this user's own folder/);
    expect(openPath).not.toHaveBeenCalled();
  });

  it('refuses, in the service itself, a program or a name with folders that skipped the schema', async () => {
    const { open, openPath } = port();
    const program = { suggestedName: 'setup.exe', mimeType: 'application/x-msdownload', bytes: Uint8Array.from([0x4d, 0x5a]) };
    expect(await failure(openFile(program, open))).toEqual({ code: 'file.typeNotAllowed', params: {}, field: 'mimeType' });
    const escaping = { suggestedName: '../../escape.docx', mimeType: DOCX, bytes: docx };
    expect(await failure(openFile(escaping, open))).toEqual({ code: 'file.nameInvalid', params: {}, field: 'suggestedName' });
    expect(openPath).not.toHaveBeenCalled();
    await expect(stat(folder)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('clearing old opened copies at start-up', () => {
  const day = 24 * 60 * 60 * 1000;
  const now = new Date('2026-11-28T08:00:00Z');
  const age = (path: string, days: number) => utimes(path, new Date(now.getTime() - days * day), new Date(now.getTime() - days * day));

  it('removes copies written more than a week ago and keeps newer ones, links and folders', async () => {
    const { open, openPath } = port();
    await openFile(request('lama.docx'), open);
    await openFile(request('baru.docx', Uint8Array.from([...docx, 1])), open);
    const [old, recent] = openPath.mock.calls.map(([path]) => path);
    await age(old!, 8);
    await age(recent!, 6);
    const outside = join(temp, 'milik orang lain.docx');
    await writeFile(outside, 'not ours');
    await age(outside, 30);
    await symlink(outside, join(folder, 'tautan.docx'));
    await mkdir(join(folder, 'map'));

    expect(await removeStaleCopies(folder, now)).toEqual([basename(old!)]);
    expect((await readdir(folder)).sort()).toEqual([basename(recent!), 'map', 'tautan.docx'].sort());
    expect(await readFile(outside, 'utf8')).toBe('not ours');
  });

  it('counts from the last save, so a copy edited yesterday stays', async () => {
    const { open, openPath } = port();
    await openFile(request(), open);
    const [path] = openPath.mock.calls[0]!;
    await age(path, 1);
    expect(await removeStaleCopies(folder, now)).toEqual([]);
    expect(await readdir(folder)).toEqual([basename(path)]);
  });

  it('counts from the last opening, so a copy written long ago but opened again today stays', async () => {
    const { open, openPath } = port();
    await openFile(request(), open);
    const [path] = openPath.mock.calls[0]!;
    await age(path, 30);
    await openFile(request(), open);
    expect(openPath.mock.calls[1]![0]).toBe(path);
    expect(await removeStaleCopies(folder, new Date())).toEqual([]);
    expect(await readdir(folder)).toEqual([basename(path)]);
  });

  it('does nothing when the folder does not exist or is not a folder', async () => {
    expect(await removeStaleCopies(folder, now)).toEqual([]);
    await writeFile(folder, 'a file where the folder should be');
    expect(await removeStaleCopies(folder, now)).toEqual([]);
    expect(await readFile(folder, 'utf8')).toBe('a file where the folder should be');
  });
});
