import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { iki, officeWithApprovedSkp, openMonitoringOf, pegawai } from './support/monitoring';
import { addAccountAndSignInAs, hr } from './support/office';
import { checkScreen } from './support/screens';
import { SignInPage } from './pages/SignInPage';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/** A valid PNG of width × height RGB pixels in one colour: signature, IHDR, IDAT, IEND. */
function tinyPng(width = 4, height = 3, rgb: [number, number, number] = [0x3b, 0x5b, 0xdb]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, deflate, no filter method, no interlace
  // Each scanline: filter byte 0, then the pixels.
  const raw = Buffer.concat(Array.from({ length: height }, () => Buffer.from([0, ...Array.from({ length: width }, () => rgb).flat()])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * A valid PDF of one A4 page per text, in Helvetica (not embedded): objects, a cross-reference
 * table with their exact byte offsets, and the trailer.
 */
function tinyPdf(pages: string[]): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) + 2; // object 1 is the catalog, 2 the page tree
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const kids = pages.map((text, i) => {
    const stream = `BT /F1 28 Tf 72 760 Td (${text}) Tj 0 -40 Td /F1 16 Tf (Halaman ${i + 1}) Tj ET\n0.23 0.36 0.86 rg 72 560 451 120 re f`;
    const content = add(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    return add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`);
  });
  const all = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`, ...objects];
  let pdf = '%PDF-1.4\n';
  const offsets = all.map((body, i) => {
    const offset = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${all.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${all.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** Saves a copy through the button and answers the downloaded file's name and bytes. */
async function saveCopy(page: Page, region: Locator, button: string) {
  const downloading = page.waitForEvent('download');
  await region.getByRole('button', { name: button }).click();
  const download = await downloading;
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

test.describe('bukti dukung files on the web host', () => {
  test('an image kept as evidence is saved back out as a one-time download with exactly its bytes, in both languages', async ({ app }) => {
    test.setTimeout(240_000);
    const { shell } = await officeWithApprovedSkp(app);
    await shell.signOut();
    await new SignInPage(app).signIn(hr.nip, hr.password);
    await addAccountAndSignInAs(app, pegawai);
    await openMonitoringOf(app, shell, pegawai, false);

    const png = tinyPng();
    // The PNG really is a picture: the browser decodes it (a broken one would not).
    const decoded = await app.evaluate(async (base64) => {
      // (The test files are typed without the DOM library; this runs in the page.)
      const { createImageBitmap } = globalThis as unknown as { createImageBitmap(blob: Blob): Promise<{ width: number; height: number }> };
      const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
      return [bitmap.width, bitmap.height];
    }, png.toString('base64'));
    expect(decoded).toEqual([4, 3]);

    const entry = app.getByRole('region', { name: `${iki.name}: ${iki.text}` });
    await entry.getByLabel(`Tambah berkas bukti — ${iki.name}`).setInputFiles({ name: 'foto-kegiatan.png', mimeType: 'image/png', buffer: png });
    const list = entry.getByRole('list', { name: `Bukti dukung — ${iki.name}` });
    await expect(list.getByText('foto-kegiatan.png')).toBeVisible();

    const copy = await saveCopy(app, entry, 'Simpan salinan foto-kegiatan.png');
    expect(copy.name).toBe('foto-kegiatan.png');
    expect(copy.bytes.length).toBe(png.length);
    expect(sha256(copy.bytes)).toBe(sha256(png));
    await expect(app.getByRole('status').filter({ hasText: 'Salinan disimpan: foto-kegiatan.png' })).toBeVisible();
    await checkScreen(app, 'id', '44-monitoring-evidence-image');
    // The IKI's card alone, for a person to look at the list closely.
    await entry.screenshot({ path: test.info().outputPath('id-evidence-list.png') });

    await shell.switchLanguage('English');
    const enName = 'RHK main (utama) 1, IKI 1';
    const enEntry = app.getByRole('region', { name: `${enName}: ${iki.text}` });
    await expect(enEntry.getByRole('list', { name: `Supporting evidence — ${enName}` }).getByText('foto-kegiatan.png')).toBeVisible();
    const again = await saveCopy(app, enEntry, 'Save a copy of foto-kegiatan.png');
    expect(sha256(again.bytes)).toBe(sha256(png));
    await expect(app.getByRole('status').filter({ hasText: 'Copy saved: foto-kegiatan.png' })).toBeVisible();
    await checkScreen(app, 'en', '44-monitoring-evidence-image');
    await enEntry.screenshot({ path: test.info().outputPath('en-evidence-list.png') });
  });

  test('an image and a PDF kept as evidence open inside the app; any file opens outside it (a download here), in both languages', async ({ app }) => {
    test.setTimeout(240_000);
    const { shell } = await officeWithApprovedSkp(app);
    await shell.signOut();
    await new SignInPage(app).signIn(hr.nip, hr.password);
    await addAccountAndSignInAs(app, pegawai);
    await openMonitoringOf(app, shell, pegawai, false);

    const png = tinyPng(320, 180, [0x2f, 0x9e, 0x44]);
    const pdf = tinyPdf(['Laporan kegiatan akreditasi', 'Daftar hadir rapat']);
    const entry = app.getByRole('region', { name: `${iki.name}: ${iki.text}` });
    const input = entry.getByLabel(`Tambah berkas bukti — ${iki.name}`);
    const list = entry.getByRole('list', { name: `Bukti dukung — ${iki.name}` });
    // One at a time: the drop zone is busy while a file is stored.
    await input.setInputFiles({ name: 'foto-kegiatan.png', mimeType: 'image/png', buffer: png });
    await expect(list.getByText('foto-kegiatan.png')).toBeVisible();
    await input.setInputFiles({ name: 'laporan-kegiatan.pdf', mimeType: 'application/pdf', buffer: pdf });
    await expect(list.getByText('laporan-kegiatan.pdf')).toBeVisible();

    // The image: shown from the stored bytes, named by its file name, really decoded.
    await entry.getByRole('button', { name: 'Buka foto-kegiatan.png' }).click();
    let dialog = app.getByRole('dialog', { name: 'foto-kegiatan.png' });
    const image = dialog.getByRole('img', { name: 'foto-kegiatan.png' });
    await expect(image).toBeVisible();
    await expect.poll(() => image.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(320);
    await checkScreen(app, 'id', '45-evidence-preview-image', '[role="dialog"]');
    await dialog.getByRole('button', { name: 'Tutup' }).click();
    await expect(dialog).toBeHidden();

    // The PDF: drawn by pdf.js page by page, with buttons to move between pages.
    await entry.getByRole('button', { name: 'Buka laporan-kegiatan.pdf' }).click();
    dialog = app.getByRole('dialog', { name: 'laporan-kegiatan.pdf' });
    await expect(dialog.getByText('Halaman 1 dari 2')).toBeVisible();
    const canvas = dialog.getByRole('img', { name: 'laporan-kegiatan.pdf, halaman 1 dari 2' });
    await expect(canvas).toBeVisible();
    /** How many pixels of the page are the blue box drawn on it: none until the page is drawn. */
    const bluePixels = (page: Locator) => () =>
      page.evaluate((element) => {
        const c = element as unknown as { width: number; height: number; getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } };
        const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
        let blue = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i + 2]! > 180 && data[i]! < 100) blue++;
        return blue;
      });
    await expect.poll(bluePixels(canvas)).toBeGreaterThan(1000);
    await expect(dialog.getByRole('button', { name: 'Halaman sebelumnya' })).toBeDisabled();
    await checkScreen(app, 'id', '46-evidence-preview-pdf', '[role="dialog"]');
    await dialog.getByRole('button', { name: 'Halaman berikutnya' }).click();
    await expect(dialog.getByText('Halaman 2 dari 2')).toBeVisible();
    await expect(dialog.getByRole('img', { name: 'laporan-kegiatan.pdf, halaman 2 dari 2' })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Halaman berikutnya' })).toBeDisabled();

    // In another app: the web host cannot start one, so the very file is downloaded.
    const downloading = app.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Buka dengan aplikasi lain' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('laporan-kegiatan.pdf');
    expect(sha256(await readFile((await download.path())!))).toBe(sha256(pdf));
    await expect(app.getByRole('status').filter({ hasText: 'Berkas diunduh: laporan-kegiatan.pdf' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Tutup' }).click();
    await expect(dialog).toBeHidden();

    await shell.switchLanguage('English');
    const enName = 'RHK main (utama) 1, IKI 1';
    const enEntry = app.getByRole('region', { name: `${enName}: ${iki.text}` });
    await enEntry.getByRole('button', { name: 'Open laporan-kegiatan.pdf' }).click();
    dialog = app.getByRole('dialog', { name: 'laporan-kegiatan.pdf' });
    await expect(dialog.getByText('Page 1 of 2')).toBeVisible();
    const enCanvas = dialog.getByRole('img', { name: 'laporan-kegiatan.pdf, page 1 of 2' });
    await expect(enCanvas).toBeVisible();
    await expect.poll(bluePixels(enCanvas)).toBeGreaterThan(1000);
    await expect(dialog.getByRole('button', { name: 'Open in another app' })).toBeVisible();
    await checkScreen(app, 'en', '46-evidence-preview-pdf', '[role="dialog"]');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();

    await enEntry.getByRole('button', { name: 'Open foto-kegiatan.png' }).click();
    dialog = app.getByRole('dialog', { name: 'foto-kegiatan.png' });
    await expect.poll(() => dialog.getByRole('img', { name: 'foto-kegiatan.png' }).evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(320);
    await checkScreen(app, 'en', '45-evidence-preview-image', '[role="dialog"]');
  });
});
