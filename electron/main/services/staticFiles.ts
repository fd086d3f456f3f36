import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { contentSecurityPolicy, newCspNonce, withNonce } from './contentSecurityPolicy';

/**
 * Serves the built renderer (out/renderer) to both hosts: Electron's app:// protocol and the
 * web host. Anything that is not plainly a file inside the root answers 404, so a crafted
 * path can never read outside it.
 */

export interface StaticResponse {
  status: 200 | 404;
  headers: Record<string, string>;
  body: Uint8Array;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const notFound = (): StaticResponse => ({
  status: 404,
  headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  body: new TextEncoder().encode('Not found'),
});

/**
 * Turns the path of a request URL into a path relative to the root, or undefined when it is
 * not a plain path: bad percent-encoding, `..` or `.` segments (raw or encoded), backslashes
 * (a separator on Windows), NUL, or a colon (a drive letter on Windows).
 */
export function safeRelativePath(urlPath: string): string | undefined {
  const path = urlPath.split(/[?#]/, 1)[0] ?? '';
  if (!path.startsWith('/')) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (/[\\\0:]/.test(decoded)) return undefined;
  const segments = decoded.split('/').slice(1);
  if (segments.some((s) => s === '..' || s === '.')) return undefined;
  if (segments.slice(0, -1).some((s) => s === '')) return undefined; // "//": an absolute path in disguise
  const relative = segments.join('/');
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

/** Resolves inside the root, following symlinks, or undefined when the file is outside it or absent. */
async function fileInside(rootDir: string, relative: string): Promise<string | undefined> {
  try {
    const root = await realpath(rootDir);
    const file = await realpath(resolve(root, relative));
    if (!file.startsWith(root + sep)) return undefined;
    return (await stat(file)).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

export async function serveStaticFile(rootDir: string, urlPath: string): Promise<StaticResponse> {
  const relative = safeRelativePath(urlPath);
  if (relative === undefined) return notFound();
  const file = await fileInside(rootDir, relative);
  if (file === undefined) return notFound();

  const extension = extname(file).toLowerCase();
  const headers: Record<string, string> = {
    'Content-Type': contentTypes[extension] ?? 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
  };
  const bytes = await readFile(file);
  if (extension !== '.html') return { status: 200, headers, body: bytes };

  // A fresh nonce per response: a nonce an attacker could learn once would be worthless.
  const nonce = newCspNonce();
  headers['Content-Security-Policy'] = contentSecurityPolicy(nonce);
  headers['Cache-Control'] = 'no-cache';
  return { status: 200, headers, body: new TextEncoder().encode(withNonce(bytes.toString('utf8'), nonce)) };
}
