import { expect, type Locator, type Page } from '@playwright/test';
import { generateRoster } from '../../fixtures/roster';
import { SignInPage } from '../pages/SignInPage';
import type { ShellPage } from '../pages/ShellPage';
import { field } from './fields';
import { kasi, officeWithApprovedSkp, openMonitoringOf, pegawai } from './monitoring';
import { hr } from './office';

/**
 * Evaluation steps as people take them on the generated Dinas Kesehatan of support/monitoring.ts
 * (the kasi appraises the pegawai; the kabid, the kasi's appraiser, is the seksi's official).
 */
const roster = generateRoster({ size: 60 });
const kasiRow = roster.rows[3]!;
const kabidRow = roster.rows.find((r) => r[0] === kasiRow[9])!;
/** The kasi's seksi, where the pegawai works. */
export const seksi = String(kasiRow[8]);
export const kabid = { nip: String(kabidRow[0]), name: `${kabidRow[2] ? `${kabidRow[2]} ` : ''}${kabidRow[1]}${kabidRow[3] ? `, ${kabidRow[3]}` : ''}` };

const now = new Date();
export const year = now.getFullYear();
export const quarter = Math.floor(now.getMonth() / 3) + 1;
/** This quarter as the screens name it: "Triwulan II 2026". */
export const currentPeriod = `Triwulan ${['I', 'II', 'III', 'IV'][quarter - 1]} ${year}`;

export async function signInAgainAs(app: Page, shell: ShellPage, who: { nip: string; password: string }) {
  await shell.signOut();
  await new SignInPage(app).signIn(who.nip, who.password);
}

/** From the Evaluasi list of this quarter, someone's rating screen. */
export async function openRating(app: Page, shell: ShellPage, who: { name: string }) {
  await shell.goTo('Evaluasi');
  await app.getByRole('table', { name: `Pegawai yang dievaluasi, ${currentPeriod}` }).getByRole('link', { name: who.name }).click();
  await expect(app.getByRole('heading', { level: 1, name: `Evaluasi ${who.name} — ${currentPeriod}` })).toBeVisible();
}

export async function rate(ratings: Locator, hasil: string, perilaku: string) {
  await ratings.getByRole('radiogroup', { name: /^Rating hasil kerja/ }).getByRole('radio', { name: hasil }).check();
  await field(ratings, 'Alasan rating hasil kerja').fill(`Realisasi triwulan ini: ${hasil.toLowerCase()}.`);
  await ratings.getByRole('radiogroup', { name: /^Rating perilaku kerja/ }).getByRole('radio', { name: perilaku }).check();
  await field(ratings, 'Alasan rating perilaku kerja').fill('Umpan balik BerAKHLAK triwulan ini.');
}

/** On the organisation results screen (this quarter), records a unit's result. */
export async function recordOrgResult(app: Page, shell: ShellPage, unit: string, predikat: string, note: string) {
  await shell.goTo('Evaluasi');
  await app.getByRole('link', { name: 'Capaian kinerja organisasi' }).click();
  await app.getByRole('button', { name: `Catat capaian ${unit}` }).click();
  const dialog = app.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'Capaian kinerja organisasi' }).click();
  await app.getByRole('option', { name: predikat, exact: true }).click();
  await dialog.getByRole('textbox', { name: 'Catatan' }).fill(note);
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();
}

/**
 * A minimal office with one rated, final evaluation: the pegawai's approved SKP with this
 * quarter's realisation of its first IKI (3 Dokumen, entered by HR), the seksi's result Baik
 * recorded by HR, and the kasi's rating Sesuai × Sesuai (Baik), which alone breaks
 * the curve (Baik at most 70 %, at least one lower), so it is finalised with `overrideReason`.
 * The kasi stays signed in, on the rating screen.
 */
export async function officeWithFinalEvaluation(app: Page, overrideReason: string): Promise<{ shell: ShellPage }> {
  const { shell } = await officeWithApprovedSkp(app);
  await signInAgainAs(app, shell, hr);
  await openMonitoringOf(app, shell, pegawai);
  const iki = app.getByRole('region', { name: 'RHK utama 1, IKI 1: Jumlah dokumen akreditasi' });
  await iki.getByRole('textbox', { name: 'Realisasi — RHK utama 1, IKI 1' }).fill('3');
  await iki.getByRole('textbox', { name: 'Sumber data — RHK utama 1, IKI 1' }).fill('Register dokumen akreditasi');
  await iki.getByRole('button', { name: 'Simpan realisasi — RHK utama 1, IKI 1' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Realisasi disimpan: Jumlah dokumen akreditasi' })).toBeVisible();
  await recordOrgResult(app, shell, seksi, 'Baik', 'Perencanaan pelayanan sesuai target');
  await signInAgainAs(app, shell, kasi);
  await openRating(app, shell, pegawai);
  const ratings = app.getByRole('region', { name: 'Rating kinerja' });
  await rate(ratings, 'Sesuai Ekspektasi', 'Sesuai Ekspektasi');
  await ratings.getByRole('button', { name: 'Finalkan' }).click();
  const override = app.getByRole('dialog', { name: 'Distribusi predikat unit melanggar kurva' });
  await field(override, 'Alasan tetap memfinalkan').fill(overrideReason);
  await override.getByRole('button', { name: 'Finalkan dengan alasan' }).click();
  await expect(override).toBeHidden();
  await expect(app.getByRole('main').getByText('Final', { exact: true })).toBeVisible();
  return { shell };
}
