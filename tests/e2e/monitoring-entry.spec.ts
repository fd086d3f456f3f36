import { test, expect } from './support/fixtures';
import { field } from './support/fields';
import { addAccountAndSignInAs, hr } from './support/office';
import { kasi, officeWithApprovedSkp, pegawai as staff } from './support/monitoring';
import { checkScreen } from './support/screens';
import { SignInPage } from './pages/SignInPage';

/** A tiny but valid PDF: header, one empty page, xref and trailer. */
function tinyPdf(): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>'];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

// The app's "today" is this machine's date; the SKP covers the whole current year, so the
// current quarter is inside it and open for entry (its deadline is 10 days after it ends).
const now = new Date();
const quarter = Math.floor(now.getMonth() / 3) + 1;
const roman = ['I', 'II', 'III', 'IV'][quarter - 1]!;
const pct = (ratio: number, locale: string) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(ratio);

test.describe('monitoring: realisations with evidence, and the appraiser’s correction', () => {
  test('an approved SKP: the employee enters the quarter with a PDF and a link; a renamed program is refused; the kasi corrects a value', async ({ app }) => {
    test.setTimeout(300_000);
    // HR writes the employee's SKP and submits it; the kasi approves it.
    const { shell } = await officeWithApprovedSkp(app);
    await shell.signOut();

    // The employee opens their monitoring: the current quarter, open for entry.
    await new SignInPage(app).signIn(hr.nip, hr.password);
    await addAccountAndSignInAs(app, staff);
    await shell.goTo('Pemantauan');
    const list = app.getByRole('table', { name: /^SKP yang dipantau tahun/ });
    await expect(list.getByText('0 dari 3 IKI')).toBeVisible();
    await expect(app.getByText(`Periode berjalan: Triwulan ${roman} ${now.getFullYear()}`)).toBeVisible();
    await list.getByRole('link', { name: staff.name }).click();
    await expect(app.getByRole('heading', { level: 1, name: `Pemantauan ${staff.name} — ${now.getFullYear()}` })).toBeVisible();
    await expect(app.getByRole('combobox', { name: 'Periode pemantauan' })).toHaveValue(`Triwulan ${roman} ${now.getFullYear()}`);
    await expect(app.getByText(/^(Terbuka sampai|Segera ditutup:) /).first()).toBeVisible();

    const rhk = app.getByRole('region', { name: 'RHK utama 1' });
    await field(rhk, `Rencana aksi — Triwulan ${roman} ${now.getFullYear()}`).fill('Menghimpun dokumen akreditasi dari tiga puskesmas.');
    await rhk.getByRole('button', { name: 'Simpan rencana aksi' }).click();
    await expect(app.getByRole('status').filter({ hasText: 'Rencana aksi disimpan.' })).toBeVisible();

    const iki = app.getByRole('region', { name: 'RHK utama 1, IKI 1: Jumlah dokumen akreditasi' });
    // Missing is shown as missing, never as 0 %.
    await expect(iki.getByText('—').first()).toBeVisible();
    await iki.getByRole('textbox', { name: 'Realisasi — RHK utama 1, IKI 1' }).fill('3');
    await iki.getByRole('textbox', { name: 'Sumber data — RHK utama 1, IKI 1' }).fill('Register dokumen akreditasi');
    await iki.getByRole('textbox', { name: 'Catatan — RHK utama 1, IKI 1' }).fill('Tiga puskesmas');
    await iki.getByRole('button', { name: 'Simpan realisasi — RHK utama 1, IKI 1' }).click();
    await expect(app.getByRole('status').filter({ hasText: 'Realisasi disimpan: Jumlah dokumen akreditasi' })).toBeVisible();
    // A sum indicator (unit Dokumen) accrues evenly over the SKP's 4 quarters:
    //   this quarter's share = 12 ÷ 4 = 3, so 3 ÷ 3 = 100 %;
    //   to date (quarter k) the expected value is 12 × k ÷ 4 = 3k and only this quarter has data, so 3 ÷ 3k = 1/k
    //   (Q1: 100 %, Q4: 25 %).
    await expect(iki.getByText('Capaian periode').locator('xpath=following-sibling::*[1]')).toHaveText(pct(1, 'id-ID'));
    await expect(iki.getByText('Capaian s.d. periode ini').locator('xpath=following-sibling::*[1]')).toHaveText(pct(1 / quarter, 'id-ID'));

    // Evidence: a PDF kept on this PC, a link, and a program renamed .pdf refused with its reason.
    const addFile = iki.getByLabel('Tambah berkas bukti — RHK utama 1, IKI 1');
    await addFile.setInputFiles({ name: 'berita-acara.pdf', mimeType: 'application/pdf', buffer: tinyPdf() });
    await expect(iki.getByRole('list', { name: 'Bukti dukung — RHK utama 1, IKI 1' }).getByText('berita-acara.pdf')).toBeVisible();
    await expect(iki.getByRole('button', { name: 'Simpan salinan berita-acara.pdf' })).toBeVisible();
    await addFile.setInputFiles({ name: 'laporan.pdf', mimeType: 'application/pdf', buffer: Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]) });
    await expect(iki.getByRole('alert')).toHaveText('Berkas "laporan.pdf" adalah program, bukan dokumen, dan ditolak.');
    await expect(iki.getByText('laporan.pdf', { exact: true })).toHaveCount(0);
    await iki.getByRole('textbox', { name: 'Nama tautan — RHK utama 1, IKI 1' }).fill('Folder bersama');
    await iki.getByRole('textbox', { name: 'Alamat tautan — RHK utama 1, IKI 1' }).fill('https://drive.example.go.id/akreditasi');
    await iki.getByRole('button', { name: 'Tambah tautan' }).click();
    const link = iki.getByRole('link', { name: 'Folder bersama' });
    await expect(link).toHaveAttribute('href', 'https://drive.example.go.id/akreditasi');
    await expect(link).toHaveAttribute('rel', /noopener/);
    // While the period is open, evidence can be taken away again.
    await iki.getByRole('button', { name: 'Hapus bukti Folder bersama' }).click();
    await expect(iki.getByRole('link', { name: 'Folder bersama' })).toHaveCount(0);
    await iki.getByRole('textbox', { name: 'Nama tautan — RHK utama 1, IKI 1' }).fill('Folder bersama');
    await iki.getByRole('textbox', { name: 'Alamat tautan — RHK utama 1, IKI 1' }).fill('https://drive.example.go.id/akreditasi');
    await iki.getByRole('button', { name: 'Tambah tautan' }).click();
    await expect(link).toBeVisible();

    // A past quarter whose deadline has gone is read-only, with nothing to add or remove.
    // (In the first quarter of a year there is no past quarter of the SKP to look at.)
    if (quarter > 1) {
      await app.getByRole('combobox', { name: 'Periode pemantauan' }).click();
      await app.getByRole('option', { name: `Triwulan I ${now.getFullYear()}` }).click();
      await expect(app.getByText(/^Ditutup /).first()).toBeVisible();
      const past = app.getByRole('region', { name: 'RHK utama 1, IKI 1: Jumlah dokumen akreditasi' });
      await expect(past.getByRole('textbox', { name: 'Realisasi — RHK utama 1, IKI 1' })).toHaveAttribute('readonly');
      await expect(past.getByLabel('Tambah berkas bukti — RHK utama 1, IKI 1')).toHaveCount(0);
      await expect(past.getByRole('button', { name: 'Simpan realisasi — RHK utama 1, IKI 1' })).toHaveCount(0);
      await app.getByRole('combobox', { name: 'Periode pemantauan' }).click();
      await app.getByRole('option', { name: `Triwulan ${roman} ${now.getFullYear()}` }).click();
      await expect(link).toBeVisible();
    }

    // Both languages, looked at (the language is kept on the account, so switch back after).
    await checkScreen(app, 'id', '40-monitoring-entry');
    await shell.goTo('Pemantauan');
    await expect(list.getByText('1 dari 3 IKI')).toBeVisible();
    await checkScreen(app, 'id', '41-monitoring-list');
    await shell.switchLanguage('English');
    await expect(app.getByText('1 of 3 IKI')).toBeVisible();
    await checkScreen(app, 'en', '41-monitoring-list');
    await app.getByRole('link', { name: staff.name }).click();
    await expect(app.getByRole('region', { name: /IKI 1: Jumlah dokumen akreditasi$/ }).getByText('Achievement this period').locator('xpath=following-sibling::*[1]')).toHaveText(pct(1, 'en'));
    await checkScreen(app, 'en', '40-monitoring-entry');
    await shell.switchLanguage('Bahasa Indonesia');
    await shell.signOut();

    // The kasi sees the value read-only and corrects it with a reason: 4 ÷ 3 = 133 %, shown at the 120 % cap.
    await new SignInPage(app).signIn(kasi.nip, kasi.password);
    await shell.goTo('Pemantauan');
    await app.getByRole('searchbox', { name: 'Cari nama atau NIP' }).fill(staff.nip);
    await app.getByRole('link', { name: staff.name }).click();
    const seen = app.getByRole('region', { name: 'RHK utama 1, IKI 1: Jumlah dokumen akreditasi' });
    const value = seen.getByRole('textbox', { name: 'Realisasi — RHK utama 1, IKI 1' });
    await expect(value).toHaveValue('3');
    await expect(value).toHaveAttribute('readonly');
    await expect(seen.getByRole('button', { name: /^Simpan realisasi/ })).toHaveCount(0);
    // The correction dialog in English first (its overlay covers the language menu): opened, filled, looked at, cancelled.
    await shell.switchLanguage('English');
    await app.getByRole('button', { name: 'Correct — RHK main (utama) 1, IKI 1' }).click();
    const english = app.getByRole('dialog', { name: 'Correct realisation — Jumlah dokumen akreditasi' });
    await expect(english.getByText('Current value: 3', { exact: false })).toBeVisible();
    await field(english, 'Correct value').fill('4');
    await field(english, 'Reason for the correction').fill('One document from the fourth puskesmas was not counted.');
    await checkScreen(app, 'en', '42-monitoring-correction', '[role="dialog"]');
    await english.getByRole('button', { name: 'Cancel' }).click();
    await expect(english).toBeHidden();
    await shell.switchLanguage('Bahasa Indonesia');
    await expect(value).toHaveValue('3'); // cancelled: nothing corrected

    await seen.getByRole('button', { name: 'Koreksi — RHK utama 1, IKI 1' }).click();
    const dialog = app.getByRole('dialog');
    await field(dialog, 'Nilai yang benar').fill('4');
    await field(dialog, 'Alasan koreksi').fill('Satu dokumen puskesmas keempat belum dihitung.');
    await checkScreen(app, 'id', '42-monitoring-correction', '[role="dialog"]');
    await dialog.getByRole('button', { name: 'Simpan koreksi' }).click();
    await expect(dialog).toBeHidden();
    await expect(seen.getByText(`${kasi.name} mengoreksi 3 menjadi 4: Satu dokumen puskesmas keempat belum dihitung.`)).toBeVisible();
    await expect(seen.getByRole('textbox', { name: 'Realisasi — RHK utama 1, IKI 1' })).toHaveValue('4');
    await expect(seen.getByText('Capaian periode').locator('xpath=following-sibling::*[1]')).toHaveText(pct(1.2, 'id-ID'));
  });
});
