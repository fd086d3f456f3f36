import { expect, type Page } from '@playwright/test';

/** A printed document's screen (Dokumen SKP, evaluation documents): the sheet, its language, and what it prints. */
export class PrintedDocumentPage {
  constructor(
    protected readonly page: Page,
    private readonly selector: '[data-skp-document]' | '[data-evaluation-document]' | '[data-penetapan-document]',
  ) {}

  document() {
    return this.page.locator(this.selector);
  }

  async chooseLanguage(language: 'Bahasa Indonesia' | 'English') {
    await this.page.getByRole('combobox', { name: /^(Bahasa dokumen|Document language)$/ }).click();
    await this.page.getByRole('option', { name: language }).click();
    await expect(this.document()).toHaveAttribute('lang', language === 'English' ? 'en' : 'id');
  }

  /** A4 with the page's own margins, backgrounds included, as Electron's printToPDF does. */
  async printToPdf(): Promise<Uint8Array> {
    await this.page.emulateMedia({ media: 'print' });
    try {
      return await this.page.pdf({ preferCSSPageSize: true, printBackground: true });
    } finally {
      await this.page.emulateMedia({ media: 'screen' });
    }
  }
}
