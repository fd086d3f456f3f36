import { isTrustedOrigin } from './trustedSender';

/**
 * Web permissions: all denied, except persistent storage for the app itself, so the browser
 * never evicts the IndexedDB that holds all the office's records.
 *
 * The string is the one Electron passes for `navigator.storage.persist()`: Electron 45's
 * shell/common/gin_converters/content_converter.cc maps blink::PermissionType::DURABLE_STORAGE
 * to "persistent-storage", and electron.d.ts lists 'persistent-storage' among the permission
 * names of setPermissionRequestHandler / setPermissionCheckHandler.
 */
export const ALLOWED_PERMISSIONS: readonly string[] = ['persistent-storage'];

export function isPermissionAllowed(
  permission: string,
  requestingUrl: string | undefined,
  trustedOrigins: readonly string[],
): boolean {
  return ALLOWED_PERMISSIONS.includes(permission) && isTrustedOrigin(requestingUrl, trustedOrigins);
}

/** The part of Electron's Session this policy sets. */
export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl?: string },
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (webContents: unknown, permission: string, requestingOrigin: string) => boolean,
  ): void;
  setDevicePermissionHandler(handler: () => boolean): void;
}

export function applyPermissionPolicy(session: PermissionSession, trustedOrigins: readonly string[]): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details.requestingUrl, trustedOrigins)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, trustedOrigins),
  );
  // WebHID, WebUSB, Web Serial: no device, ever.
  session.setDevicePermissionHandler(() => false);
}
