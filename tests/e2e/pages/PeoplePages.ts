import { expect, type Page } from '@playwright/test';

/** Employees list, the import page and the appraiser chain (Indonesian labels). */
export class EmployeesPage {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: /^(Pegawai|Employees)$/ });
  }

  table() {
    return this.page.getByRole('table', { name: /^(Daftar pegawai|Employees)$/ });
  }

  /** "185 dari 185 pegawai". */
  count() {
    return this.page.getByRole('main').getByRole('status').first();
  }

  row(name: string) {
    return this.table().getByRole('row').filter({ hasText: name });
  }

  async search(text: string) {
    await this.page.getByRole('searchbox', { name: /^(Cari nama atau NIP|Search name or NIP)$/ }).fill(text);
  }

  async open(name: string) {
    await this.table().getByRole('button', { name, exact: true }).first().click();
  }
}

export class ImportPage {
  constructor(private readonly page: Page) {}

  async choose(name: string, buffer: Uint8Array, mimeType = 'application/octet-stream') {
    await this.page.getByLabel('Seret berkas ke sini, atau klik untuk memilih').setInputFiles({ name, mimeType, buffer: Buffer.from(buffer) });
  }

  preview() {
    return this.page.getByRole('heading', { level: 2, name: /^Pratinjau / });
  }

  /** The number shown in a summary box: "Baru", "Berubah", "Tetap", "Tidak sah". */
  countOf(kind: string) {
    return this.page.getByLabel(kind, { exact: true }).locator('p').nth(1);
  }

  async expectCounts(counts: { invalid: number; new: number; changed: number; unchanged: number }) {
    await expect(this.preview()).toBeVisible({ timeout: 60_000 });
    await expect(this.countOf('Tidak sah')).toHaveText(String(counts.invalid));
    await expect(this.countOf('Baru')).toHaveText(String(counts.new));
    await expect(this.countOf('Berubah')).toHaveText(String(counts.changed));
    await expect(this.countOf('Tetap')).toHaveText(String(counts.unchanged));
  }

  async confirm() {
    await this.page.getByRole('button', { name: /^Simpan [\d.]+ perubahan$/ }).click();
    await expect(this.page.getByRole('main').getByRole('status').filter({ hasText: /^Selesai:/ })).toBeVisible({ timeout: 120_000 });
  }

  alert() {
    return this.page.getByRole('main').getByRole('alert');
  }
}
