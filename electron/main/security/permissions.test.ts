import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN } from '../../../shared/api';
import { applyPermissionPolicy, isPermissionAllowed, type PermissionSession } from './permissions';

const trusted = [APP_ORIGIN];

function fakeSession() {
  const session = {
    request: undefined as Parameters<PermissionSession['setPermissionRequestHandler']>[0] | undefined,
    check: undefined as Parameters<PermissionSession['setPermissionCheckHandler']>[0] | undefined,
    device: undefined as Parameters<PermissionSession['setDevicePermissionHandler']>[0] | undefined,
  };
  const port: PermissionSession = {
    setPermissionRequestHandler: (h) => (session.request = h),
    setPermissionCheckHandler: (h) => (session.check = h),
    setDevicePermissionHandler: (h) => (session.device = h),
  };
  applyPermissionPolicy(port, trusted);
  return session;
}

describe('isPermissionAllowed', () => {
  it('allows persistent storage for the app origin only', () => {
    expect(isPermissionAllowed('persistent-storage', 'app://kinerja/index.html', trusted)).toBe(true);
    expect(isPermissionAllowed('persistent-storage', 'app://kinerja', trusted)).toBe(true);
    expect(isPermissionAllowed('persistent-storage', 'https://evil.example/', trusted)).toBe(false);
    expect(isPermissionAllowed('persistent-storage', undefined, trusted)).toBe(false);
  });

  it.each(['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fileSystem', 'hid', 'unknown'])(
    'denies %s, even to the app',
    (permission) => expect(isPermissionAllowed(permission, 'app://kinerja/', trusted)).toBe(false),
  );
});

describe('applyPermissionPolicy', () => {
  it('answers requests through the callback', () => {
    const { request } = fakeSession();
    const callback = vi.fn();
    request?.({}, 'persistent-storage', callback, { requestingUrl: 'app://kinerja/' });
    request?.({}, 'media', callback, { requestingUrl: 'app://kinerja/' });
    request?.({}, 'persistent-storage', callback, { requestingUrl: 'https://evil.example/' });
    expect(callback.mock.calls).toEqual([[true], [false], [false]]);
  });

  it('answers checks, and refuses every device', () => {
    const { check, device } = fakeSession();
    expect(check?.(null, 'persistent-storage', 'app://kinerja')).toBe(true);
    expect(check?.(null, 'notifications', 'app://kinerja')).toBe(false);
    expect(check?.(null, 'persistent-storage', 'http://localhost:5173')).toBe(false);
    expect(device?.()).toBe(false);
  });
});
