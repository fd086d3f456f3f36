import { field } from '../support/fields';
import { expect, type Page } from '@playwright/test';

export class UsersPage {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: /^(Akun Pengguna|User accounts)$/ });
  }

  row(name: string) {
    return this.page.getByRole('row').filter({ hasText: name });
  }

  async create(person: { name: string; nip: string; roles: string[]; password: string; pppk?: boolean }) {
    await this.page.getByRole('button', { name: 'Tambah akun' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Akun baru' });
    await field(dialog, 'Nama lengkap').fill(person.name);
    if (person.pppk) await dialog.getByText('PPPK', { exact: true }).click();
    await field(dialog, 'NIP / NI PPPK').fill(person.nip);
    await dialog.getByRole('checkbox', { name: 'Pegawai', exact: true }).uncheck();
    for (const role of person.roles) await dialog.getByRole('checkbox', { name: role, exact: true }).check();
    await field(dialog, 'Kata sandi awal').fill(person.password);
    await field(dialog, 'Ulangi kata sandi').fill(person.password);
    await dialog.getByRole('button', { name: 'Buat akun' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.row(person.name)).toBeVisible();
  }
}
