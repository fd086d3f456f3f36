import { getDocument, VerbosityLevel, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * Reading back a PDF that Chromium printed, with pdf.js (its Node build), so a test checks what
 * is on paper and not only what is on screen: the text of each page, and each page as a PNG
 * for a person to look at.
 */

async function openPdf<T>(bytes: Uint8Array, use: (pdf: PDFDocumentProxy) => Promise<T>): Promise<T> {
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: VerbosityLevel.ERRORS });
  try {
    return await use(await task.promise);
  } finally {
    await task.destroy();
  }
}

/** Each page's text as a reader would copy it, runs of white space as one space. */
export function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  return openPdf(bytes, async (pdf) => {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      const text = content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : '')).join('');
      pages.push(text.replace(/\s+/g, ' ').trim());
    }
    return pages;
  });
}

/** What pdf.js's Node canvas factory (backed by @napi-rs/canvas) hands out; its own types say `Object`. */
type RenderParameters = Parameters<PDFPageProxy['render']>[0];
interface NodeCanvasFactory {
  create(width: number, height: number): { canvas: RenderParameters['canvas'] & { toBuffer(type: 'image/png'): Uint8Array }; context: RenderParameters['canvasContext'] };
}

/** Every page drawn as a PNG, `scale` 1 being 72 dpi. */
export function pdfPagePngs(bytes: Uint8Array, scale = 1.25): Promise<Uint8Array[]> {
  return openPdf(bytes, async (pdf) => {
    const factory = pdf.canvasFactory as NodeCanvasFactory;
    const images: Uint8Array[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const viewport = page.getViewport({ scale });
      const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
      await page.render({ canvas, canvasContext: context, viewport }).promise;
      images.push(canvas.toBuffer('image/png'));
    }
    return images;
  });
}
