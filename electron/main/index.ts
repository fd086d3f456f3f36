import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { APP_ORIGIN } from '../../shared/api';
import { registerAppScheme, serveAppProtocol } from './appProtocol';
import { registerApi } from './ipc';
import { applicationMenuTemplate } from './menu';
import { attachNavigationPolicy } from './security/navigation';
import { applyPermissionPolicy } from './security/permissions';
import { isTrustedSender, originOf } from './security/trustedSender';
import { createApiHandlers } from './services/apiHandlers';
import { openWithSystemPort, removeStaleCopies } from './services/openFile';
import { nativeSaveDialogPort } from './services/saveFile';
// electron-vite bundles the worker as its own chunk and answers `(options) => new Worker(chunk, options)`.
import createSpreadsheetWorker from './services/spreadsheet/parseWorker?nodeWorker';
import { createMainWindow } from './window';

/**
 * Wiring only: Electron's real dialog, fs, shell, session and IPC handed to the plain
 * policies and services next to this file.
 */

// The Vite dev server is trusted only when running unpackaged (`electron-vite dev`).
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL || undefined;
const devServerOrigin = devServerUrl === undefined ? undefined : originOf(devServerUrl);
const trustedOrigins = devServerOrigin === undefined ? [APP_ORIGIN] : [APP_ORIGIN, devServerOrigin];

const appDir = app.getAppPath();
let mainWindow: BrowserWindow | undefined;

function openMainWindow(): void {
  mainWindow = createMainWindow({
    preloadPath: join(appDir, 'out/preload/index.cjs'),
    startUrl: devServerUrl ?? `${APP_ORIGIN}/`,
    devTools: !app.isPackaged,
  });
  mainWindow.on('closed', () => (mainWindow = undefined));
}

function start(): void {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) =>
    attachNavigationPolicy(contents, {
      allowedOrigins: trustedOrigins,
      openExternal: (url) => shell.openExternal(url),
    }),
  );

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    serveAppProtocol(join(appDir, 'out/renderer'));
    applyPermissionPolicy(session.defaultSession, trustedOrigins);

    const openCopiesFolder = join(app.getPath('temp'), 'kinerja-luring-open');
    // Copies opened in other programs last week or earlier are no longer needed.
    removeStaleCopies(openCopiesFolder, new Date()).catch((error: unknown) => console.error('Could not clear old opened copies:', error));
    const handlers = createApiHandlers({
      appName: app.getName(), // productName from package.json
      appVersion: app.getVersion(),
      host: 'electron',
      platform: process.platform,
      saveFilePort: nativeSaveDialogPort({
        showSaveDialog: (options) =>
          mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
        writeFile: (path, bytes) => writeFile(path, bytes),
        defaultFolder: app.getPath('documents'),
      }),
      openFilePort: openWithSystemPort({ folder: openCopiesFolder, openPath: (path) => shell.openPath(path) }),
      createSpreadsheetWorker,
      prewarmSpreadsheetWorker: true,
    });
    registerApi(ipcMain, handlers, (frame) => isTrustedSender(frame, trustedOrigins));

    const isMac = process.platform === 'darwin';
    const menu = applicationMenuTemplate({ isMac, withDevTools: !app.isPackaged });
    Menu.setApplicationMenu(menu && Menu.buildFromTemplate(menu));

    openMainWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
    });
  });
}

// Both must happen before the app is ready.
registerAppScheme();
app.enableSandbox();

// A second copy would open the same IndexedDB from two windows; hand over to the first.
if (app.requestSingleInstanceLock()) start();
else app.quit();
