import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP_NONCE_PLACEHOLDER } from './contentSecurityPolicy';
import { safeRelativePath, serveStaticFile } from './staticFiles';

let base: string;
let root: string;
const text = (body: Uint8Array) => new TextDecoder().decode(body);

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'kinerja-static-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), `<style nonce="${CSP_NONCE_PLACEHOLDER}"></style>`);
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(root, 'assets', 'app.css'), 'body{}');
  await writeFile(join(root, 'assets', 'data.bin'), 'x');
  await writeFile(join(base, 'secret.txt'), 'secret');
  await symlink(join(base, 'secret.txt'), join(root, 'link.txt'));
});
afterAll(() => rm(base, { recursive: true, force: true }));

describe('safeRelativePath', () => {
  it('maps / and folders to index.html and drops query and hash', () => {
    expect(safeRelativePath('/')).toBe('index.html');
    expect(safeRelativePath('/assets/')).toBe('assets/index.html');
    expect(safeRelativePath('/assets/app.js?v=1#x')).toBe('assets/app.js');
    expect(safeRelativePath('/a%20b.png')).toBe('a b.png');
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..\\secret.txt',
    '/%5c..%5csecret.txt',
    '/index.html%00.js',
    '//etc/passwd',
    '/C:/Windows/win.ini',
    'index.html',
    '/%E0%A4%A',
    '/./index.html',
  ])('refuses %s', (path) => {
    expect(safeRelativePath(path)).toBeUndefined();
  });
});

describe('serveStaticFile', () => {
  it('serves index.html with a CSP whose nonce is the one written into the page', async () => {
    const response = await serveStaticFile(root, '/');
    expect(response.status).toBe(200);
    expect(response.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(response.headers['Cache-Control']).toBe('no-cache');
    expect(response.headers['X-Content-Type-Options']).toBe('nosniff');
    const nonce = /'nonce-([^']+)'/.exec(response.headers['Content-Security-Policy'] ?? '')?.[1];
    expect(nonce).toBeDefined();
    expect(text(response.body)).toBe(`<style nonce="${nonce}"></style>`);
  });

  it('uses a new nonce for every response', async () => {
    const [a, b] = await Promise.all([serveStaticFile(root, '/'), serveStaticFile(root, '/index.html')]);
    expect(a.headers['Content-Security-Policy']).not.toBe(b.headers['Content-Security-Policy']);
  });

  it('serves assets with their type, no CSP and untouched bytes', async () => {
    const js = await serveStaticFile(root, '/assets/app.js');
    expect(js.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['Content-Security-Policy']).toBeUndefined();
    expect(text(js.body)).toBe('console.log(1)');
    expect((await serveStaticFile(root, '/assets/app.css')).headers['Content-Type']).toBe('text/css; charset=utf-8');
    expect((await serveStaticFile(root, '/assets/data.bin')).headers['Content-Type']).toBe('application/octet-stream');
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/link.txt', '/missing.js', '/assets', '/assets/'])(
    'answers 404 for %s',
    async (path) => {
      const response = await serveStaticFile(root, path);
      expect(response.status).toBe(404);
      expect(text(response.body)).not.toContain('secret');
    },
  );
});
