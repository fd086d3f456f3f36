import { test, expect } from './support/fixtures';
import { headWithQuarterEntered, pct, quarter, year } from './support/headQuarter';
import { checkScreen } from './support/screens';

const roman = ['I', 'II', 'III', 'IV'][quarter - 1]!;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const words = {
  id: {
    locale: 'id-ID',
    colour: 'Warnai menurut capaian',
    none: 'Tidak',
    period: `Triwulan ${roman} ${year}`,
    tree: /^Pohon kinerja tahun/,
    expandAll: 'Buka semua',
    legend: 'Keterangan warna',
    legendItems: ['Sesuai target: ≥ 100%', 'Perlu perhatian: ≥ 80% dan < 100%', 'Tertinggal: < 80%', 'Belum ada data'],
    atRisk: (value: string) => `Capaian ${value}, perlu perhatian`,
    noData: 'Capaian belum ada data',
  },
  en: {
    locale: 'en',
    colour: 'Colour by capaian',
    none: 'None',
    period: `Quarter ${quarter} ${year}`,
    tree: /^Performance tree for/,
    expandAll: 'Expand all',
    legend: 'Colour key',
    legendItems: ['On track: ≥ 100%', 'At risk: ≥ 80% and < 100%', 'Behind: < 80%', 'No data'],
    atRisk: (value: string) => `Capaian ${value}, at risk`,
    noData: 'Capaian: no data',
  },
} as const;

test.describe('the cascade tree coloured by capaian', () => {
  test('the head’s RHK and the IKU it intervenes show the quarter’s capaian and status, in both languages', async ({ app }) => {
    test.setTimeout(300_000);
    // The worked example of support/headQuarter.ts: the head's RHK utama has 3 ÷ 3 = 100 % and
    // 81 ÷ 90 = 90 % this quarter → (100 % + 90 %) ÷ 2 = 95 %, under 100 % but at least 80 % → at
    // risk; the IKU it intervenes, the mean of the one RHK below it → 95 %, at risk; the tambahan
    // RHK has nothing entered → no data (not 0 %).
    const shell = await headWithQuarterEntered(app);

    for (const language of ['id', 'en'] as const) {
      const w = words[language];
      if (language === 'en') await shell.switchLanguage('English');
      await shell.navigation().getByRole('link', { name: 'SKP', exact: true }).click();
      await app.getByRole('link', { name: language === 'id' ? 'Pohon kinerja' : 'Performance tree' }).click();
      await app.getByRole('button', { name: w.expandAll }).click();
      const tree = app.getByRole('tree', { name: w.tree });
      const rhk = tree.getByRole('treeitem', { name: new RegExp(`^RHK Terwujudnya akreditasi puskesmas `) });
      const iku = tree.getByRole('treeitem', { name: /^IKU: Persentase puskesmas terakreditasi/ });
      const tambahan = tree.getByRole('treeitem', { name: /^RHK Terlaksananya tugas tambahan / });

      // Not coloured until a period is chosen: no capaian in the names, no legend.
      await expect(app.getByRole('combobox', { name: w.colour })).toHaveValue(w.none);
      await expect(rhk).toBeVisible();
      await expect(rhk).not.toHaveAccessibleName(/Capaian/);
      await expect(app.getByRole('list', { name: w.legend })).toHaveCount(0);

      await app.getByRole('combobox', { name: w.colour }).click();
      await app.getByRole('option', { name: w.period }).click();
      const value = pct(0.95, w.locale);
      await expect(rhk).toHaveAccessibleName(new RegExp(`, ${escape(w.atRisk(value))}$`));
      await expect(rhk).toContainText(value);
      await expect(rhk).toHaveAttribute('data-capaian', 'at-risk');
      await expect(iku).toHaveAccessibleName(`IKU: Persentase puskesmas terakreditasi, ${w.atRisk(value)}`);
      await expect(iku).toContainText(value);
      await expect(tambahan).toHaveAccessibleName(new RegExp(`, ${escape(w.noData)}$`));
      await expect(tambahan).toHaveAttribute('data-capaian', 'none');
      // The goal itself is not coloured.
      await expect(tree.getByRole('treeitem', { name: /Meningkatnya derajat kesehatan masyarakat/ })).not.toHaveAccessibleName(/Capaian/);
      const legend = app.getByRole('list', { name: w.legend });
      for (const item of w.legendItems) await expect(legend.getByRole('listitem').filter({ hasText: item })).toBeVisible();
      await expect(app.getByRole('status').filter({ hasText: /Realisasi disimpan/ })).toHaveCount(0); // let the last notice go
      await checkScreen(app, language, '37-cascade-capaian');

      // "None" puts the tree back as it was.
      await app.getByRole('combobox', { name: w.colour }).click();
      await app.getByRole('option', { name: w.none, exact: true }).click();
      await expect(rhk).not.toHaveAccessibleName(/Capaian/);
      await expect(app.getByRole('list', { name: w.legend })).toHaveCount(0);
    }
  });
});
