import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { lstat, mkdir, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OpenFileRequestSchema, savedFileExtensions, type OpenFileRequest, type OpenFileResult } from '../../../shared/api';
import { AppError, isAppError } from '../../../shared/errors';

/**
 * Opening a file the renderer keeps (a bukti dukung file) in the program the system has for its
 * type. How is the host's business, behind a port: Electron writes a copy into a private
 * temporary folder and asks the shell to open it; the web host hands the bytes to the browser as
 * a one-time download, as for `saveFile`, since a page cannot start another program.
 */
export type OpenFilePort = (request: OpenFileRequest) => Promise<OpenFileResult>;

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function openFile(request: OpenFileRequest, port: OpenFilePort): Promise<OpenFileResult> {
  // The request schema refuses these at the API boundary; a service calling here directly gets
  // the same answer, so nothing of another type (a program) is ever handed to the shell.
  if (!savedFileExtensions(request.mimeType)) throw new AppError('file.typeNotAllowed', {}, 'mimeType');
  if (!OpenFileRequestSchema.safeParse(request).success) throw new AppError('file.nameInvalid', {}, 'suggestedName');
  try {
    return await port(request);
  } catch (error) {
    if (isAppError(error)) throw error;
    throw new AppError('file.openFailed', { reason: reasonOf(error) });
  }
}

/** What the desktop port needs of Electron, injected so tests run without it. */
export interface OpenWithSystemDeps {
  /** The private folder, `app.getPath('temp')/kinerja-luring-open`. */
  folder: string;
  /** `shell.openPath`: resolves '' once opened, else the system's error message. */
  openPath(path: string): Promise<string>;
}

/** How many copies of one name with different content may sit side by side before we give up. */
const MAX_VERSIONS = 20;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function isOwnFolder(info: Stats): boolean {
  const uid = process.getuid?.();
  return info.isDirectory() && (uid === undefined || info.uid === uid);
}

/**
 * The folder is created for this user only. On Linux and macOS the temporary folder is shared
 * with other users: a folder or link someone else put there under our name is refused rather
 * than written into.
 */
async function ensurePrivateFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true, mode: 0o700 });
  if (!isOwnFolder(await lstat(folder))) {
    throw new AppError('file.openFailed', { reason: `${folder} is not this user's own folder` });
  }
}

/**
 * The name of version `n` of a copy: the person's own name with a short content hash before its
 * extension, so two different files called "laporan.docx" never meet under one name.
 */
function copyName(name: string, hash: string, n: number): string {
  const dot = name.lastIndexOf('.');
  const [base, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  return `${base} ${hash.slice(0, 12)}${n > 1 ? `-${n}` : ''}${extension}`;
}

/**
 * Writes the copy, or finds it already there with the same bytes (opened before). A file under
 * that name with other bytes — the person edited the copy and saved it — is never overwritten:
 * the next version's name is used.
 */
async function writeCopy(folder: string, name: string, bytes: Uint8Array): Promise<string> {
  const hash = sha256(bytes);
  for (let n = 1; n <= MAX_VERSIONS; n++) {
    const path = join(folder, copyName(name, hash, n));
    try {
      await writeFile(path, bytes, { flag: 'wx', mode: 0o600 });
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const existing = await lstat(path);
    if (existing.isFile() && sha256(await readFile(path)) === hash) {
      // Opened again: its age for removeStaleCopies starts over.
      const now = new Date();
      await utimes(path, now, now);
      return path;
    }
  }
  throw new AppError('file.openFailed', { reason: `${MAX_VERSIONS} changed copies of ${name} are already open` });
}

export function openWithSystemPort(deps: OpenWithSystemDeps): OpenFilePort {
  return async ({ suggestedName, bytes }) => {
    let path: string;
    try {
      await ensurePrivateFolder(deps.folder);
      path = await writeCopy(deps.folder, suggestedName, bytes);
    } catch (error) {
      if (isAppError(error)) throw error;
      // The person asked to open, not to save: a copy that cannot be written is a file not opened.
      throw new AppError('file.openFailed', { reason: reasonOf(error) });
    }
    const problem = await deps.openPath(path);
    if (problem) throw new AppError('file.openFailed', { reason: problem });
    return { opened: true, fileName: suggestedName };
  };
}

/** How long a copy opened in another program is kept: long enough to still be open, not forever. */
export const STALE_COPY_DAYS = 7;

/**
 * Removes the copies last written or opened more than `maxAgeDays` ago (a copy the person edited
 * and saved counts from that save), so opened evidence does not pile up in the temporary folder. Run at
 * start-up. Only plain files in our own folder go: a folder or link inside, or a folder that is
 * not this user's, is left alone. Returns the names removed.
 */
export async function removeStaleCopies(folder: string, now: Date, maxAgeDays = STALE_COPY_DAYS): Promise<string[]> {
  const info = await lstat(folder).catch(() => undefined);
  if (!info || !isOwnFolder(info)) return [];
  const oldest = now.getTime() - maxAgeDays * 24 * 60 * 60 * 1000;
  const removed: string[] = [];
  for (const name of await readdir(folder)) {
    const path = join(folder, name);
    const entry = await lstat(path);
    if (!entry.isFile() || entry.mtimeMs >= oldest) continue;
    await rm(path, { force: true });
    removed.push(name);
  }
  return removed;
}
