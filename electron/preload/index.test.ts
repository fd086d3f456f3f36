import { beforeEach, describe, expect, it, vi } from 'vitest';
import { apiContract } from '../../shared/api';

// The preload runs inside Electron; here Electron's two objects are stand-ins that record use.
const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void (exposed[key] = api) },
  ipcRenderer: { invoke, send: vi.fn(), on: vi.fn() },
}));

describe('the preload', () => {
  beforeEach(async () => {
    vi.resetModules();
    await import('./index');
  });

  it('exposes only window.kinerja, with exactly one function per API channel', () => {
    expect(Object.keys(exposed)).toEqual(['kinerja']);
    const api = exposed.kinerja as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(Object.keys(apiContract).sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('sends each call on its own channel and hands back the envelope unchanged', async () => {
    const api = exposed.kinerja as Record<string, (input?: unknown) => Promise<unknown>>;
    await expect(api.appInfo!(undefined)).resolves.toEqual({ ok: true, value: { channel: 'kinerja:appInfo', input: undefined } });
    expect(invoke).toHaveBeenLastCalledWith('kinerja:appInfo', undefined);
  });

  it('never hands the renderer ipcRenderer itself', () => {
    const api = exposed.kinerja as Record<string, unknown>;
    expect(Object.values(api)).not.toContain(invoke);
  });
});
