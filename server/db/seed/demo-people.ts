import type { JabatanJenis, PegawaiStatus } from '../../../shared/org.ts'

/**
 * Demo organisation and people: BKPSDM Kabupaten Gianyar as described in
 * shared/design/demo-data.md and Table 6 of the study in shared/seed/. Every name is invented;
 * NIPs, e-mails and phones are generated from these rows by demo.ts.
 *
 * Since the 2021 penyederhanaan birokrasi the sub-bidang (eselon IV) of a bidang were turned
 * into jabatan fungsional, so analysts and staff sit directly in their bidang; only the two
 * sub bagian of the Sekretariat keep a Pengawas head.
 */

export type DemoUnitKey =
  'opd' | 'sekretariat' | 'keuangan' | 'kepegawaian' | 'formasi' | 'diklat' | 'mutasi'

export type DemoUnit = { key: DemoUnitKey; parent: DemoUnitKey | null; name: string; code: string }

/** Parents come before children so the rows can be inserted in this order. */
export const DEMO_UNITS: readonly DemoUnit[] = [
  {
    key: 'opd',
    parent: null,
    name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Gianyar',
    code: 'BKPSDM',
  },
  { key: 'sekretariat', parent: 'opd', name: 'Sekretariat', code: 'SEKRETARIAT' },
  {
    key: 'keuangan',
    parent: 'sekretariat',
    name: 'Sub Bagian Keuangan dan Perencanaan',
    code: 'SUBBAG-KP',
  },
  {
    key: 'kepegawaian',
    parent: 'sekretariat',
    name: 'Sub Bagian Kepegawaian dan Umum',
    code: 'SUBBAG-KU',
  },
  {
    key: 'formasi',
    parent: 'opd',
    name: 'Bidang Formasi, Pengembangan dan Pengangkatan Pegawai',
    code: 'BID-FPP',
  },
  {
    key: 'diklat',
    parent: 'opd',
    name: 'Bidang Pendidikan, Pelatihan dan Informasi Pegawai',
    code: 'BID-PPIP',
  },
  { key: 'mutasi', parent: 'opd', name: 'Bidang Mutasi dan Kedudukan Hukum', code: 'BID-MKH' },
]

/** Table 6 (Data Penggunaan Aplikasi E-Kinerja BKN): ASN per unit, 77 in total. */
export const DEMO_HEADCOUNT_BY_UNIT: Readonly<Record<DemoUnitKey, number>> = {
  opd: 1, // the Kepala Badan row of Table 6
  sekretariat: 1, // the Sekretaris row of Table 6
  keuangan: 10,
  kepegawaian: 19,
  formasi: 14,
  diklat: 14,
  mutasi: 18,
}

export type JabatanKind =
  | 'kepala_badan'
  | 'sekretaris'
  | 'kepala_bidang'
  | 'kepala_sub_bagian'
  | 'analis_sdm_madya'
  | 'analis_sdm_muda'
  | 'analis_sdm_pertama'
  | 'pranata_komputer_pertama'
  | 'pranata_komputer_terampil'
  | 'pengadministrasi'
  | 'klerek'
  | 'operator'
  | 'teknisi'

export type JabatanKindInfo = {
  jenis: JabatanJenis
  headsUnit: boolean
  /** The jabatan's name; heads take their unit's name ("Kepala Bidang Mutasi …"). */
  name: (unitName: string) => string
}

export const JABATAN_KINDS: Readonly<Record<JabatanKind, JabatanKindInfo>> = {
  kepala_badan: {
    jenis: 'jpt_pratama',
    headsUnit: true,
    name: () => 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
  },
  sekretaris: { jenis: 'administrator', headsUnit: true, name: () => 'Sekretaris' },
  kepala_bidang: { jenis: 'administrator', headsUnit: true, name: (unit) => `Kepala ${unit}` },
  kepala_sub_bagian: { jenis: 'pengawas', headsUnit: true, name: (unit) => `Kepala ${unit}` },
  analis_sdm_madya: {
    jenis: 'fungsional_ahli_madya',
    headsUnit: false,
    name: () => 'Analis Sumber Daya Manusia Aparatur Ahli Madya',
  },
  analis_sdm_muda: {
    jenis: 'fungsional_ahli_muda',
    headsUnit: false,
    name: () => 'Analis Sumber Daya Manusia Aparatur Ahli Muda',
  },
  analis_sdm_pertama: {
    jenis: 'fungsional_ahli_pertama',
    headsUnit: false,
    name: () => 'Analis Sumber Daya Manusia Aparatur Ahli Pertama',
  },
  pranata_komputer_pertama: {
    jenis: 'fungsional_ahli_pertama',
    headsUnit: false,
    name: () => 'Pranata Komputer Ahli Pertama',
  },
  pranata_komputer_terampil: {
    jenis: 'fungsional_terampil',
    headsUnit: false,
    name: () => 'Pranata Komputer Terampil',
  },
  // Pelaksana names follow the simplified nomenclature (KepmenPAN-RB 11/2024).
  pengadministrasi: {
    jenis: 'pelaksana',
    headsUnit: false,
    name: () => 'Pengadministrasi Perkantoran',
  },
  klerek: { jenis: 'pelaksana', headsUnit: false, name: () => 'Klerek' },
  operator: { jenis: 'pelaksana', headsUnit: false, name: () => 'Operator Layanan Operasional' },
  teknisi: { jenis: 'pelaksana', headsUnit: false, name: () => 'Teknisi' },
}

/** Which demo login (demo-data.md "Demo accounts") a person carries; at most one each. */
export type DemoAccountRole =
  'kepala_badan' | 'kepala_bidang' | 'kepala_sub_bagian' | 'jf' | 'pelaksana' | 'pic_helpdesk'

export type DemoPerson = {
  unit: DemoUnitKey
  jabatan: JabatanKind
  name: string
  sex: 'L' | 'P'
  gelarDepan?: string
  gelarBelakang?: string
  status: PegawaiStatus
  /** PNS/CPNS: golongan/ruang (III/a); PPPK: I–XVII (IX for S1, VII for D3, V for SLTA). */
  golongan: string
  demoAccount?: DemoAccountRole
}

const p = (
  unit: DemoUnitKey,
  jabatan: JabatanKind,
  status: PegawaiStatus,
  golongan: string,
  sex: 'L' | 'P',
  name: string,
  gelar: { depan?: string; belakang?: string } = {},
  demoAccount?: DemoAccountRole,
): DemoPerson => ({
  unit,
  jabatan,
  status,
  golongan,
  sex,
  name,
  ...(gelar.depan ? { gelarDepan: gelar.depan } : {}),
  ...(gelar.belakang ? { gelarBelakang: gelar.belakang } : {}),
  ...(demoAccount ? { demoAccount } : {}),
})

// Balinese names: I (male) / Ni (female), then the birth-order name (Wayan/Putu/Gede,
// Made/Kadek/Nengah, Nyoman/Komang, Ketut) or a title (Anak Agung, Cokorda, Ida Bagus,
// I Gusti, Desak). The head of each unit comes first. One row per person, like a roster,
// so prettier is told to leave the lines alone.
// prettier-ignore
export const DEMO_PEOPLE: readonly DemoPerson[] = [
  // Kepala Badan (1)
  p('opd', 'kepala_badan', 'PNS', 'IV/c', 'L', 'I Made Wisnu Wardhana', { depan: 'Dr.', belakang: 'S.Sos., M.Si.' }, 'kepala_badan'),

  // Sekretaris (1)
  p('sekretariat', 'sekretaris', 'PNS', 'IV/b', 'P', 'Ni Luh Putu Ariani', { belakang: 'S.E., M.M.' }),

  // Sub Bagian Keuangan dan Perencanaan (10)
  p('keuangan', 'kepala_sub_bagian', 'PNS', 'III/d', 'L', 'I Nyoman Sukarta', { belakang: 'S.E.' }),
  p('keuangan', 'pengadministrasi', 'PNS', 'III/b', 'P', 'Ni Made Sri Wahyuni', { belakang: 'S.E.' }),
  p('keuangan', 'pengadministrasi', 'PNS', 'III/a', 'L', 'I Ketut Darma Yasa', { belakang: 'S.Ak.' }),
  p('keuangan', 'pengadministrasi', 'PNS', 'II/c', 'P', 'Ni Kadek Ayu Lestari', { belakang: 'A.Md.' }),
  p('keuangan', 'pengadministrasi', 'PNS', 'II/b', 'L', 'I Gede Putra Adnyana'),
  p('keuangan', 'klerek', 'PPPK', 'VII', 'P', 'Ni Komang Trisna Dewi', { belakang: 'A.Md.Ak.' }),
  p('keuangan', 'klerek', 'PNS', 'II/d', 'L', 'I Wayan Sudiarsa'),
  p('keuangan', 'klerek', 'PNS', 'II/c', 'P', 'Ni Nyoman Suartini'),
  p('keuangan', 'operator', 'PPPK', 'IX', 'L', 'I Putu Eka Saputra', { belakang: 'S.Kom.' }),
  p('keuangan', 'operator', 'PPPK', 'V', 'L', 'Anak Agung Ngurah Bagus Mahendra'),

  // Sub Bagian Kepegawaian dan Umum (19)
  p('kepegawaian', 'kepala_sub_bagian', 'PNS', 'IV/a', 'P', 'Anak Agung Istri Mas Pradnyani', { belakang: 'S.H., M.H.' }, 'kepala_sub_bagian'),
  p('kepegawaian', 'pengadministrasi', 'PNS', 'III/c', 'L', 'I Made Sudarsana', { belakang: 'S.Sos.' }, 'pelaksana'),
  p('kepegawaian', 'pengadministrasi', 'PNS', 'II/d', 'P', 'Ni Wayan Sukerti'),
  p('kepegawaian', 'pengadministrasi', 'PNS', 'III/a', 'P', 'Ni Putu Diah Pratiwi', { belakang: 'S.A.P.' }),
  p('kepegawaian', 'pengadministrasi', 'PNS', 'II/d', 'L', 'I Ketut Suwitra'),
  p('kepegawaian', 'pengadministrasi', 'PNS', 'III/b', 'P', 'Desak Made Rai Suryani', { belakang: 'S.E.' }),
  p('kepegawaian', 'pengadministrasi', 'PPPK', 'VII', 'P', 'Gusti Ayu Made Sriasih', { belakang: 'A.Md.' }),
  p('kepegawaian', 'klerek', 'PNS', 'II/c', 'L', 'I Nyoman Gede Arsana'),
  p('kepegawaian', 'klerek', 'PNS', 'II/d', 'P', 'Ni Ketut Sumerti'),
  p('kepegawaian', 'klerek', 'PNS', 'II/b', 'L', 'I Wayan Mertayasa'),
  p('kepegawaian', 'klerek', 'PPPK', 'VII', 'P', 'Ni Kadek Sinta Pramesti', { belakang: 'A.Md.' }),
  p('kepegawaian', 'klerek', 'PPPK', 'V', 'L', 'I Komang Adi Wiguna'),
  p('kepegawaian', 'operator', 'PNS', 'II/c', 'L', 'I Made Budiarta'),
  p('kepegawaian', 'operator', 'PNS', 'II/d', 'L', 'I Gusti Ngurah Agung Wirawan'),
  p('kepegawaian', 'operator', 'PPPK', 'V', 'P', 'Ni Luh Gede Sri Astiti'),
  p('kepegawaian', 'operator', 'PPPK', 'V', 'L', 'I Kadek Dwi Juliantara'),
  p('kepegawaian', 'teknisi', 'PNS', 'II/c', 'L', 'I Wayan Suena'),
  p('kepegawaian', 'teknisi', 'PNS', 'II/b', 'L', 'I Ketut Mudana'),
  p('kepegawaian', 'teknisi', 'PPPK', 'V', 'L', 'I Nengah Sudira'),

  // Bidang Formasi, Pengembangan dan Pengangkatan Pegawai (14)
  p('formasi', 'kepala_bidang', 'PNS', 'IV/b', 'L', 'Cokorda Gede Agung Suryawan', { belakang: 'S.Sos., M.AP.' }, 'kepala_bidang'),
  p('formasi', 'analis_sdm_madya', 'PNS', 'IV/b', 'P', 'Ni Wayan Murniasih', { belakang: 'S.Psi., M.Si.' }),
  p('formasi', 'analis_sdm_muda', 'PNS', 'III/d', 'L', 'I Made Ardika', { belakang: 'S.H.' }, 'jf'),
  p('formasi', 'analis_sdm_muda', 'PNS', 'III/c', 'P', 'Ni Putu Eka Widyastuti', { belakang: 'S.Psi.' }),
  p('formasi', 'analis_sdm_muda', 'PNS', 'III/d', 'L', 'Ida Bagus Putu Manuaba', { belakang: 'S.AP.' }),
  p('formasi', 'analis_sdm_pertama', 'PNS', 'III/a', 'P', 'Ni Made Ayu Sintya Dewi', { belakang: 'S.Psi.' }),
  p('formasi', 'analis_sdm_pertama', 'PNS', 'III/b', 'L', 'I Gede Wahyu Pramana', { belakang: 'S.Tr.IP.' }),
  p('formasi', 'analis_sdm_pertama', 'PPPK', 'IX', 'P', 'Ni Kadek Yuni Antari', { belakang: 'S.M.' }),
  p('formasi', 'analis_sdm_pertama', 'CPNS', 'III/a', 'L', 'I Putu Agus Mahardika', { belakang: 'S.H.' }),
  p('formasi', 'pengadministrasi', 'PNS', 'II/d', 'P', 'Ni Nyoman Sri Mulyani'),
  p('formasi', 'pengadministrasi', 'PNS', 'III/a', 'L', 'I Wayan Gede Sutama'),
  p('formasi', 'pengadministrasi', 'PPPK', 'VII', 'P', 'Ni Ketut Ayu Wulandari', { belakang: 'A.Md.' }),
  p('formasi', 'klerek', 'PNS', 'II/c', 'L', 'I Komang Suardana'),
  p('formasi', 'klerek', 'PNS', 'II/b', 'P', 'Ni Luh Made Purnami'),

  // Bidang Pendidikan, Pelatihan dan Informasi Pegawai (14)
  p('diklat', 'kepala_bidang', 'PNS', 'IV/b', 'P', 'Ni Nyoman Kartini', { belakang: 'S.Pd., M.Pd.' }),
  p('diklat', 'analis_sdm_madya', 'PNS', 'IV/a', 'L', 'I Gusti Ngurah Made Arimbawa', { belakang: 'S.Sos., M.Si.' }),
  p('diklat', 'analis_sdm_muda', 'PNS', 'III/d', 'P', 'Ni Made Dwi Lestari', { belakang: 'S.Psi.' }),
  p('diklat', 'analis_sdm_muda', 'PNS', 'III/c', 'L', 'I Ketut Agus Suparta', { belakang: 'S.E.' }),
  p('diklat', 'analis_sdm_pertama', 'PNS', 'III/b', 'P', 'Ni Putu Ayu Mirah Sanjiwani', { belakang: 'S.Psi.' }),
  p('diklat', 'analis_sdm_pertama', 'PPPK', 'IX', 'L', 'I Kadek Wira Bhuana', { belakang: 'S.Pd.' }),
  p('diklat', 'analis_sdm_pertama', 'PNS', 'III/a', 'P', 'Ni Wayan Yuliastini', { belakang: 'S.AP.' }),
  // The study's PIC helpdesk role (penanggung jawab pengaduan) goes to the systems analyst.
  p('diklat', 'pranata_komputer_pertama', 'PNS', 'III/b', 'L', 'I Made Agus Wirasatya', { belakang: 'S.Kom.' }, 'pic_helpdesk'),
  p('diklat', 'pranata_komputer_pertama', 'PPPK', 'IX', 'P', 'Ni Kadek Ari Sudewi', { belakang: 'S.Kom.' }),
  p('diklat', 'pranata_komputer_terampil', 'PNS', 'II/d', 'L', 'I Putu Gede Arya Wibawa', { belakang: 'A.Md.Kom.' }),
  p('diklat', 'pranata_komputer_terampil', 'CPNS', 'II/c', 'P', 'Ni Komang Yulia Antari', { belakang: 'A.Md.Kom.' }),
  p('diklat', 'operator', 'PNS', 'II/d', 'L', 'I Nyoman Sudarma'),
  p('diklat', 'operator', 'PPPK', 'VII', 'P', 'Ni Ketut Sriani', { belakang: 'A.Md.' }),
  p('diklat', 'teknisi', 'PNS', 'II/c', 'L', 'I Wayan Suarjana'),

  // Bidang Mutasi dan Kedudukan Hukum (18)
  p('mutasi', 'kepala_bidang', 'PNS', 'IV/b', 'L', 'I Wayan Gede Sudiartha', { belakang: 'S.H., M.H.' }),
  p('mutasi', 'analis_sdm_madya', 'PNS', 'IV/c', 'P', 'Ni Luh Ketut Suryaningsih', { belakang: 'S.H., M.H.' }),
  p('mutasi', 'analis_sdm_madya', 'PNS', 'IV/a', 'L', 'I Made Sukadana', { belakang: 'S.Sos., M.AP.' }),
  p('mutasi', 'analis_sdm_muda', 'PNS', 'III/d', 'L', 'I Nyoman Darmawan', { belakang: 'S.H.' }),
  p('mutasi', 'analis_sdm_muda', 'PNS', 'III/d', 'P', 'Ni Made Sulastri', { belakang: 'S.E.' }),
  p('mutasi', 'analis_sdm_muda', 'PNS', 'III/c', 'L', 'Anak Agung Gede Raka Putra', { belakang: 'S.H.' }),
  p('mutasi', 'analis_sdm_muda', 'PNS', 'III/c', 'P', 'Ni Wayan Eka Pratiwi', { belakang: 'S.Psi.' }),
  p('mutasi', 'analis_sdm_pertama', 'PNS', 'III/b', 'L', 'I Gede Bagus Darmaputra', { belakang: 'S.H.' }),
  p('mutasi', 'analis_sdm_pertama', 'PNS', 'III/a', 'P', 'Ni Putu Sri Wahyuningsih', { belakang: 'S.AP.' }),
  p('mutasi', 'analis_sdm_pertama', 'PPPK', 'IX', 'P', 'Ida Ayu Made Candra Dewi', { belakang: 'S.H.' }),
  p('mutasi', 'analis_sdm_pertama', 'PNS', 'III/b', 'L', 'I Ketut Ari Permana', { belakang: 'S.Sos.' }),
  p('mutasi', 'analis_sdm_pertama', 'PPPK', 'IX', 'P', 'Ni Kadek Dewi Anggreni', { belakang: 'S.H.' }),
  p('mutasi', 'pengadministrasi', 'PNS', 'II/d', 'L', 'I Komang Sumerta'),
  p('mutasi', 'pengadministrasi', 'PNS', 'II/c', 'P', 'Ni Nyoman Ayu Puspitasari', { belakang: 'A.Md.' }),
  p('mutasi', 'pengadministrasi', 'PPPK', 'V', 'P', 'Desak Putu Mas Suarniti'),
  p('mutasi', 'klerek', 'PNS', 'II/b', 'L', 'I Made Rai Sutrisna'),
  p('mutasi', 'klerek', 'PNS', 'II/d', 'P', 'Ni Wayan Sumadi'),
  p('mutasi', 'operator', 'PPPK', 'V', 'L', 'I Kadek Yoga Pratama'),
]
