import { describe, expect, it, vi } from 'vitest';
import type { SaveFileRequest } from '../../shared/api';
import { createWebBridge, parseWireJson, stringifyWireJson, type WebBridgeDeps } from './webBridge';

function bridgeAnswering(answer: (url: string, init: RequestInit) => Promise<Response>) {
  const fetch = vi.fn(answer);
  const download = vi.fn();
  const bridge = createWebBridge({ fetch: fetch as unknown as WebBridgeDeps['fetch'], download });
  return { bridge, fetch, download };
}

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });

const request: SaveFileRequest = {
  suggestedName: 'rekap.csv',
  mimeType: 'text/csv',
  bytes: new Uint8Array([0, 1, 2, 250, 255]),
};

describe('wire JSON (browser side)', () => {
  // The same literals as webhost/wireJson.test.ts: both sides speak one format.
  it('sends bytes as {"$bytes": base64} and reads them back', () => {
    expect(stringifyWireJson({ input: { bytes: request.bytes } })).toBe('{"input":{"bytes":{"$bytes":"AAEC+v8="}}}');
    const back = parseWireJson('{"bytes":{"$bytes":"AAEC+v8="}}') as { bytes: Uint8Array };
    expect([...back.bytes]).toEqual([0, 1, 2, 250, 255]);
    expect(parseWireJson('{"$bytes":"AA==","other":1}')).toEqual({ $bytes: 'AA==', other: 1 });
  });

  it('encodes large files without overflowing the stack', () => {
    const big = new Uint8Array(3 * 1024 * 1024).fill(65);
    const text = stringifyWireJson({ b: big });
    expect(text.length).toBe(4 * 1024 * 1024 + '{"b":{"$bytes":""}}'.length);
  });
});

describe('createWebBridge', () => {
  it('posts {"input": …} as JSON to /api/<channel> on the same origin and returns the envelope', async () => {
    const envelope = { ok: true, value: { name: 'Kinerja Luring', version: '0.1.0', host: 'web', platform: 'linux' } };
    const { bridge, fetch } = bridgeAnswering(async () => json(envelope));
    expect(await bridge.appInfo(undefined)).toEqual(envelope);
    expect(fetch).toHaveBeenCalledWith('/api/appInfo', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
  });

  it('sends the bytes of saveFile and starts the download of the kept file', async () => {
    const value = { saved: true, fileName: 'rekap.csv', downloadUrl: '/downloads/t0ken' };
    const { bridge, fetch, download } = bridgeAnswering(async () => json({ ok: true, value }));
    expect(await bridge.saveFile(request)).toEqual({ ok: true, value });
    expect(JSON.parse(String(fetch.mock.calls[0]?.[1].body))).toEqual({
      input: { suggestedName: 'rekap.csv', mimeType: 'text/csv', bytes: { $bytes: 'AAEC+v8=' } },
    });
    expect(download).toHaveBeenCalledWith('/downloads/t0ken', 'rekap.csv');
  });

  it('starts the download of a file to open (the browser opens or keeps it)', async () => {
    const value = { opened: true, fileName: 'rekap.csv', downloadUrl: '/downloads/0pen' };
    const { bridge, download } = bridgeAnswering(async () => json({ ok: true, value }));
    expect(await bridge.openFile(request)).toEqual({ ok: true, value });
    expect(download).toHaveBeenCalledWith('/downloads/0pen', 'rekap.csv');
  });

  it('starts the download of an exported workbook too', async () => {
    const value = { saved: true, fileName: 'Rekap.xlsx', downloadUrl: '/downloads/t0k' };
    const { bridge, download } = bridgeAnswering(async () => json({ ok: true, value }));
    const sheets = [{ name: 'S', title: '', columns: [{ key: 'a', header: 'A', type: 'text' as const }], rows: [] }];
    expect(await bridge.exportWorkbook({ suggestedName: 'Rekap.xlsx', sheets })).toEqual({ ok: true, value });
    expect(download).toHaveBeenCalledWith('/downloads/t0k', 'Rekap.xlsx');
  });

  it('sends the bytes of readSpreadsheet as {"$bytes": …} and downloads nothing', async () => {
    const value = { fileName: 'a.csv', format: 'csv', sheets: [] };
    const { bridge, fetch, download } = bridgeAnswering(async () => json({ ok: true, value }));
    expect(await bridge.readSpreadsheet({ fileName: 'a.csv', bytes: new Uint8Array([97, 59, 98]) })).toEqual({ ok: true, value });
    expect(JSON.parse(String(fetch.mock.calls[0]?.[1].body))).toEqual({ input: { fileName: 'a.csv', bytes: { $bytes: 'YTti' } } });
    expect(download).not.toHaveBeenCalled();
  });

  it('passes error envelopes through, whatever the HTTP status, and downloads nothing', async () => {
    const error = { ok: false, error: { code: 'api.untrustedSender' } };
    const { bridge, download } = bridgeAnswering(async () => new Response(JSON.stringify(error), { status: 403 }));
    expect(await bridge.saveFile(request)).toEqual(error);
    expect(download).not.toHaveBeenCalled();
  });

  it('answers api.unreachable when the host is gone or answers something else', async () => {
    const down = bridgeAnswering(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await down.bridge.appInfo(undefined)).toEqual({ ok: false, error: { code: 'api.unreachable' } });
    const proxy = bridgeAnswering(async () => new Response('<html>502 Bad Gateway</html>', { status: 502 }));
    expect(await proxy.bridge.appInfo(undefined)).toEqual({ ok: false, error: { code: 'api.unreachable' } });
  });
});
