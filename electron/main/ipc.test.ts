import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN } from '../../shared/api';
import { apiChannels, ipcChannelName } from '../../shared/apiChannels';
import { registerApi, type InvokeEventLike, type IpcMainLike } from './ipc';
import { isTrustedSender } from './security/trustedSender';
import { createApiHandlers } from './services/apiHandlers';

type Listener = Parameters<IpcMainLike['handle']>[1];

function setup() {
  const registered = new Map<string, Listener>();
  const fakeIpcMain: IpcMainLike = { handle: (channel, listener) => registered.set(channel, listener) };
  const saveFilePort = vi.fn(async () => ({ saved: true, fileName: 'a.csv' }));
  const openFilePort = vi.fn(async () => ({ opened: true, fileName: 'a.csv' }));
  const handlers = createApiHandlers({
    appName: 'Kinerja Luring',
    appVersion: '0.1.0',
    host: 'electron',
    platform: 'linux',
    saveFilePort,
    openFilePort,
    createSpreadsheetWorker: () => {
      throw new Error('no spreadsheet is read in these tests');
    },
  });
  const appInfo = vi.spyOn(handlers, 'appInfo');
  registerApi(fakeIpcMain, handlers, (frame) => isTrustedSender(frame, [APP_ORIGIN]));
  return { registered, appInfo, saveFilePort, openFilePort };
}

/** An invoke event from a frame at `url`; a subframe unless `main`. */
function eventFrom(url: string, main = true): InvokeEventLike {
  const mainFrame = { url: 'app://kinerja/' };
  return { senderFrame: main ? Object.assign(mainFrame, { url }) : { url }, sender: { mainFrame } };
}

describe('registerApi', () => {
  it('registers exactly one handler per contract channel, under its IPC name', () => {
    const { registered } = setup();
    expect([...registered.keys()].sort()).toEqual(apiChannels.map(ipcChannelName).sort());
  });

  it('dispatches a call from the app main frame', async () => {
    const { registered } = setup();
    const answer = await registered.get('kinerja:appInfo')?.(eventFrom('app://kinerja/index.html'), undefined);
    expect(answer).toEqual({
      ok: true,
      value: { name: 'Kinerja Luring', version: '0.1.0', host: 'electron', platform: 'linux' },
    });
  });

  it('validates the input like every other host', async () => {
    const { registered, saveFilePort } = setup();
    const answer = await registered.get('kinerja:saveFile')?.(eventFrom('app://kinerja/'), { suggestedName: 'x' });
    expect(answer).toEqual({ ok: false, error: { code: 'api.invalidPayload', params: { channel: 'saveFile' } } });
    expect(saveFilePort).not.toHaveBeenCalled();
  });

  it('validates openFile like saveFile and opens through its own port', async () => {
    const { registered, saveFilePort, openFilePort } = setup();
    const open = registered.get('kinerja:openFile');
    expect(await open?.(eventFrom('app://kinerja/'), { suggestedName: 'setup.exe', mimeType: 'application/x-msdownload', bytes: new Uint8Array([0x4d, 0x5a]) })).toEqual({
      ok: false,
      error: { code: 'file.typeNotAllowed', params: {}, field: 'mimeType' },
    });
    expect(openFilePort).not.toHaveBeenCalled();
    const request = { suggestedName: 'a.csv', mimeType: 'text/csv', bytes: new Uint8Array([0x61]) };
    expect(await open?.(eventFrom('app://kinerja/'), request)).toEqual({ ok: true, value: { opened: true, fileName: 'a.csv' } });
    expect(openFilePort).toHaveBeenCalledWith(request);
    expect(saveFilePort).not.toHaveBeenCalled();
  });

  it("prints the sending window's own page for printToPdf, and saves it through the port", async () => {
    const { registered, saveFilePort } = setup();
    const printed = new TextEncoder().encode('%PDF-1.7');
    const event = eventFrom('app://kinerja/');
    const sender = Object.assign(event.sender, {
      printToPDF: vi.fn(async function (this: unknown) {
        expect(this).toBe(sender); // Electron's method needs its webContents as `this`
        return printed;
      }),
    });
    const answer = await registered.get('kinerja:printToPdf')?.(event, { suggestedName: 'SKP 2026.pdf' });
    expect(answer).toEqual({ ok: true, value: { saved: true, fileName: 'a.csv' } });
    expect(sender.printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(saveFilePort).toHaveBeenCalledWith({ suggestedName: 'SKP 2026.pdf', mimeType: 'application/pdf', bytes: printed });
  });

  it('never prints for an untrusted sender', async () => {
    const { registered } = setup();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const event = eventFrom('https://evil.example/');
    const printToPDF = vi.fn(async () => new Uint8Array());
    Object.assign(event.sender, { printToPDF });
    expect(await registered.get('kinerja:printToPdf')?.(event, { suggestedName: 'a.pdf' })).toEqual({ ok: false, error: { code: 'api.untrustedSender' } });
    expect(printToPDF).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it.each([
    ['another origin', eventFrom('https://evil.example/')],
    ['a look-alike origin', eventFrom('app://kinerja.evil/')],
    ['a file:// page', eventFrom('file:///home/ana/index.html')],
    ['a subframe of the app', eventFrom('app://kinerja/', false)],
    ['a frame that is gone', { senderFrame: null, sender: { mainFrame: {} } }],
  ])('refuses %s without running the handler', async (_name, event) => {
    const { registered, appInfo, saveFilePort, openFilePort } = setup();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const channel of ['kinerja:appInfo', 'kinerja:saveFile', 'kinerja:openFile']) {
      expect(await registered.get(channel)?.(event, undefined)).toEqual({
        ok: false,
        error: { code: 'api.untrustedSender' },
      });
    }
    expect(appInfo).not.toHaveBeenCalled();
    expect(saveFilePort).not.toHaveBeenCalled();
    expect(openFilePort).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
