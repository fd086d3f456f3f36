import { describe, expect, it, vi } from 'vitest';
import { apiContract, MAX_SAVED_FILE_BYTES } from '../../../shared/api';
import { apiChannels } from '../../../shared/apiChannels';
import { AppError } from '../../../shared/errors';
import { createApiHandlers, dispatch, type ApiDeps } from './apiHandlers';
import { createTsParseWorker } from './spreadsheet/tsWorker.testSupport';

function setup(saveFilePort: ApiDeps['saveFilePort'] = async () => ({ saved: false }), openFilePort: ApiDeps['openFilePort'] = async (r) => ({ opened: true, fileName: r.suggestedName })) {
  const port = vi.fn(saveFilePort);
  const openPort = vi.fn(openFilePort);
  const handlers = createApiHandlers({
    appName: 'Kinerja Luring',
    appVersion: '0.1.0',
    host: 'web',
    platform: 'linux',
    saveFilePort: port,
    openFilePort: openPort,
    createSpreadsheetWorker: createTsParseWorker,
  });
  const logError = vi.fn();
  return { handlers, port, openPort, logError };
}

const csv = (name = 'rekap.csv', bytes = new Uint8Array([1, 2, 3])) => ({
  suggestedName: name,
  mimeType: 'text/csv',
  bytes,
});

describe('createApiHandlers', () => {
  it('has one handler per contract channel', () => {
    expect(Object.keys(setup().handlers).sort()).toEqual(Object.keys(apiContract).sort());
    expect([...apiChannels].sort()).toEqual(Object.keys(apiContract).sort());
  });
});

describe('dispatch', () => {
  it('answers appInfo', async () => {
    const { handlers } = setup();
    expect(await dispatch(handlers, 'appInfo', undefined)).toEqual({
      ok: true,
      value: { name: 'Kinerja Luring', version: '0.1.0', host: 'web', platform: 'linux' },
    });
  });

  it('runs saveFile through the port with the validated request', async () => {
    const { handlers, port } = setup(async (r) => ({ saved: true, fileName: r.suggestedName }));
    expect(await dispatch(handlers, 'saveFile', csv())).toEqual({
      ok: true,
      value: { saved: true, fileName: 'rekap.csv' },
    });
    expect(port).toHaveBeenCalledOnce();
  });

  it('rejects an unknown channel, including inherited property names', async () => {
    const { handlers } = setup();
    for (const channel of ['deleteEverything', 'constructor', '__proto__', 'toString']) {
      expect(await dispatch(handlers, channel, undefined)).toEqual({
        ok: false,
        error: { code: 'api.unknownChannel', params: { channel } },
      });
    }
  });

  it('rejects input the schema refuses as api.invalidPayload, without running the handler', async () => {
    const { handlers, port } = setup();
    expect(await dispatch(handlers, 'appInfo', { extra: 1 })).toEqual({
      ok: false,
      error: { code: 'api.invalidPayload', params: { channel: 'appInfo' } },
    });
    // A type the app does not write is named as such (errors:file.typeNotAllowed), on its field.
    expect(await dispatch(handlers, 'saveFile', { ...csv(), mimeType: 'text/html' })).toEqual({
      ok: false,
      error: { code: 'file.typeNotAllowed', params: {}, field: 'mimeType' },
    });
    expect(await dispatch(handlers, 'saveFile', { ...csv(), path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'api.invalidPayload' },
    });
    expect(port).not.toHaveBeenCalled();
  });

  it.each([
    ['../../etc/passwd.csv', 'file.nameInvalid', 'suggestedName'],
    ['.hidden.csv', 'file.nameInvalid', 'suggestedName'],
    ['rekap.xlsx', 'file.extensionMismatch', 'suggestedName'],
  ])('reports the schema code for %s', async (name, code, field) => {
    const { handlers, port } = setup();
    expect(await dispatch(handlers, 'saveFile', csv(name))).toEqual({ ok: false, error: { code, params: {}, field } });
    expect(port).not.toHaveBeenCalled();
  });

  it('reports file.tooLarge for bytes over the limit', async () => {
    const { handlers } = setup();
    const big = new Uint8Array(MAX_SAVED_FILE_BYTES + 1);
    expect(await dispatch(handlers, 'saveFile', csv('a.csv', big))).toEqual({
      ok: false,
      error: { code: 'file.tooLarge', params: {}, field: 'bytes' },
    });
  });

  it('passes an AppError from a handler as data', async () => {
    const { handlers } = setup(async () => {
      throw new AppError('file.writeFailed', { reason: 'disk full' });
    });
    expect(await dispatch(handlers, 'saveFile', csv())).toEqual({
      ok: false,
      error: { code: 'file.writeFailed', params: { reason: 'disk full' } },
    });
  });

  it('logs any other failure and answers only `unknown` (no message, no stack)', async () => {
    const { handlers, logError } = setup();
    const boom = new Error('secret detail at /home/ana');
    handlers.appInfo = async () => {
      throw boom;
    };
    const envelope = await dispatch(handlers, 'appInfo', undefined, logError);
    expect(envelope).toEqual({ ok: false, error: { code: 'unknown' } });
    expect(JSON.stringify(envelope)).not.toContain('secret');
    expect(logError).toHaveBeenCalledWith('[api] appInfo failed', boom);
  });
});

describe('printToPdf', () => {
  it('answers pdf.useBrowserPrint where the caller cannot print its page (the web host), saving nothing', async () => {
    const { handlers, port, logError } = setup();
    expect(await dispatch(handlers, 'printToPdf', { suggestedName: 'SKP 2026.pdf' }, logError)).toEqual({
      ok: false,
      error: { code: 'pdf.useBrowserPrint', params: {} },
    });
    expect(port).not.toHaveBeenCalled();
    expect(logError).not.toHaveBeenCalled();
  });

  it("prints with the caller's page and saves through the same port as saveFile", async () => {
    const { handlers, port } = setup(async (r) => ({ saved: true, fileName: r.suggestedName }));
    const printPage = vi.fn(async () => new TextEncoder().encode('%PDF-1.7'));
    expect(await dispatch(handlers, 'printToPdf', { suggestedName: 'SKP 2026.pdf' }, undefined, { printPage })).toEqual({
      ok: true,
      value: { saved: true, fileName: 'SKP 2026.pdf' },
    });
    expect(port).toHaveBeenCalledWith(expect.objectContaining({ suggestedName: 'SKP 2026.pdf', mimeType: 'application/pdf' }));
  });

  it('refuses a name that is not a .pdf before printing', async () => {
    const { handlers } = setup();
    const printPage = vi.fn(async () => new Uint8Array());
    expect(await dispatch(handlers, 'printToPdf', { suggestedName: 'skp.csv' }, undefined, { printPage })).toEqual({
      ok: false,
      error: { code: 'file.extensionMismatch', params: {}, field: 'suggestedName' },
    });
    expect(printPage).not.toHaveBeenCalled();
  });
});

describe('spreadsheet channels', () => {
  const exportRequest = {
    suggestedName: 'Rekap Pegawai',
    sheets: [
      {
        name: 'Pegawai',
        title: 'Daftar Pegawai',
        columns: [{ key: 'nip', header: 'NIP', type: 'text' }],
        rows: [{ nip: '199001012015031001' }],
      },
    ],
  };

  it('readSpreadsheet parses in the worker and answers plain rows', async () => {
    const { handlers } = setup();
    const bytes = new TextEncoder().encode('NIP;Nama\n199001012015031001;Ani\n');
    expect(await dispatch(handlers, 'readSpreadsheet', { fileName: 'pegawai.csv', bytes })).toEqual({
      ok: true,
      value: {
        fileName: 'pegawai.csv',
        format: 'csv',
        sheets: [{ name: 'pegawai', rows: [['NIP', 'Nama'], ['199001012015031001', 'Ani']] }],
      },
    });
  });

  it('passes the spreadsheet namespace codes through unchanged, with their parameters', async () => {
    const { handlers, logError } = setup();
    const envelope = await dispatch(
      handlers,
      'readSpreadsheet',
      { fileName: 'laporan.xlsx', bytes: new TextEncoder().encode('%PDF-1.7') },
      logError,
    );
    expect(envelope).toEqual({
      ok: false,
      error: { code: 'spreadsheet:typeMismatch', params: { fileName: 'laporan.xlsx', expected: '.xlsx', actual: 'pdf' } },
    });
    expect(logError).not.toHaveBeenCalled();
  });

  it('passes any namespaced AppError from a handler through unchanged', async () => {
    const { handlers } = setup();
    handlers.appInfo = async () => {
      throw new AppError('spreadsheet:timeout', { fileName: 'a.xlsx', seconds: 15 });
    };
    expect(await dispatch(handlers, 'appInfo', undefined)).toEqual({
      ok: false,
      error: { code: 'spreadsheet:timeout', params: { fileName: 'a.xlsx', seconds: 15 } },
    });
  });

  it('refuses a readSpreadsheet request without bytes, or with extra fields, as api.invalidPayload', async () => {
    const { handlers } = setup();
    for (const input of [{ fileName: 'a.csv' }, { fileName: 'a.csv', bytes: 'YQ==' }, { fileName: 'a.csv', bytes: new Uint8Array(1), path: '/etc' }]) {
      expect(await dispatch(handlers, 'readSpreadsheet', input)).toEqual({
        ok: false,
        error: { code: 'api.invalidPayload', params: { channel: 'readSpreadsheet' } },
      });
    }
  });

  it('exportWorkbook writes the .xlsx and saves it through the same port as saveFile', async () => {
    const { handlers, port } = setup(async (r) => ({ saved: true, fileName: r.suggestedName }));
    expect(await dispatch(handlers, 'exportWorkbook', exportRequest)).toEqual({
      ok: true,
      value: { saved: true, fileName: 'Rekap Pegawai.xlsx' },
    });
    expect(port).toHaveBeenCalledWith(
      expect.objectContaining({
        suggestedName: 'Rekap Pegawai.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        bytes: expect.any(Uint8Array),
      }),
    );
  });

  it('refuses an export the schema refuses, without saving', async () => {
    const { handlers, port } = setup();
    const bad = { ...exportRequest, sheets: [{ ...exportRequest.sheets[0], columns: [] }] };
    expect(await dispatch(handlers, 'exportWorkbook', bad)).toEqual({
      ok: false,
      error: { code: 'api.invalidPayload', params: { channel: 'exportWorkbook' } },
    });
    expect(port).not.toHaveBeenCalled();
  });
});

describe('openFile', () => {
  const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  const request = (suggestedName: string, mimeType = docx) => ({ suggestedName, mimeType, bytes: new Uint8Array([0x50, 0x4b, 3, 4]) });

  it('opens through its own port with the validated request, never the save port', async () => {
    const { handlers, port, openPort } = setup();
    expect(await dispatch(handlers, 'openFile', request('laporan kegiatan.docx'))).toEqual({ ok: true, value: { opened: true, fileName: 'laporan kegiatan.docx' } });
    expect(openPort).toHaveBeenCalledWith(request('laporan kegiatan.docx'));
    expect(port).not.toHaveBeenCalled();
  });

  it.each([
    ['a program', request('setup.exe', 'application/x-msdownload'), { code: 'file.typeNotAllowed', params: {}, field: 'mimeType' }],
    ['a type with no MIME at all', { suggestedName: 'x.docx', bytes: new Uint8Array([1]) }, { code: 'api.invalidPayload', params: { channel: 'openFile' } }],
    ['a name with folders', request('../../.bashrc.docx'), { code: 'file.nameInvalid', params: {}, field: 'suggestedName' }],
    ['a name that is not its type', request('laporan.exe'), { code: 'file.extensionMismatch', params: {}, field: 'suggestedName' }],
    ['bytes over the limit', { ...request('a.docx'), bytes: new Uint8Array(MAX_SAVED_FILE_BYTES + 1) }, { code: 'file.tooLarge', params: {}, field: 'bytes' }],
    ['an extra field', { ...request('a.docx'), path: '/etc/passwd' }, { code: 'api.invalidPayload', params: { channel: 'openFile' } }],
  ])('refuses %s like saveFile does, without opening anything', async (_what, input, error) => {
    const { handlers, openPort } = setup();
    expect(await dispatch(handlers, 'openFile', input)).toEqual({ ok: false, error });
    expect(openPort).not.toHaveBeenCalled();
  });

  it("passes the port's translated error on as data", async () => {
    const { handlers } = setup(undefined, async () => {
      throw new AppError('file.openFailed', { reason: 'No application is associated with the specified file' });
    });
    expect(await dispatch(handlers, 'openFile', request('a.docx'))).toEqual({
      ok: false,
      error: { code: 'file.openFailed', params: { reason: 'No application is associated with the specified file' } },
    });
  });
});
