import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/errors';
import { createApi } from './api';
import type { RawKinerjaBridge } from './global';

const info = { name: 'Kinerja Luring', version: '0.1.0', host: 'electron', platform: 'win32' } as const;

function fakeBridge(): RawKinerjaBridge {
  return {
    appInfo: vi.fn(async () => ({ ok: true as const, value: info })),
    saveFile: vi.fn(async () => ({
      ok: false as const,
      error: { code: 'file.writeFailed', params: { reason: 'disk full' } },
    })),
    readSpreadsheet: vi.fn(async () => ({
      ok: false as const,
      error: { code: 'spreadsheet:empty', params: { fileName: 'a.csv' } },
    })),
    exportWorkbook: vi.fn(async () => ({ ok: true as const, value: { saved: false } })),
    printToPdf: vi.fn(async () => ({ ok: false as const, error: { code: 'pdf.useBrowserPrint' } })),
    openFile: vi.fn(async () => ({ ok: true as const, value: { opened: true, fileName: 'a.docx' } })),
  };
}

describe('createApi', () => {
  it('unwraps a value', async () => {
    expect(await createApi(fakeBridge).appInfo(undefined)).toEqual(info);
  });

  it('throws an error envelope as AppError, with its code and parameters', async () => {
    const bridge = fakeBridge();
    const error = await createApi(() => bridge)
      .saveFile({ suggestedName: 'a.csv', mimeType: 'text/csv', bytes: new Uint8Array() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).toData()).toEqual({ code: 'file.writeFailed', params: { reason: 'disk full' } });
  });

  it('keeps a namespaced code (spreadsheet:…) exactly as the host sent it', async () => {
    const error = await createApi(fakeBridge)
      .readSpreadsheet({ fileName: 'a.csv', bytes: new Uint8Array() })
      .catch((e: unknown) => e);
    expect((error as AppError).toData()).toEqual({ code: 'spreadsheet:empty', params: { fileName: 'a.csv' } });
  });

  it('throws pdf.useBrowserPrint from a host that cannot print, for the renderer to open the print dialog', async () => {
    const error = await createApi(fakeBridge).printToPdf({ suggestedName: 'skp.pdf' }).catch((e: unknown) => e);
    expect((error as AppError).code).toBe('pdf.useBrowserPrint');
  });

  it('picks the bridge when first called, not when imported', async () => {
    const pick = vi.fn(fakeBridge);
    const api = createApi(pick);
    expect(pick).not.toHaveBeenCalled();
    await api.appInfo(undefined);
    expect(pick).toHaveBeenCalled();
  });
});
