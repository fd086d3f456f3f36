import { test, expect } from './support/fixtures';
import { headOfDinas, headWithQuarterEntered, iku, pct, quarter, year } from './support/headQuarter';
import { checkScreen } from './support/screens';

/**
 * The worked example of support/headQuarter.ts, seen by the office (this quarter):
 * 3 IKI expected (the head's), 2 entered → completeness 2 ÷ 3 = 66.7 %;
 * capaian (100 % + 90 %) ÷ 2 = 95 %; 1 on track, 1 at risk, 0 behind, 1 not entered.
 * The IKU is measured by the RHK utama's two IKI: 95 %, 2 of 2 entered.
 * Every other quarter: 3 expected, none entered → 0 % complete, capaian no data.
 */
const words = {
  id: {
    locale: 'id-ID',
    nav: 'Dasbor',
    title: 'Dasbor Kantor',
    period: (q: number) => `Triwulan ${['I', 'II', 'III', 'IV'][q - 1]} ${year}`,
    ikuTitle: (p: string) => `Capaian IKU terhadap target, ${p}`,
    ikuSummary: (v: string) => `1 dari 1 IKU sudah terukur: ${iku.text} ${v}. Garis putus-putus adalah target (100%).`,
    statusTitle: (p: string) => `Status IKI, ${p}`,
    statusSummary: (p: string) => `1 dari 3 IKI sesuai rencana, 1 perlu perhatian, 0 tertinggal dan 1 belum diisi untuk ${p}.`,
    trendTitle: `Tren per periode, ${year}`,
    noData: 'belum ada data',
    showTable: 'Tampilkan tabel',
    unitsTable: (p: string) => `Kelengkapan dan capaian per unit, ${p}`,
    entered: (d: number, t: number) => `${d} dari ${t}`,
    officeTab: 'Kantor',
    unitTab: 'Unit',
    unitTitle: 'Dasbor Unit',
  },
  en: {
    locale: 'en',
    nav: 'Dashboards',
    title: 'Office dashboard',
    period: (q: number) => `Quarter ${q} ${year}`,
    ikuTitle: (p: string) => `IKU achievement against target, ${p}`,
    ikuSummary: (v: string) => `1 of 1 IKU measured: ${iku.text} ${v}. The dashed line is the target (100%).`,
    statusTitle: (p: string) => `Status of IKI, ${p}`,
    statusSummary: (p: string) => `1 of 3 IKI on track, 1 at risk, 0 behind and 1 not entered for ${p}.`,
    trendTitle: `Trend per period, ${year}`,
    noData: 'no data yet',
    showTable: 'Show table',
    unitsTable: (p: string) => `Completeness and capaian per unit, ${p}`,
    entered: (d: number, t: number) => `${d} of ${t}`,
    officeTab: 'Office',
    unitTab: 'Unit',
    unitTitle: 'Unit dashboard',
  },
} as const;

test.describe('the office dashboard', () => {
  test('shows the IKU against its target, the status of IKI, completeness per unit and the trend, in both languages', async ({ app }) => {
    test.setTimeout(300_000);
    const shell = await headWithQuarterEntered(app);
    for (const language of ['id', 'en'] as const) {
      const w = words[language];
      if (language === 'en') await shell.switchLanguage('English');
      const period = w.period(quarter);
      // HR opens "Dashboards" and lands on the office's, on the current quarter.
      await shell.goTo(w.nav);
      await expect(app.getByRole('heading', { level: 1, name: w.title })).toBeVisible();
      await expect(app.getByRole('link', { name: w.officeTab, exact: true })).toHaveAttribute('aria-current', 'page');

      await expect(app.getByRole('img', { name: w.ikuTitle(period) })).toHaveAccessibleDescription(w.ikuSummary(pct(0.95, w.locale)));
      await expect(app.getByRole('img', { name: w.statusTitle(period) })).toHaveAccessibleDescription(w.statusSummary(period));
      await expect(app.getByText(pct(2 / 3, w.locale), { exact: true })).toBeVisible(); // completeness figure
      await checkScreen(app, language, '63-dashboard-office');

      // The trend: this quarter 95 % / 66.7 %, the others no data / 0 %.
      const trend = app.getByRole('region', { name: w.trendTitle });
      await trend.getByRole('button', { name: w.showTable }).click();
      for (let q = 1; q <= 4; q++) {
        const expected = q === quarter ? [w.period(q), pct(0.95, w.locale), pct(2 / 3, w.locale)] : [w.period(q), w.noData, pct(0, w.locale)];
        await expect(trend.getByRole('row').filter({ hasText: w.period(q) }).getByRole('cell')).toHaveText(expected);
      }

      // The IKU's table: goal, IKU, annual target, capaian, IKI entered.
      const ikuRegion = app.getByRole('region', { name: w.ikuTitle(period) });
      await ikuRegion.getByRole('button', { name: w.showTable }).click();
      await expect(ikuRegion.getByRole('row').filter({ hasText: iku.text }).getByRole('cell')).toHaveText([iku.goal, iku.text, `85 %`, pct(0.95, w.locale), w.entered(2, 2)]);

      // Units: only the head's (the others expect nothing), 2 of 3 entered.
      const units = app.getByRole('table', { name: w.unitsTable(period) });
      const row = units.getByRole('row').filter({ has: app.getByRole('link', { name: headOfDinas.unit }) });
      await expect(row.getByRole('cell')).toHaveText([headOfDinas.unit, `${pct(2 / 3, w.locale)} (${w.entered(2, 3)})`, pct(0.95, w.locale), '0', '1']);
      await checkScreen(app, language, '64-dashboard-office-tables');

      // A unit's row opens the unit dashboard on that unit and period.
      await row.getByRole('link', { name: headOfDinas.unit }).click();
      await expect(app.getByRole('heading', { level: 1, name: w.unitTitle })).toBeVisible();
      await expect(app.getByRole('link', { name: w.unitTab, exact: true })).toHaveAttribute('aria-current', 'page');
    }
    await shell.switchLanguage('Bahasa Indonesia');
  });
});
