import { protocol } from 'electron';
import { APP_ORIGIN } from '../../shared/api';
import { serveStaticFile } from './services/staticFiles';

/**
 * The renderer loads from app://kinerja, never file://: IndexedDB (all the office's data)
 * is bound to the origin, and file:// pages share one opaque origin with every local file.
 * `standard` gives the scheme a real origin (and storage), `secure` makes it a secure context.
 */
const appUrl = new URL(APP_ORIGIN);
const scheme = appUrl.protocol.slice(0, -1);

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function appRequestHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    if (url.host !== appUrl.host) return new Response('Not found', { status: 404 });
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: { Allow: 'GET, HEAD' } });
    }
    const file = await serveStaticFile(rendererDir, url.pathname);
    return new Response(file.body, { status: file.status, headers: file.headers });
  };
}

/** Must run once the app is ready. */
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(scheme, appRequestHandler(rendererDir));
}
