import { expect, type Page } from '@playwright/test';

/** The Dokumen SKP screen: its toolbar and the document itself. */
export class SkpDocumentPage {
  constructor(private readonly page: Page) {}

  document() {
    return this.page.locator('[data-skp-document]');
  }

  /** The document's own title, in the document's language. */
  title(language: 'id' | 'en') {
    const name = language === 'id' ? 'SASARAN KINERJA PEGAWAI' : 'EMPLOYEE PERFORMANCE PLAN (SKP)';
    return this.document().getByRole('heading', { name, exact: true });
  }

  async chooseLanguage(language: 'Bahasa Indonesia' | 'English') {
    await this.page.getByRole('combobox', { name: /^(Bahasa dokumen|Document language)$/ }).click();
    await this.page.getByRole('option', { name: language }).click();
    await expect(this.document()).toHaveAttribute('lang', language === 'English' ? 'en' : 'id');
  }

  /** What the page prints: A4 with the page's own margins, backgrounds included, as Electron's printToPDF does. */
  async printToPdf(): Promise<Uint8Array> {
    await this.page.emulateMedia({ media: 'print' });
    try {
      return await this.page.pdf({ preferCSSPageSize: true, printBackground: true });
    } finally {
      await this.page.emulateMedia({ media: 'screen' });
    }
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
