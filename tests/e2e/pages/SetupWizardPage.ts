import { field } from '../support/fields';
import { expect, type Page } from '@playwright/test';

/** The first-run wizard (Indonesian labels, the default language). */
export class SetupWizardPage {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Penyiapan awal' });
  }

  async fillOffice(values: { instansi: string; officeName: string; officeCode: string }) {
    await field(this.page, 'Instansi').fill(values.instansi);
    await field(this.page, 'Nama kantor (OPD)').fill(values.officeName);
    await field(this.page, 'Kode kantor').fill(values.officeCode);
  }

  async fillAdmin(values: { name: string; nip: string; password: string; passwordConfirm: string }) {
    await field(this.page, 'Nama lengkap').fill(values.name);
    await field(this.page, 'NIP').fill(values.nip);
    await field(this.page, 'Kata sandi').fill(values.password);
    await field(this.page, 'Ulangi kata sandi').fill(values.passwordConfirm);
  }

  async next() {
    await this.page.getByRole('button', { name: 'Lanjut' }).click();
  }

  async finish() {
    await this.page.getByRole('button', { name: 'Simpan dan mulai' }).click();
  }

  /**
   * The error text Mantine puts under a field, found through the field's accessible
   * description (the error comes first, then the field's hint if it has one).
   */
  async expectFieldError(label: string, message: string | RegExp) {
    const input = field(this.page, label);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    const pattern = typeof message === 'string' ? new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) : message;
    await expect(input).toHaveAccessibleDescription(pattern);
  }
}
