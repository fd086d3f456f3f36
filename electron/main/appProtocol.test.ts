import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => electron);

const { appRequestHandler, registerAppScheme, serveAppProtocol } = await import('./appProtocol');
const { CSP_NONCE_PLACEHOLDER } = await import('./services/contentSecurityPolicy');

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kinerja-protocol-'));
  await writeFile(join(root, 'index.html'), `<html nonce="${CSP_NONCE_PLACEHOLDER}"></html>`);
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('app:// protocol', () => {
  it('registers app as a standard, secure scheme with fetch', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('handles the app scheme', () => {
    serveAppProtocol(root);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('serves the renderer on app://kinerja with its CSP', async () => {
    const response = await appRequestHandler(root)(new Request('app://kinerja/'));
    expect(response.status).toBe(200);
    const csp = response.headers.get('Content-Security-Policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(await response.text()).toBe(`<html nonce="${nonce}"></html>`);
  });

  it('answers 404 for another host and for traversal', async () => {
    const handler = appRequestHandler(root);
    expect((await handler(new Request('app://other/'))).status).toBe(404);
    expect((await handler(new Request('app://kinerja/%2e%2e/%2e%2e/etc/passwd'))).status).toBe(404);
  });

  it('answers 405 to anything but GET and HEAD', async () => {
    const response = await appRequestHandler(root)(new Request('app://kinerja/', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });
});
