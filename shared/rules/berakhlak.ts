/**
 * The 7 BerAKHLAK core values of ASN with their 3 panduan perilaku each (fixed reference
 * data, SE MenPANRB 20/2021; research §2.6). Every SKP carries all seven; the atasan may add
 * an "ekspektasi khusus pimpinan" per value.
 */
export const CORE_VALUES = [
  'berorientasi_pelayanan',
  'akuntabel',
  'kompeten',
  'harmonis',
  'loyal',
  'adaptif',
  'kolaboratif',
] as const
export type CoreValue = (typeof CORE_VALUES)[number]

export const BERAKHLAK: Record<
  CoreValue,
  { label: string; panduan: readonly [string, string, string] }
> = {
  berorientasi_pelayanan: {
    label: 'Berorientasi Pelayanan',
    panduan: [
      'Memahami dan memenuhi kebutuhan masyarakat',
      'Ramah, cekatan, solutif, dan dapat diandalkan',
      'Melakukan perbaikan tiada henti',
    ],
  },
  akuntabel: {
    label: 'Akuntabel',
    panduan: [
      'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi',
      'Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien',
      'Tidak menyalahgunakan kewenangan jabatan',
    ],
  },
  kompeten: {
    label: 'Kompeten',
    panduan: [
      'Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah',
      'Membantu orang lain belajar',
      'Melaksanakan tugas dengan kualitas terbaik',
    ],
  },
  harmonis: {
    label: 'Harmonis',
    panduan: [
      'Menghargai setiap orang apa pun latar belakangnya',
      'Suka menolong orang lain',
      'Membangun lingkungan kerja yang kondusif',
    ],
  },
  loyal: {
    label: 'Loyal',
    panduan: [
      'Memegang teguh ideologi Pancasila, UUD 1945, setia kepada NKRI serta pemerintahan yang sah',
      'Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara',
      'Menjaga rahasia jabatan dan negara',
    ],
  },
  adaptif: {
    label: 'Adaptif',
    panduan: [
      'Cepat menyesuaikan diri menghadapi perubahan',
      'Terus berinovasi dan mengembangkan kreativitas',
      'Bertindak proaktif',
    ],
  },
  kolaboratif: {
    label: 'Kolaboratif',
    panduan: [
      'Memberi kesempatan kepada berbagai pihak untuk berkontribusi',
      'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
      'Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama',
    ],
  },
}
