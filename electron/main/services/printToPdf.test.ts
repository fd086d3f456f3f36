import { describe, expect, it, vi } from 'vitest';
import { MAX_SAVED_FILE_BYTES, PrintToPdfRequestSchema } from '../../../shared/api';
import { AppError } from '../../../shared/errors';
import { pdfPrintOptions, printToPdf, type PrintPage } from './printToPdf';
import type { SaveFilePort } from './saveFile';

const pdfBytes = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');

function fakes(printed: Uint8Array | Error = pdfBytes) {
  const printPage = vi.fn<PrintPage>(async () => {
    if (printed instanceof Error) throw printed;
    return printed;
  });
  const saveFilePort = vi.fn<SaveFilePort>(async (r) => ({ saved: true, fileName: r.suggestedName }));
  return { printPage, saveFilePort };
}

describe('printToPdf', () => {
  it('prints the page as A4 with backgrounds and its CSS page size, then saves the bytes as a PDF', async () => {
    const { printPage, saveFilePort } = fakes();
    const result = await printToPdf({ suggestedName: 'SKP 2026 - Yohana Rambu.pdf' }, { printPage, saveFilePort });
    expect(result).toEqual({ saved: true, fileName: 'SKP 2026 - Yohana Rambu.pdf' });
    expect(printPage).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pdfPrintOptions).toEqual({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(saveFilePort).toHaveBeenCalledOnce();
    const saved = saveFilePort.mock.calls[0]?.[0];
    expect(saved?.mimeType).toBe('application/pdf');
    expect(saved?.suggestedName).toBe('SKP 2026 - Yohana Rambu.pdf');
    expect(new TextDecoder().decode(saved?.bytes)).toBe('%PDF-1.7\n%%EOF\n');
  });

  it('hands the port a plain Uint8Array even when Electron answers a Buffer', async () => {
    const { printPage, saveFilePort } = fakes(Buffer.from(pdfBytes));
    await printToPdf({ suggestedName: 'a.pdf' }, { printPage, saveFilePort });
    const bytes = saveFilePort.mock.calls[0]?.[0].bytes;
    expect(Object.getPrototypeOf(bytes)).toBe(Uint8Array.prototype);
    expect([...(bytes ?? [])]).toEqual([...pdfBytes]);
  });

  it('answers saved: false when the person cancels the dialog', async () => {
    const { printPage } = fakes();
    const saveFilePort = vi.fn<SaveFilePort>(async () => ({ saved: false }));
    expect(await printToPdf({ suggestedName: 'a.pdf' }, { printPage, saveFilePort })).toEqual({ saved: false });
  });

  it('tells a host that cannot print a page to use the browser print dialog, without saving', async () => {
    const { saveFilePort } = fakes();
    const error = await printToPdf({ suggestedName: 'a.pdf' }, { printPage: undefined, saveFilePort }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('pdf.useBrowserPrint');
    expect(saveFilePort).not.toHaveBeenCalled();
  });

  it('reports a failed print as pdf.printFailed with the reason, without saving', async () => {
    const { printPage, saveFilePort } = fakes(new Error('renderer crashed'));
    const error = await printToPdf({ suggestedName: 'a.pdf' }, { printPage, saveFilePort }).catch((e: unknown) => e);
    expect((error as AppError).toData()).toEqual({ code: 'pdf.printFailed', params: { reason: 'renderer crashed' } });
    expect(saveFilePort).not.toHaveBeenCalled();
  });

  it('refuses a PDF over the file size limit', async () => {
    const { printPage, saveFilePort } = fakes(new Uint8Array(MAX_SAVED_FILE_BYTES + 1));
    const error = await printToPdf({ suggestedName: 'a.pdf' }, { printPage, saveFilePort }).catch((e: unknown) => e);
    expect((error as AppError).code).toBe('file.tooLarge');
    expect(saveFilePort).not.toHaveBeenCalled();
  });

  it('reports a write failure the way saveFile does', async () => {
    const { printPage } = fakes();
    const saveFilePort = vi.fn<SaveFilePort>(async () => {
      throw new Error('disk full');
    });
    const error = await printToPdf({ suggestedName: 'a.pdf' }, { printPage, saveFilePort }).catch((e: unknown) => e);
    expect((error as AppError).toData()).toEqual({ code: 'file.writeFailed', params: { reason: 'disk full' } });
  });
});

describe('PrintToPdfRequestSchema', () => {
  it.each([
    ['SKP 2026 - Yohana Rambu.pdf', true],
    ['skp.PDF', true],
    ['skp.csv', false],
    ['../skp.pdf', false],
    ['.pdf', false],
  ])('%s → valid %s', (suggestedName, valid) => {
    expect(PrintToPdfRequestSchema.safeParse({ suggestedName }).success).toBe(valid);
  });

  it('takes nothing but the name (no path, no bytes)', () => {
    expect(PrintToPdfRequestSchema.safeParse({ suggestedName: 'a.pdf', path: '/tmp/a.pdf' }).success).toBe(false);
  });
});
