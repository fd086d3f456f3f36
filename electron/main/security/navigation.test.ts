import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN } from '../../../shared/api';
import { attachNavigationPolicy, type NavigableContents } from './navigation';

type Listener = (event: { url: string; preventDefault(): void }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents: NavigableContents = {
    on: (event: string, listener: Listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler) => (windowOpenHandler = handler),
  };
  const openExternal = vi.fn(async () => {});
  attachNavigationPolicy(contents, { allowedOrigins: [APP_ORIGIN, 'http://localhost:5173'], openExternal });

  const fire = (name: string, url: string) => {
    const event = { url, preventDefault: vi.fn() };
    listeners.get(name)?.(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { listeners, fire, openExternal, open: (url: string) => windowOpenHandler?.({ url }) };
}

describe('attachNavigationPolicy', () => {
  it('listens to every navigation event and webview attachment', () => {
    const { listeners } = fakeContents();
    expect([...listeners.keys()].sort()).toEqual(
      ['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect'].sort(),
    );
  });

  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])('%s stays inside the app', (name) => {
    const { fire } = fakeContents();
    expect(fire(name, 'app://kinerja/index.html#/skp')).toBe(false);
    expect(fire(name, 'http://localhost:5173/')).toBe(false);
    expect(fire(name, 'https://evil.example/')).toBe(true);
    expect(fire(name, 'app://kinerja.evil/')).toBe(true);
    expect(fire(name, 'file:///etc/passwd')).toBe(true);
    expect(fire(name, 'http://localhost:5174/')).toBe(true);
  });

  it('sends a blocked allow-listed link to the browser instead', async () => {
    const { fire, openExternal } = fakeContents();
    expect(fire('will-navigate', 'https://peraturan.bpk.go.id/Details/1')).toBe(true);
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);
    await Promise.resolve();
    expect(openExternal.mock.calls).toEqual([['https://peraturan.bpk.go.id/Details/1']]);
  });

  it('denies every new window, opening only allow-listed URLs outside', async () => {
    const { open, openExternal } = fakeContents();
    expect(open('https://www.bkn.go.id/')).toEqual({ action: 'deny' });
    expect(open('app://kinerja/index.html')).toEqual({ action: 'deny' });
    expect(open('https://evil.example/')).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(openExternal.mock.calls).toEqual([['https://www.bkn.go.id/']]);
  });

  it('prevents every <webview>', () => {
    const { fire } = fakeContents();
    expect(fire('will-attach-webview', 'app://kinerja/')).toBe(true);
  });
});
