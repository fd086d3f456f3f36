import type { MenuItemConstructorOptions } from 'electron';

/**
 * The application menu, built only from roles. In production there is nothing that reloads
 * the page or opens DevTools; Windows and Linux need no menu at all (their copy/paste
 * shortcuts work without one), macOS needs Edit for them to work.
 */
export function applicationMenuTemplate(options: {
  isMac: boolean;
  withDevTools: boolean;
}): MenuItemConstructorOptions[] | null {
  const { isMac, withDevTools } = options;
  if (!isMac && !withDevTools) return null;
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    { role: 'editMenu' },
    ...(withDevTools ? [{ role: 'viewMenu' } as const] : []),
    { role: 'windowMenu' },
  ];
}
