import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import packageJson from '../package.json' with { type: 'json' };
import { MAX_SAVED_FILE_BYTES } from '../shared/api';
import { spreadsheetLimits } from '../shared/spreadsheet';
import type { AppErrorData } from '../shared/errors';
import { createApiHandlers, dispatch } from '../electron/main/services/apiHandlers';
import type { CreateWorker } from '../electron/main/services/spreadsheet/readInWorker';
import { serveStaticFile } from '../electron/main/services/staticFiles';
import { attachmentDisposition, createDownloadStore, DOWNLOAD_PATH_PREFIX } from './downloadStore';
import { parseWireJson, stringifyWireJson } from './wireJson';

/**
 * The web host: the built renderer and the API of shared/api.ts over HTTP on loopback, for
 * machines without Electron (and the end-to-end tests). The API has no login, so what keeps
 * other programs and web pages out is: loopback only, an exact Host header (DNS rebinding),
 * an exact Origin (other sites' pages), and JSON only (no form posts without a preflight).
 */

export interface WebHostOptions {
  /** The built renderer, normally out/renderer. */
  rootDir: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /**
   * Starts the spreadsheet parse worker. webhost/start.ts (built into out/main/webhost.js)
   * passes electron-vite's `?nodeWorker` import, as Electron does; tests pass a tsx-started one.
   */
  createSpreadsheetWorker: CreateWorker;
  /** Keep a parse worker started ahead (start.ts does). */
  prewarmSpreadsheetWorker?: boolean;
}

export interface WebHost {
  url: string;
  close(): Promise<void>;
}

const API_PATH_PREFIX = '/api/';
/**
 * A file at the save limit (50 MB), base64-encoded (4/3), plus room for the JSON around it:
 * ≈ 68 MB. That also covers a spreadsheet to read (20 MB → ≈ 27 MB of base64; a bigger one
 * still reaches the handler, which answers spreadsheet:tooLarge with its name) and an export
 * of 15,000 rows × 12 columns (a few MB of JSON).
 */
const MAX_BODY_BYTES = Math.ceil((Math.max(MAX_SAVED_FILE_BYTES, spreadsheetLimits.maxBytes) * 4) / 3) + 1024 * 1024;

const LOOPBACK_HOSTS = ['127.0.0.1', '::1'];

const safetyHeaders = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };

function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { ...safetyHeaders, 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(text);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...safetyHeaders, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(stringifyWireJson(body));
}

const sendError = (res: ServerResponse, status: number, error: AppErrorData) =>
  sendJson(res, status, { ok: false, error });

/** The body, or undefined once it passes the limit (checked as it streams, not only by header). */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  if (Number(req.headers['content-length'] ?? 0) > limit) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

const isJson = (contentType: string | undefined) =>
  contentType?.split(';', 1)[0]?.trim().toLowerCase() === 'application/json';

export async function startWebHost({
  rootDir,
  port = 0,
  host = '127.0.0.1',
  createSpreadsheetWorker,
  prewarmSpreadsheetWorker = false,
}: WebHostOptions): Promise<WebHost> {
  if (!LOOPBACK_HOSTS.includes(host)) throw new Error(`The web host listens on loopback only, not ${host}`);

  const downloads = createDownloadStore();
  const handlers = createApiHandlers({
    appName: packageJson.productName,
    appVersion: packageJson.version,
    host: 'web',
    platform: process.platform,
    saveFilePort: downloads.savePort,
    // A page cannot start another program: openFile answers like saveFile, a one-time download
    // that the browser then opens or keeps (its own downloads bar or settings decide).
    openFilePort: async (request) => {
      const { saved, fileName, downloadUrl } = await downloads.savePort(request);
      return { opened: saved, fileName, downloadUrl };
    },
    createSpreadsheetWorker,
    prewarmSpreadsheetWorker,
  });

  let origin = '';
  let servedHost = '';
  let localhostAlias = '';

  async function handleApi(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    if (req.method !== 'POST') return sendText(res, 405, 'Method not allowed', { Allow: 'POST' });
    if (req.headers.origin !== origin) return sendError(res, 403, { code: 'api.untrustedSender' });
    if (!isJson(req.headers['content-type'])) {
      return sendError(res, 415, { code: 'api.invalidPayload', params: { channel } });
    }
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === undefined) {
      res.setHeader('Connection', 'close'); // the rest of the body is not worth reading
      return sendError(res, 413, { code: 'file.tooLarge', field: 'bytes' });
    }
    let payload: unknown;
    try {
      payload = parseWireJson(body.toString('utf8'));
    } catch {
      return sendError(res, 400, { code: 'api.invalidPayload', params: { channel } });
    }
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
      return sendError(res, 400, { code: 'api.invalidPayload', params: { channel } });
    }
    // A call that reached the API answers 200 with its envelope, success or not.
    sendJson(res, 200, await dispatch(handlers, channel, (payload as { input?: unknown }).input));
  }

  function handleDownload(req: IncomingMessage, res: ServerResponse, token: string): void {
    if (req.method !== 'GET') return sendText(res, 405, 'Method not allowed', { Allow: 'GET' });
    const download = downloads.take(token);
    if (!download) return sendText(res, 404, 'Not found');
    res.writeHead(200, {
      ...safetyHeaders,
      'Content-Type': download.mimeType,
      'Content-Length': String(download.bytes.byteLength),
      'Content-Disposition': attachmentDisposition(download.fileName),
    });
    res.end(download.bytes);
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    }
    const file = await serveStaticFile(rootDir, path);
    res.writeHead(file.status, file.headers);
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestHost = req.headers.host?.toLowerCase();
    const path = req.url ?? '/';
    const isRead = req.method === 'GET' || req.method === 'HEAD';
    if (requestHost === localhostAlias && isRead && !path.startsWith(API_PATH_PREFIX)) {
      // One origin only: IndexedDB under localhost would be a second, separate database.
      return sendText(res, 308, 'Moved', { Location: `${origin}${path}` });
    }
    if (requestHost !== servedHost) return sendText(res, 421, 'Misdirected request');

    const pathname = path.split('?', 1)[0] ?? '';
    if (pathname.startsWith(API_PATH_PREFIX)) {
      return handleApi(req, res, pathname.slice(API_PATH_PREFIX.length));
    }
    if (pathname.startsWith(DOWNLOAD_PATH_PREFIX)) {
      return handleDownload(req, res, pathname.slice(DOWNLOAD_PATH_PREFIX.length));
    }
    return handleStatic(req, res, path);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[webhost] request failed', error);
      if (!res.headersSent) sendError(res, 500, { code: 'unknown' });
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const { port: boundPort } = server.address() as AddressInfo;
  servedHost = `${host.includes(':') ? `[${host}]` : host}:${boundPort}`;
  localhostAlias = `localhost:${boundPort}`;
  origin = `http://${servedHost}`;

  return {
    url: origin,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
