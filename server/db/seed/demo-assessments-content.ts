import type { CoreValue } from '../../../shared/rules/berakhlak.ts'
import type { OrgPredikat, Rating } from '../../../shared/rules/predikat.ts'

/**
 * What the demo's assessments say (issue 5): the atasan's umpan balik per RHK and per
 * BerAKHLAK value, the pegawai's reasons for changing a pre-filled realisasi, the admin's
 * extensions, two keberatan, notes on the predikat kinerja organisasi. demo-assessments.ts
 * picks from these lists with its seeded PRNG. `{periode}` is replaced by the period's name.
 */

/** Umpan balik per RHK: an opening on the result, then advice; both chosen per assessment. */
export const RHK_FEEDBACK: Readonly<
  Record<Rating, { opening: readonly string[]; advice: readonly string[] }>
> = {
  di_atas: {
    opening: [
      'Capaian melampaui target {periode} dan hasilnya rapi.',
      'Hasil kerja di atas target; dokumen selesai lebih cepat dari jadwal.',
      'Realisasi melebihi target dengan kualitas yang konsisten.',
      'Pekerjaan ini diselesaikan tuntas, bahkan membantu rekan di unit lain.',
      'Target terlampaui dan bukti dukung lengkap, mudah diperiksa.',
      'Sangat baik: hasilnya langsung dipakai pimpinan tanpa revisi.',
      'Kinerja pada RHK ini menonjol dibandingkan triwulan sebelumnya.',
    ],
    advice: [
      'Pertahankan dan bagikan cara kerjanya kepada rekan satu tim.',
      'Mohon dokumentasikan langkah kerjanya sebagai panduan unit.',
      'Siap untuk diberi tanggung jawab yang lebih besar pada periode berikutnya.',
      'Terima kasih atas inisiatifnya; lanjutkan.',
      'Mohon tetap jaga ketepatan data seperti sekarang.',
      'Pertimbangkan membimbing pegawai baru pada pekerjaan ini.',
    ],
  },
  sesuai: {
    opening: [
      'Target {periode} tercapai sesuai rencana.',
      'Hasil kerja sesuai ekspektasi dan tepat waktu.',
      'Realisasi sesuai target; kualitas dokumen memadai.',
      'Pekerjaan selesai sesuai jadwal, hanya perlu sedikit perbaikan format.',
      'Capaian sesuai target, bukti dukung cukup lengkap.',
      'Sesuai ekspektasi; beberapa berkas sempat perlu dilengkapi tetapi sudah beres.',
      'Hasil kerja dapat diandalkan dan konsisten.',
      'Target tercapai; koordinasi dengan perangkat daerah berjalan baik.',
    ],
    advice: [
      'Ke depan, mohon laporan dikirim dua hari sebelum tenggat.',
      'Perhatikan kerapian penomoran dan pengarsipan berkas.',
      'Lampirkan bukti dukung pada progres harian agar mudah diverifikasi.',
      'Coba manfaatkan format baku agar penyusunan lebih cepat.',
      'Teruskan, dan catat kendala yang berulang untuk dibahas dalam rapat unit.',
      'Mohon lebih teliti memeriksa data sebelum diunggah ke SIASN.',
      'Pertahankan ritme kerja seperti triwulan ini.',
      'Tingkatkan komunikasi bila ada hambatan, jangan menunggu tenggat.',
    ],
  },
  di_bawah: {
    opening: [
      'Realisasi di bawah target {periode}; beberapa berkas belum diselesaikan.',
      'Hasil kerja belum sesuai ekspektasi dan beberapa kali terlambat.',
      'Target belum tercapai; kualitas dokumen masih perlu banyak perbaikan.',
      'Beberapa laporan harus dikembalikan karena datanya tidak cocok.',
      'Capaian masih jauh dari target dan progres harian jarang diisi.',
    ],
    advice: [
      'Mari susun rencana aksi mingguan dan kita pantau bersama setiap Senin.',
      'Mohon segera konsultasikan kendala yang dihadapi kepada saya.',
      'Ikuti pendampingan dari rekan senior pada triwulan berikutnya.',
      'Prioritaskan penyelesaian berkas yang tertunda sebelum mengambil pekerjaan baru.',
      'Perbaiki ketelitian; gunakan daftar periksa sebelum menyerahkan dokumen.',
    ],
  },
}

/** Umpan balik per BerAKHLAK value: appreciation, or a point to improve. */
export const PERILAKU_FEEDBACK: Readonly<
  Record<CoreValue, { good: readonly string[]; improve: readonly string[] }>
> = {
  berorientasi_pelayanan: {
    good: [
      'Ramah dan sigap melayani ASN yang datang ke loket; banyak yang menyampaikan terima kasih.',
      'Cepat menanggapi pertanyaan perangkat daerah, biasanya di hari yang sama.',
      'Berinisiatif memperbaiki alur layanan agar pemohon tidak bolak-balik.',
    ],
    improve: [
      'Mohon informasikan status berkas kepada pemohon tanpa menunggu ditanya.',
      'Jawaban kepada pemohon kadang terlalu singkat; jelaskan langkah berikutnya.',
    ],
  },
  akuntabel: {
    good: [
      'Progres harian selalu diisi tepat waktu dan disertai bukti dukung.',
      'Jujur melaporkan kendala dan cermat mengelola berkas.',
      'Menjaga kerahasiaan data kepegawaian dengan baik.',
    ],
    improve: [
      'Progres harian beberapa kali terlambat diisi; mohon diisi paling lambat hari berikutnya.',
      'Bukti dukung kadang tidak dilampirkan; mohon dilengkapi.',
    ],
  },
  kompeten: {
    good: [
      'Cepat mempelajari fitur baru SIASN dan membagikannya kepada rekan.',
      'Aktif mengikuti pelatihan dan menerapkan hasilnya dalam pekerjaan.',
      'Menguasai peraturan yang menjadi dasar pekerjaannya.',
    ],
    improve: [
      'Perlu memperdalam aturan kenaikan pangkat terbaru; ikuti bimtek berikutnya.',
      'Tingkatkan kemampuan mengolah data dengan spreadsheet.',
    ],
  },
  harmonis: {
    good: [
      'Suasana kerja tim menjadi lebih cair berkat sikapnya yang terbuka.',
      'Menghargai pendapat rekan dan suka membantu.',
    ],
    improve: ['Mohon sampaikan perbedaan pendapat dalam rapat, bukan di luar forum.'],
  },
  loyal: {
    good: [
      'Menjaga nama baik instansi dalam melayani perangkat daerah.',
      'Bersedia lembur saat tenggat usulan kenaikan pangkat tanpa mengeluh.',
    ],
    improve: ['Mohon lebih berhati-hati membagikan informasi internal di grup percakapan.'],
  },
  adaptif: {
    good: [
      'Cepat menyesuaikan diri dengan perubahan aplikasi dan prosedur.',
      'Terbuka terhadap cara kerja baru dan memberi usulan perbaikan.',
    ],
    improve: ['Perlu lebih terbuka mencoba cara kerja baru yang disepakati tim.'],
  },
  kolaboratif: {
    good: [
      'Aktif berbagi data dengan bidang lain sehingga pekerjaan bersama lebih cepat selesai.',
      'Mau membantu rekan yang beban kerjanya sedang tinggi.',
    ],
    improve: ['Libatkan rekan satu tim sejak awal agar pekerjaan tidak menumpuk di akhir.'],
  },
}

/**
 * Why a pegawai changed the pre-filled realisasi (the sum of daily progress in the satuan).
 * `overcount`: the suggestion counted every activity logged as "Kegiatan".
 */
export const EDIT_REASONS: Readonly<Record<'overcount' | 'more' | 'less', readonly string[]>> = {
  overcount: [
    'Saran menjumlahkan semua kegiatan harian; yang dihitung hanya kegiatan yang selesai sesuai indikator.',
    'Progres harian mencatat setiap rapat persiapan sebagai kegiatan; realisasi disesuaikan dengan kegiatan yang terlaksana.',
    'Beberapa entri adalah kegiatan pendukung, bukan kegiatan utama indikator ini.',
  ],
  more: [
    'Ada hasil kerja yang selesai di akhir triwulan tetapi belum dicatat di progres harian; bukti dukung dilampirkan.',
    'Sebagian pekerjaan tercatat pada RHK lain; realisasi dikoreksi sesuai bukti dukung.',
  ],
  less: [
    'Ada hasil kerja yang tercatat dua kali di progres harian; realisasi dikoreksi.',
    'Sebagian berkas dikembalikan oleh BKN dan belum selesai, jadi tidak dihitung.',
  ],
}

/** Realisasi of a kualitatif indikator, by how far the year has come (1–4 quarters, 5 = annual). */
export const KUALITATIF_REALISASI: readonly string[] = [
  'Tahap persiapan selesai: kerangka kerja, jadwal dan pembagian tugas disepakati; data awal terkumpul.',
  'Draf awal tersusun dan telah dibahas dalam rapat internal bidang.',
  'Draf disempurnakan sesuai masukan pimpinan dan perangkat daerah terkait; tahap finalisasi berjalan.',
  'Tercapai sesuai ekspektasi: {target}.',
  'Tercapai sesuai ekspektasi: {target}.',
]

/** Names of evidence links (kind link) attached to an RHK. */
export const EVIDENCE_NAMES: readonly string[] = [
  'Laporan capaian {periode}',
  'Rekapitulasi hasil kerja {periode}',
  'Dokumentasi kegiatan {periode}',
  'Berita acara dan daftar hadir',
  'Surat keluar dan tanda terima',
  'Tangkapan layar SIASN',
]

/** The admin's extensions of the annual 2024 batas pengisian. */
export const EXTENSION_REASONS = {
  unit: 'Bidang Mutasi menyelesaikan verifikasi usul kenaikan pangkat periode April 2025 sampai pertengahan Januari; batas pengisian diperpanjang untuk bidang ini.',
  person: [
    'Dirawat di rumah sakit pada awal Januari (surat keterangan dokter terlampir).',
    'Menjalani cuti alasan penting karena orang tua sakit pada awal Januari.',
    'Mengikuti pelatihan kepemimpinan di luar daerah sampai 17 Januari.',
    'Akun e-Kinerja terkunci karena perubahan data NIP di SIASN; dibuka kembali oleh admin.',
  ],
} as const

/** Two keberatan of 2025: one rejected, one granted (the ratings are raised). */
export const OBJECTIONS = {
  ditolak: {
    reason:
      'Saya keberatan dengan rating hasil kerja Di Bawah Ekspektasi. Keterlambatan laporan disebabkan data dari perangkat daerah baru masuk di akhir triwulan, bukan karena kelalaian saya.',
    note: 'Sudah dikonfirmasi kepada pejabat penilai: dua laporan terlambat lebih dari dua minggu dan data perangkat daerah sudah tersedia sejak pertengahan triwulan. Rating tetap.',
  },
  dikabulkan: {
    reason:
      'Mohon ditinjau kembali. Realisasi rekapitulasi saya tercapai 100% dan bukti dukungnya sudah saya unggah, tetapi belum terbaca saat penilaian karena tautannya salah.',
    note: 'Bukti dukung sudah diperiksa dan realisasi memang sesuai target. Rating hasil kerja diubah menjadi Sesuai Ekspektasi.',
  },
} as const

/** Optional notes on a predikat kinerja organisasi. */
export const ORG_NOTES: Readonly<Partial<Record<OrgPredikat, readonly string[]>>> = {
  istimewa: [
    'Seluruh indikator kinerja unit tercapai di atas target.',
    'Capaian IKU unit melampaui target dan layanan tanpa keluhan.',
  ],
  baik: [
    'Indikator kinerja unit tercapai sesuai target.',
    'Sebagian besar target tercapai; satu indikator sedikit di bawah target.',
  ],
  butuh_perbaikan: [
    'Dua indikator kinerja utama di bawah target karena penyelesaian usulan tertunda.',
  ],
}

/** The current period's note from the Sekretaris (set while the quarter runs). */
export const CURRENT_ORG_NOTE =
  'Capaian sub bagian sampai bulan ini sesuai target; ditinjau kembali pada akhir triwulan.'
