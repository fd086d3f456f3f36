import { expect, type Page } from '@playwright/test';

/** The signed-in app frame: header, navigation, language and user menus. */
export class ShellPage {
  constructor(private readonly page: Page) {}

  navigation() {
    return this.page.getByRole('navigation', { name: /^(Navigasi utama|Main navigation)$/ });
  }

  async expectSignedIn(name: string) {
    await expect(this.page.getByRole('heading', { level: 1, name: new RegExp(`^(Selamat datang|Welcome), ${escape(name)}$`) })).toBeVisible();
  }

  async goTo(linkName: string | RegExp) {
    await this.navigation().getByRole('link', { name: linkName }).click();
  }

  async switchLanguage(to: 'Bahasa Indonesia' | 'English') {
    await this.page.getByRole('button', { name: /^(Bahasa|Language): / }).click();
    await this.page.getByRole('menuitem', { name: to }).click();
    await expect(this.page.locator('html')).toHaveAttribute('lang', to === 'English' ? 'en' : 'id');
  }

  private async openUserMenu() {
    await this.page.getByRole('button', { name: /^(Menu pengguna|User menu for) / }).click();
  }

  async signOut() {
    await this.openUserMenu();
    await this.page.getByRole('menuitem', { name: /^(Keluar|Sign out)$/ }).click();
  }

  async lockNow() {
    await this.openUserMenu();
    await this.page.getByRole('menuitem', { name: /^(Kunci sekarang|Lock now)$/ }).click();
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
