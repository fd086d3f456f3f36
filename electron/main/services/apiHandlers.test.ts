import { describe, expect, it, vi } from 'vitest';
import { apiContract, MAX_SAVED_FILE_BYTES } from '../../../shared/api';
import { apiChannels } from '../../../shared/apiChannels';
import { AppError } from '../../../shared/errors';
import { createApiHandlers, dispatch, type ApiDeps } from './apiHandlers';

function setup(saveFilePort: ApiDeps['saveFilePort'] = async () => ({ saved: false })) {
  const port = vi.fn(saveFilePort);
  const handlers = createApiHandlers({
    appName: 'Kinerja Luring',
    appVersion: '0.1.0',
    host: 'web',
    platform: 'linux',
    saveFilePort: port,
  });
  const logError = vi.fn();
  return { handlers, port, logError };
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
    expect(await dispatch(handlers, 'saveFile', { ...csv(), mimeType: 'text/html' })).toEqual({
      ok: false,
      error: { code: 'api.invalidPayload', params: { channel: 'saveFile' } },
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
