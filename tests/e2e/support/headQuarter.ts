import { expect, type Page } from '@playwright/test';
import { generateRoster } from '../../fixtures/roster';
import { GoalsPage, SkpPages } from '../pages/SkpPages';
import type { ShellPage } from '../pages/ShellPage';
import { dinasKesehatan, setUpOffice } from './office';
import { importRoster } from './people';

/**
 * A Dinas Kesehatan whose head's SKP (JPT: its RHK utama intervenes the office's IKU) is approved
 * and has this quarter entered, by HR. "Today" is this machine's date; quarterly, default rules
 * (on track from 100 %, at risk from 80 %, cap 120 %):
 * - RHK utama, IKI 1 (Puskesmas, summed): 12 ÷ 4 = 3 a quarter; realised 3 → 100 %, on track.
 * - RHK utama, IKI 2 (%, averaged): target 90 every quarter; realised 81 → 90 %, at risk.
 * - RHK tambahan, its one IKI: nothing entered (no data, never 0 %).
 */
export const roster = generateRoster({ size: 60 });
const [headNip, headName, front, back] = roster.rows[0]!.map((c) => String(c ?? ''));
export const headOfDinas = { nip: headNip!, name: `${front} ${headName}, ${back}`, unit: String(roster.rows[0]![8]) };
export const iku = { goal: 'Meningkatnya derajat kesehatan masyarakat', text: 'Persentase puskesmas terakreditasi', target: '85', unit: '%' };

const now = new Date();
export const year = now.getFullYear();
export const quarter = Math.floor(now.getMonth() / 3) + 1;
export const pct = (ratio: number, locale: string) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(ratio);

/** Enters one IKI's realisation on the monitoring screen of the SKP that is open. */
async function enter(app: Page, ikiNo: number, text: string, value: string) {
  const name = `RHK utama 1, IKI ${ikiNo}`;
  const iki = app.getByRole('region', { name: `${name}: ${text}` });
  await iki.getByRole('textbox', { name: `Realisasi — ${name}` }).fill(value);
  await iki.getByRole('textbox', { name: `Sumber data — ${name}` }).fill('Laporan puskesmas');
  await iki.getByRole('button', { name: `Simpan realisasi — ${name}` }).click();
  await expect(app.getByRole('status').filter({ hasText: `Realisasi disimpan: ${text}` }).first()).toBeVisible();
}

export async function headWithQuarterEntered(app: Page): Promise<ShellPage> {
  const shell = await setUpOffice(app, dinasKesehatan);
  await importRoster(app, shell, roster);
  // HR writes the goal and the head's SKP and records the approval (the regent appraises the head).
  await shell.goTo('Sasaran Kantor');
  await new GoalsPage(app).add({ statement: iku.goal, indicators: [{ text: iku.text, target: iku.target, unit: iku.unit }] });
  const skp = new SkpPages(app);
  await shell.goTo('SKP');
  await skp.create(headOfDinas.name, headOfDinas.nip);
  const card = await skp.addRhk('utama', { parent: iku.text, text: 'Terwujudnya akreditasi puskesmas', indicators: [{ text: 'Puskesmas terakreditasi', target: '12', unit: 'Puskesmas' }] });
  await card.getByRole('button', { name: 'Tambah IKI pada RHK utama 1' }).click();
  await card.getByRole('textbox', { name: 'IKI — RHK utama 1, IKI 2' }).fill('Persentase dokumen akreditasi tanpa revisi');
  await card.getByRole('textbox', { name: 'Target — RHK utama 1, IKI 2' }).fill('90');
  await card.getByLabel('Satuan — RHK utama 1, IKI 2', { exact: true }).fill('%');
  await skp.addRhk('tambahan', { text: 'Terlaksananya tugas tambahan', indicators: [{ text: 'Laporan tugas tambahan', target: '4', unit: 'Laporan' }] });
  await skp.save();
  await skp.step('Ajukan');
  await expect(app.getByRole('status').filter({ hasText: 'SKP diajukan' }).first()).toBeVisible();
  await skp.step('Setujui');
  await expect(skp.status()).toHaveText('Disetujui');

  await shell.goTo('Pemantauan');
  await app.getByRole('table', { name: /^SKP yang dipantau tahun/ }).getByRole('link', { name: headOfDinas.name }).click();
  await enter(app, 1, 'Puskesmas terakreditasi', '3');
  await enter(app, 2, 'Persentase dokumen akreditasi tanpa revisi', '81');
  return shell;
}
