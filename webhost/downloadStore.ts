import { randomBytes } from 'node:crypto';
import type { SaveFileRequest } from '../shared/api';
import type { SaveFilePort } from '../electron/main/services/saveFile';

/**
 * The web host's stand-in for a save dialog: it keeps the bytes under an unguessable,
 * one-time token for a short while, and the browser fetches them from /downloads/<token>
 * and saves them itself. Expired entries go on the next access (no timers to keep the
 * process alive); the oldest go first when the memory budget is full.
 */

export interface PendingDownload {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

export interface DownloadStore {
  /** The port for `saveFile`. */
  savePort: SaveFilePort;
  /** The download for this token, once: a second take answers undefined. */
  take(token: string): PendingDownload | undefined;
}

export interface DownloadStoreOptions {
  ttlMs?: number;
  maxTotalBytes?: number;
  now?: () => number;
}

export const DOWNLOAD_PATH_PREFIX = '/downloads/';

export function createDownloadStore({
  ttlMs = 2 * 60_000,
  maxTotalBytes = 150 * 1024 * 1024,
  now = Date.now,
}: DownloadStoreOptions = {}): DownloadStore {
  // Map keeps insertion order, so the first entry is always the oldest.
  const entries = new Map<string, PendingDownload & { expiresAt: number }>();
  let totalBytes = 0;

  const remove = (token: string) => {
    const entry = entries.get(token);
    if (!entry) return undefined;
    entries.delete(token);
    totalBytes -= entry.bytes.byteLength;
    return entry;
  };
  const dropExpired = () => {
    for (const [token, entry] of entries) if (entry.expiresAt <= now()) remove(token);
  };

  const savePort: SaveFilePort = async (request: SaveFileRequest) => {
    dropExpired();
    while (entries.size > 0 && totalBytes + request.bytes.byteLength > maxTotalBytes) {
      remove(entries.keys().next().value as string);
    }
    const token = randomBytes(32).toString('base64url');
    entries.set(token, {
      fileName: request.suggestedName,
      mimeType: request.mimeType,
      bytes: request.bytes,
      expiresAt: now() + ttlMs,
    });
    totalBytes += request.bytes.byteLength;
    return { saved: true, fileName: request.suggestedName, downloadUrl: `${DOWNLOAD_PATH_PREFIX}${token}` };
  };

  const take = (token: string): PendingDownload | undefined => {
    dropExpired();
    const entry = remove(token);
    return entry && { fileName: entry.fileName, mimeType: entry.mimeType, bytes: entry.bytes };
  };

  return { savePort, take };
}

/** `attachment` with an ASCII fallback name and the exact UTF-8 name as RFC 5987 `filename*`. */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
