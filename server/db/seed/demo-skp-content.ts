import type { CoreValue } from '../../../shared/rules/berakhlak.ts'
import type { Aspek, LampiranKind, Perspektif } from '../../../shared/skp.ts'
import type { DemoUnitKey, JabatanKind } from './demo-people.ts'

/**
 * What the demo SKPs say: Perjanjian Kinerja, RHK and indicators of BKPSDM Kabupaten Gianyar,
 * written from the study in shared/seed/ (formasi, pengadaan and pengangkatan, pengembangan
 * kompetensi and informasi pegawai, mutasi, kedudukan hukum, keuangan, kepegawaian and umum)
 * and the e-Kinerja conventions of research §2. demo-skp.ts turns it into rows.
 *
 * Keys tie the cascade together: a staff RHK names the keys of its atasan's RHK it intervenes
 * (preferred first). `{tahun}` and `{tahun_depan}` are replaced by the SKP's year and the next.
 */

/** The demo's three SKP years: 2024 (first year on e-Kinerja), 2025 and 2026 (current). */
export const DEMO_SKP_YEARS = [2024, 2025, 2026] as const
export type DemoSkpYear = (typeof DEMO_SKP_YEARS)[number]

/** A target that is the same every year, or one per year (2024, 2025, 2026). */
export type Target = number | readonly [number, number, number]

/** Kuantitatif IKI: aspek, text, target number + satuan. Kualitatif IKI: the expected result in words. */
export type IkiDef =
  | { aspek: Aspek; text: string; target: Target; satuan: string }
  | { text: string; targetText: string }

export type RhkDef = {
  /** Unique within its owner's SKP; staff RHK name their atasan's keys in `parent`. */
  key: string
  jenis: 'utama' | 'tambahan'
  text: string
  /** Keys of the atasan's RHK this one intervenes, preferred first (JA/JF). */
  parent: readonly string[]
  iki: readonly IkiDef[]
  /** Leaders: kept in the simpler 2024/2025 SKPs. */
  inHistory?: boolean
}

export type JptRhkDef = Omit<RhkDef, 'parent'> & {
  perspektif: Perspektif
  /** Index of the root unit's Perjanjian Kinerja row the RHK derives from (utama only). */
  pkRow: number | null
}

export type PkRowDef = { sasaran: string; indikator: string; target: Target; satuan: string }

const q = (aspek: Aspek, text: string, target: Target, satuan: string): IkiDef => ({
  aspek,
  text,
  target,
  satuan,
})
const kual = (text: string, targetText: string): IkiDef => ({ text, targetText })
const utama = (
  key: string,
  parent: string | readonly string[],
  text: string,
  iki: readonly IkiDef[],
  inHistory = false,
): RhkDef => ({
  key,
  jenis: 'utama',
  text,
  parent: typeof parent === 'string' ? [parent] : parent,
  iki,
  ...(inHistory ? { inHistory } : {}),
})
const tambahan = (key: string, parent: string, text: string, iki: readonly IkiDef[]): RhkDef => ({
  key,
  jenis: 'tambahan',
  text,
  parent: [parent],
  iki,
})

// ---------- Perjanjian Kinerja ----------

/** The BKPSDM root unit's PK: four sasaran strategis, five indikator, targets rising each year. */
export const ROOT_PK: readonly PkRowDef[] = [
  {
    sasaran: 'Meningkatnya kualitas pelayanan administrasi kepegawaian',
    indikator: 'Persentase layanan administrasi kepegawaian yang diselesaikan tepat waktu',
    target: [90, 92, 95],
    satuan: '%',
  },
  {
    sasaran: 'Meningkatnya kualitas pelayanan administrasi kepegawaian',
    indikator: 'Indeks kepuasan ASN terhadap layanan kepegawaian',
    target: [80, 82, 85],
    satuan: 'Nilai',
  },
  {
    sasaran: 'Meningkatnya kompetensi dan profesionalisme ASN Pemerintah Kabupaten Gianyar',
    indikator:
      'Persentase ASN yang memenuhi pengembangan kompetensi minimal 20 jam pelajaran per tahun',
    target: [70, 75, 80],
    satuan: '%',
  },
  {
    sasaran: 'Meningkatnya penerapan sistem merit dalam manajemen ASN',
    indikator: 'Nilai Indeks Sistem Merit Pemerintah Kabupaten Gianyar',
    target: [280, 300, 325],
    satuan: 'Nilai',
  },
  {
    sasaran: 'Meningkatnya akuntabilitas kinerja dan keuangan perangkat daerah',
    indikator: 'Nilai hasil evaluasi SAKIP BKPSDM',
    target: [70, 72, 75],
    satuan: 'Nilai',
  },
]

/** The PK of the Sekretariat and each bidang (the sub bagian have none of their own). */
export const UNIT_PK: Readonly<Partial<Record<DemoUnitKey, readonly PkRowDef[]>>> = {
  sekretariat: [
    {
      sasaran: 'Meningkatnya kualitas perencanaan dan pelaporan kinerja BKPSDM',
      indikator: 'Persentase dokumen perencanaan dan pelaporan kinerja yang disusun tepat waktu',
      target: 100,
      satuan: '%',
    },
    {
      sasaran: 'Meningkatnya tertib pengelolaan keuangan dan barang milik daerah',
      indikator: 'Persentase realisasi anggaran BKPSDM',
      target: [92, 93, 95],
      satuan: '%',
    },
    {
      sasaran: 'Meningkatnya kualitas layanan administrasi umum dan kepegawaian internal',
      indikator: 'Persentase layanan administrasi internal yang diselesaikan tepat waktu',
      target: [95, 98, 100],
      satuan: '%',
    },
  ],
  formasi: [
    {
      sasaran: 'Meningkatnya kualitas perencanaan kebutuhan ASN',
      indikator:
        'Persentase perangkat daerah yang memiliki peta jabatan dan analisis beban kerja mutakhir',
      target: [80, 90, 100],
      satuan: '%',
    },
    {
      sasaran: 'Meningkatnya ketepatan waktu pengadaan dan pengangkatan ASN',
      indikator: 'Persentase usulan penetapan NIP dan NI PPPK yang selesai tepat waktu',
      target: 100,
      satuan: '%',
    },
    {
      sasaran: 'Meningkatnya kualitas pengelolaan kinerja ASN',
      indikator: 'Persentase ASN yang menyelesaikan penilaian kinerja tahunan tepat waktu',
      target: [85, 95, 100],
      satuan: '%',
    },
  ],
  diklat: [
    {
      sasaran: 'Meningkatnya kompetensi ASN melalui pengembangan kompetensi',
      indikator: 'Jumlah ASN yang mengikuti pengembangan kompetensi',
      target: [900, 1000, 1200],
      satuan: 'Orang',
    },
    {
      sasaran: 'Meningkatnya kualitas data dan informasi kepegawaian',
      indikator: 'Persentase kesesuaian data ASN pada SIASN',
      target: [95, 97, 98],
      satuan: '%',
    },
  ],
  mutasi: [
    {
      sasaran:
        'Meningkatnya ketepatan waktu layanan mutasi, kenaikan pangkat dan pemberhentian ASN',
      indikator:
        'Persentase usulan kenaikan pangkat, mutasi dan pensiun yang diselesaikan tepat waktu',
      target: [90, 95, 100],
      satuan: '%',
    },
    {
      sasaran: 'Meningkatnya penerapan sistem merit dalam pengisian jabatan',
      indikator: 'Persentase jabatan yang diisi melalui seleksi terbuka atau uji kompetensi',
      target: 100,
      satuan: '%',
    },
    {
      sasaran: 'Meningkatnya kepatuhan ASN terhadap ketentuan disiplin',
      indikator: 'Persentase kasus pelanggaran disiplin ASN yang diselesaikan',
      target: 100,
      satuan: '%',
    },
  ],
}

// ---------- Kepala Badan (SKP JPT) ----------

/** One RHK per PK sasaran, each in its perspektif; all four stay in the 2024/2025 SKPs. */
export const KEPALA_BADAN_RHK: readonly JptRhkDef[] = [
  {
    key: 'KB1',
    jenis: 'utama',
    perspektif: 'penerima_layanan',
    pkRow: 0,
    inHistory: true,
    text: 'Meningkatnya kualitas pelayanan administrasi kepegawaian bagi ASN Pemerintah Kabupaten Gianyar',
    iki: [
      q(
        'kualitas',
        'Persentase layanan administrasi kepegawaian yang diselesaikan tepat waktu',
        [90, 92, 95],
        '%',
      ),
      q('kualitas', 'Indeks kepuasan ASN terhadap layanan kepegawaian', [80, 82, 85], 'Nilai'),
    ],
  },
  {
    key: 'KB2',
    jenis: 'utama',
    perspektif: 'penguatan_internal',
    pkRow: 2,
    inHistory: true,
    text: 'Meningkatnya kompetensi dan profesionalisme ASN Pemerintah Kabupaten Gianyar',
    iki: [
      q(
        'kuantitas',
        'Persentase ASN yang memenuhi pengembangan kompetensi minimal 20 jam pelajaran',
        [70, 75, 80],
        '%',
      ),
    ],
  },
  {
    key: 'KB3',
    jenis: 'utama',
    perspektif: 'proses_bisnis',
    pkRow: 3,
    inHistory: true,
    text: 'Meningkatnya penerapan sistem merit dalam manajemen ASN Pemerintah Kabupaten Gianyar',
    iki: [
      q('kualitas', 'Nilai Indeks Sistem Merit', [280, 300, 325], 'Nilai'),
      q(
        'kualitas',
        'Persentase kesesuaian data ASN antara SIMPEG daerah dan SIASN',
        [95, 97, 98],
        '%',
      ),
    ],
  },
  {
    key: 'KB4',
    jenis: 'utama',
    perspektif: 'anggaran',
    pkRow: 4,
    inHistory: true,
    text: 'Meningkatnya akuntabilitas kinerja dan pengelolaan keuangan BKPSDM',
    iki: [
      q('kualitas', 'Nilai hasil evaluasi SAKIP BKPSDM', [70, 72, 75], 'Nilai'),
      q('kuantitas', 'Persentase realisasi anggaran BKPSDM', [92, 93, 95], '%'),
    ],
  },
  {
    key: 'KBT',
    jenis: 'tambahan',
    perspektif: 'proses_bisnis',
    pkRow: null,
    text: 'Terlaksananya tugas sebagai Sekretaris Tim Penilai Kinerja PNS Kabupaten Gianyar',
    iki: [
      q(
        'kuantitas',
        'Jumlah rekomendasi hasil sidang Tim Penilai Kinerja PNS yang disampaikan kepada Bupati',
        4,
        'Dokumen',
      ),
    ],
  },
]

// ---------- Sekretaris, Kepala Sub Bagian and Kepala Bidang ----------

/** The RHK of each unit head below the Kepala Badan, keyed by the unit they head. */
export const LEADER_RHK: Readonly<Record<Exclude<DemoUnitKey, 'opd'>, readonly RhkDef[]>> = {
  sekretariat: [
    utama(
      'SEK1',
      'KB4',
      'Terwujudnya perencanaan, penganggaran dan pelaporan kinerja BKPSDM yang tepat waktu dan akuntabel',
      [
        q(
          'kuantitas',
          'Jumlah dokumen perencanaan dan pelaporan kinerja yang ditetapkan',
          6,
          'Dokumen',
        ),
        q('waktu', 'Persentase dokumen yang disampaikan sesuai jadwal', 100, '%'),
      ],
      true,
    ),
    utama(
      'SEK2',
      'KB1',
      'Terwujudnya pelayanan administrasi kepegawaian internal, umum dan rumah tangga BKPSDM yang tertib',
      [
        q(
          'waktu',
          'Persentase layanan administrasi internal yang diselesaikan tepat waktu',
          100,
          '%',
        ),
      ],
      true,
    ),
    utama('SEK3', 'KB4', 'Terwujudnya pengelolaan keuangan BKPSDM yang tertib dan akuntabel', [
      q('kuantitas', 'Persentase realisasi anggaran BKPSDM', 95, '%'),
      q('kualitas', 'Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti', 100, '%'),
    ]),
    utama(
      'SEK4',
      'KB4',
      'Meningkatnya kualitas tata kelola dan pelaksanaan reformasi birokrasi di BKPSDM',
      [q('kualitas', 'Nilai hasil evaluasi SAKIP BKPSDM', 75, 'Nilai')],
    ),
  ],
  keuangan: [
    utama(
      'K1',
      'SEK1',
      'Tersusunnya dokumen perencanaan dan pelaporan kinerja BKPSDM (Renstra, Renja, Perjanjian Kinerja dan LKjIP) tepat waktu',
      [
        q(
          'kuantitas',
          'Jumlah dokumen perencanaan dan pelaporan kinerja yang disusun',
          5,
          'Dokumen',
        ),
        q('waktu', 'Persentase dokumen yang disampaikan kepada Bappeda sesuai jadwal', 100, '%'),
      ],
      true,
    ),
    utama(
      'K2',
      'SEK3',
      'Terlaksananya penatausahaan keuangan BKPSDM yang tertib sesuai ketentuan',
      [
        q(
          'kuantitas',
          'Jumlah laporan pertanggungjawaban fungsional dan administratif',
          24,
          'Laporan',
        ),
        q('kualitas', 'Persentase dokumen SPP/SPM yang terverifikasi tanpa koreksi', 100, '%'),
      ],
      true,
    ),
    utama(
      'K3',
      'SEK3',
      'Tersusunnya laporan keuangan BKPSDM sesuai Standar Akuntansi Pemerintahan',
      [
        q('kuantitas', 'Jumlah laporan keuangan semesteran dan tahunan', 2, 'Laporan'),
        q('kuantitas', 'Jumlah berita acara rekonsiliasi dengan BPKAD', 12, 'Dokumen'),
      ],
    ),
  ],
  kepegawaian: [
    utama(
      'U1',
      'SEK2',
      'Terlaksananya pelayanan administrasi kepegawaian internal BKPSDM secara tertib dan tepat waktu',
      [
        q(
          'kuantitas',
          'Jumlah usulan layanan kepegawaian internal (cuti, KGB, kenaikan pangkat) yang diproses',
          120,
          'Dokumen',
        ),
        q('waktu', 'Persentase layanan yang diselesaikan tepat waktu', 100, '%'),
      ],
      true,
    ),
    utama(
      'U2',
      'SEK2',
      'Terlaksananya pengelolaan persuratan, kearsipan, rumah tangga dan barang milik daerah BKPSDM',
      [
        q('kuantitas', 'Jumlah surat masuk dan keluar yang diagendakan', 2400, 'Surat'),
        q('kuantitas', 'Jumlah laporan inventarisasi barang milik daerah', 2, 'Laporan'),
      ],
      true,
    ),
    // Deliberately intervened by nobody yet: the coverage view of this (demo) Kepala Sub
    // Bagian shows them, and the Matriks Peran Hasil has two empty rows.
    utama(
      'U3',
      'SEK4',
      'Tersusunnya standar operasional prosedur (SOP) dan standar pelayanan BKPSDM yang mutakhir',
      [q('kuantitas', 'Jumlah SOP yang direviu dan ditetapkan', 15, 'Dokumen')],
    ),
    utama(
      'U4',
      'SEK4',
      'Terlaksananya pembangunan Zona Integritas menuju Wilayah Bebas dari Korupsi (WBK) di BKPSDM',
      [q('kuantitas', 'Jumlah laporan pelaksanaan rencana kerja Zona Integritas', 4, 'Laporan')],
    ),
  ],
  formasi: [
    utama(
      'F1',
      'KB3',
      'Tersusunnya perencanaan kebutuhan dan formasi ASN Pemerintah Kabupaten Gianyar berdasarkan analisis jabatan dan analisis beban kerja',
      [
        q('kuantitas', 'Jumlah dokumen rincian kebutuhan ASN yang diusulkan', 1, 'Dokumen'),
        q('kualitas', 'Persentase perangkat daerah dengan peta jabatan mutakhir', 100, '%'),
      ],
      true,
    ),
    utama('F2', 'KB1', 'Terlaksananya pengadaan dan pengangkatan CPNS dan PPPK tepat waktu', [
      q('waktu', 'Persentase usulan penetapan NIP dan NI PPPK yang selesai tepat waktu', 100, '%'),
    ]),
    utama(
      'F3',
      'KB3',
      'Terlaksananya pengembangan karier dan pengelolaan kinerja ASN melalui aplikasi e-Kinerja',
      [
        q(
          'waktu',
          'Persentase ASN yang menyelesaikan penilaian kinerja tahunan tepat waktu',
          100,
          '%',
        ),
        q(
          'kuantitas',
          'Jumlah kegiatan bimbingan teknis dan coaching clinic e-Kinerja',
          6,
          'Kegiatan',
        ),
      ],
      true,
    ),
  ],
  diklat: [
    utama(
      'D1',
      'KB2',
      'Terlaksananya pengembangan kompetensi ASN melalui pelatihan klasikal dan nonklasikal',
      [
        q('kuantitas', 'Jumlah ASN yang mengikuti pengembangan kompetensi', 1200, 'Orang'),
        q('kualitas', 'Persentase ASN yang memenuhi minimal 20 jam pelajaran', 80, '%'),
      ],
      true,
    ),
    utama(
      'D2',
      'KB2',
      'Terkelolanya tugas belajar, izin belajar dan ujian penyesuaian kenaikan pangkat ASN',
      [
        q(
          'waktu',
          'Persentase usulan tugas belajar dan izin belajar yang diproses tepat waktu',
          100,
          '%',
        ),
      ],
    ),
    utama(
      'D3',
      'KB3',
      'Tersedianya data dan sistem informasi kepegawaian yang mutakhir dan terintegrasi dengan SIASN',
      [
        q('kualitas', 'Persentase kesesuaian data ASN pada SIASN', 98, '%'),
        q('kualitas', 'Persentase ketersediaan layanan aplikasi kepegawaian', 99, '%'),
      ],
      true,
    ),
  ],
  mutasi: [
    utama(
      'M1',
      'KB1',
      'Terlaksananya pelayanan kenaikan pangkat, mutasi dan pemberhentian ASN secara tepat waktu',
      [
        q('waktu', 'Persentase usulan kenaikan pangkat yang ditetapkan tepat waktu', 100, '%'),
        q('waktu', 'Persentase SK pensiun yang terbit sebelum TMT pensiun', 100, '%'),
      ],
      true,
    ),
    utama(
      'M2',
      'KB3',
      'Terlaksananya pengisian jabatan pimpinan tinggi, administrator dan pengawas sesuai prinsip sistem merit',
      [
        q(
          'kualitas',
          'Persentase pengisian jabatan melalui seleksi terbuka atau uji kompetensi',
          100,
          '%',
        ),
      ],
      true,
    ),
    utama('M3', 'KB3', 'Terlaksananya penegakan disiplin dan pembinaan kedudukan hukum ASN', [
      q('kuantitas', 'Persentase kasus pelanggaran disiplin ASN yang diselesaikan', 100, '%'),
      q('kuantitas', 'Jumlah kegiatan sosialisasi disiplin dan kode etik ASN', 4, 'Kegiatan'),
    ]),
    tambahan(
      'MT',
      'KBT',
      'Terselenggaranya kesekretariatan sidang Tim Penilai Kinerja PNS Kabupaten Gianyar',
      [q('kuantitas', 'Jumlah sidang Tim Penilai Kinerja PNS yang difasilitasi', 4, 'Kegiatan')],
    ),
  ],
}

// ---------- staff: RHK per unit and jabatan ----------

/**
 * The RHK options of each jabatan in each unit. Colleagues in the same jabatan take different
 * (overlapping) selections, so together they intervene every RHK of their head.
 */
export const STAFF_RHK: Readonly<
  Partial<Record<DemoUnitKey, Partial<Record<JabatanKind, readonly RhkDef[]>>>>
> = {
  keuangan: {
    pengadministrasi: [
      utama(
        'kp.adm.1',
        'K1',
        'Tersusunnya bahan Rencana Kerja dan Rencana Kerja dan Anggaran (RKA) BKPSDM',
        [q('kuantitas', 'Jumlah dokumen bahan Renja dan RKA yang disusun', 2, 'Dokumen')],
      ),
      utama('kp.adm.2', 'K2', 'Terverifikasinya dokumen pertanggungjawaban belanja (SPJ) BKPSDM', [
        q('kuantitas', 'Jumlah dokumen SPJ yang diverifikasi', 240, 'Dokumen'),
        q('kualitas', 'Persentase SPJ yang lengkap dan sah', 100, '%'),
      ]),
      utama(
        'kp.adm.3',
        'K1',
        'Tersusunnya bahan Perjanjian Kinerja, laporan capaian kinerja triwulanan dan LKjIP BKPSDM',
        [
          q('kuantitas', 'Jumlah laporan capaian kinerja yang disusun', 5, 'Laporan'),
          q('waktu', 'Persentase laporan yang disampaikan sesuai jadwal', 100, '%'),
        ],
      ),
      utama('kp.adm.4', 'K3', 'Tersusunnya bahan laporan keuangan semesteran dan tahunan BKPSDM', [
        q('kuantitas', 'Jumlah bahan laporan keuangan yang disusun', 2, 'Laporan'),
      ]),
      utama(
        'kp.adm.5',
        'K3',
        'Terlaksananya rekonsiliasi belanja dan pendapatan BKPSDM dengan BPKAD',
        [q('kuantitas', 'Jumlah berita acara rekonsiliasi', 12, 'Dokumen')],
      ),
    ],
    klerek: [
      utama(
        'kp.klk.1',
        'K2',
        'Terdokumentasinya arsip dokumen keuangan (SPP, SPM, SP2D dan SPJ) BKPSDM',
        [q('kuantitas', 'Jumlah berkas keuangan yang diarsipkan', 480, 'Berkas')],
      ),
      utama(
        'kp.klk.2',
        'K2',
        'Termutakhirkannya buku kas umum dan buku pembantu bendahara pengeluaran',
        [
          q(
            'kuantitas',
            'Jumlah buku kas umum dan buku pembantu yang dimutakhirkan',
            12,
            'Dokumen',
          ),
        ],
      ),
      utama('kp.klk.3', 'K3', 'Terhimpunnya data realisasi anggaran per kegiatan setiap bulan', [
        q('kuantitas', 'Jumlah rekap realisasi anggaran', 12, 'Laporan'),
        q(
          'waktu',
          'Persentase rekap yang selesai paling lambat tanggal 10 bulan berikutnya',
          100,
          '%',
        ),
      ]),
    ],
    operator: [
      utama(
        'kp.op.1',
        'K2',
        'Terinputnya dokumen penatausahaan keuangan BKPSDM pada aplikasi SIPD',
        [
          q('kuantitas', 'Jumlah dokumen yang diinput pada SIPD', 300, 'Dokumen'),
          q('waktu', 'Persentase dokumen yang diinput paling lambat 2 hari kerja', 100, '%'),
        ],
      ),
      utama(
        'kp.op.2',
        'K1',
        'Terinputnya data capaian kinerja BKPSDM pada aplikasi e-SAKIP dan e-Monev',
        [q('kuantitas', 'Jumlah laporan capaian yang diinput', 4, 'Laporan')],
      ),
      utama('kp.op.3', 'K2', 'Terprosesnya daftar gaji dan TPP pegawai BKPSDM', [
        q('kuantitas', 'Jumlah daftar gaji dan TPP yang diproses', 24, 'Dokumen'),
      ]),
    ],
  },
  kepegawaian: {
    pengadministrasi: [
      utama(
        'ku.adm.1',
        'U1',
        'Terprosesnya usulan cuti, kenaikan gaji berkala dan kenaikan pangkat pegawai BKPSDM',
        [
          q('kuantitas', 'Jumlah usulan layanan kepegawaian internal yang diproses', 60, 'Dokumen'),
          q('waktu', 'Persentase usulan yang diproses paling lambat 3 hari kerja', 100, '%'),
        ],
      ),
      utama(
        'ku.adm.2',
        'U1',
        'Terlaksananya rekapitulasi kehadiran pegawai BKPSDM sebagai dasar perhitungan TPP',
        [
          q('kuantitas', 'Jumlah rekap kehadiran bulanan', 12, 'Laporan'),
          q(
            'waktu',
            'Persentase rekap yang disampaikan paling lambat tanggal 5 bulan berikutnya',
            100,
            '%',
          ),
        ],
      ),
      utama(
        'ku.adm.3',
        'U1',
        'Termutakhirkannya data kepegawaian dan Daftar Urut Kepangkatan (DUK) pegawai BKPSDM',
        [q('kuantitas', 'Jumlah data pegawai yang dimutakhirkan', 77, 'Orang')],
      ),
      utama(
        'ku.adm.4',
        'U2',
        'Tersusunnya laporan inventarisasi dan penatausahaan barang milik daerah BKPSDM',
        [
          q('kuantitas', 'Jumlah laporan barang milik daerah', 2, 'Laporan'),
          q('kuantitas', 'Jumlah kartu inventaris ruangan yang dimutakhirkan', 20, 'Dokumen'),
        ],
      ),
      utama(
        'ku.adm.5',
        'U1',
        'Terfasilitasinya penyusunan dan penilaian SKP pegawai BKPSDM pada aplikasi e-Kinerja',
        [q('kuantitas', 'Jumlah pegawai yang difasilitasi', 77, 'Orang')],
      ),
    ],
    klerek: [
      utama('ku.klk.1', 'U2', 'Teragendanya surat masuk dan surat keluar BKPSDM', [
        q('kuantitas', 'Jumlah surat yang diagendakan', 1200, 'Surat'),
        q('waktu', 'Persentase surat masuk yang didistribusikan pada hari yang sama', 100, '%'),
      ]),
      utama('ku.klk.2', 'U2', 'Tertatanya arsip dinamis BKPSDM sesuai klasifikasi arsip', [
        q('kuantitas', 'Jumlah berkas arsip yang ditata', 500, 'Berkas'),
      ]),
      utama(
        'ku.klk.3',
        'U1',
        'Terhimpunnya berkas usulan layanan kepegawaian internal pegawai BKPSDM',
        [q('kuantitas', 'Jumlah berkas usulan yang dihimpun', 60, 'Berkas')],
      ),
      utama(
        'ku.klk.4',
        'U2',
        'Terdistribusinya naskah dinas dan undangan BKPSDM kepada perangkat daerah',
        [q('kuantitas', 'Jumlah naskah dinas yang didistribusikan', 600, 'Surat')],
      ),
    ],
    operator: [
      utama('ku.op.1', 'U1', 'Terinputnya data kehadiran elektronik dan izin pegawai BKPSDM', [
        q('kuantitas', 'Jumlah rekap data kehadiran yang diinput', 12, 'Laporan'),
      ]),
      utama(
        'ku.op.2',
        'U2',
        'Terlaksananya layanan penerimaan tamu dan berkas di front office BKPSDM',
        [q('kuantitas', 'Jumlah rekap buku tamu dan tanda terima berkas', 12, 'Laporan')],
      ),
      utama('ku.op.3', 'U2', 'Terkelolanya penggunaan kendaraan dinas dan ruang rapat BKPSDM', [
        q('kuantitas', 'Jumlah laporan penggunaan kendaraan dinas dan ruang rapat', 12, 'Laporan'),
      ]),
      utama(
        'ku.op.4',
        'U2',
        'Terpublikasinya informasi dan kegiatan BKPSDM pada laman resmi dan media sosial',
        [
          q('kuantitas', 'Jumlah konten publikasi', 48, 'Konten'),
          q('waktu', 'Persentase kegiatan yang dipublikasikan paling lambat 1 hari kerja', 90, '%'),
        ],
      ),
    ],
    teknisi: [
      utama('ku.tek.1', 'U2', 'Terpeliharanya sarana dan prasarana gedung kantor BKPSDM', [
        q('kuantitas', 'Jumlah laporan pemeliharaan sarana prasarana', 12, 'Laporan'),
        q('waktu', 'Persentase kerusakan yang ditangani paling lambat 2 hari kerja', 90, '%'),
      ]),
      utama(
        'ku.tek.2',
        'U2',
        'Terpeliharanya perangkat komputer, printer dan jaringan LAN kantor BKPSDM',
        [q('kuantitas', 'Jumlah perangkat yang dipelihara', 40, 'Unit')],
      ),
      utama('ku.tek.3', 'U2', 'Terpeliharanya kendaraan dinas operasional BKPSDM', [
        q('kuantitas', 'Jumlah kendaraan dinas yang diservis berkala', 6, 'Unit'),
      ]),
    ],
  },
  formasi: {
    analis_sdm_madya: [
      utama(
        'fo.madya.1',
        'F1',
        'Tersusunnya kajian kebutuhan ASN lima tahunan Pemerintah Kabupaten Gianyar',
        [q('kuantitas', 'Jumlah dokumen kajian kebutuhan ASN', 1, 'Dokumen')],
      ),
      utama(
        'fo.madya.2',
        'F3',
        'Tersusunnya rekomendasi kebijakan manajemen talenta dan pola karier ASN',
        [q('kuantitas', 'Jumlah dokumen rekomendasi kebijakan', 2, 'Dokumen')],
      ),
      utama(
        'fo.madya.3',
        'F3',
        'Terlaksananya evaluasi penerapan manajemen kinerja ASN di perangkat daerah',
        [q('kuantitas', 'Jumlah laporan evaluasi', 2, 'Laporan')],
      ),
    ],
    analis_sdm_muda: [
      utama(
        'fo.muda.1',
        'F1',
        'Tersusunnya analisis jabatan dan analisis beban kerja perangkat daerah',
        [
          q('kuantitas', 'Jumlah perangkat daerah yang dianalisis', 12, 'Perangkat Daerah'),
          q('kualitas', 'Persentase dokumen anjab-ABK yang diverifikasi tanpa revisi', 90, '%'),
        ],
      ),
      utama('fo.muda.2', 'F2', 'Terlaksananya verifikasi usulan penetapan NIP CPNS dan NI PPPK', [
        q('kuantitas', 'Jumlah usulan yang diverifikasi', 250, 'Orang'),
        q('waktu', 'Persentase usulan yang diverifikasi paling lambat 5 hari kerja', 100, '%'),
      ]),
      utama(
        'fo.muda.3',
        'F3',
        'Terlaksananya pendampingan penyusunan dan penilaian SKP pada aplikasi e-Kinerja bagi perangkat daerah',
        [
          q('kuantitas', 'Jumlah perangkat daerah yang didampingi', 20, 'Perangkat Daerah'),
          q('kuantitas', 'Jumlah kegiatan coaching clinic e-Kinerja', 4, 'Kegiatan'),
        ],
      ),
      utama(
        'fo.muda.4',
        'F3',
        'Tersusunnya rekapitulasi hasil penilaian kinerja ASN Pemerintah Kabupaten Gianyar',
        [q('kuantitas', 'Jumlah laporan rekapitulasi triwulanan dan tahunan', 5, 'Laporan')],
      ),
      utama('fo.muda.5', 'F2', 'Terprosesnya pengangkatan CPNS menjadi PNS sesuai ketentuan', [
        q('kuantitas', 'Jumlah SK pengangkatan PNS yang diproses', 100, 'Dokumen'),
      ]),
    ],
    analis_sdm_pertama: [
      utama(
        'fo.pert.1',
        'F1',
        'Tersusunnya bahan peta jabatan dan informasi faktor jabatan perangkat daerah',
        [q('kuantitas', 'Jumlah dokumen peta jabatan yang diverifikasi', 10, 'Dokumen')],
      ),
      utama(
        'fo.pert.2',
        'F2',
        'Terlaksananya pemberkasan dan usul penetapan NI PPPK hasil seleksi',
        [q('kuantitas', 'Jumlah berkas PPPK yang diusulkan', 150, 'Orang')],
      ),
      utama(
        'fo.pert.3',
        'F3',
        'Terlaksananya validasi data penilaian kinerja ASN pada aplikasi e-Kinerja BKN',
        [
          q('kuantitas', 'Jumlah perangkat daerah yang divalidasi', 15, 'Perangkat Daerah'),
          q('waktu', 'Persentase validasi yang selesai sebelum batas pengisian', 100, '%'),
        ],
      ),
      utama(
        'fo.pert.4',
        'F3',
        'Tersusunnya bahan usulan uji kompetensi kenaikan jenjang jabatan fungsional',
        [q('kuantitas', 'Jumlah berkas usulan uji kompetensi', 40, 'Berkas')],
      ),
    ],
    pengadministrasi: [
      utama('fo.adm.1', 'F2', 'Terhimpunnya berkas usul penetapan NIP CPNS dan NI PPPK', [
        q('kuantitas', 'Jumlah berkas yang dihimpun', 250, 'Berkas'),
      ]),
      utama(
        'fo.adm.2',
        'F1',
        'Tersusunnya rekap data formasi dan jabatan ASN per perangkat daerah',
        [q('kuantitas', 'Jumlah rekap data formasi', 4, 'Laporan')],
      ),
      utama(
        'fo.adm.3',
        'F2',
        'Terkelolanya persuratan Bidang Formasi, Pengembangan dan Pengangkatan Pegawai',
        [q('kuantitas', 'Jumlah surat yang diproses', 300, 'Surat')],
      ),
    ],
    klerek: [
      utama('fo.klk.1', 'F2', 'Terarsipnya berkas pengangkatan CPNS, PNS dan PPPK', [
        q('kuantitas', 'Jumlah berkas yang diarsipkan', 300, 'Berkas'),
      ]),
      utama(
        'fo.klk.2',
        'F3',
        'Terhimpunnya dokumen penilaian kinerja tahunan ASN dari perangkat daerah',
        [q('kuantitas', 'Jumlah dokumen yang dihimpun', 40, 'Dokumen')],
      ),
    ],
  },
  diklat: {
    analis_sdm_madya: [
      utama(
        'di.madya.1',
        'D1',
        'Tersusunnya analisis kebutuhan pengembangan kompetensi ASN Pemerintah Kabupaten Gianyar',
        [q('kuantitas', 'Jumlah dokumen analisis kebutuhan pengembangan kompetensi', 1, 'Dokumen')],
      ),
      utama(
        'di.madya.2',
        'D1',
        'Terlaksananya evaluasi pasca pelatihan bagi alumni pelatihan kepemimpinan',
        [q('kuantitas', 'Jumlah laporan evaluasi pasca pelatihan', 2, 'Laporan')],
      ),
    ],
    analis_sdm_muda: [
      utama('di.muda.1', 'D1', 'Terselenggaranya pelatihan dasar CPNS dan orientasi PPPK', [
        q('kuantitas', 'Jumlah peserta pelatihan dasar dan orientasi', 200, 'Orang'),
        q('kualitas', 'Persentase peserta yang lulus', 100, '%'),
      ]),
      utama('di.muda.2', 'D2', 'Terverifikasinya usulan tugas belajar dan izin belajar ASN', [
        q('kuantitas', 'Jumlah usulan yang diverifikasi', 80, 'Dokumen'),
        q('waktu', 'Persentase usulan yang diverifikasi paling lambat 5 hari kerja', 100, '%'),
      ]),
      utama('di.muda.3', 'D1', 'Terselenggaranya pelatihan teknis dan fungsional bagi ASN', [
        q('kuantitas', 'Jumlah kegiatan pelatihan', 6, 'Kegiatan'),
      ]),
      utama(
        'di.muda.4',
        'D2',
        'Terfasilitasinya ujian penyesuaian kenaikan pangkat dan pencantuman gelar ASN',
        [q('kuantitas', 'Jumlah ASN yang difasilitasi', 60, 'Orang')],
      ),
    ],
    analis_sdm_pertama: [
      utama(
        'di.pert.1',
        'D1',
        'Terverifikasinya data jam pelajaran pengembangan kompetensi ASN pada SIASN',
        [q('kuantitas', 'Jumlah data riwayat pelatihan yang diverifikasi', 1500, 'Data')],
      ),
      utama(
        'di.pert.2',
        'D1',
        'Terfasilitasinya pembelajaran daring melalui e-learning dan ASN Corporate University',
        [q('kuantitas', 'Jumlah kegiatan pembelajaran daring', 8, 'Kegiatan')],
      ),
      utama('di.pert.3', 'D2', 'Terprosesnya usulan izin belajar dan tugas belajar ASN', [
        q('kuantitas', 'Jumlah usulan yang diproses', 60, 'Dokumen'),
      ]),
      utama('di.pert.4', 'D1', 'Tersusunnya laporan evaluasi penyelenggaraan pelatihan', [
        q('kuantitas', 'Jumlah laporan evaluasi penyelenggaraan', 6, 'Laporan'),
      ]),
    ],
    pranata_komputer_pertama: [
      utama('di.pk1.1', 'D3', 'Terkelolanya pemutakhiran data ASN pada SIASN dan SIMPEG daerah', [
        q('kualitas', 'Persentase kesesuaian data ASN pada SIASN', 98, '%'),
        q('kuantitas', 'Jumlah usulan pemutakhiran data mandiri yang diverifikasi', 1000, 'Data'),
      ]),
      utama(
        'di.pk1.2',
        'D3',
        'Terselesaikannya pengaduan dan kendala teknis aplikasi e-Kinerja dan SIASN',
        [
          q('kualitas', 'Persentase tiket pengaduan yang diselesaikan', 95, '%'),
          q('waktu', 'Persentase tiket yang selesai paling lambat 2 hari kerja', 90, '%'),
        ],
      ),
      utama('di.pk1.3', 'D3', 'Terpeliharanya server dan aplikasi kepegawaian BKPSDM', [
        q('kualitas', 'Persentase ketersediaan layanan aplikasi', 99, '%'),
        q('kuantitas', 'Jumlah laporan pemeliharaan server', 12, 'Laporan'),
      ]),
    ],
    pranata_komputer_terampil: [
      utama(
        'di.pkt.1',
        'D3',
        'Terinputnya data riwayat jabatan, pangkat dan pendidikan ASN pada SIMPEG daerah',
        [q('kuantitas', 'Jumlah data riwayat yang diinput', 1200, 'Data')],
      ),
      utama(
        'di.pkt.2',
        'D3',
        'Terpeliharanya jaringan dan perangkat komputer pendukung layanan informasi kepegawaian',
        [q('kuantitas', 'Jumlah laporan pemeliharaan', 12, 'Laporan')],
      ),
      utama('di.pkt.3', 'D3', 'Tercadangkannya basis data kepegawaian secara berkala', [
        q('kuantitas', 'Jumlah pencadangan basis data', 52, 'Kali'),
      ]),
    ],
    operator: [
      utama(
        'di.op.1',
        'D1',
        'Terinputnya data peserta pelatihan pada aplikasi pengembangan kompetensi',
        [q('kuantitas', 'Jumlah data peserta yang diinput', 800, 'Orang')],
      ),
      utama(
        'di.op.2',
        'D3',
        'Terlayaninya permintaan data dan informasi kepegawaian dari perangkat daerah',
        [q('kuantitas', 'Jumlah permintaan data yang dilayani', 120, 'Layanan')],
      ),
      utama('di.op.3', 'D1', 'Terdokumentasinya penyelenggaraan pelatihan', [
        q('kuantitas', 'Jumlah laporan dokumentasi pelatihan', 6, 'Laporan'),
      ]),
    ],
    teknisi: [
      utama(
        'di.tek.1',
        'D1',
        'Terpeliharanya perangkat pendukung pelatihan (proyektor, pengeras suara dan ruang kelas)',
        [q('kuantitas', 'Jumlah laporan pemeliharaan', 12, 'Laporan')],
      ),
      utama(
        'di.tek.2',
        'D3',
        'Tersedianya jaringan dan perangkat untuk ujian CAT dan pelatihan daring',
        [q('kuantitas', 'Jumlah kegiatan yang didukung', 10, 'Kegiatan')],
      ),
    ],
  },
  mutasi: {
    analis_sdm_madya: [
      utama(
        'mu.madya.1',
        'M2',
        'Tersusunnya telaahan dan rekomendasi kebijakan mutasi dan promosi jabatan',
        [q('kuantitas', 'Jumlah telaahan staf', 6, 'Dokumen')],
      ),
      utama(
        'mu.madya.2',
        'M3',
        'Tersusunnya telaahan penyelesaian kasus disiplin dan sengketa kepegawaian',
        [q('kuantitas', 'Jumlah telaahan hukum', 8, 'Dokumen')],
      ),
      utama(
        'mu.madya.3',
        'M2',
        'Terlaksananya evaluasi kesesuaian kompetensi pejabat dengan jabatan (talent pool)',
        [q('kuantitas', 'Jumlah laporan evaluasi', 2, 'Laporan')],
      ),
    ],
    analis_sdm_muda: [
      utama('mu.muda.1', 'M1', 'Terverifikasinya usulan kenaikan pangkat reguler dan pilihan ASN', [
        q('kuantitas', 'Jumlah usulan kenaikan pangkat yang diverifikasi', 600, 'Orang'),
        q('waktu', 'Persentase usulan yang diverifikasi sebelum batas periode', 100, '%'),
      ]),
      utama('mu.muda.2', 'M1', 'Terprosesnya usulan pensiun dan pemberhentian ASN', [
        q('kuantitas', 'Jumlah usulan pensiun yang diproses', 150, 'Orang'),
      ]),
      utama(
        'mu.muda.3',
        'M2',
        'Terlaksananya seleksi terbuka dan uji kompetensi pengisian jabatan',
        [q('kuantitas', 'Jumlah kegiatan seleksi dan uji kompetensi', 3, 'Kegiatan')],
      ),
      utama(
        'mu.muda.4',
        'M3',
        'Terselesaikannya pemeriksaan dan rekomendasi hukuman disiplin ASN',
        [q('kuantitas', 'Jumlah rekomendasi hukuman disiplin', 10, 'Dokumen')],
      ),
      utama('mu.muda.5', 'M1', 'Terprosesnya usulan mutasi dan pindah antarinstansi', [
        q('kuantitas', 'Jumlah SK mutasi yang diproses', 80, 'Dokumen'),
      ]),
    ],
    analis_sdm_pertama: [
      utama(
        'mu.pert.1',
        'M1',
        'Tersusunnya bahan SK kenaikan pangkat berdasarkan Pertimbangan Teknis BKN',
        [q('kuantitas', 'Jumlah bahan SK kenaikan pangkat', 300, 'Dokumen')],
      ),
      utama(
        'mu.pert.2',
        'M3',
        'Tersusunnya bahan pemeriksaan dan berita acara pemeriksaan disiplin ASN',
        [q('kuantitas', 'Jumlah berita acara pemeriksaan', 12, 'Dokumen')],
      ),
      utama('mu.pert.3', 'M2', 'Tersusunnya bahan pelantikan dan pengambilan sumpah jabatan', [
        q('kuantitas', 'Jumlah kegiatan pelantikan', 4, 'Kegiatan'),
      ]),
      utama('mu.pert.4', 'M1', 'Terprosesnya usulan Karis, Karsu, Karpeg dan Taspen ASN', [
        q('kuantitas', 'Jumlah usulan yang diproses', 150, 'Dokumen'),
      ]),
      utama(
        'mu.pert.5',
        'M3',
        'Terlaksananya pendampingan hukum dalam penyelesaian sengketa kepegawaian',
        [q('kuantitas', 'Jumlah kasus yang didampingi', 4, 'Kasus')],
      ),
    ],
    pengadministrasi: [
      utama(
        'mu.adm.1',
        'M1',
        'Terhimpunnya berkas usul kenaikan pangkat dan pensiun dari perangkat daerah',
        [q('kuantitas', 'Jumlah berkas yang dihimpun', 600, 'Berkas')],
      ),
      utama('mu.adm.2', 'M1', 'Teregistrasinya surat keputusan mutasi dan kenaikan pangkat', [
        q('kuantitas', 'Jumlah SK yang diregistrasi dan didistribusikan', 700, 'Dokumen'),
      ]),
      utama('mu.adm.3', 'M3', 'Terhimpunnya laporan hukuman disiplin dan LHKASN perangkat daerah', [
        q('kuantitas', 'Jumlah laporan yang dihimpun', 4, 'Laporan'),
      ]),
    ],
    klerek: [
      utama('mu.klk.1', 'M1', 'Terarsipnya berkas kenaikan pangkat, mutasi dan pensiun', [
        q('kuantitas', 'Jumlah berkas yang diarsipkan', 800, 'Berkas'),
      ]),
      utama('mu.klk.2', 'M2', 'Terdistribusinya undangan pelantikan dan surat keputusan jabatan', [
        q('kuantitas', 'Jumlah surat yang didistribusikan', 200, 'Surat'),
      ]),
    ],
    operator: [
      utama('mu.op.1', 'M1', 'Terinputnya usulan kenaikan pangkat dan pensiun pada layanan SIASN', [
        q('kuantitas', 'Jumlah usulan yang diinput', 600, 'Dokumen'),
      ]),
      utama('mu.op.2', 'M2', 'Termutakhirkannya data jabatan hasil pelantikan pada SIASN', [
        q('kuantitas', 'Jumlah data jabatan yang dimutakhirkan', 150, 'Data'),
      ]),
    ],
  },
}

/** Extra assignments (RHK tambahan) a few staff of each unit carry in 2026. */
export const STAFF_TAMBAHAN: Readonly<Partial<Record<DemoUnitKey, readonly RhkDef[]>>> = {
  keuangan: [
    tambahan(
      'kp.t.1',
      'K1',
      'Terlaksananya tugas sebagai anggota tim penyusun Laporan Kinerja (LKjIP) BKPSDM',
      [q('kuantitas', 'Jumlah bab LKjIP yang disusun', 2, 'Dokumen')],
    ),
    tambahan(
      'kp.t.2',
      'K2',
      'Terlaksananya tugas sebagai pendamping pemeriksaan Inspektorat dan BPK',
      [q('kuantitas', 'Jumlah bahan tindak lanjut hasil pemeriksaan yang disiapkan', 2, 'Dokumen')],
    ),
  ],
  kepegawaian: [
    tambahan(
      'ku.t.1',
      'U2',
      'Terlaksananya tugas sebagai panitia peringatan hari besar nasional di lingkungan BKPSDM',
      [q('kuantitas', 'Jumlah kegiatan yang dilaksanakan', 2, 'Kegiatan')],
    ),
    tambahan(
      'ku.t.2',
      'U1',
      'Terlaksananya tugas sebagai petugas piket layanan informasi kepegawaian',
      [q('kuantitas', 'Jumlah laporan piket', 12, 'Laporan')],
    ),
  ],
  formasi: [
    tambahan(
      'fo.t.1',
      'F2',
      'Terlaksananya tugas sebagai panitia seleksi pengadaan ASN Pemerintah Kabupaten Gianyar',
      [q('kuantitas', 'Jumlah tahapan seleksi yang didukung', 3, 'Kegiatan')],
    ),
    tambahan(
      'fo.t.2',
      'F3',
      'Terlaksananya tugas sebagai anggota tim pendamping coaching clinic e-Kinerja',
      [q('kuantitas', 'Jumlah kegiatan coaching clinic yang didukung', 2, 'Kegiatan')],
    ),
  ],
  diklat: [
    tambahan(
      'di.t.1',
      'D3',
      'Terlaksananya tugas sebagai panitia ujian Computer Assisted Test (CAT) BKN di Kabupaten Gianyar',
      [q('kuantitas', 'Jumlah sesi ujian yang didukung', 10, 'Kegiatan')],
    ),
    tambahan(
      'di.t.2',
      'D1',
      'Terlaksananya tugas sebagai panitia penyelenggara pelatihan dasar CPNS',
      [q('kuantitas', 'Jumlah angkatan pelatihan yang didukung', 2, 'Kegiatan')],
    ),
  ],
  mutasi: [
    tambahan('mu.t.1', 'MT', 'Tersusunnya bahan sidang Tim Penilai Kinerja PNS Kabupaten Gianyar', [
      q('kuantitas', 'Jumlah bahan sidang', 4, 'Dokumen'),
    ]),
    tambahan('mu.t.2', 'MT', 'Terlaksananya tugas sebagai notulis sidang Tim Penilai Kinerja PNS', [
      q('kuantitas', 'Jumlah notula sidang', 4, 'Dokumen'),
    ]),
  ],
}

/**
 * The 2026 SKPs written with the kualitatif approach (pendekatan kualitatif): the three
 * senior analysts, whose results are judged by substance rather than counts. Keyed by name.
 */
export const KUALITATIF_RHK: Readonly<Record<string, readonly RhkDef[]>> = {
  'Ni Wayan Murniasih': [
    utama(
      'fo.kual.1',
      'F1',
      'Tersusunnya kajian kebutuhan ASN Pemerintah Kabupaten Gianyar untuk lima tahun ke depan',
      [
        kual(
          'Kualitas kajian kebutuhan ASN',
          'Kajian memuat proyeksi kebutuhan per jabatan dan per perangkat daerah, disepakati Bagian Organisasi dan Bappeda, dan menjadi dasar usulan rincian kebutuhan ASN tahun {tahun_depan}',
        ),
      ],
    ),
    utama(
      'fo.kual.2',
      'F3',
      'Tersusunnya rekomendasi kebijakan manajemen talenta ASN Pemerintah Kabupaten Gianyar',
      [
        kual(
          'Penerimaan rekomendasi oleh pimpinan',
          'Rekomendasi diterima Kepala Badan dan dituangkan dalam rancangan Peraturan Bupati tentang manajemen talenta',
        ),
      ],
    ),
    utama(
      'fo.kual.3',
      'F3',
      'Terlaksananya pembinaan analis SDM aparatur ahli pertama dan ahli muda di Bidang Formasi, Pengembangan dan Pengangkatan Pegawai',
      [
        kual(
          'Pembinaan yang terencana',
          'Setiap analis ahli pertama dan ahli muda di bidang mendapat sesi mentoring bulanan dan memiliki rencana pengembangan kompetensi tertulis',
        ),
      ],
    ),
  ],
  'I Gusti Ngurah Made Arimbawa': [
    utama(
      'di.kual.1',
      'D1',
      'Tersusunnya analisis kebutuhan pengembangan kompetensi (AKPK) ASN Pemerintah Kabupaten Gianyar',
      [
        kual(
          'Cakupan dan kegunaan AKPK',
          'AKPK mencakup seluruh perangkat daerah, divalidasi atasan masing-masing, dan menjadi dasar rencana pengembangan kompetensi tahun {tahun_depan}',
        ),
      ],
    ),
    utama(
      'di.kual.2',
      'D1',
      'Terlaksananya evaluasi dampak pelatihan kepemimpinan terhadap kinerja alumni',
      [
        kual(
          'Kedalaman evaluasi',
          'Evaluasi level 3 (perubahan perilaku kerja) dilakukan untuk seluruh alumni pelatihan kepemimpinan tahun {tahun} dan hasilnya dipaparkan kepada pimpinan',
        ),
      ],
    ),
    utama('di.kual.3', 'D3', 'Terintegrasinya data pengembangan kompetensi ASN dengan SIASN', [
      kual(
        'Kelengkapan data',
        'Riwayat pelatihan ASN pada SIASN lengkap dan dapat dipakai untuk memantau pemenuhan 20 jam pelajaran setiap pegawai',
      ),
    ]),
  ],
  'Ni Luh Ketut Suryaningsih': [
    utama(
      'mu.kual.1',
      'M3',
      'Tersusunnya pertimbangan hukum atas kasus disiplin dan sengketa kepegawaian',
      [
        kual(
          'Ketuntasan pertimbangan hukum',
          'Setiap kasus disiplin berat memiliki telaahan hukum yang tuntas sebelum sidang, tanpa keputusan yang dibatalkan pada upaya administratif',
        ),
      ],
    ),
    utama(
      'mu.kual.2',
      'M2',
      'Tersusunnya rancangan kebijakan pola mutasi dan rotasi ASN berbasis sistem merit',
      [
        kual(
          'Mutu rancangan kebijakan',
          'Rancangan pola mutasi memuat kriteria kompetensi, kinerja dan rekam jejak, dan telah dibahas bersama Tim Penilai Kinerja PNS',
        ),
      ],
    ),
    tambahan('mu.kual.t', 'MT', 'Terlaksananya tugas sebagai anggota Tim Penilai Kinerja PNS', [
      kual(
        'Dukungan pada sidang',
        'Bahan pertimbangan hukum tersedia pada setiap sidang Tim Penilai Kinerja PNS',
      ),
    ]),
  ],
}

// ---------- perilaku and lampiran ----------

/** Ekspektasi khusus pimpinan an atasan may write per BerAKHLAK value. */
export const EKSPEKTASI_KHUSUS: Readonly<Record<CoreValue, readonly string[]>> = {
  berorientasi_pelayanan: [
    'Menyelesaikan setiap layanan kepegawaian sesuai standar waktu pelayanan dan menginformasikan status berkas kepada pemohon',
    'Menanggapi pertanyaan ASN dari perangkat daerah paling lambat satu hari kerja',
  ],
  akuntabel: [
    'Mengisi progres harian pada e-Kinerja paling lambat hari kerja berikutnya disertai bukti dukung',
    'Menjaga kelengkapan dan keutuhan berkas kepegawaian yang dikelola',
  ],
  kompeten: [
    'Mengikuti minimal 20 jam pelajaran pengembangan kompetensi dan membagikan hasilnya kepada rekan kerja',
    'Membimbing pegawai baru dalam penggunaan aplikasi SIASN dan e-Kinerja',
  ],
  harmonis: [
    'Membangun suasana kerja yang saling membantu antarsubbagian dan antarbidang',
    'Menghargai pendapat rekan kerja dalam rapat koordinasi',
  ],
  loyal: [
    'Menjaga kerahasiaan data pribadi ASN dan tidak membagikannya di luar kepentingan dinas',
    'Menjaga nama baik BKPSDM dalam setiap layanan kepada perangkat daerah',
  ],
  adaptif: [
    'Mengusulkan minimal satu perbaikan proses kerja berbasis digital dalam setahun',
    'Cepat menyesuaikan cara kerja dengan perubahan regulasi manajemen ASN',
  ],
  kolaboratif: [
    'Berkoordinasi aktif dengan perangkat daerah dan Kantor Regional X BKN Denpasar dalam penyelesaian layanan',
    'Berbagi data dan informasi dengan bidang lain tanpa menunggu diminta',
  ],
}

/** Lampiran SKP items: resources, how results are reported, and what follows from them. */
export const LAMPIRAN: Readonly<Record<LampiranKind, readonly string[]>> = {
  dukungan_sumber_daya: [
    'Anggaran kegiatan pada DPA BKPSDM Tahun {tahun}',
    'Akses aplikasi SIASN, SIPD dan e-Kinerja BKN',
    'Perangkat komputer dan jaringan internet kantor',
    'Dukungan pejabat fungsional dan staf pelaksana di unit kerja',
  ],
  skema_pertanggungjawaban: [
    'Realisasi kinerja dilaporkan setiap triwulan melalui aplikasi e-Kinerja BKN',
    'Laporan pelaksanaan kegiatan disampaikan kepada atasan langsung setiap akhir bulan',
  ],
  konsekuensi: [
    'Capaian kinerja menjadi dasar pemberian TPP sesuai Peraturan Bupati Gianyar',
    'Capaian di bawah ekspektasi ditindaklanjuti dengan pembinaan dan coaching oleh atasan langsung',
    'Capaian di atas ekspektasi menjadi pertimbangan penghargaan dan pengembangan karier',
  ],
}

// ---------- the three 2026 SKPs that are not approved ----------

/** By name: staff who hold no demo account, so the demo logins stay on approved SKPs. */
export const SKP_2026_DRAFT = 'Ni Komang Yulia Antari'
export const SKP_2026_RETURNED = {
  name: 'Ni Wayan Sukerti',
  reason:
    'Indikator RHK pemutakhiran data kepegawaian dan DUK belum memuat aspek waktu. Mohon tambahkan target waktu penetapan DUK, lalu ajukan kembali.',
}

/** Dialog kinerja notes: by SKP owner name, in order; `atasan` marks who wrote each. */
export const DIALOG_NOTES: Readonly<Record<string, readonly { atasan: boolean; text: string }[]>> =
  {
    'Ni Wayan Sukerti': [
      {
        atasan: true,
        text: 'Bu Sukerti, DUK menjadi dasar usulan kenaikan pangkat, jadi perlu batas waktu penetapan yang jelas. Silakan tambahkan indikator waktunya.',
      },
      {
        atasan: false,
        text: 'Baik Bu, indikator waktunya akan saya tambahkan lalu SKP saya ajukan kembali.',
      },
    ],
    'I Made Ardika': [
      {
        atasan: false,
        text: 'Pak Kabid, SKP sudah saya ajukan. RHK verifikasi usulan NIP saya selaraskan dengan jadwal seleksi PPPK tahap II; mohon arahan bila targetnya perlu disesuaikan.',
      },
    ],
    'I Made Sudarsana': [
      {
        atasan: true,
        text: 'Dialog kinerja awal tahun: prioritaskan ketepatan waktu rekap kehadiran karena menjadi dasar perhitungan TPP seluruh pegawai BKPSDM.',
      },
      {
        atasan: false,
        text: 'Siap Bu, rekap kehadiran akan saya sampaikan paling lambat tanggal 5 setiap bulan.',
      },
    ],
  }
