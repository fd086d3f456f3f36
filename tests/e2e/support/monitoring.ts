import { expect, type Page } from '@playwright/test';
import { generateRoster } from '../../fixtures/roster';
import { SkpPages } from '../pages/SkpPages';
import type { ShellPage } from '../pages/ShellPage';
import { addAccountAndSignInAs, dinasKesehatan, setUpOffice } from './office';
import { importRoster } from './people';

/**
 * The Dinas Kesehatan of the generated roster: its head (Kepala Dinas), a kepala seksi and one
 * of the kasi's staff, with the passwords their accounts get.
 */
const roster = generateRoster({ size: 60 });
const person = (row: (string | number | null)[]) => {
  const [nip, name, front, back] = row.map((c) => String(c ?? ''));
  return { nip: nip!, name: `${front ? `${front} ` : ''}${name}${back ? `, ${back}` : ''}` };
};
export const kepalaDinas = { ...person(roster.rows[0]!), password: 'kepala-dinas-1', role: 'Pimpinan' };
export const kasi = { ...person(roster.rows[3]!), password: 'kepala-seksi-1', role: 'Pejabat Penilai' };
export const pegawai = { ...person(roster.rows.find((r) => r[9] === roster.rows[3]![0])!), password: 'pegawai-biasa-1', role: 'Pegawai' };

/** The SKP's first IKI, as the monitoring page names it. */
export const iki = { text: 'Jumlah dokumen akreditasi', name: 'RHK utama 1, IKI 1' };

/**
 * HR sets up the office, imports the roster and writes the employee's SKP (one RHK, three IKI);
 * the kasi, signed in with a fresh account, approves it and stays signed in.
 */
export async function officeWithApprovedSkp(app: Page): Promise<{ shell: ShellPage; skp: SkpPages }> {
  const shell = await setUpOffice(app, dinasKesehatan);
  await importRoster(app, shell, roster);
  const skp = new SkpPages(app);
  await shell.goTo('SKP');
  await skp.create(pegawai.name, pegawai.nip);
  await skp.addRhk('utama', {
    assignment: 'Penugasan kepala seksi',
    text: 'Terhimpunnya data akreditasi',
    // A JF's RHK needs its three aspects (kuantitas, kualitas, waktu) before it can be submitted.
    indicators: [
      { text: iki.text, target: '12', unit: 'Dokumen' },
      { text: 'Persentase dokumen tanpa revisi', target: '90', unit: '%' },
      { text: 'Dokumen selesai tepat waktu', target: '12', unit: 'Bulan' },
    ],
  });
  await skp.save();
  await skp.step('Ajukan');
  await expect(skp.status()).toHaveText('Diajukan');
  await addAccountAndSignInAs(app, kasi);
  await shell.goTo('SKP');
  await skp.open(pegawai.name, pegawai.nip);
  await skp.step('Setujui');
  await expect(skp.status()).toHaveText('Disetujui');
  return { shell, skp };
}

/**
 * From the monitoring list (Indonesian), the employee's SKP of this year. Those who see many
 * SKPs search by NIP; an employee's list has only their own, with no search.
 */
export async function openMonitoringOf(app: Page, shell: ShellPage, who: { name: string; nip: string }, search = true): Promise<void> {
  await shell.goTo('Pemantauan');
  await expect(app.getByRole('table', { name: /^SKP yang dipantau tahun/ })).toBeVisible();
  if (search) await app.getByRole('searchbox', { name: 'Cari nama atau NIP' }).fill(who.nip);
  await app.getByRole('link', { name: who.name }).click();
  await expect(app.getByRole('heading', { level: 1, name: `Pemantauan ${who.name} — ${new Date().getFullYear()}` })).toBeVisible();
}
