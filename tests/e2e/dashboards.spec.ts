import { test, expect } from './support/fixtures';
import { addAccountAndSignInAs, hr } from './support/office';
import { officeWithApprovedSkp, pegawai as staff } from './support/monitoring';
import { checkScreen } from './support/screens';
import { SignInPage } from './pages/SignInPage';

// The app's "today" is this machine's calendar date; the SKP covers the whole year, quarterly,
// entries due 10 days after a quarter ends (the office's default rules).
const now = new Date();
const year = now.getFullYear();
const quarter = Math.floor(now.getMonth() / 3) + 1;
const roman = ['I', 'II', 'III', 'IV'][quarter - 1]!;
const pct = (ratio: number, locale: string) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
const utc = (y: number, m: number, d: number) => Date.UTC(y, m, d);
const todayUtc = utc(year, now.getMonth(), now.getDate());

/** The last earlier quarter whose deadline (its end + 10 days) has passed: all of them miss entries. */
function overdue(): { days: number; quarter: number } | null {
  for (let q = quarter - 1; q >= 1; q -= 1) {
    const deadline = utc(year, q * 3, 0) + 10 * 86_400_000; // day 0 of the next month = the quarter's last day
    if (todayUtc > deadline) return { days: Math.round((todayUtc - deadline) / 86_400_000), quarter: q };
  }
  return null;
}

test.describe('dashboards: unit and person', () => {
  test('after one realisation the unit dashboard shows the person’s numbers and the person dashboard the IKI trend', async ({ app }) => {
    test.setTimeout(300_000);
    // HR writes the employee's SKP and submits it; the kasi approves it.
    const { shell } = await officeWithApprovedSkp(app);
    await shell.signOut();

    await new SignInPage(app).signIn(hr.nip, hr.password);
    await addAccountAndSignInAs(app, staff);
    await shell.goTo('Pemantauan');
    await app.getByRole('table', { name: /^SKP yang dipantau tahun/ }).getByRole('link', { name: staff.name }).click();
    const iki = app.getByRole('region', { name: 'RHK utama 1, IKI 1: Jumlah dokumen akreditasi' });
    await iki.getByRole('textbox', { name: 'Realisasi — RHK utama 1, IKI 1' }).fill('3');
    await iki.getByRole('textbox', { name: 'Sumber data — RHK utama 1, IKI 1' }).fill('Register dokumen akreditasi');
    await iki.getByRole('button', { name: 'Simpan realisasi — RHK utama 1, IKI 1' }).click();
    await expect(app.getByRole('status').filter({ hasText: 'Realisasi disimpan: Jumlah dokumen akreditasi' })).toBeVisible();
    await expect(app.getByRole('link', { name: 'Lihat dasbor' })).toHaveAttribute('href', /\/dashboards\/person\//);

    // The unit dashboard opens on the person's own unit and the current quarter k.
    // IKI 1 (Dokumen, summed): this quarter 3 against 12 ÷ 4 = 3 → 100 %, the mean of the one
    //   capaian there is; to date 3 against 12 × k ÷ 4 = 3k → 1/k: on track in Q1, behind after
    //   (50 % and below is under the 80 % "at risk" line).
    // IKI 2 (%) and IKI 3 (Bulan), no value this quarter: not entered.
    // Overdue: every earlier quarter misses both IKIs, so the last one past its deadline
    //   (its end + 10 days) counts, in days from that deadline to today.
    await shell.goTo('Dasbor');
    await expect(app.getByRole('heading', { level: 1, name: 'Dasbor Unit' })).toBeVisible();
    const period = `Triwulan ${roman} ${year}`;
    await expect(app.getByRole('combobox', { name: 'Periode' })).toHaveValue(period);
    const table = app.getByRole('table', { name: `Capaian per pegawai, ${period}` });
    const row = table.getByRole('row').filter({ has: app.getByRole('link', { name: staff.name }) });
    const cells = row.getByRole('cell');
    const onTrack = quarter === 1 ? 1 : 0;
    const behind = 1 - onTrack;
    const late = overdue();
    await expect(cells).toHaveText([staff.name, late ? `${late.days} hari (Triwulan ${['I', 'II', 'III', 'IV'][late.quarter - 1]} ${year})` : '–', /.+/, '1 dari 3', pct(1, 'id-ID'), String(onTrack), '0', String(behind), '2']);
    const summary = `${onTrack} dari 3 IKI sesuai rencana, 0 perlu perhatian, ${behind} tertinggal dan 2 belum diisi untuk ${period} (1 pegawai, ${late ? 1 : 0} terlambat mengisi).`;
    const chart = app.getByRole('img', { name: `Status IKI, ${period}` });
    await expect(chart).toHaveAccessibleDescription(summary);
    await checkScreen(app, 'id', '60-dashboard-unit');

    // The table view gives the same numbers as the bars.
    const section = app.getByRole('region', { name: `Status IKI, ${period}` });
    await section.getByRole('button', { name: 'Tampilkan tabel' }).click();
    const counts = section.getByRole('table', { name: `Status IKI, ${period}` });
    await expect(counts.getByRole('row')).toHaveText([/Status\s*Jumlah IKI/, `Sesuai rencana${onTrack}`, 'Perlu perhatian0', `Tertinggal${behind}`, 'Belum diisi2']);
    await checkScreen(app, 'id', '61-dashboard-unit-table');
    await section.getByRole('button', { name: 'Tampilkan grafik' }).click();
    await expect(chart).toBeVisible();

    // The person dashboard: one chart per IKI; IKI 1's target line is the quarter's share, 3.
    await row.getByRole('link', { name: staff.name }).click();
    await expect(app.getByRole('heading', { level: 1, name: `Dasbor ${staff.name}, ${year}` })).toBeVisible();
    const trendName = 'Jumlah dokumen akreditasi (Dokumen)';
    await expect(app.getByRole('img', { name: trendName })).toHaveAccessibleDescription(`Realisasi terisi untuk 1 dari 4 periode; terakhir ${period}: 3 Dokumen terhadap target 3, capaian ${pct(1, 'id-ID')}.`);
    await expect(app.getByRole('img', { name: 'Persentase dokumen tanpa revisi (%)' })).toHaveAccessibleDescription('Belum ada realisasi untuk 4 periode SKP ini.');
    await expect(app.getByText('Belum ada umpan balik.')).toBeVisible();
    await checkScreen(app, 'id', '62-dashboard-person');
    const trend = app.getByRole('region', { name: trendName });
    await trend.getByRole('button', { name: 'Tampilkan tabel' }).click();
    await expect(trend.getByRole('row').filter({ hasText: period })).toHaveText(`${period}33${pct(1, 'id-ID')}`);

    await shell.switchLanguage('English');
    await expect(app.getByRole('heading', { level: 1, name: `Dashboard of ${staff.name}, ${year}` })).toBeVisible();
    await checkScreen(app, 'en', '62-dashboard-person');
    await shell.goTo('Dashboards');
    await expect(app.getByRole('img', { name: /^IKI status, Quarter / })).toHaveAccessibleDescription(new RegExp(`^${onTrack} of 3 IKI on track.*\\(1 person, `));
    await checkScreen(app, 'en', '60-dashboard-unit');
    const enSection = app.getByRole('region', { name: /^IKI status, Quarter / });
    await enSection.getByRole('button', { name: 'Show table' }).click();
    await expect(enSection.getByRole('table', { name: /^IKI status, Quarter / }).getByRole('row')).toHaveText([/Status\s*IKI count/, `On track${onTrack}`, 'At risk0', `Behind${behind}`, 'Not entered2']);
    await checkScreen(app, 'en', '61-dashboard-unit-table');
    await shell.switchLanguage('Bahasa Indonesia');
  });
});
