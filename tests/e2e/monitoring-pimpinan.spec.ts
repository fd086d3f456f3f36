import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { field } from './support/fields';
import { iki, kasi, kepalaDinas, officeWithApprovedSkp, openMonitoringOf, pegawai } from './support/monitoring';
import { addAccountAndSignInAs, hr } from './support/office';
import { checkScreen } from './support/screens';
import { SignInPage } from './pages/SignInPage';

/** The words a reader must not be offered, in each language: give, reply, write, enter, correct. */
const controls = {
  id: {
    giveRegion: 'Beri umpan balik',
    buttons: ['Kirim umpan balik', 'Kirim tanggapan', 'Simpan catatan', `Simpan realisasi — ${iki.name}`, `Koreksi — ${iki.name}`, 'Simpan rencana aksi', 'Tambah tautan'],
    fields: [`Tanggapan atas umpan balik: IKI: ${iki.text}`, 'Tanggal percakapan', 'Tentang'],
    addFile: `Tambah berkas bukti — ${iki.name}`,
  },
  en: {
    giveRegion: 'Give feedback',
    buttons: ['Send feedback', 'Send reply', 'Save note', 'Save realisation — RHK main (utama) 1, IKI 1', 'Correct — RHK main (utama) 1, IKI 1', 'Save action plan', 'Add link'],
    fields: [`Reply to the feedback: Indicator: ${iki.text}`, 'Date of the conversation', 'About'],
    addFile: 'Add evidence file — RHK main (utama) 1, IKI 1',
  },
};

async function expectNoControls(page: Page, language: 'id' | 'en') {
  const words = controls[language];
  await expect(page.getByRole('region', { name: words.giveRegion })).toHaveCount(0);
  for (const name of words.buttons) await expect(page.getByRole('button', { name }), `button ${name}`).toHaveCount(0);
  for (const name of words.fields) await expect(field(page, name), `field ${name}`).toHaveCount(0);
  await expect(page.getByLabel(words.addFile)).toHaveCount(0);
}

test.describe('the Pimpinan reads monitoring', () => {
  test('the kasi gives feedback and notes a dialogue, the employee enters a value and replies; the head of office reads it all and is offered no control to change it', async ({ app }) => {
    test.setTimeout(300_000);
    const { shell } = await officeWithApprovedSkp(app);

    // The kasi (signed in by the setup) gives feedback on the IKI and notes a dialogue.
    await openMonitoringOf(app, shell, pegawai);
    const feedback = app.getByRole('region', { name: 'Umpan balik berkelanjutan' });
    const give = feedback.getByRole('region', { name: 'Beri umpan balik' });
    await field(give, 'Tentang').click();
    await app.getByRole('option', { name: iki.text }).click();
    await give.getByRole('checkbox', { name: 'Bukti dukung lengkap dan jelas.' }).check();
    await field(give, 'Catatan').fill('Rekap triwulan ini rapi.');
    await give.getByRole('button', { name: 'Kirim umpan balik' }).click();
    await expect(app.getByRole('status').filter({ hasText: 'Umpan balik terkirim.' })).toBeVisible();
    const dialog = app.getByRole('region', { name: 'Dialog kinerja' });
    // (The names the Pimpinan must not be offered are the ones the appraiser is.)
    await expect(give.getByRole('button', { name: 'Kirim umpan balik' })).toBeVisible();
    await expect(field(dialog, 'Tanggal percakapan')).toBeVisible();
    await expect(field(give, 'Tentang')).toBeVisible();
    await field(dialog, 'Catatan').fill('Membahas kendala pengumpulan data puskesmas.');
    await dialog.getByRole('button', { name: 'Simpan catatan' }).click();
    await expect(dialog.getByRole('listitem')).toContainText(kasi.name);
    await shell.signOut();

    // The employee enters this period's value and replies.
    await new SignInPage(app).signIn(hr.nip, hr.password);
    await addAccountAndSignInAs(app, pegawai);
    await openMonitoringOf(app, shell, pegawai, false);
    const entry = app.getByRole('region', { name: `${iki.name}: ${iki.text}` });
    await expect(entry.getByLabel(controls.id.addFile)).toHaveCount(1);
    await expect(app.getByRole('button', { name: 'Simpan rencana aksi' }).first()).toBeVisible();
    await expect(entry.getByRole('button', { name: 'Tambah tautan' })).toBeVisible();
    await entry.getByRole('textbox', { name: `Realisasi — ${iki.name}` }).fill('3');
    await entry.getByRole('textbox', { name: `Sumber data — ${iki.name}` }).fill('Register dokumen akreditasi');
    await entry.getByRole('button', { name: `Simpan realisasi — ${iki.name}` }).click();
    await expect(app.getByRole('status').filter({ hasText: `Realisasi disimpan: ${iki.text}` })).toBeVisible();
    const onIki = feedback.getByRole('listitem').filter({ hasText: `IKI: ${iki.text}` });
    await onIki.getByRole('textbox', { name: `Tanggapan atas umpan balik: IKI: ${iki.text}` }).fill('Terima kasih, Pak.');
    await onIki.getByRole('button', { name: 'Kirim tanggapan' }).click();
    await expect(onIki.getByRole('region', { name: 'Tanggapan pegawai' })).toContainText('Terima kasih, Pak.');
    await shell.signOut();

    // The Kepala Dinas (Pimpinan) opens the same SKP's monitoring.
    await new SignInPage(app).signIn(hr.nip, hr.password);
    await addAccountAndSignInAs(app, kepalaDinas);
    await openMonitoringOf(app, shell, pegawai);
    await expect(app.getByText('Anda hanya dapat membaca pemantauan SKP ini.')).toBeVisible();

    // What was given, replied and noted is there to read.
    const items = feedback.getByRole('list', { name: /^Umpan balik / }).getByRole('listitem').filter({ has: app.getByRole('heading', { level: 3 }) });
    await expect(items).toHaveCount(1);
    await expect(items.first()).toContainText(`IKI: ${iki.text}`);
    await expect(items.first()).toContainText('Bukti dukung lengkap dan jelas.');
    await expect(items.first()).toContainText('Rekap triwulan ini rapi.');
    await expect(items.first()).toContainText(kasi.name);
    await expect(items.first().getByRole('region', { name: 'Tanggapan pegawai' })).toContainText('Terima kasih, Pak.');
    await expect(dialog.getByRole('list', { name: 'Catatan dialog kinerja' }).getByRole('listitem')).toHaveText(new RegExp(`${kasi.name}[\\s\\S]*Membahas kendala pengumpulan data puskesmas\\.`));
    // The value is shown, read-only.
    const value = entry.getByRole('textbox', { name: `Realisasi — ${iki.name}` });
    await expect(value).toHaveValue('3');
    await expect(value).toHaveAttribute('readonly');

    // And nothing to give feedback, reply, write a dialogue, enter or correct a value, or add evidence.
    await expectNoControls(app, 'id');
    await checkScreen(app, 'id', '55-monitoring-pimpinan');

    await shell.switchLanguage('English');
    await expect(app.getByText("You can only read this SKP's monitoring.")).toBeVisible();
    const enFeedback = app.getByRole('region', { name: 'Continuous feedback' });
    await expect(enFeedback).toContainText(`Indicator: ${iki.text}`);
    await expect(enFeedback).toContainText('The evidence is complete and clear.');
    await expect(enFeedback.getByRole('region', { name: "Employee's reply" })).toContainText('Terima kasih, Pak.');
    await expect(app.getByRole('region', { name: 'Performance dialogue' }).getByRole('list', { name: 'Performance dialogue notes' })).toContainText('Membahas kendala pengumpulan data puskesmas.');
    await expectNoControls(app, 'en');
    await checkScreen(app, 'en', '55-monitoring-pimpinan');
    await shell.signOut();

    // The same page, for the kasi (in English now, the PC's last language): the correction the
    // Pimpinan was not offered is there.
    await new SignInPage(app).signIn(kasi.nip, kasi.password);
    await shell.goTo('Monitoring');
    await app.getByRole('searchbox', { name: 'Search name or NIP' }).fill(pegawai.nip);
    await app.getByRole('link', { name: pegawai.name }).click();
    await expect(app.getByRole('button', { name: controls.en.buttons[4] })).toBeVisible();
  });
});
