import ExcelJS from 'exceljs';
import { expect, type Page } from '@playwright/test';

/** The SKP targets import screen (Indonesian labels unless a test switches language). */
export class SkpImportPage {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: /^(Impor Target SKP|Import SKP targets)$/ });
  }

  async choose(name: string, buffer: Uint8Array) {
    await this.page.getByLabel(/^(Seret berkas ke sini, atau klik untuk memilih|Drop a file here, or click to choose one)$/).setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(buffer) });
  }

  preview() {
    return this.page.getByRole('heading', { level: 2, name: /^(Pratinjau|Preview of) / });
  }

  /** The number in a summary box: "SKP baru", "RHK ditambah atau diubah", "Tetap", "Baris tidak sah". */
  countOf(kind: string) {
    return this.page.getByLabel(kind, { exact: true }).locator('p').nth(1);
  }

  async expectCounts(counts: { newSkp: number; rhkAdded: number; unchanged: number; invalid: number }) {
    await expect(this.preview()).toBeVisible({ timeout: 60_000 });
    await expect(this.countOf('SKP baru')).toHaveText(String(counts.newSkp));
    await expect(this.countOf('RHK ditambah atau diubah')).toHaveText(String(counts.rhkAdded));
    await expect(this.countOf('Tetap')).toHaveText(String(counts.unchanged));
    await expect(this.countOf('Baris tidak sah')).toHaveText(String(counts.invalid));
  }

  invalidRows() {
    return this.page.getByRole('table', { name: /^(Baris tidak sah|Invalid rows)$/ }).getByRole('row');
  }

  async confirm(count: number) {
    await this.page.getByRole('button', { name: new RegExp(`^Simpan ${count} SKP$`) }).click();
    await expect(this.page.getByRole('main').getByRole('status').filter({ hasText: /^Selesai:/ })).toBeVisible({ timeout: 60_000 });
  }

  async another() {
    await this.page.getByRole('button', { name: 'Impor berkas lain' }).click();
  }

  /** Clicks a button that saves a workbook and reads the download back. */
  async download(button: string | RegExp): Promise<ExcelJS.Workbook> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: button }).click();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await (await download).path())!);
    return book;
  }
}
