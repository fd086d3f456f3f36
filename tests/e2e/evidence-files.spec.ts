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
});
