import { parsePeriodKey } from '../monitoring/periods';
import type { SkpSnapshot } from '../skp/types';
import { evaluationYearOf, isAnnualKey } from './periods';
import { predikatLabels, ratingLabels } from './tables';
import type { Evaluation } from './types';

/**
 * The national performance record (e-Kinerja BKN / SIASN; domain.md §8): per final evaluation the
 * year, the period with its start and end months, the employee, the two ratings, the kuadran
 * kinerja (predikat), the Pejabat Penilai (NIP, name, golongan, jabatan, unit, ASN or not) and
 * the status. A machine format: the column names are the national files' snake_case style and
 * do not change with the language on screen, and the values are the official Indonesian terms
 * in capitals, as the national Laporan Penilaian SKP writes `hasil_akhir`.
 */
export const nationalRecordColumns = [
  'tahun',
  'periode',
  'bulan_awal',
  'bulan_akhir',
  'nip',
  'nama',
  'rating_hasil_kerja',
  'rating_perilaku_kerja',
  'kuadran_kinerja',
  'penilai_nip',
  'penilai_nama',
  'penilai_golongan',
  'penilai_jabatan',
  'penilai_unor',
  'penilai_status',
  'status',
] as const;
export type NationalRecordColumn = (typeof nationalRecordColumns)[number];

/** Numbers stay numbers; NIPs and every other value are text. */
export const nationalNumberColumns: ReadonlySet<NationalRecordColumn> = new Set(['tahun', 'bulan_awal', 'bulan_akhir']);

export type NationalRecordRow = Record<NationalRecordColumn, string | number>;

const roman = ['I', 'II', 'III', 'IV'];
const months = ['JANUARI', 'FEBRUARI', 'MARET', 'APRIL', 'MEI', 'JUNI', 'JULI', 'AGUSTUS', 'SEPTEMBER', 'OKTOBER', 'NOVEMBER', 'DESEMBER'];

/**
 * The period as the national record names it: "TAHUNAN", "TRIWULAN II", "SEMESTER I", or the
 * month ("JULI"). domain.md does not record the national system's exact spelling, so the
 * unambiguous fields are bulan_awal and bulan_akhir; this one is for people reading the file.
 */
export function nationalPeriodName(periodKey: string): string {
  if (isAnnualKey(periodKey)) return 'TAHUNAN';
  const period = parsePeriodKey(periodKey);
  if (!period) return periodKey;
  if (period.rhythm === 'monthly') return months[period.index - 1]!;
  return `${period.rhythm === 'quarterly' ? 'TRIWULAN' : 'SEMESTER'} ${roman[period.index - 1]}`;
}

const monthOf = (isoDay: string) => Number(isoDay.slice(5, 7));

/** The months the evaluation covers: the period's, cut to the SKP's own (a mutasi splits a year). */
function monthsCovered(periodKey: string, skp: { periodStart: string; periodEnd: string }): { from: number; to: number } {
  const period = isAnnualKey(periodKey) ? null : parsePeriodKey(periodKey);
  const start = period && period.start > skp.periodStart ? period.start : skp.periodStart;
  const end = period && period.end < skp.periodEnd ? period.end : skp.periodEnd;
  return { from: monthOf(start), to: monthOf(end) };
}

/** "Penata Muda (III/a)" → "III/a"; a PPPK golongan ("IX") as it is. */
export function golonganOf(pangkat: string): string {
  return /\(([^()]+)\)\s*$/.exec(pangkat)?.[1]?.trim() ?? pangkat.trim();
}

export interface NationalRecordInput {
  skp: { periodStart: string; periodEnd: string; year: number; snapshot: SkpSnapshot };
  evaluation: Pick<Evaluation, 'periodKey' | 'hasil' | 'perilaku' | 'predikat' | 'status'> | null;
}

/**
 * One row per final evaluation, in NIP order (drafts and people not yet rated are not records
 * yet). The people are named as on the SKP's snapshot, as the documents print them. The
 * appraiser is the snapshot's; the head of office's is appraised outside the office and left
 * empty rather than guessed.
 */
export function nationalRecordRows(rows: readonly NationalRecordInput[]): NationalRecordRow[] {
  return rows
    .flatMap(({ skp, evaluation }) => {
      if (!evaluation || evaluation.status !== 'final' || !evaluation.hasil || !evaluation.perilaku || !evaluation.predikat) return [];
      const { employee, appraiser } = skp.snapshot;
      const { from, to } = monthsCovered(evaluation.periodKey, skp);
      return [
        {
          tahun: evaluationYearOf(evaluation.periodKey) ?? skp.year,
          periode: nationalPeriodName(evaluation.periodKey),
          bulan_awal: from,
          bulan_akhir: to,
          nip: employee.nip,
          nama: employee.name,
          rating_hasil_kerja: ratingLabels[evaluation.hasil].id.toUpperCase(),
          rating_perilaku_kerja: ratingLabels[evaluation.perilaku].id.toUpperCase(),
          kuadran_kinerja: predikatLabels[evaluation.predikat].id.toUpperCase(),
          penilai_nip: appraiser?.nip ?? '',
          penilai_nama: appraiser?.name ?? '',
          penilai_golongan: appraiser ? golonganOf(appraiser.pangkat) : '',
          penilai_jabatan: appraiser?.jabatan ?? '',
          penilai_unor: appraiser?.unit ?? '',
          // Appraisers come from the office's own roster of PNS and PPPK: always ASN.
          penilai_status: appraiser ? 'ASN' : '',
          status: 'FINAL',
        } satisfies NationalRecordRow,
      ];
    })
    .sort((a, b) => String(a.nip).localeCompare(String(b.nip)) || Number(a.bulan_awal) - Number(b.bulan_awal));
}
