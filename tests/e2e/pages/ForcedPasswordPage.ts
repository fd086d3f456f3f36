import { field } from '../support/fields';
import { expect, type Page } from '@playwright/test';

export class ForcedPasswordPage {
  constructor(private readonly page: Page) {}

  async change(current: string, next: string) {
    await expect(this.page.getByRole('heading', { name: 'Pilih kata sandi Anda sendiri' })).toBeVisible();
    await field(this.page, 'Kata sandi saat ini').fill(current);
    await field(this.page, 'Kata sandi baru').fill(next);
    await field(this.page, 'Ulangi kata sandi baru').fill(next);
    await this.page.getByRole('button', { name: 'Ganti kata sandi' }).click();
  }
}
