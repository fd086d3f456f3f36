import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../electron/main/services/apiHandlers';
import { CSP_NONCE_PLACEHOLDER } from '../electron/main/services/contentSecurityPolicy';
import { createTsParseWorker } from '../electron/main/services/spreadsheet/tsWorker.testSupport';
import { startWebHost, type WebHost } from './server';

// The real dispatch, watched: a refused request must never reach it.
vi.mock('../electron/main/services/apiHandlers', async (importOriginal) => {
  const original = await importOriginal<typeof import('../electron/main/services/apiHandlers')>();
  return { ...original, dispatch: vi.fn(original.dispatch) };
});

let base: string;
let host: WebHost;
let hostHeader: string;

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  json: () => unknown;
}

/** Raw HTTP, so the test controls Host and Origin exactly (fetch would set them itself). */
function send(
  method: string,
  path: string,
  { headers = {}, body }: { headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  const { port } = new URL(host.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method, path, headers: { Host: hostHeader, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const all = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: all, json: () => JSON.parse(all.toString()) });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const api = (channel: string, input: unknown, headers: Record<string, string> = {}) =>
  send('POST', `/api/${channel}`, {
    headers: { Origin: host.url, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(input === undefined ? {} : { input }),
  });

const csvRequest = {
  suggestedName: 'Rekap SKP – Triwulan I.csv',
  mimeType: 'text/csv',
  bytes: { $bytes: Buffer.from('nip;nama\n1;Ani\n').toString('base64') },
};

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'kinerja-webhost-'));
  const root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(
    join(root, 'index.html'),
    `<meta property="csp-nonce" nonce="${CSP_NONCE_PLACEHOLDER}"><script type="module" nonce="${CSP_NONCE_PLACEHOLDER}" src="/assets/app.js"></script>`,
  );
  await writeFile(join(root, 'assets', 'app.js'), 'export {}');
  await writeFile(join(base, 'secret.txt'), 'secret');
  host = await startWebHost({ rootDir: root, createSpreadsheetWorker: createTsParseWorker });
  hostHeader = new URL(host.url).host;
});
afterAll(async () => {
  await host.close();
  await rm(base, { recursive: true, force: true });
});

describe('startWebHost', () => {
  it('listens on 127.0.0.1 on a free port, and only on loopback', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await expect(startWebHost({ rootDir: base, host: '0.0.0.0', createSpreadsheetWorker: createTsParseWorker })).rejects.toThrow(
      /loopback/,
    );
  });
});

describe('static files', () => {
  it('serves index.html with a CSP header whose nonce is in the page, new for every response', async () => {
    const nonces = [];
    for (let i = 0; i < 2; i++) {
      const answer = await send('GET', '/');
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      const nonce = /'nonce-([^']+)'/.exec(String(answer.headers['content-security-policy']))?.[1];
      expect(nonce).toBeTruthy();
      const html = answer.body.toString();
      expect(html).not.toContain(CSP_NONCE_PLACEHOLDER);
      expect(html.match(/nonce="([^"]+)"/g)).toEqual([`nonce="${nonce}"`, `nonce="${nonce}"`]);
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('serves assets and answers HEAD without a body', async () => {
    const js = await send('GET', '/assets/app.js?v=2');
    expect([js.status, js.headers['content-type'], js.body.toString()]).toEqual([
      200,
      'text/javascript; charset=utf-8',
      'export {}',
    ]);
    const head = await send('HEAD', '/');
    expect([head.status, head.body.length]).toEqual([200, 0]);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets%5c..%5c..%5csecret.txt',
    '/index.html%00',
    '//secret.txt',
    `/${'%2e%2e/'.repeat(8)}etc/passwd`,
  ])('answers 404 to traversal %s', async (path) => {
    const answer = await send('GET', path);
    expect(answer.status).toBe(404);
    expect(answer.body.toString()).not.toContain('secret');
  });

  it('answers 405 to other methods', async () => {
    expect((await send('PUT', '/index.html', { body: 'x' })).status).toBe(405);
    expect((await send('DELETE', '/')).status).toBe(405);
  });
});

describe('Host header (DNS rebinding)', () => {
  it.each(['evil.example', 'evil.example:5180', '127.0.0.1', '127.0.0.1:1', 'kinerja.local'])(
    'refuses %s with 421',
    async (value) => {
      expect((await send('GET', '/', { headers: { Host: value } })).status).toBe(421);
      vi.mocked(dispatch).mockClear();
      expect((await api('appInfo', undefined, { Host: value })).status).toBe(421);
      expect(dispatch).not.toHaveBeenCalled();
    },
  );

  it('redirects localhost to the one served origin (one IndexedDB, not two)', async () => {
    const { port } = new URL(host.url);
    const answer = await send('GET', '/assets/app.js', { headers: { Host: `localhost:${port}` } });
    expect(answer.status).toBe(308);
    expect(answer.headers.location).toBe(`${host.url}/assets/app.js`);
    expect((await send('HEAD', '/', { headers: { Host: `localhost:${port}` } })).status).toBe(308);
    // An API call never comes from a localhost page (there is none): refused, not redirected.
    expect((await api('appInfo', undefined, { Host: `localhost:${port}` })).status).toBe(421);
  });
});

describe('API', () => {
  it('answers appInfo for the web host', async () => {
    vi.mocked(dispatch).mockClear();
    const answer = await api('appInfo', undefined);
    expect(dispatch).toHaveBeenCalledOnce();
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.json()).toEqual({
      ok: true,
      value: { name: 'Kinerja Luring', version: expect.any(String), host: 'web', platform: process.platform },
    });
  });

  it.each([
    ['another site', () => 'https://evil.example'],
    ['another local port', () => 'http://127.0.0.1:1'],
    ['the localhost alias', () => host.url.replace('127.0.0.1', 'localhost')],
    ['an opaque origin', () => 'null'],
    ['no origin at all', () => undefined],
  ])('refuses a call from %s with 403, and the handler never runs', async (_name, origin) => {
    vi.mocked(dispatch).mockClear();
    const value = origin();
    const answer = await send('POST', '/api/saveFile', {
      headers: { 'Content-Type': 'application/json', ...(value === undefined ? {} : { Origin: value }) },
      body: JSON.stringify({ input: csvRequest }),
    });
    expect(answer.status).toBe(403);
    expect(answer.json()).toEqual({ ok: false, error: { code: 'api.untrustedSender' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('requires application/json (415), so a plain HTML form cannot post', async () => {
    const answer = await api('appInfo', undefined, { 'Content-Type': 'text/plain' });
    expect(answer.status).toBe(415);
    const form = await api('appInfo', undefined, { 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    expect((await api('appInfo', undefined, { 'Content-Type': 'application/json; charset=utf-8' })).status).toBe(200);
  });

  it('answers malformed JSON with 400 api.invalidPayload', async () => {
    for (const body of ['{"input":', 'null', '[1]', '{"input":{"bytes":{"$bytes":"!!"}}}']) {
      const answer = await send('POST', '/api/saveFile', {
        headers: { Origin: host.url, 'Content-Type': 'application/json' },
        body,
      });
      expect(answer.status).toBe(400);
      expect(answer.json()).toEqual({ ok: false, error: { code: 'api.invalidPayload', params: { channel: 'saveFile' } } });
    }
  });

  it('refuses a body over the limit with 413', async () => {
    const answer = await send('POST', '/api/saveFile', {
      headers: { Origin: host.url, 'Content-Type': 'application/json', 'Content-Length': String(200 * 1024 * 1024) },
    }).catch((error: unknown) => error);
    expect(answer).toMatchObject({ status: 413 });
  });

  it('rejects input failing the schema with its code, and without a stack', async () => {
    const badName = await api('saveFile', { ...csvRequest, suggestedName: '../rekap.csv' });
    expect(badName.json()).toEqual({
      ok: false,
      error: { code: 'file.nameInvalid', params: {}, field: 'suggestedName' },
    });
    const wrongType = await api('saveFile', { ...csvRequest, suggestedName: 'rekap.pdf' });
    expect(wrongType.json()).toMatchObject({ ok: false, error: { code: 'file.extensionMismatch' } });
    const noBytes = await api('saveFile', { ...csvRequest, bytes: 'AAAA' });
    expect(noBytes.json()).toEqual({ ok: false, error: { code: 'api.invalidPayload', params: { channel: 'saveFile' } } });
    expect(badName.body.toString()).not.toMatch(/at .*\.ts/);
  });

  it('answers an unknown channel with api.unknownChannel', async () => {
    expect((await api('deleteEverything', undefined)).json()).toEqual({
      ok: false,
      error: { code: 'api.unknownChannel', params: { channel: 'deleteEverything' } },
    });
  });

  it('answers 405 to a GET on the API', async () => {
    expect((await send('GET', '/api/appInfo')).status).toBe(405);
  });
});

describe('saveFile downloads', () => {
  it('returns a download URL that serves the bytes once, as an attachment', async () => {
    const answer = await api('saveFile', csvRequest);
    const envelope = answer.json() as { ok: true; value: { saved: boolean; fileName: string; downloadUrl: string } };
    expect(envelope.ok).toBe(true);
    expect(envelope.value).toMatchObject({ saved: true, fileName: csvRequest.suggestedName });
    expect(envelope.value.downloadUrl).toMatch(/^\/downloads\/[\w-]+$/);

    const download = await send('GET', envelope.value.downloadUrl);
    expect(download.status).toBe(200);
    expect(download.body.toString()).toBe('nip;nama\n1;Ani\n');
    expect(download.headers['content-type']).toBe('text/csv');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="Rekap SKP _ Triwulan I.csv"; filename*=UTF-8''Rekap%20SKP%20%E2%80%93%20Triwulan%20I.csv`,
    );
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['cache-control']).toBe('no-store');

    expect((await send('GET', envelope.value.downloadUrl)).status).toBe(404);
  });

  it('openFile: a page cannot start another program, so the file is a one-time download like saveFile', async () => {
    const answer = await api('openFile', csvRequest);
    const envelope = answer.json() as { ok: true; value: { opened: boolean; fileName: string; downloadUrl: string } };
    expect(envelope.value).toMatchObject({ opened: true, fileName: csvRequest.suggestedName });
    const download = await send('GET', envelope.value.downloadUrl);
    expect(download.body.toString()).toBe('nip;nama\n1;Ani\n');
    expect(download.headers['content-disposition']).toMatch(/^attachment;/);
    expect((await send('GET', envelope.value.downloadUrl)).status).toBe(404);
    // Validated as saveFile is: a program is refused by its type.
    const program = await api('openFile', { ...csvRequest, suggestedName: 'setup.exe', mimeType: 'application/x-msdownload' });
    expect(program.json()).toEqual({ ok: false, error: { code: 'file.typeNotAllowed', params: {}, field: 'mimeType' } });
  });

  it('answers 404 for a token it never gave out', async () => {
    expect((await send('GET', '/downloads/guessed-token')).status).toBe(404);
    expect((await send('GET', '/downloads/../index.html')).status).toBe(404);
  });
});

describe('spreadsheet channels over HTTP', () => {
  const base64 = (text: string) => Buffer.from(text).toString('base64');

  it('readSpreadsheet: bytes in as {"$bytes": …}, plain rows out, parsed by the worker', async () => {
    const answer = await api('readSpreadsheet', {
      fileName: 'Daftar Pegawai.csv',
      bytes: { $bytes: base64('\ufeffNIP;Nama\r\n199001012015031001;Ani Suryani\r\n') },
    });
    expect(answer.status).toBe(200);
    expect(answer.json()).toEqual({
      ok: true,
      value: {
        fileName: 'Daftar Pegawai.csv',
        format: 'csv',
        sheets: [{ name: 'Daftar Pegawai', rows: [['NIP', 'Nama'], ['199001012015031001', 'Ani Suryani']] }],
      },
    });
  });

  it('readSpreadsheet: a refused file answers its spreadsheet: code with the file name', async () => {
    const answer = await api('readSpreadsheet', { fileName: 'laporan.xlsx', bytes: { $bytes: base64('%PDF-1.7') } });
    expect(answer.json()).toEqual({
      ok: false,
      error: { code: 'spreadsheet:typeMismatch', params: { fileName: 'laporan.xlsx', expected: '.xlsx', actual: 'pdf' } },
    });
  });

  it('readSpreadsheet: a file over 20 MB gets through the body limit and is refused by name', async () => {
    const big = Buffer.alloc(20 * 1024 * 1024 + 1, 0x61).toString('base64');
    const answer = await api('readSpreadsheet', { fileName: 'besar.csv', bytes: { $bytes: big } });
    expect(answer.json()).toEqual({ ok: false, error: { code: 'spreadsheet:tooLarge', params: { fileName: 'besar.csv', limitMb: 20 } } });
  });

  it('exportWorkbook: answers a one-time download of the styled .xlsx', async () => {
    const answer = await api('exportWorkbook', {
      suggestedName: 'Rekap Pegawai.xlsx',
      sheets: [{ name: 'Pegawai', title: 'Rekap', columns: [{ key: 'nip', header: 'NIP', type: 'text' }], rows: [{ nip: '199001012015031001' }] }],
    });
    const envelope = answer.json() as { ok: true; value: { saved: boolean; fileName: string; downloadUrl: string } };
    expect(envelope.value).toMatchObject({ saved: true, fileName: 'Rekap Pegawai.xlsx' });
    const download = await send('GET', envelope.value.downloadUrl);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect([...download.body.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('printToPdf: the web host cannot print a page, so it tells the renderer to use the browser print dialog', async () => {
    const answer = await api('printToPdf', { suggestedName: 'SKP 2026 - Yohana Rambu.pdf' });
    expect(answer.status).toBe(200);
    expect(answer.json()).toEqual({ ok: false, error: { code: 'pdf.useBrowserPrint', params: {} } });
  });

  it.each(['readSpreadsheet', 'exportWorkbook'])('%s from another origin is refused and never dispatched', async (channel) => {
    vi.mocked(dispatch).mockClear();
    const answer = await send('POST', `/api/${channel}`, {
      headers: { Origin: 'https://evil.example', 'Content-Type': 'application/json' },
      body: JSON.stringify({ input: { fileName: 'a.csv', bytes: { $bytes: base64('a') } } }),
    });
    expect(answer.status).toBe(403);
    expect(dispatch).not.toHaveBeenCalled();
  });
});
