import { describe, expect, it } from 'vitest';
import type { SaveFileRequest } from '../shared/api';
import { attachmentDisposition, createDownloadStore } from './downloadStore';

const file = (name: string, size = 3): SaveFileRequest => ({
  suggestedName: name,
  mimeType: 'text/csv',
  bytes: new Uint8Array(size),
});
const tokenOf = (url: string | undefined) => url?.replace('/downloads/', '') ?? '';

describe('createDownloadStore', () => {
  it('hands each download out once, under an unguessable token', async () => {
    const store = createDownloadStore();
    const result = await store.savePort(file('a.csv'));
    expect(result).toMatchObject({ saved: true, fileName: 'a.csv' });
    expect(result.downloadUrl).toMatch(/^\/downloads\/[A-Za-z0-9_-]{43}$/);
    expect(store.take(tokenOf(result.downloadUrl))).toMatchObject({ fileName: 'a.csv', mimeType: 'text/csv' });
    expect(store.take(tokenOf(result.downloadUrl))).toBeUndefined();
    expect(store.take('guess')).toBeUndefined();
  });

  it('forgets downloads nobody fetched in time', async () => {
    let now = 0;
    const store = createDownloadStore({ ttlMs: 1000, now: () => now });
    const { downloadUrl } = await store.savePort(file('a.csv'));
    now = 1000;
    expect(store.take(tokenOf(downloadUrl))).toBeUndefined();
  });

  it('drops the oldest downloads when memory is full', async () => {
    const store = createDownloadStore({ maxTotalBytes: 10 });
    const first = await store.savePort(file('1.csv', 4));
    const second = await store.savePort(file('2.csv', 4));
    const third = await store.savePort(file('3.csv', 4));
    expect(store.take(tokenOf(first.downloadUrl))).toBeUndefined();
    expect(store.take(tokenOf(second.downloadUrl))?.fileName).toBe('2.csv');
    expect(store.take(tokenOf(third.downloadUrl))?.fileName).toBe('3.csv');
  });
});

describe('attachmentDisposition', () => {
  it('gives ASCII names as they are', () => {
    expect(attachmentDisposition('rekap-skp.csv')).toBe(
      `attachment; filename="rekap-skp.csv"; filename*=UTF-8''rekap-skp.csv`,
    );
  });

  it('encodes other names per RFC 5987 with a safe ASCII fallback', () => {
    expect(attachmentDisposition("Laporan 'Triwulan' (I) – Pak Budi.pdf")).toBe(
      `attachment; filename="Laporan 'Triwulan' (I) _ Pak Budi.pdf"; ` +
        `filename*=UTF-8''Laporan%20%27Triwulan%27%20%28I%29%20%E2%80%93%20Pak%20Budi.pdf`,
    );
  });
});
