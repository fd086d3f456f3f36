import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { field } from './support/fields';
import { generateRoster } from '../fixtures/roster';
import { addAccountAndSignInAs, dinasKesehatan, hr, setUpOffice, staff } from './support/office';
import { importRoster } from './support/people';
import { SignInPage } from './pages/SignInPage';
import { SkpPages } from './pages/SkpPages';
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
    await app.goto(app.url().replace(/#.*$/, '#/monitoring/settings'));
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
      await app.getByRole('button', { name: language === 'en' ? new RegExp(`^Reopen Quarter (I|1) ${last}$`) : `Buka kembali Triwulan I ${last}` }).click();
      const dialog = app.getByRole('dialog');
      await dialog.getByRole('button', { name: language === 'en' ? 'Reopen' : 'Buka kembali' }).click();
      await expect(dialog.getByText(language === 'en' ? 'Not a valid date.' : 'Tanggal tidak sah (gunakan format tanggal yang benar).')).toBeVisible();
      await checkScreen(app, language, '52-monitoring-reopen', '[role="dialog"]');
    });
  }
});

const roster = generateRoster({ size: 60 });
const person = (row: (string | number | null)[]) => {
  const [nip, name, front, back] = row.map((c) => String(c ?? ''));
  return { nip: nip!, name: `${front ? `${front} ` : ''}${name}${back ? `, ${back}` : ''}` };
};
const kasi = person(roster.rows[3]!);
const pegawai = person(roster.rows.find((r) => r[9] === roster.rows[3]![0])!);

test.describe('umpan balik and dialog kinerja', () => {
  test('on a monthly rhythm the kasi gives feedback per IKI and per value and notes a dialogue; the employee reads it in their language and replies', async ({ app }) => {
    test.setTimeout(300_000);
    const shell = await setUpOffice(app, dinasKesehatan);
    await importRoster(app, shell, roster);

    // HR: monthly, 5 days to enter.
    const thisYear = new Date().getFullYear();
    await openMonitoringSettings(app, shell, thisYear);
    const rules = app.getByRole('region', { name: `Aturan ${thisYear}` });
    await field(rules, 'Irama pemantauan').click();
    await app.getByRole('option', { name: 'Bulanan' }).click();
    await field(rules, 'Batas pengisian (hari setelah periode berakhir)').fill('5');
    await rules.getByRole('button', { name: 'Simpan' }).click();
    await expect(app.getByRole('status').filter({ hasText: `Aturan pemantauan ${thisYear} disimpan.` })).toBeVisible();

    // HR writes the employee's SKP and submits it; the kasi approves it.
    const skp = new SkpPages(app);
    await shell.goTo('SKP');
    await skp.create(pegawai.name, pegawai.nip);
    await skp.addRhk('utama', {
      assignment: 'Penugasan kepala seksi',
      text: 'Terhimpunnya data akreditasi',
      indicators: [
        { text: 'Jumlah dokumen akreditasi', target: '12', unit: 'Dokumen' },
        { text: 'Persentase dokumen tanpa revisi', target: '90', unit: '%' },
        { text: 'Dokumen selesai tepat waktu', target: '12', unit: 'Bulan' },
      ],
    });
    await skp.save();
    await skp.step('Ajukan');
    await expect(skp.status()).toHaveText('Diajukan');
    await addAccountAndSignInAs(app, { ...kasi, password: 'kepala-seksi-1', role: 'Pejabat Penilai' });
    await shell.goTo('SKP');
    await skp.open(pegawai.name, pegawai.nip);
    await skp.step('Setujui');
    await expect(skp.status()).toHaveText('Disetujui');

    // The kasi opens the employee's monitoring (this month) and gives feedback.
    await shell.goTo('Pemantauan');
    await app.getByRole('link', { name: pegawai.name }).click();
    const feedback = app.getByRole('region', { name: 'Umpan balik berkelanjutan' });
    await expect(feedback.getByText('Belum ada umpan balik untuk periode ini.')).toBeVisible();
    const give = feedback.getByRole('region', { name: 'Beri umpan balik' });
    await give.getByRole('button', { name: 'Kirim umpan balik' }).click();
    await expect(give.getByText('Wajib diisi.')).toBeVisible();
    await field(give, 'Tentang').click();
    await app.getByRole('option', { name: 'Jumlah dokumen akreditasi' }).click();
    await give.getByRole('button', { name: 'Kirim umpan balik' }).click();
    await expect(give.getByText('Pilih kalimat baku atau tulis umpan balik.')).toBeVisible();
    await give.getByRole('checkbox', { name: 'Bukti dukung lengkap dan jelas.' }).check();
    await give.getByRole('checkbox', { name: 'Capaian sesuai rencana, pertahankan.' }).check();
    await field(give, 'Catatan').fill('Rekap bulan ini rapi.');
    await give.getByRole('button', { name: 'Kirim umpan balik' }).click();
    await expect(app.getByRole('status').filter({ hasText: 'Umpan balik terkirim.' })).toBeVisible();
    await field(give, 'Tentang').click();
    await app.getByRole('option', { name: 'Akuntabel' }).click();
    await field(give, 'Catatan').fill('Laporan selalu diserahkan tepat waktu.');
    await give.getByRole('button', { name: 'Kirim umpan balik' }).click();
    // One item per feedback (each with its heading); the phrases inside are a list of their own.
    const items = feedback.getByRole('list', { name: /^Umpan balik / }).getByRole('listitem').filter({ has: app.getByRole('heading', { level: 3 }) });
    await expect(items).toHaveCount(2);
    // Newest first.
    await expect(items.nth(0)).toContainText('Nilai BerAKHLAK: Akuntabel');
    await expect(items.nth(0)).toContainText('Laporan selalu diserahkan tepat waktu.');
    await expect(items.nth(1)).toContainText('IKI: Jumlah dokumen akreditasi');
    await expect(items.nth(1)).toContainText('Bukti dukung lengkap dan jelas.');
    await expect(items.nth(1)).toContainText(kasi.name);
    await expect(items.nth(1)).toContainText('Belum ditanggapi.');

    // A dialogue note, dated today by default.
    const dialog = app.getByRole('region', { name: 'Dialog kinerja' });
    await dialog.getByRole('button', { name: 'Simpan catatan' }).click();
    await expect(dialog.getByText('Wajib diisi.')).toBeVisible();
    await field(dialog, 'Catatan').fill('Membahas kendala pengumpulan data puskesmas.');
    await dialog.getByRole('button', { name: 'Simpan catatan' }).click();
    await expect(dialog.getByRole('listitem')).toContainText(`${shown(today)} — ${kasi.name}`);
    await checkScreen(app, 'id', '53-feedback-appraiser');
    await shell.switchLanguage('English');
    await expect(app.getByRole('region', { name: 'Give feedback' })).toBeVisible();
    await expect(app.getByRole('region', { name: 'Continuous feedback' })).toContainText('BerAKHLAK value: Accountable');
    await expect(app.getByRole('region', { name: 'Performance dialogue' }).getByRole('listitem')).toContainText('Membahas kendala pengumpulan data puskesmas.');
    await checkScreen(app, 'en', '53-feedback-appraiser');
    await shell.switchLanguage('Bahasa Indonesia');
    await shell.signOut();

    // The employee reads it, replies, and sees it in English too.
    await new SignInPage(app).signIn(hr.nip, hr.password);
    await addAccountAndSignInAs(app, { ...pegawai, password: 'pegawai-biasa-1', role: 'Pegawai' });
    await shell.goTo('Pemantauan');
    await app.getByRole('link', { name: pegawai.name }).click();
    await expect(feedback.getByRole('region', { name: 'Beri umpan balik' })).toHaveCount(0);
    const onIki = items.filter({ hasText: 'IKI: Jumlah dokumen akreditasi' });
    await onIki.getByRole('button', { name: 'Kirim tanggapan' }).click();
    await expect(onIki.getByText('Wajib diisi.')).toBeVisible();
    await onIki.getByRole('textbox', { name: 'Tanggapan atas umpan balik: IKI: Jumlah dokumen akreditasi' }).fill('Terima kasih, Pak.');
    await onIki.getByRole('button', { name: 'Kirim tanggapan' }).click();
    await expect(onIki.getByRole('region', { name: 'Tanggapan pegawai' })).toContainText('Terima kasih, Pak.');
    await expect(dialog.getByRole('listitem')).toContainText('Membahas kendala pengumpulan data puskesmas.');
    await checkScreen(app, 'id', '54-feedback-employee');

    await shell.switchLanguage('English');
    const enFeedback = app.getByRole('region', { name: 'Continuous feedback' });
    await expect(enFeedback).toContainText('The evidence is complete and clear.');
    await expect(enFeedback).toContainText('BerAKHLAK value: Accountable');
    await expect(app.getByRole('region', { name: 'Performance dialogue' })).toBeVisible();
    await checkScreen(app, 'en', '54-feedback-employee');
  });
});

