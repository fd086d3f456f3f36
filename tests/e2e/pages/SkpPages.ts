import { expect, type Locator, type Page } from '@playwright/test';
import { field } from '../support/fields';

/** The office goals screen (Sasaran Kantor). */
export class GoalsPage {
  constructor(private readonly page: Page) {}

  async add(goal: { statement: string; indicators: { text: string; target: string; unit: string }[] }) {
    await this.page.getByRole('button', { name: 'Tambah sasaran' }).click();
    const dialog = this.page.getByRole('dialog');
    await field(dialog, 'Sasaran strategis').fill(goal.statement);
    for (const [i, iku] of goal.indicators.entries()) {
      if (i > 0) await dialog.getByRole('button', { name: 'Tambah IKU' }).click();
      const group = dialog.getByRole('group', { name: `IKU ${i + 1}` });
      await field(group, 'Indikator').fill(iku.text);
      await field(group, 'Target').fill(iku.target);
      await field(group, 'Satuan').fill(iku.unit);
    }
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(dialog).toBeHidden();
  }
}

/** The SKP list and one SKP's editor, in Indonesian. */
export class SkpPages {
  constructor(private readonly page: Page) {}

  /** From the SKP list: start the SKP of `name` (HR, their appraiser, or the person themselves). */
  async create(name: string, nip: string) {
    await this.find(nip);
    await this.page.getByRole('button', { name: `Buat SKP untuk ${name}` }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Buat SKP' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: new RegExp(`^SKP ${escape(name)} — \\d{4}$`) })).toBeVisible();
  }

  async open(name: string, nip: string) {
    await this.find(nip);
    await this.page.getByRole('link', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: new RegExp(`^SKP ${escape(name)} — \\d{4}$`) })).toBeVisible();
  }

  /** Narrows the list to one person (the search box is there for those who see more than themselves). */
  private async find(nip: string) {
    // The list first: until it has loaded, there is no search box to find either.
    await expect(this.page.getByRole('table', { name: /^SKP tahun/ })).toBeVisible();
    const search = this.page.getByRole('searchbox', { name: 'Cari nama atau NIP' });
    if (await search.count()) await search.fill(nip);
  }

  rhk(section: 'utama' | 'tambahan', no: number): Locator {
    return this.page.getByRole('region', { name: `RHK ${section} ${no}` });
  }

  /** Adds an RHK with what it intervenes (an option's text) and its IKIs (aspek rows as the form offers them). */
  async addRhk(section: 'utama' | 'tambahan', rhk: { parent?: string; assignment?: string; text: string; indicators: { text: string; target: string; unit: string }[] }) {
    await this.page.getByRole('button', { name: `Tambah RHK ${section}` }).click();
    const count = await this.page.getByRole('region', { name: new RegExp(`^RHK ${section} \\d+$`) }).count();
    const card = this.rhk(section, count);
    if (rhk.parent) {
      await field(card, 'RHK atasan yang diintervensi').click();
      await this.page.getByRole('option', { name: rhk.parent }).click();
    }
    if (rhk.assignment) await field(card, 'Sumber penugasan').fill(rhk.assignment);
    await field(card, 'Rencana hasil kerja (RHK)').fill(rhk.text);
    for (const [j, iki] of rhk.indicators.entries()) {
      const name = `RHK ${section} ${count}, IKI ${j + 1}`;
      await card.getByRole('textbox', { name: `IKI — ${name}` }).fill(iki.text);
      await card.getByRole('textbox', { name: `Target — ${name}` }).fill(iki.target);
      await card.getByLabel(`Satuan — ${name}`, { exact: true }).fill(iki.unit);
    }
    return card;
  }

  async save() {
    await this.page.getByRole('button', { name: 'Simpan draf' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'SKP disimpan.' }).first()).toBeVisible();
  }

  async step(name: 'Ajukan' | 'Setujui') {
    await this.page.getByRole('button', { name, exact: true }).click();
  }

  status(): Locator {
    return this.page.getByRole('main').locator('.mantine-Badge-root').first();
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
