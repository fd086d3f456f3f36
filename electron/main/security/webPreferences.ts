import type { WebPreferences } from 'electron';

/**
 * The renderer's preferences, every security-relevant one spelled out (not left to
 * defaults that have changed between Electron versions): isolated, sandboxed, no Node.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    // Middle-click opens links in new windows; the window-open handler denies them anyway.
    disableBlinkFeatures: 'Auxclick',
  };
}
