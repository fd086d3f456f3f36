import { BrowserWindow } from 'electron';
import { secureWebPreferences } from './security/webPreferences';

export interface MainWindowOptions {
  preloadPath: string;
  startUrl: string;
  devTools: boolean;
}

export function createMainWindow({ preloadPath, startUrl, devTools }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Kinerja Luring',
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    // Shown once painted, so the person never sees a blank white frame.
    show: false,
    webPreferences: { ...secureWebPreferences(preloadPath), devTools },
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(startUrl).catch((error: unknown) => console.error('[window] load failed', error));
  return window;
}
