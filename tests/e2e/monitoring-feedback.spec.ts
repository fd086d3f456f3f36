import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { field } from './support/fields';
import { addAccountAndSignInAs, setUpOffice, staff } from './support/office';
import { checkScreen } from './support/screens';
import type { ShellPage } from './pages/ShellPage';

/** Calendar dates as the app computes them: the PC's local day. */
const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const inDays = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return iso(d);
};
const shown = (date: string, locale = 'id-ID') => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/**
 * January is locked once its 5-day deadline (5 February) has passed; early in the year the
 * test works on last year instead, whose January is long locked.
 */
const today = iso(new Date());
const year = today >= `${today.slice(0, 4)}-02-06` ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1;

const indonesian = { settings: 'Pengaturan', link: 'Pengaturan pemantauan', title: 'Pengaturan pemantauan kinerja' };

async function openMonitoringSettings(page: Page, shell: ShellPage, onYear: number, words = indonesian) {
  await shell.goTo(words.settings);
  await page.getByRole('link', { name: words.link }).click();
  await expect(page.getByRole('heading', { level: 1, name: words.title })).toBeVisible();
  if (onYear !== new Date().getFullYear()) {
    await page.getByRole('combobox', { name: /^(Tahun|Year)$/ }).click();
    await page.getByRole('option', { name: String(onYear) }).click();
  }
}

test.describe('monitoring settings (HR)', () => {
  test('HR sets a monthly rhythm with a 5-day deadline; the rules stay saved; a locked month is reopened with a reason until a date', async ({ app }) => {
    test.setTimeout(120_000);
    const shell = await setUpOffice(app);
    await openMonitoringSettings(app, shell, year);
    const rules = app.getByRole('region', { name: `Aturan ${year}` });

    // The defaults until HR sets them: quarterly, 10 days.
    await expect(field(rules, 'Irama pemantauan')).toHaveValue('Triwulanan');
    await expect(app.getByRole('table', { name: `Periode pemantauan ${year}` }).getByRole('row')).toHaveCount(1 + 4);

    // A threshold out of order is refused on its field, and nothing is saved.
    await field(rules, 'Irama pemantauan').click();
    await app.getByRole('option', { name: 'Bulanan' }).click();
    await field(rules, 'Batas pengisian (hari setelah periode berakhir)').fill('5');
    await field(rules, 'Berisiko mulai (%)').fill('150');
    await rules.getByRole('button', { name: 'Simpan' }).click();
    await expect(rules.getByText('Ambang "berisiko" tidak boleh di atas ambang "sesuai rencana".')).toBeVisible();
    await field(rules, 'Berisiko mulai (%)').fill('80');
    await rules.getByRole('button', { name: 'Simpan' }).click();
    await expect(app.getByRole('status').filter({ hasText: `Aturan pemantauan ${year} disimpan.` })).toBeVisible();

    // Away and back: what is shown is what was stored.
    await shell.goTo('Beranda');
    await openMonitoringSettings(app, shell, year);
    await expect(field(rules, 'Irama pemantauan')).toHaveValue('Bulanan');
    await expect(field(rules, 'Batas pengisian (hari setelah periode berakhir)')).toHaveValue('5');
    await expect(field(rules, 'Berisiko mulai (%)')).toHaveValue('80');

    const table = app.getByRole('table', { name: `Periode pemantauan ${year}` });
    await expect(table.getByRole('row')).toHaveCount(1 + 12);
    const january = table.getByRole('row', { name: new RegExp(`^Januari ${year}`) });
    await expect(january).toContainText(shown(`${year}-02-05`));
    await expect(january).toContainText('Terkunci');

    // Reopening needs a reason and a date still to come.
    await january.getByRole('button', { name: `Buka kembali Januari ${year}` }).click();
    const dialog = app.getByRole('dialog', { name: `Buka kembali Januari ${year}` });
    await field(dialog, 'Terbuka sampai').fill(inDays(7));
    await dialog.getByRole('button', { name: 'Buka kembali' }).click();
    await expect(dialog.getByText('Wajib diisi.')).toBeVisible();
    await field(dialog, 'Alasan').fill('Server aplikasi kinerja mati pada minggu terakhir pengisian.');
    await field(dialog, 'Terbuka sampai').fill(inDays(-1));
    await dialog.getByRole('button', { name: 'Buka kembali' }).click();
    await expect(dialog.getByText(`Tanggal buka kembali (${inDays(-1)}) sudah lewat.`)).toBeVisible();
    await expect(january).toContainText('Terkunci');

    await field(dialog, 'Terbuka sampai').fill(inDays(7));
    await dialog.getByRole('button', { name: 'Buka kembali' }).click();
    await expect(dialog).toBeHidden();
    await expect(app.getByRole('status').filter({ hasText: `Januari ${year} dibuka kembali sampai ${shown(inDays(7))}.` })).toBeVisible();
    await expect(january).toContainText('Terbuka');
    await expect(january).toContainText(`Dibuka kembali sampai ${shown(inDays(7))}: Server aplikasi kinerja mati pada minggu terakhir pengisian.`);
    // The entry deadline shown is now the reopen date; other months stay as they were.
    await expect(january).toContainText(shown(inDays(7)));
    await expect(table.getByRole('row', { name: new RegExp(`^Februari ${year}`) })).toContainText('Terkunci');
  });

  test('a Pegawai finds no monitoring settings and is refused the page', async ({ app }) => {
    await setUpOffice(app);
    const shell = await addAccountAndSignInAs(app, staff);
    await shell.goTo('Pengaturan');
    await expect(app.getByRole('heading', { level: 1, name: 'Pengaturan' })).toBeVisible();
    await expect(app.getByRole('link', { name: 'Pengaturan pemantauan' })).toHaveCount(0);
    await app.evaluate(() => (window.location.hash = '#/monitoring/settings'));
    await expect(app.getByRole('heading', { level: 1, name: 'Tidak ada akses' })).toBeVisible();
  });

  for (const language of ['id', 'en'] as const) {
    test(`the monitoring settings screens pass axe and show no raw key — ${language}`, async ({ app }) => {
      // Last year: every quarter is locked, so the table shows the reopen action.
      const last = new Date().getFullYear() - 1;
      const shell = await setUpOffice(app);
      if (language === 'en') await shell.switchLanguage('English');
      const words = language === 'en' ? { settings: 'Settings', link: 'Monitoring settings', title: 'Performance monitoring settings' } : indonesian;
      await shell.goTo(words.settings);
      await checkScreen(app, language, '50-settings-with-monitoring-link');
      await openMonitoringSettings(app, shell, last, words);
      await expect(app.getByRole('region', { name: language === 'en' ? `Rules for ${last}` : `Aturan ${last}` })).toBeVisible();
      await checkScreen(app, language, '51-monitoring-settings');
      await app.getByRole('button', { name: language === 'en' ? `Reopen Quarter I ${last}` : `Buka kembali Triwulan I ${last}` }).click();
      const dialog = app.getByRole('dialog');
      await dialog.getByRole('button', { name: language === 'en' ? 'Reopen' : 'Buka kembali' }).click();
      await expect(dialog.getByText(language === 'en' ? 'Not a valid date.' : 'Tanggal tidak sah (gunakan format tanggal yang benar).')).toBeVisible();
      await checkScreen(app, language, '52-monitoring-reopen', '[role="dialog"]');
    });
  }
});
