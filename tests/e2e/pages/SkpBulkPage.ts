import { expect, type Locator, type Page } from '@playwright/test';

/** The bulk-assignment page (Bagikan RHK ke banyak pegawai), in Indonesian. */
export class SkpBulkPage {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Bagikan RHK ke banyak pegawai' });
  }

  /** Types part of the RHK (or its owner) into the picker and takes the option named `option`. */
  async chooseLeader(search: string, option: string) {
    await this.leaderPicker().fill(search);
    await this.page.getByRole('option', { name: option }).click();
  }

  leaderPicker(): Locator {
    return this.page.getByRole('combobox', { name: 'RHK atasan' });
  }

  leaderIndicators(): Locator {
    return this.page.getByRole('table', { name: 'Indikator RHK atasan' });
  }

  staffTable(): Locator {
    return this.page.getByRole('table', { name: 'Pegawai di bawah pemilik RHK' });
  }

  staffRow(name: string): Locator {
    return this.staffTable().getByRole('row').filter({ hasText: name });
  }

  async filterBy(label: 'Unit kerja (termasuk sub-unit)' | 'Jabatan', option: string) {
    await this.page.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async selectAllShown() {
    await this.page.getByRole('checkbox', { name: 'Pilih semua yang tampil' }).check();
  }

  grid(): Locator {
    return this.page.getByRole('table', { name: 'Target per pegawai' });
  }

  cell(iki: string, name: string): Locator {
    return this.grid().getByRole('textbox', { name: `Target ${iki} — ${name}`, exact: true });
  }

  async copy(iki: string) {
    await this.page.getByRole('button', { name: `Salin target atasan (${iki})` }).click();
  }

  async split(iki: string) {
    await this.page.getByRole('button', { name: `Bagi target atasan (${iki})` }).click();
  }

  async save() {
    await this.page.getByRole('button', { name: 'Tambahkan RHK ke SKP pegawai terpilih' }).click();
  }

  async expectSaved(count: number) {
    await expect(this.page.getByRole('status').filter({ hasText: `RHK ditambahkan ke ${count} SKP` })).toBeVisible();
  }
}
