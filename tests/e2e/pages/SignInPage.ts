import { expect, type Page } from '@playwright/test';

export class SignInPage {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: /^(Masuk|Sign in)$/ });
  }

  async signIn(nip: string, password: string) {
    await expect(this.heading()).toBeVisible();
    await this.page.getByLabel(/^NIP/).fill(nip);
    await this.page.getByLabel(/^(Kata sandi|Password)/).fill(password);
    await this.page.getByRole('button', { name: /^(Masuk|Sign in)$/ }).click();
  }

  /** The form's own error (notifications elsewhere on the page are alerts too). */
  alert() {
    return this.page.getByRole('main').getByRole('alert');
  }
}
