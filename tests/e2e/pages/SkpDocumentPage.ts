import type { Page } from '@playwright/test';
import { PrintedDocumentPage } from './PrintedDocumentPage';

/** The Dokumen SKP screen: its toolbar and the document itself. */
export class SkpDocumentPage extends PrintedDocumentPage {
  constructor(page: Page) {
    super(page, '[data-skp-document]');
  }

  /** The document's own title, in the document's language. */
  title(language: 'id' | 'en') {
    const name = language === 'id' ? 'SASARAN KINERJA PEGAWAI' : 'EMPLOYEE PERFORMANCE PLAN (SKP)';
    return this.document().getByRole('heading', { name, exact: true });
  }

  /** Counts calls of window.print() instead of opening the browser's dialog. */
  async stubBrowserPrint() {
    // The tests' typecheck has no DOM: the page's window is globalThis in there.
    await this.page.evaluate(() => {
      const page = globalThis as unknown as { print: () => void; printed: number };
      page.printed = 0;
      page.print = () => void (page.printed += 1);
    });
  }

  printed(): Promise<number> {
    return this.page.evaluate(() => (globalThis as unknown as { printed: number }).printed);
  }
}
