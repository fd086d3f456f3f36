import type { Page } from '@playwright/test';
import { rosterFile, type GeneratedRoster } from '../../fixtures/roster';
import { ImportPage } from '../pages/PeoplePages';
import type { ShellPage } from '../pages/ShellPage';

/** Imports a generated roster through the import screen, the way HR would. */
export async function importRoster(page: Page, shell: ShellPage, roster: GeneratedRoster): Promise<void> {
  await shell.goTo('Pegawai');
  await page.getByRole('link', { name: 'Impor dari Excel' }).click();
  const importer = new ImportPage(page);
  await importer.choose(`daftar-pegawai-${roster.rows.length}.xlsx`, rosterFile(roster, 'xlsx'));
  await importer.preview().waitFor({ timeout: 60_000 });
  await importer.confirm();
  await shell.goTo('Pegawai');
}
