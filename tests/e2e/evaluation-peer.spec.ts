import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { addAccountAndSignInAs, dinasKesehatan, hr, setUpOffice } from './support/office';
import { importRoster } from './support/people';
import { checkScreen } from './support/screens';
import { currentPeriod, openRating, signInAgainAs } from './support/evaluation';
import { approveSkpOf, kabid, kasi, roster, staffA, staffB, writeAndSubmitSkp } from './support/evaluationOffice';
import type { ShellPage } from './pages/ShellPage';

/**
 * Peer input (issue 6, item 3), anonymous (the office's default once turned on): the kasi asks
 * a colleague of Agnes's and the kabid; nothing shows from one answer; from two, the counts per
 * BerAKHLAK value and the comments, with no names.
 */
const values = ['Berorientasi Pelayanan', 'Akuntabel', 'Kompeten', 'Harmonis', 'Loyal', 'Adaptif', 'Kolaboratif'];

async function answer(app: Page, shell: ShellPage, kolaboratif: string, comment: string) {
  // The home screen says someone is waiting, and leads to the form.
  await shell.goTo('Beranda');
  await app.getByRole('link', { name: '1 rekan kerja menunggu masukan Anda tentang perilaku kerja.' }).click();
  const form = app.getByRole('region', { name: `Masukan untuk ${staffA.name}, ${currentPeriod}` });
  for (const value of values) {
    await form.getByRole('radiogroup', { name: new RegExp(`^${value} — `) }).getByRole('radio', { name: value === 'Kolaboratif' ? kolaboratif : 'Sesuai Ekspektasi' }).check();
  }
  await form.getByRole('textbox', { name: 'Komentar (tidak wajib)' }).fill(comment);
  await form.getByRole('button', { name: `Kirim masukan untuk ${staffA.name}` }).click();
  await expect(app.getByRole('status').filter({ hasText: `Masukan untuk ${staffA.name} dikirim.` }).first()).toBeVisible();
}

test('the appraiser asks two colleagues for anonymous input on perilaku; the summary shows only from two answers, without names', async ({ app }) => {
  test.setTimeout(300_000);
  const shell = await setUpOffice(app, dinasKesehatan);
  await importRoster(app, shell, roster);

  // HR turns peer input on (anonymous by default) and writes Agnes's SKP.
  await shell.goTo('Pengaturan');
  const section = app.getByRole('region', { name: 'Masukan rekan kerja' });
  await section.getByRole('switch', { name: 'Pakai masukan rekan kerja' }).check();
  await expect(section.getByRole('switch', { name: 'Anonim' })).toBeChecked();
  await section.getByRole('button', { name: 'Simpan' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Pengaturan masukan rekan kerja disimpan.' }).first()).toBeVisible();
  await writeAndSubmitSkp(app, shell, staffA);

  // The kasi approves it and asks staff B and the kabid.
  await addAccountAndSignInAs(app, kasi);
  await approveSkpOf(app, shell, staffA);
  await openRating(app, shell, staffA);
  const panel = app.getByRole('region', { name: 'Masukan rekan kerja' });
  const choose = panel.getByRole('combobox', { name: 'Rekan kerja yang dimintai masukan' });
  for (const who of [staffB, kabid]) {
    await choose.fill(who.name);
    await app.getByRole('option', { name: new RegExp(`^${who.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} — `) }).click();
  }
  await panel.getByRole('button', { name: 'Minta masukan' }).click();
  await expect(panel.getByText('0 dari 2 rekan sudah menjawab.')).toBeVisible();
  // Anonymous: who was asked is listed (the kasi chose them), not who answered.
  await expect(panel.getByText(/^Diminta dari: /)).not.toContainText('sudah menjawab');

  // Staff B answers; the kasi still sees nothing (one answer would name its author).
  await signInAgainAs(app, shell, hr);
  await addAccountAndSignInAs(app, staffB);
  await answer(app, shell, 'Di Atas Ekspektasi', 'Sigap membantu tim');
  await signInAgainAs(app, shell, hr);
  await addAccountAndSignInAs(app, kabid);
  await answer(app, shell, 'Sesuai Ekspektasi', 'Datang tepat waktu');

  await signInAgainAs(app, shell, kasi);
  await openRating(app, shell, staffA);
  await expect(panel.getByText('2 dari 2 rekan sudah menjawab.')).toBeVisible();
  const table = panel.getByRole('table', { name: 'Rangkuman masukan rekan kerja per nilai BerAKHLAK' });
  // Kolaboratif: one Di Atas (staff B), one Sesuai (the kabid); the others two Sesuai each.
  await expect(table.getByRole('row', { name: /^Kolaboratif/ }).getByRole('cell')).toHaveText(['1', '1', '0']);
  await expect(table.getByRole('row', { name: /^Loyal/ }).getByRole('cell')).toHaveText(['0', '2', '0']);
  // Comments in a fixed order, by text, and no names.
  await expect(panel.getByRole('list', { name: 'Komentar rekan kerja' }).getByRole('listitem')).toHaveText(['Datang tepat waktu', 'Sigap membantu tim']);
  await panel.scrollIntoViewIfNeeded();
  await checkScreen(app, 'id', '65-evaluation-peer');
  await shell.switchLanguage('English');
  const english = app.getByRole('region', { name: 'Peer input' });
  await expect(english.getByRole('heading', { name: 'Peer input' })).toBeVisible();
  await expect(english.getByText('2 of 2 colleagues have answered.')).toBeVisible();
  await expect(english.getByRole('table', { name: 'Summary of peer input per BerAKHLAK value' }).getByRole('row', { name: /^Collaborative/ }).getByRole('cell')).toHaveText(['1', '1', '0']);
  await checkScreen(app, 'en', '65-evaluation-peer');
  await shell.switchLanguage('Bahasa Indonesia');
});
