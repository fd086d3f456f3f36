/**
 * Standard feedback phrases the appraiser picks from (umpan balik berkelanjutan), in both
 * languages; free text is always allowed beside them. Offices may add their own later; these
 * are the defaults, kept as data.
 */
export interface Phrase {
  key: string;
  tone: 'praise' | 'guidance' | 'concern';
  text: { id: string; en: string };
}

export const defaultPhrases: readonly Phrase[] = [
  { key: 'onTrack', tone: 'praise', text: { id: 'Capaian sesuai rencana, pertahankan.', en: 'Results are on plan; keep it up.' } },
  { key: 'aboveTarget', tone: 'praise', text: { id: 'Capaian melampaui target, terima kasih.', en: 'Results exceed the target; thank you.' } },
  { key: 'goodEvidence', tone: 'praise', text: { id: 'Bukti dukung lengkap dan jelas.', en: 'The evidence is complete and clear.' } },
  { key: 'addEvidence', tone: 'guidance', text: { id: 'Lengkapi bukti dukung untuk realisasi ini.', en: 'Please add evidence for this result.' } },
  { key: 'planAhead', tone: 'guidance', text: { id: 'Susun rencana aksi yang lebih rinci untuk periode berikutnya.', en: 'Plan the next period’s actions in more detail.' } },
  { key: 'discuss', tone: 'guidance', text: { id: 'Mari kita bahas kendalanya dalam dialog kinerja.', en: 'Let us discuss the obstacles in a performance dialogue.' } },
  { key: 'behind', tone: 'concern', text: { id: 'Capaian di bawah rencana; perlu langkah perbaikan segera.', en: 'Results are behind plan; corrective steps are needed soon.' } },
  { key: 'late', tone: 'concern', text: { id: 'Realisasi dimasukkan terlambat; perhatikan batas waktu.', en: 'Results were entered late; mind the deadline.' } },
];

export const phraseKeys = defaultPhrases.map((p) => p.key);
