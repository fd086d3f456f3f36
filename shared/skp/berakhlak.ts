/**
 * BerAKHLAK, the ASN core values (UU 20/2023 Pasal 4 ayat 2; first in SE MenPANRB 20/2021),
 * each with its three behaviour guidelines. The Indonesian wording is the official text and
 * must be printed exactly; the English is our translation.
 */
export const berakhlakKeys = ['berorientasiPelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif'] as const;
export type BerakhlakKey = (typeof berakhlakKeys)[number];

export interface CoreValue {
  key: BerakhlakKey;
  name: { id: string; en: string };
  guidelines: { id: readonly [string, string, string]; en: readonly [string, string, string] };
}

export const berakhlak: readonly CoreValue[] = [
  {
    key: 'berorientasiPelayanan',
    name: { id: 'Berorientasi Pelayanan', en: 'Service oriented' },
    guidelines: {
      id: ['Memahami dan memenuhi kebutuhan masyarakat', 'Ramah, cekatan, solutif, dan dapat diandalkan', 'Melakukan perbaikan tiada henti'],
      en: ["Understands and meets the public's needs", 'Friendly, quick, solution-minded and dependable', 'Keeps improving without end'],
    },
  },
  {
    key: 'akuntabel',
    name: { id: 'Akuntabel', en: 'Accountable' },
    guidelines: {
      id: [
        'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi',
        'Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien',
        'Tidak menyalahgunakan kewenangan jabatan',
      ],
      en: [
        'Carries out duties honestly, responsibly, carefully, with discipline and high integrity',
        'Uses state wealth and property responsibly, effectively and efficiently',
        'Does not abuse the authority of office',
      ],
    },
  },
  {
    key: 'kompeten',
    name: { id: 'Kompeten', en: 'Competent' },
    guidelines: {
      id: ['Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah', 'Membantu orang lain belajar', 'Melaksanakan tugas dengan kualitas terbaik'],
      en: ['Builds own competence to meet ever-changing challenges', 'Helps others learn', 'Carries out duties to the best quality'],
    },
  },
  {
    key: 'harmonis',
    name: { id: 'Harmonis', en: 'Harmonious' },
    guidelines: {
      id: ['Menghargai setiap orang apapun latar belakangnya', 'Suka menolong orang lain', 'Membangun lingkungan kerja yang kondusif'],
      en: ['Respects everyone, whatever their background', 'Likes to help others', 'Builds a conducive working environment'],
    },
  },
  {
    key: 'loyal',
    name: { id: 'Loyal', en: 'Loyal' },
    guidelines: {
      id: [
        'Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada NKRI serta pemerintahan yang sah',
        'Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara',
        'Menjaga rahasia jabatan dan negara',
      ],
      en: [
        'Holds firmly to the Pancasila ideology and the 1945 Constitution of the Republic of Indonesia, loyal to the Unitary State and its lawful government',
        'Guards the good name of fellow civil servants, leaders, the agency and the state',
        'Keeps official and state secrets',
      ],
    },
  },
  {
    key: 'adaptif',
    name: { id: 'Adaptif', en: 'Adaptive' },
    guidelines: {
      id: ['Cepat menyesuaikan diri menghadapi perubahan', 'Terus berinovasi dan mengembangkan kreativitas', 'Bertindak proaktif'],
      en: ['Adapts quickly to change', 'Keeps innovating and developing creativity', 'Acts proactively'],
    },
  },
  {
    key: 'kolaboratif',
    name: { id: 'Kolaboratif', en: 'Collaborative' },
    guidelines: {
      id: [
        'Memberi kesempatan kepada berbagai pihak untuk berkontribusi',
        'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
        'Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama',
      ],
      en: [
        'Gives all parties the chance to contribute',
        'Open in working together to create added value',
        'Mobilises the use of resources for shared goals',
      ],
    },
  },
];
