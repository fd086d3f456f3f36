import { generateRoster } from '../fixtures/roster';
import { test, expect } from './support/fixtures';
import { dinasKesehatan, setUpOffice } from './support/office';
import { importRoster } from './support/people';
import { checkScreen } from './support/screens';
import { GoalsPage, SkpPages } from './pages/SkpPages';
import type { Page } from '@playwright/test';

const roster = generateRoster({ size: 60 });
const [headNip, headName, front, back] = roster.rows[0]!.map((c) => String(c ?? ''));
const head = { nip: headNip!, name: `${front} ${headName}, ${back}` };

// The app's "today" is this machine's date; the head's SKP covers the whole year, quarterly
// (the office's default rules: on track from 100 %, at risk from 80 %, cap 120 %).
const now = new Date();
const year = now.getFullYear();
const quarter = Math.floor(now.getMonth() / 3) + 1;
const roman = ['I', 'II', 'III', 'IV'][quarter - 1]!;
const pct = (ratio: number, locale: string) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Enters one IKI's realisation on the monitoring screen of the SKP that is open. */
async function enter(app: Page, ikiNo: number, text: string, value: string) {
  const name = `RHK utama 1, IKI ${ikiNo}`;
  const iki = app.getByRole('region', { name: `${name}: ${text}` });
  await iki.getByRole('textbox', { name: `Realisasi — ${name}` }).fill(value);
  await iki.getByRole('textbox', { name: `Sumber data — ${name}` }).fill('Laporan puskesmas');
  await iki.getByRole('button', { name: `Simpan realisasi — ${name}` }).click();
  await expect(app.getByRole('status').filter({ hasText: `Realisasi disimpan: ${text}` })).toBeVisible();
}

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
    const shell = await setUpOffice(app, dinasKesehatan);
    await importRoster(app, shell, roster);

    // HR writes the goal and the head's SKP (JPT: the head intervenes the IKU) and records the
    // approval (the regent appraises the head). A tambahan RHK gets no realisation at all.
    await shell.goTo('Sasaran Kantor');
    await new GoalsPage(app).add({ statement: 'Meningkatnya derajat kesehatan masyarakat', indicators: [{ text: 'Persentase puskesmas terakreditasi', target: '85', unit: '%' }] });
    const skp = new SkpPages(app);
    await shell.goTo('SKP');
    await skp.create(head.name, head.nip);
    const card = await skp.addRhk('utama', { parent: 'Persentase puskesmas terakreditasi', text: 'Terwujudnya akreditasi puskesmas', indicators: [{ text: 'Puskesmas terakreditasi', target: '12', unit: 'Puskesmas' }] });
    await card.getByRole('button', { name: 'Tambah IKI pada RHK utama 1' }).click();
    await card.getByRole('textbox', { name: 'IKI — RHK utama 1, IKI 2' }).fill('Persentase dokumen akreditasi tanpa revisi');
    await card.getByRole('textbox', { name: 'Target — RHK utama 1, IKI 2' }).fill('90');
    await card.getByLabel('Satuan — RHK utama 1, IKI 2', { exact: true }).fill('%');
    await skp.addRhk('tambahan', { text: 'Terlaksananya tugas tambahan', indicators: [{ text: 'Laporan tugas tambahan', target: '4', unit: 'Laporan' }] });
    await skp.save();
    await skp.step('Ajukan');
    await expect(app.getByRole('status').filter({ hasText: 'SKP diajukan' })).toBeVisible();
    await skp.step('Setujui');
    await expect(skp.status()).toHaveText('Disetujui');

    // HR enters the current quarter for the head's RHK utama:
    // IKI 1 (Puskesmas, summed): the quarter's share is 12 ÷ 4 = 3; realised 3 → 3 ÷ 3 = 100 %.
    // IKI 2 (%, averaged): the quarter's target is 90; realised 81 → 81 ÷ 90 = 90 %.
    // The RHK: (100 % + 90 %) ÷ 2 = 95 %, under 100 % but at least 80 % → at risk.
    // The IKU: the mean of the one RHK directly below it with a capaian → 95 %, at risk.
    // The tambahan RHK: nothing entered → no data (not 0 %).
    await shell.goTo('Pemantauan');
    await app.getByRole('table', { name: /^SKP yang dipantau tahun/ }).getByRole('link', { name: head.name }).click();
    await enter(app, 1, 'Puskesmas terakreditasi', '3');
    await enter(app, 2, 'Persentase dokumen akreditasi tanpa revisi', '81');

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
