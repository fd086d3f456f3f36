import { expect, type Page } from '@playwright/test';
import { generateRoster } from '../../fixtures/roster';
import { SkpPages } from '../pages/SkpPages';
import type { ShellPage } from '../pages/ShellPage';

/**
 * People of the generated Dinas Kesehatan for the evaluation tests: a Kepala Seksi (roster row 3),
 * her Kepala Bidang, and two of her staff, each with a password for their account. Steps shared
 * by every evaluation test (signing in again, opening a rating) are in support/evaluation.ts.
 */
export const roster = generateRoster({ size: 60 });
const person = (row: (string | number | null)[]) => {
  const [nip, name, front, back] = row.map((c) => String(c ?? ''));
  return { nip: nip!, name: `${front ? `${front} ` : ''}${name}${back ? `, ${back}` : ''}` };
};
const kasiRow = roster.rows[3]!;
export const kasi = { ...person(kasiRow), password: 'kepala-seksi-1', role: 'Pejabat Penilai' };
export const kabid = { ...person(roster.rows.find((r) => r[0] === kasiRow[9])!), password: 'kepala-bidang-1', role: 'Pejabat Penilai' };
const [first, second] = roster.rows.filter((r) => r[9] === kasiRow[0]);
export const staffA = { ...person(first!), password: 'pegawai-satu-1', role: 'Pegawai' };
export const staffB = { ...person(second!), password: 'pegawai-dua-1', role: 'Pegawai' };

/** HR (or the employee) writes a one-RHK SKP for `who` and submits it. */
export async function writeAndSubmitSkp(app: Page, shell: ShellPage, who: { name: string; nip: string }) {
  const skp = new SkpPages(app);
  await shell.goTo('SKP');
  await skp.create(who.name, who.nip);
  await skp.addRhk('utama', {
    assignment: 'Penugasan kepala seksi',
    text: 'Terhimpunnya data perencanaan pelayanan',
    indicators: [
      { text: 'Jumlah dokumen perencanaan', target: '12', unit: 'Dokumen' },
      { text: 'Persentase dokumen tanpa revisi', target: '90', unit: '%' },
      { text: 'Dokumen selesai tepat waktu', target: '12', unit: 'Bulan' },
    ],
  });
  await skp.save();
  await skp.step('Ajukan');
  await expect(skp.status()).toHaveText('Diajukan');
}

/** The signed-in appraiser approves `who`'s submitted SKP. */
export async function approveSkpOf(app: Page, shell: ShellPage, who: { name: string; nip: string }) {
  const skp = new SkpPages(app);
  await shell.goTo('SKP');
  await skp.open(who.name, who.nip);
  await skp.step('Setujui');
  await expect(skp.status()).toHaveText('Disetujui');
}
