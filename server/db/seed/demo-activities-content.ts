import type { CoreValue } from '../../../shared/rules/berakhlak.ts'

/**
 * What the demo's daily progress (progres harian) says: activity phrasings per RHK of
 * demo-skp-content.ts (by its key), the slot values they are filled with, activities outside
 * any RHK, the atasan's verification notes and the umpan balik threads. demo-activities.ts turns
 * them into rows. Invented but plausible for BKPSDM Kabupaten Gianyar (shared/seed/ study).
 *
 * Slots in braces are filled per entry: {n} the realisasi (volume activities), {opd} {opd2}
 * a perangkat daerah, {kec} a kecamatan, {bulan} the month of the entry, {bulan_lalu} the month
 * before, {tgl} the day ("12 Maret"), {tw} the current triwulan (I–IV), {periode} the period a
 * finished result covers, {rekan} a colleague at BKPSDM, {pelatihan} a training, {jf} a jabatan
 * fungsional, {belanja} a kind of spending, {ruang} a room, {kendaraan} an official vehicle,
 * {perangkat} an office device, {sosialisasi} a briefing topic, {tahun}; {rekan_unit} a colleague
 * of the same unit, {an} " a.n. <colleague>" (", di antaranya a.n." when {n} > 1), {mitra} who the
 * unit works with (perangkat daerah, or BKPSDM's own units and BPKAD for the Sekretariat),
 * {tgl_lalu} the working day before, {bulan_depan} the next month, {minggu} the week of the month,
 * {bawahan} a direct subordinate (heads of units),
 * {periode_kp} the kenaikan pangkat period being worked on (April or Oktober); for the two
 * results a month of one RHK, {gaji_tpp} and {lpj} name the first and the second.
 */

/** Activities of one RHK. Every RHK key of demo-skp-content.ts has an entry (checked by the seed). */
export type RhkActivities = {
  /** Short noun phrase for the work (generic phrasings and rencana aksi use it). */
  topik: string
  /** Work counted in the indikator's satuan; {n} is the realisasi. For targets of 30 or more. */
  volume?: readonly string[]
  /** A finished result (realisasi 1 in the indikator's satuan): a report, a document, an event. */
  hasil?: readonly string[]
  /** Steps towards the result, counted as 1 Kegiatan. */
  proses: readonly string[]
}

export const RHK_ACTIVITIES: Readonly<Record<string, RhkActivities>> = {
  // ---------- Kepala Badan ----------
  KB1: {
    topik: 'kualitas layanan administrasi kepegawaian',
    proses: [
      'Memimpin rapat evaluasi standar waktu layanan kenaikan pangkat dan pensiun bersama para kepala bidang',
      'Menerima audiensi {opd} terkait percepatan layanan administrasi kepegawaian',
      'Memantau hasil survei kepuasan ASN terhadap layanan BKPSDM triwulan {tw}',
      'Menghadiri rapat koordinasi dengan Sekretaris Daerah membahas layanan kepegawaian di {opd}',
      'Memberikan arahan kepada Kepala Bidang Mutasi terkait tunggakan usulan kenaikan pangkat periode {bulan}',
      'Meninjau pelayanan front office BKPSDM dan memberi arahan perbaikan alur berkas',
    ],
  },
  KB2: {
    topik: 'pengembangan kompetensi ASN',
    proses: [
      'Membuka {pelatihan} di Aula BKPSDM',
      'Memimpin rapat pembahasan rencana pengembangan kompetensi ASN bersama Bidang PPIP',
      'Menghadiri rapat koordinasi dengan BPSDM Provinsi Bali terkait kuota pelatihan kepemimpinan',
      'Memantau capaian 20 jam pelajaran ASN per perangkat daerah triwulan {tw}',
      'Menandatangani surat pemanggilan peserta {pelatihan}',
    ],
  },
  KB3: {
    topik: 'penerapan sistem merit',
    proses: [
      'Memimpin rapat persiapan penilaian mandiri Indeks Sistem Merit bersama para kepala bidang',
      'Menghadiri rapat koordinasi manajemen talenta dengan Sekretaris Daerah dan Inspektorat',
      'Menerima kunjungan Kantor Regional X BKN Denpasar terkait integrasi data SIASN',
      'Memberikan arahan penyusunan bukti dukung sistem merit aspek {merit}',
      'Melaporkan progres pengisian jabatan melalui seleksi terbuka kepada Bupati Gianyar',
    ],
  },
  KB4: {
    topik: 'akuntabilitas kinerja dan keuangan BKPSDM',
    proses: [
      'Memimpin rapat evaluasi realisasi anggaran dan capaian kinerja BKPSDM bulan {bulan_lalu}',
      'Menandatangani dokumen perencanaan dan pelaporan kinerja BKPSDM triwulan {tw}',
      'Menghadiri rapat evaluasi SAKIP perangkat daerah yang diselenggarakan Inspektorat',
      'Memberikan arahan tindak lanjut rekomendasi hasil pemeriksaan Inspektorat',
      'Memeriksa laporan realisasi fisik dan keuangan BKPSDM bulan {bulan_lalu}',
    ],
  },
  KBT: {
    topik: 'sidang Tim Penilai Kinerja PNS',
    hasil: [
      'Menandatangani rekomendasi hasil sidang Tim Penilai Kinerja PNS {periode} untuk disampaikan kepada Bupati Gianyar',
    ],
    proses: [
      'Memimpin sidang Tim Penilai Kinerja PNS membahas usulan promosi dan mutasi dari {opd}',
      'Mempelajari bahan sidang Tim Penilai Kinerja PNS yang disiapkan Bidang Mutasi',
      'Berkoordinasi dengan Sekretaris Daerah terkait agenda sidang Tim Penilai Kinerja PNS',
    ],
  },

  // ---------- Sekretaris ----------
  SEK1: {
    topik: 'perencanaan, penganggaran dan pelaporan kinerja BKPSDM',
    hasil: [
      'Memeriksa dan memaraf {dokumen_perencanaan} sebelum ditandatangani Kepala Badan',
      'Menyampaikan {dokumen_perencanaan} BKPSDM kepada Bappeda',
    ],
    proses: [
      'Memimpin rapat penyusunan {dokumen_perencanaan} bersama Sub Bagian Keuangan dan Perencanaan',
      'Menghadiri forum perangkat daerah yang diselenggarakan Bappeda membahas {forum_topik}',
      'Memeriksa konsep laporan capaian kinerja BKPSDM triwulan {tw}',
      'Memberikan arahan penyesuaian indikator kinerja pada Renja BKPSDM tahun {tahun_depan}',
    ],
  },
  SEK2: {
    topik: 'administrasi kepegawaian internal dan rumah tangga',
    proses: [
      'Memeriksa dan memaraf konsep surat usulan cuti dan kenaikan gaji berkala pegawai BKPSDM',
      'Memimpin rapat internal Sekretariat membahas pemeliharaan gedung dan kendaraan dinas',
      'Mendisposisikan surat masuk dari {opd} kepada bidang terkait',
      'Memantau rekapitulasi kehadiran pegawai BKPSDM bulan {bulan_lalu} sebelum diteruskan ke BPKAD',
      'Memberikan arahan penataan arsip dinamis Sekretariat',
    ],
  },
  SEK3: {
    topik: 'pengelolaan keuangan BKPSDM',
    proses: [
      'Memverifikasi usulan SPP dan SPM kegiatan {belanja} sebelum diajukan ke BPKAD',
      'Memimpin rapat evaluasi realisasi anggaran BKPSDM bulan {bulan_lalu}',
      'Memeriksa laporan pertanggungjawaban bendahara pengeluaran bulan {bulan_lalu}',
      'Berkoordinasi dengan BPKAD terkait pergeseran anggaran belanja {belanja}',
      'Membahas tindak lanjut temuan pemeriksaan bersama bendahara dan PPK-SKPD',
    ],
  },
  SEK4: {
    topik: 'reformasi birokrasi dan SAKIP BKPSDM',
    proses: [
      'Memimpin rapat tim Zona Integritas BKPSDM membahas rencana aksi area {area_zi}',
      'Mereviu konsep SOP layanan {layanan} yang disusun Sub Bagian Kepegawaian dan Umum',
      'Menghadiri evaluasi SAKIP BKPSDM oleh Inspektorat Kabupaten Gianyar',
      'Memeriksa bahan evaluasi pelaksanaan reformasi birokrasi BKPSDM triwulan {tw}',
    ],
  },

  // ---------- Kepala Sub Bagian Keuangan dan Perencanaan ----------
  K1: {
    topik: 'dokumen perencanaan dan pelaporan kinerja',
    hasil: [
      'Menyelesaikan konsep {dokumen_perencanaan} BKPSDM dan menyerahkannya kepada Sekretaris',
    ],
    proses: [
      'Memimpin penyusunan {dokumen_perencanaan} bersama staf Sub Bagian Keuangan dan Perencanaan',
      'Memeriksa bahan capaian kinerja dari {bidang} untuk laporan triwulan {tw}',
      'Berkonsultasi dengan Bappeda terkait format Renja perangkat daerah tahun {tahun_depan}',
      'Mengoreksi konsep {dokumen_perencanaan}',
    ],
  },
  K2: {
    topik: 'penatausahaan keuangan',
    hasil: ['Menandatangani laporan pertanggungjawaban {lpj} bendahara pengeluaran {periode}'],
    proses: [
      'Memverifikasi kelengkapan SPP-LS belanja {belanja} sebelum diajukan',
      'Memeriksa buku kas umum bendahara pengeluaran bulan {bulan_lalu}',
      'Memberikan arahan kepada staf terkait perbaikan SPJ belanja {belanja}',
      'Berkoordinasi dengan BPKAD mengenai jadwal pencairan SP2D kegiatan {bidang}',
    ],
  },
  K3: {
    topik: 'laporan keuangan BKPSDM',
    hasil: ['Menyelesaikan laporan keuangan BKPSDM {periode} dan menyampaikannya kepada BPKAD'],
    proses: [
      'Memimpin rekonsiliasi belanja BKPSDM dengan BPKAD bulan {bulan_lalu}',
      'Memeriksa neraca saldo dan catatan atas laporan keuangan BKPSDM per {tgl}',
      'Menyusun konsep jawaban atas pertanyaan pemeriksa BPK terkait belanja {belanja}',
      'Memeriksa berita acara stock opname persediaan BKPSDM',
    ],
  },

  // ---------- Kepala Sub Bagian Kepegawaian dan Umum ----------
  U1: {
    topik: 'layanan kepegawaian internal BKPSDM',
    volume: [
      'Memeriksa dan memaraf {n} konsep surat usulan cuti dan kenaikan gaji berkala pegawai BKPSDM',
      'Memverifikasi {n} berkas usulan layanan kepegawaian internal{an}',
    ],
    proses: [
      'Memberikan arahan kepada staf terkait penyelesaian usulan kenaikan pangkat pegawai BKPSDM periode {bulan}',
      'Memantau rekap kehadiran pegawai BKPSDM bulan {bulan_lalu} sebelum disampaikan ke Sekretaris',
      'Memimpin rapat internal Sub Bagian Kepegawaian dan Umum membahas pembagian tugas {bulan}',
    ],
  },
  U2: {
    topik: 'persuratan, kearsipan dan rumah tangga kantor',
    volume: [
      'Memeriksa dan mendisposisikan {n} surat masuk dari {opd} dan instansi vertikal',
      'Memeriksa {n} konsep surat keluar BKPSDM sebelum diparaf Sekretaris',
    ],
    proses: [
      'Memeriksa laporan pemeliharaan gedung dan kendaraan dinas BKPSDM bulan {bulan_lalu}',
      'Memberikan arahan penataan arsip inaktif di ruang arsip BKPSDM',
      'Memantau inventarisasi barang milik daerah di {ruang}',
    ],
  },
  U3: {
    topik: 'SOP dan standar pelayanan BKPSDM',
    hasil: ['Menyelesaikan reviu SOP layanan {layanan} untuk ditetapkan Kepala Badan'],
    proses: [
      'Mereviu konsep SOP layanan {layanan} bersama pelaksana terkait',
      'Memimpin rapat pembahasan standar pelayanan {layanan} BKPSDM',
      'Menyusun matriks SOP BKPSDM yang perlu dimutakhirkan tahun {tahun}',
    ],
  },
  U4: {
    topik: 'pembangunan Zona Integritas BKPSDM',
    hasil: ['Menyusun laporan pelaksanaan rencana kerja Zona Integritas BKPSDM {periode}'],
    proses: [
      'Mengikuti rapat tim Zona Integritas membahas bukti dukung area {area_zi}',
      'Menghimpun bukti dukung pembangunan Zona Integritas area {area_zi}',
      'Berkoordinasi dengan Inspektorat terkait penilaian internal Zona Integritas BKPSDM',
    ],
  },

  // ---------- Kepala Bidang Formasi, Pengembangan dan Pengangkatan Pegawai ----------
  F1: {
    topik: 'perencanaan kebutuhan dan formasi ASN',
    hasil: [
      'Menandatangani dokumen rincian kebutuhan ASN Pemerintah Kabupaten Gianyar tahun {tahun}',
    ],
    proses: [
      'Memimpin rapat pembahasan usulan kebutuhan ASN dari {opd} dan {opd2}',
      'Memeriksa hasil analisis jabatan dan analisis beban kerja {opd}',
      'Berkoordinasi dengan Bagian Organisasi Setda terkait peta jabatan {opd}',
      'Mengikuti rapat daring penyampaian rincian kebutuhan ASN bersama KemenPAN-RB',
    ],
  },
  F2: {
    topik: 'pengadaan dan pengangkatan CPNS dan PPPK',
    proses: [
      'Memimpin rapat persiapan pemberkasan PPPK hasil seleksi tahap {tahap}',
      'Memeriksa rekap usulan penetapan NI PPPK sebelum dikirim ke BKN',
      'Berkoordinasi dengan Kantor Regional X BKN Denpasar terkait jadwal penetapan NIP CPNS',
      'Memberikan arahan verifikasi berkas CPNS yang belum lengkap dari {opd}',
    ],
  },
  F3: {
    topik: 'pengelolaan kinerja ASN melalui e-Kinerja',
    hasil: ['Membuka kegiatan coaching clinic e-Kinerja bagi pengelola kinerja {opd} dan {opd2}'],
    proses: [
      'Memantau persentase penyelesaian penilaian kinerja ASN per perangkat daerah triwulan {tw}',
      'Memimpin rapat evaluasi pengelolaan kinerja ASN bersama analis SDM aparatur',
      'Menandatangani surat edaran batas waktu pengisian penilaian kinerja triwulan {tw}',
      'Memeriksa rekap hasil penilaian kinerja ASN {opd}',
    ],
  },

  // ---------- Kepala Bidang Pendidikan, Pelatihan dan Informasi Pegawai ----------
  D1: {
    topik: 'pengembangan kompetensi ASN',
    volume: [
      'Membuka {pelatihan} yang diikuti {n} peserta',
      'Memeriksa dan menandatangani daftar {n} peserta {pelatihan}',
    ],
    proses: [
      'Memimpin rapat persiapan {pelatihan}',
      'Berkoordinasi dengan BPSDM Provinsi Bali terkait kuota pelatihan kepemimpinan tahun {tahun}',
      'Memantau pemenuhan 20 jam pelajaran ASN {opd}',
    ],
  },
  D2: {
    topik: 'tugas belajar, izin belajar dan ujian penyesuaian kenaikan pangkat',
    proses: [
      'Memeriksa konsep surat izin belajar ASN dari {opd}',
      'Memimpin rapat verifikasi usulan tugas belajar tahun {tahun}',
      'Memberikan arahan terkait persyaratan ujian penyesuaian kenaikan pangkat periode {bulan}',
    ],
  },
  D3: {
    topik: 'data dan sistem informasi kepegawaian',
    proses: [
      'Memantau persentase kesesuaian data ASN pada SIASN per {bulan}',
      'Memimpin rapat evaluasi layanan helpdesk e-Kinerja dan SIASN',
      'Berkoordinasi dengan Diskominfo terkait keamanan server aplikasi kepegawaian',
      'Memeriksa laporan pemeliharaan server dan aplikasi kepegawaian bulan {bulan_lalu}',
    ],
  },

  // ---------- Kepala Bidang Mutasi dan Kedudukan Hukum ----------
  M1: {
    topik: 'layanan kenaikan pangkat, mutasi dan pemberhentian',
    proses: [
      'Memeriksa dan memaraf konsep SK kenaikan pangkat periode {periode_kp}',
      'Memimpin rapat percepatan penyelesaian usulan pensiun ASN {opd}',
      'Berkoordinasi dengan Kantor Regional X BKN Denpasar terkait Pertimbangan Teknis kenaikan pangkat',
      'Memeriksa konsep SK mutasi ASN dari {opd} ke {opd2}',
    ],
  },
  M2: {
    topik: 'pengisian jabatan sesuai sistem merit',
    proses: [
      'Memimpin rapat persiapan {seleksi_jabatan}',
      'Memeriksa bahan pelantikan {pelantikan}',
      'Berkoordinasi dengan panitia seleksi terkait jadwal {seleksi_jabatan}',
      'Memantau pemutakhiran data jabatan {pelantikan} hasil pelantikan pada SIASN',
    ],
  },
  M3: {
    topik: 'penegakan disiplin dan kedudukan hukum ASN',
    hasil: ['Membuka sosialisasi disiplin dan kode etik ASN bagi pegawai {opd}'],
    proses: [
      'Memimpin pemeriksaan dugaan pelanggaran disiplin ASN {opd}',
      'Memeriksa konsep rekomendasi hukuman disiplin ASN',
      'Berkoordinasi dengan Inspektorat terkait laporan pengaduan masyarakat atas ASN {opd}',
    ],
  },
  MT: {
    topik: 'kesekretariatan sidang Tim Penilai Kinerja PNS',
    hasil: ['Memfasilitasi sidang Tim Penilai Kinerja PNS {periode}'],
    proses: [
      'Memeriksa bahan sidang Tim Penilai Kinerja PNS',
      'Berkoordinasi dengan Sekretaris Daerah terkait jadwal sidang Tim Penilai Kinerja PNS',
    ],
  },

  // ---------- Sub Bagian Keuangan dan Perencanaan ----------
  'kp.adm.1': {
    topik: 'bahan Renja dan RKA BKPSDM',
    hasil: ['Menyelesaikan bahan {dokumen_rka} BKPSDM dan menyerahkannya kepada Kepala Sub Bagian'],
    proses: [
      'Menghimpun usulan kegiatan dan kebutuhan anggaran dari {bidang} untuk RKA tahun {tahun_depan} per {tgl}',
      'Menyusun rincian belanja {belanja} pada konsep RKA BKPSDM',
      'Menginput rencana kegiatan dan sub kegiatan {bidang} pada SIPD',
      'Menyesuaikan pagu indikatif RKA {bidang} sesuai surat edaran TAPD',
    ],
  },
  'kp.adm.2': {
    topik: 'verifikasi SPJ belanja BKPSDM',
    volume: [
      'Memverifikasi kelengkapan {n} dokumen SPJ belanja {belanja}',
      'Memeriksa {n} dokumen SPJ perjalanan dinas pegawai {bidang}',
      'Meneliti bukti pembayaran dan pajak pada {n} dokumen SPJ belanja {belanja} {bidang}',
    ],
    proses: [
      'Mengembalikan SPJ belanja {belanja} yang belum lengkap kepada PPTK disertai catatan perbaikan',
      'Berkoordinasi dengan PPTK {bidang} terkait kekurangan bukti SPJ bulan {bulan}',
      'Menyusun rekap hasil verifikasi SPJ BKPSDM bulan {bulan_lalu}',
    ],
  },
  'kp.adm.3': {
    topik: 'bahan Perjanjian Kinerja dan laporan capaian kinerja',
    hasil: ['Menyelesaikan bahan laporan capaian kinerja BKPSDM {periode}'],
    proses: [
      'Menghimpun data capaian indikator kinerja dari {bidang} triwulan {tw}',
      'Menyusun tabel pengukuran kinerja {bidang} triwulan {tw}',
      'Memperbaiki konsep laporan capaian kinerja {bidang} sesuai koreksi Kepala Sub Bagian',
      'Menyusun analisis capaian indikator {indikator_bkpsdm} triwulan {tw}',
    ],
  },
  'kp.adm.4': {
    topik: 'bahan laporan keuangan BKPSDM',
    hasil: ['Menyelesaikan bahan laporan keuangan BKPSDM {periode}'],
    proses: [
      'Menyusun konsep catatan atas laporan keuangan BKPSDM bagian belanja {belanja} per {tgl}',
      'Mencocokkan saldo kas bendahara dengan rekening koran per {tgl}',
      'Menyusun daftar persediaan barang pakai habis BKPSDM per {tgl}',
      'Menyiapkan lampiran laporan operasional BKPSDM per {tgl}',
    ],
  },
  'kp.adm.5': {
    topik: 'rekonsiliasi belanja dan pendapatan dengan BPKAD',
    hasil: [
      'Menandatangani berita acara rekonsiliasi belanja BKPSDM dengan BPKAD bulan {bulan_lalu}',
    ],
    proses: [
      'Mencocokkan data SP2D BKPSDM dengan data BPKAD bulan {bulan_lalu}',
      'Menelusuri selisih realisasi belanja {belanja} antara SIPD dan buku kas umum',
      'Menyiapkan bahan rekonsiliasi belanja BKPSDM bulan {bulan_lalu}',
    ],
  },
  'kp.klk.1': {
    topik: 'arsip dokumen keuangan',
    volume: [
      'Mengarsipkan {n} berkas SPP, SPM dan SP2D belanja {belanja}',
      'Menata {n} berkas SPJ bulan {bulan_lalu} ke dalam ordner sesuai nomor kode rekening',
      'Memindai dan menyimpan {n} berkas dokumen keuangan BKPSDM bulan {bulan_lalu} ke folder arsip digital',
    ],
    proses: [
      'Menyusun daftar arsip dokumen keuangan BKPSDM bulan {bulan_lalu}',
      'Mencari kembali berkas SPJ belanja {belanja} yang diminta pemeriksa Inspektorat',
    ],
  },
  'kp.klk.2': {
    topik: 'buku kas umum dan buku pembantu bendahara',
    hasil: [
      'Menyelesaikan pemutakhiran buku kas umum dan buku pembantu bendahara pengeluaran {periode}',
    ],
    proses: [
      'Mencatat transaksi belanja {belanja} pada buku kas umum bendahara pengeluaran',
      'Mencatat potongan pajak belanja {belanja} pada buku pembantu pajak',
      'Mencocokkan saldo buku pembantu kas tunai dengan uang di brankas bendahara per {tgl}',
      'Mencatat penerimaan uang persediaan dan ganti uang tanggal {tgl} pada buku kas umum',
    ],
  },
  'kp.klk.3': {
    topik: 'rekap realisasi anggaran per kegiatan',
    hasil: ['Menyelesaikan rekap realisasi anggaran per kegiatan BKPSDM bulan {bulan_lalu}'],
    proses: [
      'Menghimpun data realisasi anggaran kegiatan {bidang} bulan {bulan_lalu} per {tgl}',
      'Menginput realisasi belanja {belanja} pada lembar kerja rekap anggaran',
      'Mencocokkan realisasi kegiatan {bidang} dengan laporan SIPD',
    ],
  },
  'kp.op.1': {
    topik: 'input dokumen penatausahaan keuangan pada SIPD',
    volume: [
      'Menginput {n} dokumen SPP dan SPM belanja {belanja} pada aplikasi SIPD',
      'Menginput {n} dokumen SPJ belanja {belanja} pada modul penatausahaan SIPD',
      'Mengunggah {n} dokumen pendukung pencairan kegiatan {bidang} pada SIPD',
    ],
    proses: [
      'Memperbaiki data rekening pihak ketiga belanja {belanja} yang ditolak sistem pada SIPD',
      'Mengikuti bimbingan teknis penatausahaan SIPD modul {modul_sipd} yang diselenggarakan BPKAD',
    ],
  },
  'kp.op.2': {
    topik: 'input capaian kinerja pada e-SAKIP dan e-Monev',
    hasil: ['Menyelesaikan input capaian kinerja BKPSDM {periode} pada aplikasi e-Monev'],
    proses: [
      'Menginput capaian indikator kinerja {bidang} pada aplikasi e-SAKIP',
      'Mengunggah bukti dukung capaian kinerja {bidang} triwulan {tw} pada aplikasi e-Monev',
      'Memperbaiki isian realisasi fisik kegiatan {bidang} pada e-Monev sesuai catatan Bappeda tanggal {tgl_lalu}',
    ],
  },
  'kp.op.3': {
    topik: 'daftar gaji dan TPP pegawai BKPSDM',
    hasil: ['Menyelesaikan daftar {gaji_tpp} pegawai BKPSDM bulan {bulan_gaji}'],
    proses: [
      'Memutakhirkan data potongan gaji pegawai bulan {bulan}, di antaranya a.n. {rekan}',
      'Menghitung TPP pegawai {unit_lain} berdasarkan rekap kehadiran bulan {bulan_lalu}',
      'Mencocokkan data kenaikan gaji berkala a.n. {rekan} dengan daftar gaji bulan {bulan}',
    ],
  },
  'kp.t.1': {
    topik: 'penyusunan LKjIP BKPSDM',
    hasil: ['Menyelesaikan bab {bab_lkjip} LKjIP BKPSDM tahun {tahun_lalu}'],
    proses: [
      'Mengikuti rapat tim penyusun LKjIP BKPSDM membahas {indikator_bkpsdm}',
      'Menghimpun data capaian kinerja tahun {tahun_lalu} untuk LKjIP',
    ],
  },
  'kp.t.2': {
    topik: 'pendampingan pemeriksaan Inspektorat dan BPK',
    hasil: ['Menyelesaikan bahan tindak lanjut hasil pemeriksaan atas belanja {belanja}'],
    proses: [
      'Mendampingi pemeriksa Inspektorat meneliti dokumen belanja {belanja}',
      'Menyiapkan dokumen belanja {belanja} yang diminta tim pemeriksa BPK Perwakilan Bali',
    ],
  },

  // ---------- Sub Bagian Kepegawaian dan Umum ----------
  'ku.adm.1': {
    topik: 'usulan cuti, KGB dan kenaikan pangkat pegawai BKPSDM',
    volume: [
      'Memproses {n} usulan cuti tahunan pegawai BKPSDM{an}',
      'Menyusun {n} konsep surat pemberitahuan kenaikan gaji berkala pegawai BKPSDM TMT {bulan_depan} {tahun}',
      'Memverifikasi {n} berkas usulan kenaikan pangkat pegawai BKPSDM periode {periode_kp}{an}',
      'Menginput {n} usulan cuti pegawai BKPSDM pada aplikasi SIASN{an}',
      'Memproses usulan {layanan_internal} a.n. {rekan} ({n} dokumen)',
      'Menyusun {n} konsep surat izin cuti untuk ditandatangani Sekretaris{an}',
    ],
    proses: [
      'Berkoordinasi dengan Bidang Mutasi terkait status usulan kenaikan pangkat a.n. {rekan}',
      'Menyusun rekap usulan layanan kepegawaian internal BKPSDM bulan {bulan_lalu} per {tgl}',
      'Memeriksa kelengkapan berkas usulan cuti alasan penting a.n. {rekan}',
      'Mengonfirmasi sisa hak cuti tahunan a.n. {rekan} pada aplikasi SIASN',
      'Menjelaskan persyaratan {layanan_internal} kepada {rekan}',
      'Memperbaiki konsep surat {layanan_internal} a.n. {rekan} sesuai koreksi Kepala Sub Bagian',
    ],
  },
  'ku.adm.2': {
    topik: 'rekap kehadiran pegawai sebagai dasar TPP',
    hasil: [
      'Menyusun dan menyampaikan rekap kehadiran pegawai BKPSDM bulan {bulan_lalu} kepada Sub Bagian Keuangan sebagai dasar TPP',
    ],
    proses: [
      'Mengunduh data presensi elektronik pegawai BKPSDM periode {periode_presensi}',
      'Mencocokkan data izin, cuti dan dinas luar {unit_lain} dengan data presensi minggu ke-{minggu} {bulan}',
      'Menghitung potongan TPP akibat keterlambatan pegawai {unit_lain} bulan {bulan_lalu}',
      'Mengonfirmasi data ketidakhadiran a.n. {rekan} tanggal {tgl_lalu} kepada atasan langsungnya',
      'Menginput surat tugas dinas luar a.n. {rekan} ke lembar rekap kehadiran bulan {bulan}',
      'Memeriksa data presensi {unit_lain} yang tidak lengkap per {tgl}',
      'Menyusun rekap sementara kehadiran {unit_lain} minggu ke-{minggu} {bulan}',
    ],
  },
  'ku.adm.3': {
    topik: 'pemutakhiran data kepegawaian dan DUK',
    volume: [
      'Memutakhirkan data riwayat pangkat dan jabatan {n} pegawai BKPSDM pada SIASN{an}',
      'Memeriksa kesesuaian data {n} pegawai {unit_lain} antara DUK dan SIASN',
      'Memutakhirkan data {data_pegawai} {n} pegawai pada SIASN{an}',
    ],
    proses: [
      'Menyusun konsep DUK pegawai BKPSDM per {tgl}',
      'Memindai dokumen SK kenaikan pangkat a.n. {rekan} untuk arsip digital',
      'Memperbaiki data {data_pegawai} a.n. {rekan} yang berbeda antara DUK dan SIASN',
    ],
  },
  'ku.adm.4': {
    topik: 'inventarisasi barang milik daerah',
    hasil: ['Menyelesaikan laporan barang milik daerah BKPSDM {periode}'],
    proses: [
      'Melakukan pengecekan fisik barang milik daerah di {ruang} bersama {rekan_unit}',
      'Memutakhirkan kartu inventaris ruangan {ruang}',
      'Menginput mutasi barang milik daerah dari {ruang} pada aplikasi SIMDA BMD',
      'Memberi label kode barang pada {n_aset} aset baru di {ruang}',
    ],
  },
  'ku.adm.5': {
    topik: 'fasilitasi SKP pegawai BKPSDM pada e-Kinerja',
    volume: [
      'Memfasilitasi {n} pegawai {unit_lain} menyusun rencana aksi triwulan {tw} pada e-Kinerja',
      'Membantu {n} pegawai {unit_lain} memperbaiki isian realisasi SKP pada e-Kinerja',
    ],
    proses: [
      'Memantau status pengisian penilaian kinerja pegawai {unit_lain} per {tgl}',
      'Menyusun rekap pegawai {unit_lain} yang belum mengisi realisasi kinerja per {tgl}',
    ],
  },
  'ku.klk.1': {
    topik: 'agenda surat masuk dan keluar',
    volume: [
      'Mengagendakan {n} surat masuk dari {opd} dan instansi vertikal pada buku agenda',
      'Mencatat {n} surat keluar BKPSDM pada aplikasi Srikandi',
      'Menerima dan mengagendakan {n} surat masuk melalui Srikandi untuk didisposisikan',
    ],
    proses: [
      'Mendistribusikan surat masuk dari {opd} yang telah didisposisi kepada {bidang}',
      'Menyusun rekap surat masuk dan keluar BKPSDM minggu ke-{minggu} {bulan}',
    ],
  },
  'ku.klk.2': {
    topik: 'penataan arsip dinamis',
    volume: [
      'Menata {n} berkas arsip dinamis {bidang} sesuai klasifikasi arsip',
      'Memberi label dan memasukkan {n} berkas arsip {bidang} tahun {tahun_lalu} ke boks arsip nomor {nomor_boks}',
    ],
    proses: [
      'Menyusun daftar arsip inaktif {bidang} untuk dipindahkan ke ruang arsip',
      'Mencari kembali arsip surat keputusan yang diminta {opd}',
    ],
  },
  'ku.klk.3': {
    topik: 'berkas usulan layanan kepegawaian internal',
    volume: [
      'Menghimpun {n} berkas usulan kenaikan gaji berkala pegawai BKPSDM{an}',
      'Menghimpun {n} berkas usulan cuti dan izin pegawai BKPSDM bulan {bulan}',
    ],
    proses: ['Memeriksa kelengkapan fotokopi SK dan DP3/SKP pada berkas usulan a.n. {rekan}'],
  },
  'ku.klk.4': {
    topik: 'distribusi naskah dinas dan undangan',
    volume: [
      'Mendistribusikan {n} surat undangan rapat BKPSDM kepada {opd} dan perangkat daerah lain',
      'Mengirim {n} naskah dinas BKPSDM melalui Srikandi kepada perangkat daerah',
      'Mengantar {n} surat edaran Kepala BKPSDM ke {opd} dan kantor kecamatan {kec}',
    ],
    proses: ['Menyusun buku ekspedisi naskah dinas BKPSDM minggu ke-{minggu} {bulan}'],
  },
  'ku.op.1': {
    topik: 'input data kehadiran dan izin pegawai',
    hasil: ['Menyelesaikan rekap data kehadiran elektronik pegawai BKPSDM bulan {bulan_lalu}'],
    proses: [
      'Menginput surat izin dan dinas luar pegawai {unit_lain} tanggal {tgl} pada aplikasi presensi',
      'Memeriksa data mesin presensi yang tidak terbaca a.n. {rekan}',
      'Mengunduh log presensi elektronik pegawai {unit_lain} periode {periode_presensi}',
    ],
  },
  'ku.op.2': {
    topik: 'layanan front office BKPSDM',
    hasil: [
      'Menyelesaikan rekap buku tamu dan tanda terima berkas front office bulan {bulan_lalu}',
    ],
    proses: [
      'Melayani tamu dan penerimaan berkas usulan dari {opd} di front office',
      'Memberikan informasi persyaratan layanan {layanan} kepada ASN {opd}',
      'Mencatat tanda terima berkas usulan dari {opd} pada buku register front office',
    ],
  },
  'ku.op.3': {
    topik: 'penggunaan kendaraan dinas dan ruang rapat',
    hasil: [
      'Menyelesaikan laporan penggunaan kendaraan dinas dan ruang rapat BKPSDM bulan {bulan_lalu}',
    ],
    proses: [
      'Mengatur jadwal penggunaan {ruang} untuk rapat {bidang}',
      'Mencatat penggunaan {kendaraan} untuk perjalanan dinas ke {opd}',
      'Menyiapkan {ruang} untuk rapat koordinasi bersama {opd}',
    ],
  },
  'ku.op.4': {
    topik: 'publikasi informasi dan kegiatan BKPSDM',
    volume: [
      'Mengunggah {n} konten berita kegiatan {bidang} tanggal {tgl_lalu} pada laman resmi BKPSDM',
      'Membuat dan memublikasikan {n} konten informasi layanan {layanan} di {platform} BKPSDM',
    ],
    proses: [
      'Meliput kegiatan {pelatihan} untuk bahan berita laman BKPSDM',
      'Membalas pertanyaan warganet tentang layanan {layanan} di media sosial BKPSDM',
    ],
  },
  'ku.tek.1': {
    topik: 'pemeliharaan sarana dan prasarana gedung',
    hasil: [
      'Menyelesaikan laporan pemeliharaan sarana dan prasarana gedung BKPSDM bulan {bulan_lalu}',
    ],
    proses: [
      'Memperbaiki instalasi listrik dan lampu di {ruang}',
      'Membersihkan filter pendingin ruangan di {ruang}',
      'Memperbaiki kebocoran atap dan talang air di {ruang} bersama {rekan_unit}',
      'Memeriksa pompa air dan tandon gedung kantor BKPSDM bersama {rekan_unit}',
    ],
  },
  'ku.tek.2': {
    topik: 'pemeliharaan komputer, printer dan jaringan LAN',
    volume: [
      'Melakukan perawatan {n} unit {perangkat} di {ruang}',
      'Memperbaiki {n} unit {perangkat} yang bermasalah di {bidang}',
    ],
    proses: [
      'Memeriksa koneksi jaringan LAN dan access point di {ruang} atas laporan {rekan}',
      'Mengganti kabel LAN yang rusak di {ruang}',
    ],
  },
  'ku.tek.3': {
    topik: 'pemeliharaan kendaraan dinas',
    hasil: ['Menyelesaikan servis berkala {kendaraan} di bengkel rekanan'],
    proses: [
      'Memeriksa kondisi oli, ban dan aki {kendaraan} sebelum perjalanan dinas ke {opd}',
      'Mencuci dan merawat {kendaraan}',
      'Mengurus perpanjangan STNK {kendaraan} di Samsat Gianyar',
    ],
  },
  'ku.t.1': {
    topik: 'kepanitiaan peringatan hari besar nasional',
    hasil: ['Melaksanakan tugas panitia {hari_besar} di lingkungan BKPSDM'],
    proses: [
      'Mengikuti rapat panitia {hari_besar} BKPSDM',
      'Menyiapkan perlengkapan upacara {hari_besar} di halaman kantor BKPSDM',
    ],
  },
  'ku.t.2': {
    topik: 'piket layanan informasi kepegawaian',
    hasil: ['Menyusun laporan piket layanan informasi kepegawaian bulan {bulan_lalu}'],
    proses: [
      'Melaksanakan piket layanan informasi kepegawaian dan melayani ASN dari {opd}',
      'Menjawab pertanyaan ASN {opd} tentang layanan {layanan} melalui telepon dan WhatsApp kantor',
    ],
  },

  // ---------- Bidang Formasi, Pengembangan dan Pengangkatan Pegawai ----------
  'fo.madya.1': {
    topik: 'kajian kebutuhan ASN lima tahunan',
    hasil: ['Menyelesaikan dokumen kajian kebutuhan ASN lima tahunan Pemerintah Kabupaten Gianyar'],
    proses: [
      'Menganalisis proyeksi pensiun ASN {opd} lima tahun ke depan',
      'Menyusun bab proyeksi kebutuhan jabatan fungsional pada kajian kebutuhan ASN',
      'Membahas draf kajian kebutuhan ASN bersama Bappeda dan Bagian Organisasi',
    ],
  },
  'fo.madya.2': {
    topik: 'rekomendasi kebijakan manajemen talenta dan pola karier',
    hasil: ['Menyelesaikan dokumen rekomendasi kebijakan {kebijakan_talenta}'],
    proses: [
      'Mengkaji regulasi manajemen talenta ASN dan praktik baik kabupaten lain',
      'Menyusun draf kriteria talent pool untuk jabatan administrator',
      'Memaparkan konsep pola karier ASN kepada Kepala Bidang',
    ],
  },
  'fo.madya.3': {
    topik: 'evaluasi penerapan manajemen kinerja',
    hasil: ['Menyelesaikan laporan evaluasi penerapan manajemen kinerja ASN {periode}'],
    proses: [
      'Mengevaluasi penerapan dialog kinerja dan umpan balik di {opd}',
      'Menganalisis data keterlambatan penilaian kinerja per perangkat daerah',
      'Mewawancarai pengelola kinerja {opd} terkait kendala penerapan e-Kinerja',
    ],
  },
  'fo.muda.1': {
    topik: 'analisis jabatan dan analisis beban kerja',
    hasil: ['Menyelesaikan verifikasi dokumen anjab dan ABK {opd}'],
    proses: [
      'Memverifikasi uraian tugas dan hasil kerja jabatan pada dokumen anjab {opd}',
      'Menghitung beban kerja jabatan pelaksana {opd} berdasarkan data volume kerja',
      'Membahas hasil analisis beban kerja bersama pengelola kepegawaian {opd}',
      'Menginput hasil anjab dan ABK {opd} pada aplikasi e-Formasi',
      'Memperbaiki informasi faktor jabatan {jf} pada dokumen anjab {opd}',
    ],
  },
  'fo.muda.2': {
    topik: 'verifikasi usulan penetapan NIP CPNS dan NI PPPK',
    volume: [
      'Memverifikasi berkas usulan penetapan NI PPPK {n} orang formasi {jf}',
      'Memeriksa kesesuaian ijazah dan transkrip {n} orang CPNS formasi {jf} dengan persyaratan',
      'Memverifikasi data riwayat hidup {n} orang PPPK {opd} pada layanan SIASN',
    ],
    proses: [
      'Berkoordinasi dengan Kantor Regional X BKN Denpasar terkait usulan NI PPPK formasi {jf} yang dikembalikan',
      'Menyusun rekap hasil verifikasi usulan NIP CPNS dan NI PPPK per {tgl}',
      'Menghubungi {opd} terkait kekurangan berkas usulan NI PPPK formasi {jf}',
      'Memperbaiki data pendidikan PPPK formasi {jf} {opd} yang ditolak sistem SIASN',
    ],
  },
  'fo.muda.3': {
    topik: 'pendampingan SKP pada aplikasi e-Kinerja',
    hasil: [
      'Menyelesaikan pendampingan penyusunan SKP dan rencana aksi bagi pengelola kinerja {opd}',
    ],
    proses: [
      'Mendampingi pengelola kinerja {opd} menyusun matriks peran hasil pada e-Kinerja',
      'Menjadi narasumber coaching clinic e-Kinerja bagi ASN {opd}',
      'Menjawab konsultasi pengelola kinerja {opd} terkait penilaian perilaku kerja',
      'Menyusun bahan tayang pendampingan penyusunan SKP triwulan {tw} untuk {opd}',
      'Memeriksa matriks peran hasil {opd} dan memberi catatan perbaikan',
    ],
  },
  'fo.muda.4': {
    topik: 'rekapitulasi hasil penilaian kinerja ASN',
    hasil: ['Menyelesaikan laporan rekapitulasi hasil penilaian kinerja ASN {periode}'],
    proses: [
      'Mengunduh data hasil penilaian kinerja ASN {opd} dari aplikasi e-Kinerja',
      'Mengolah distribusi predikat kinerja ASN {opd} dan {opd2} triwulan {tw}',
      'Menyusun grafik ketepatan waktu penilaian kinerja per perangkat daerah per {tgl}',
      'Memeriksa kesesuaian pola distribusi predikat kinerja ASN {opd} dengan predikat organisasi',
    ],
  },
  'fo.muda.5': {
    topik: 'pengangkatan CPNS menjadi PNS',
    volume: [
      'Memproses {n} konsep SK pengangkatan PNS formasi {jf}',
      'Memeriksa kelengkapan berkas pengangkatan PNS {n} dokumen dari {opd}',
    ],
    proses: [
      'Memeriksa sertifikat pelatihan dasar CPNS {opd} sebagai syarat pengangkatan PNS',
      'Berkoordinasi dengan {opd} terkait surat keterangan sehat jasmani dan rohani CPNS',
    ],
  },
  'fo.pert.1': {
    topik: 'bahan peta jabatan',
    hasil: ['Menyelesaikan verifikasi dokumen peta jabatan {opd}'],
    proses: [
      'Menyusun bahan peta jabatan {opd} sesuai struktur organisasi terbaru',
      'Memeriksa informasi faktor jabatan {jf} {opd}',
      'Mencocokkan nomenklatur jabatan pelaksana {opd} dengan KepmenPAN-RB 11 Tahun 2024',
    ],
  },
  'fo.pert.2': {
    topik: 'pemberkasan dan usul penetapan NI PPPK',
    volume: [
      'Memeriksa pemberkasan {n} orang PPPK formasi {jf} hasil seleksi',
      'Mengunggah usul penetapan NI PPPK {n} orang formasi {jf} {opd} pada layanan SIASN',
    ],
    proses: [
      'Menyusun daftar PPPK {opd} yang belum melengkapi daftar riwayat hidup',
      'Melayani konsultasi peserta PPPK formasi {jf} terkait pemberkasan',
    ],
  },
  'fo.pert.3': {
    topik: 'validasi data penilaian kinerja pada e-Kinerja BKN',
    hasil: ['Menyelesaikan validasi data penilaian kinerja ASN {opd} pada e-Kinerja BKN'],
    proses: [
      'Memvalidasi kesesuaian pejabat penilai kinerja ASN {opd} pada e-Kinerja',
      'Menindaklanjuti data penilaian kinerja ganda ASN {opd} bersama helpdesk BKN',
      'Menyusun daftar ASN {opd} yang belum dinilai atasannya triwulan {tw}',
    ],
  },
  'fo.pert.4': {
    topik: 'usulan uji kompetensi kenaikan jenjang jabatan fungsional',
    volume: [
      'Memeriksa {n} berkas usulan uji kompetensi kenaikan jenjang {jf}',
      'Menghimpun {n} berkas usulan uji kompetensi jabatan fungsional dari {opd}',
    ],
    proses: [
      'Berkoordinasi dengan instansi pembina {jf} terkait jadwal uji kompetensi',
      'Menyusun rekap usulan uji kompetensi {jf} per {tgl}',
    ],
  },
  'fo.adm.1': {
    topik: 'berkas usul penetapan NIP CPNS dan NI PPPK',
    volume: [
      'Menghimpun {n} berkas usul penetapan NI PPPK dari {opd}',
      'Menyortir {n} berkas usul penetapan NIP CPNS formasi {jf}',
      'Mencatat penerimaan {n} berkas usul PPPK formasi {jf} pada buku register',
    ],
    proses: ['Menyusun daftar kekurangan berkas PPPK {opd} untuk dikonfirmasi'],
  },
  'fo.adm.2': {
    topik: 'rekap data formasi dan jabatan ASN',
    hasil: ['Menyelesaikan rekap data formasi dan jabatan ASN per perangkat daerah {periode}'],
    proses: [
      'Menginput data jabatan dan formasi ASN {opd} pada lembar rekap',
      'Mencocokkan data formasi {opd} dengan peta jabatan terbaru',
    ],
  },
  'fo.adm.3': {
    topik: 'persuratan Bidang Formasi, Pengembangan dan Pengangkatan Pegawai',
    volume: [
      'Mengagendakan {n} surat masuk Bidang FPP dari {opd}',
      'Mengetik {n} konsep surat keluar Bidang FPP terkait {layanan}',
      'Mengirim {n} surat Bidang FPP melalui aplikasi Srikandi',
    ],
    proses: ['Menyusun rekap surat masuk dan keluar Bidang FPP minggu ke-{minggu} {bulan}'],
  },
  'fo.klk.1': {
    topik: 'arsip berkas pengangkatan CPNS, PNS dan PPPK',
    volume: [
      'Mengarsipkan {n} berkas pengangkatan PPPK formasi {jf}',
      'Memindai {n} berkas SK pengangkatan PNS {opd} untuk arsip digital',
      'Menata {n} berkas CPNS tahun {tahun_lalu} formasi {jf} ke dalam boks arsip',
    ],
    proses: ['Menyusun daftar isi arsip berkas pengangkatan {opd}'],
  },
  'fo.klk.2': {
    topik: 'dokumen penilaian kinerja tahunan ASN',
    volume: [
      'Menghimpun {n} dokumen penilaian kinerja tahunan ASN dari {opd}',
      'Mencatat penerimaan {n} dokumen penilaian kinerja ASN {opd} pada buku register',
    ],
    proses: [
      'Menyusun daftar perangkat daerah yang belum menyampaikan dokumen penilaian kinerja per {tgl}',
    ],
  },
  'fo.t.1': {
    topik: 'kepanitiaan seleksi pengadaan ASN',
    hasil: [
      'Melaksanakan tugas panitia pada tahapan {tahapan_seleksi} pengadaan ASN Kabupaten Gianyar',
    ],
    proses: [
      'Mengikuti rapat panitia seleksi pengadaan ASN membahas {tahapan_seleksi}',
      'Menjawab pertanyaan pelamar seleksi PPPK melalui kanal helpdesk panitia',
    ],
  },
  'fo.t.2': {
    topik: 'tim pendamping coaching clinic e-Kinerja',
    hasil: ['Mendampingi peserta coaching clinic e-Kinerja dari {opd} dan {opd2}'],
    proses: [
      'Menyiapkan bahan praktik penyusunan rencana aksi untuk coaching clinic e-Kinerja {opd}',
    ],
  },
  'fo.kual.1': {
    topik: 'kajian kebutuhan ASN lima tahun ke depan',
    proses: [
      'Menyusun proyeksi kebutuhan ASN per jabatan untuk {opd} pada kajian kebutuhan ASN',
      'Membahas asumsi pertumbuhan layanan {opd} bersama Bappeda untuk kajian kebutuhan ASN',
      'Menulis bab metodologi dan sumber data kajian kebutuhan ASN',
      'Memaparkan draf kajian kebutuhan ASN kepada Kepala Bidang dan Bagian Organisasi',
    ],
  },
  'fo.kual.2': {
    topik: 'rekomendasi kebijakan manajemen talenta',
    proses: [
      'Menyusun bab {bab_naskah} naskah akademik rancangan Peraturan Bupati tentang manajemen talenta ASN',
      'Membahas kriteria nine box talenta jabatan {jenjang} bersama Bidang Mutasi',
      'Mengkaji praktik manajemen talenta di {kabupaten_lain}',
    ],
  },
  'fo.kual.3': {
    topik: 'pembinaan analis SDM aparatur',
    proses: [
      'Memberikan mentoring bulan {bulan} kepada analis SDM aparatur ahli pertama tentang {materi_mentoring}',
      'Mereviu rencana pengembangan kompetensi analis SDM aparatur Bidang FPP',
      'Membimbing analis SDM aparatur ahli muda menyusun telaahan {materi_mentoring}',
    ],
  },

  // ---------- Bidang Pendidikan, Pelatihan dan Informasi Pegawai ----------
  'di.madya.1': {
    topik: 'analisis kebutuhan pengembangan kompetensi',
    hasil: [
      'Menyelesaikan dokumen analisis kebutuhan pengembangan kompetensi ASN tahun {tahun_depan}',
    ],
    proses: [
      'Mengolah data kesenjangan kompetensi ASN {opd}',
      'Menyusun prioritas pelatihan teknis berdasarkan usulan {opd}',
    ],
  },
  'di.madya.2': {
    topik: 'evaluasi pasca pelatihan kepemimpinan',
    hasil: ['Menyelesaikan laporan evaluasi pasca pelatihan kepemimpinan {periode}'],
    proses: [
      'Mewawancarai atasan alumni pelatihan kepemimpinan di {opd}',
      'Mengolah kuesioner evaluasi pasca pelatihan kepemimpinan pengawas',
    ],
  },
  'di.muda.1': {
    topik: 'penyelenggaraan pelatihan dasar CPNS dan orientasi PPPK',
    volume: [
      'Memfasilitasi {n} peserta orientasi PPPK {opd} pada hari pembelajaran klasikal',
      'Memverifikasi kehadiran {n} peserta pelatihan dasar CPNS angkatan {angkatan}',
    ],
    proses: [
      'Menyusun jadwal pembelajaran pelatihan dasar CPNS angkatan {angkatan} minggu ke-{minggu}',
      'Berkoordinasi dengan BPSDM Provinsi Bali terkait kurikulum orientasi PPPK',
      'Menyiapkan surat tugas widyaiswara {pelatihan}',
    ],
  },
  'di.muda.2': {
    topik: 'verifikasi usulan tugas belajar dan izin belajar',
    volume: [
      'Memverifikasi {n} usulan izin belajar ASN {opd}',
      'Meneliti akreditasi program studi pada {n} dokumen usulan tugas belajar',
    ],
    proses: [
      'Menyusun konsep surat penolakan izin belajar ASN {opd} yang tidak sesuai kebutuhan jabatan',
      'Berkoordinasi dengan {opd} terkait rekomendasi atasan untuk izin belajar',
    ],
  },
  'di.muda.3': {
    topik: 'penyelenggaraan pelatihan teknis dan fungsional',
    hasil: ['Menyelenggarakan {pelatihan} di Aula BKPSDM'],
    proses: [
      'Menyusun kerangka acuan {pelatihan}',
      'Menghubungi narasumber {pelatihan}',
      'Menyusun laporan pelaksanaan {pelatihan}',
    ],
  },
  'di.muda.4': {
    topik: 'ujian penyesuaian kenaikan pangkat dan pencantuman gelar',
    volume: [
      'Memverifikasi berkas ujian penyesuaian kenaikan pangkat {n} orang ASN {opd}',
      'Memproses usulan pencantuman gelar {n} orang ASN {opd}',
    ],
    proses: ['Menyusun daftar peserta ujian penyesuaian kenaikan pangkat periode {bulan}'],
  },
  'di.pert.1': {
    topik: 'verifikasi data jam pelajaran pengembangan kompetensi pada SIASN',
    volume: [
      'Memverifikasi {n} data riwayat pelatihan ASN {opd} pada SIASN',
      'Memvalidasi {n} data jam pelajaran pengembangan kompetensi ASN {opd}',
    ],
    proses: [
      'Menyusun rekap pemenuhan 20 jam pelajaran ASN {opd} per {bulan}',
      'Menghubungi pengelola kepegawaian {opd} terkait sertifikat pelatihan yang belum diunggah',
    ],
  },
  'di.pert.2': {
    topik: 'pembelajaran daring e-learning dan ASN Corpu',
    hasil: ['Memfasilitasi kelas daring {kelas_daring} pada platform ASN Corporate University'],
    proses: [
      'Mengunggah materi {kelas_daring} pada platform e-learning BKPSDM',
      'Memantau progres peserta {kelas_daring} pada LMS ASN Corpu',
      'Menyusun rekap kelulusan peserta {kelas_daring}',
    ],
  },
  'di.pert.3': {
    topik: 'usulan izin belajar dan tugas belajar',
    volume: [
      'Memproses {n} usulan izin belajar ASN {opd}',
      'Menyusun {n} konsep surat izin belajar ASN {opd}',
    ],
    proses: ['Menginput data izin belajar ASN {opd} yang telah terbit pada lembar rekap bidang'],
  },
  'di.pert.4': {
    topik: 'laporan evaluasi penyelenggaraan pelatihan',
    hasil: ['Menyelesaikan laporan evaluasi penyelenggaraan {pelatihan}'],
    proses: [
      'Mengolah hasil evaluasi peserta terhadap penyelenggaraan {pelatihan} ({aspek_evaluasi})',
      'Menyusun rekomendasi perbaikan penyelenggaraan {pelatihan} ({aspek_evaluasi})',
    ],
  },
  'di.pk1.1': {
    topik: 'pemutakhiran data ASN pada SIASN dan SIMPEG',
    volume: [
      'Memverifikasi {n} usulan pemutakhiran data mandiri ASN {opd} pada SIASN',
      'Menyinkronkan {n} data ASN {opd} antara SIMPEG daerah dan SIASN',
    ],
    proses: [
      'Menyusun daftar data ASN {opd} yang tidak sinkron antara SIASN dan SIMPEG',
      'Berkoordinasi dengan helpdesk BKN terkait data ASN {opd} yang terkunci',
    ],
  },
  'di.pk1.2': {
    topik: 'layanan pengaduan e-Kinerja dan SIASN',
    proses: [
      'Menyelesaikan tiket pengaduan ASN {opd} terkait lupa kata sandi e-Kinerja',
      'Menangani kendala ASN {opd} yang tidak dapat mengisi realisasi SKP pada e-Kinerja',
      'Meneruskan tiket pengaduan data SIASN ASN {opd} ke helpdesk BKN',
      'Menyusun rekap tiket pengaduan e-Kinerja dan SIASN minggu ke-{minggu} {bulan}',
      'Memperbaiki relasi atasan-bawahan ASN {opd} pada e-Kinerja sesuai permintaan pengelola kinerja',
    ],
  },
  'di.pk1.3': {
    topik: 'pemeliharaan server dan aplikasi kepegawaian',
    hasil: [
      'Menyelesaikan laporan pemeliharaan server dan aplikasi kepegawaian bulan {bulan_lalu}',
    ],
    proses: [
      'Memperbarui patch keamanan pada {server}',
      'Memantau kapasitas penyimpanan dan log galat {server}',
      'Menguji pemulihan cadangan basis data {basis_data} pada server uji',
      'Memperbarui konfigurasi {server} setelah pemeliharaan tanggal {tgl}',
    ],
  },
  'di.pkt.1': {
    topik: 'input data riwayat ASN pada SIMPEG daerah',
    volume: [
      'Menginput {n} data riwayat jabatan ASN {opd} pada SIMPEG daerah',
      'Menginput {n} data riwayat pangkat dan pendidikan ASN {opd} pada SIMPEG',
    ],
    proses: ['Memindai dokumen SK ASN {opd} untuk dilampirkan pada SIMPEG'],
  },
  'di.pkt.2': {
    topik: 'pemeliharaan jaringan dan perangkat layanan informasi',
    hasil: [
      'Menyelesaikan laporan pemeliharaan jaringan dan perangkat layanan informasi bulan {bulan_lalu}',
    ],
    proses: [
      'Memeriksa switch dan kabel jaringan di ruang server BKPSDM setelah gangguan tanggal {tgl}',
      'Memasang ulang sistem operasi {perangkat} di ruang layanan informasi',
      'Mengatur ulang access point di {ruang}',
    ],
  },
  'di.pkt.3': {
    topik: 'pencadangan basis data kepegawaian',
    volume: [
      'Melakukan pencadangan basis data {basis_data} ke {media_cadangan}',
      'Mencadangkan basis data {basis_data} dan memeriksa hasil pemulihannya',
    ],
    proses: ['Memeriksa integritas berkas cadangan basis data {basis_data} tanggal {tgl_lalu}'],
  },
  'di.op.1': {
    topik: 'input data peserta pelatihan',
    volume: [
      'Menginput data {n} orang peserta {pelatihan} pada aplikasi pengembangan kompetensi',
      'Memutakhirkan data kelulusan {n} orang peserta {pelatihan}',
    ],
    proses: ['Mencetak daftar hadir peserta {pelatihan}'],
  },
  'di.op.2': {
    topik: 'layanan permintaan data kepegawaian',
    volume: [
      'Melayani {n} permintaan data ASN dari {opd}',
      'Menyiapkan {n} layanan data rekap ASN {rekap_data} untuk {opd}',
    ],
    proses: ['Menyusun rekap permintaan data kepegawaian bulan {bulan_lalu}'],
  },
  'di.op.3': {
    topik: 'dokumentasi penyelenggaraan pelatihan',
    hasil: ['Menyelesaikan laporan dokumentasi {pelatihan}'],
    proses: [
      'Mendokumentasikan pembukaan {pelatihan} dalam foto dan video',
      'Memilih dan menyunting foto kegiatan {pelatihan} untuk laporan',
    ],
  },
  'di.tek.1': {
    topik: 'pemeliharaan perangkat pendukung pelatihan',
    hasil: ['Menyelesaikan laporan pemeliharaan perangkat pendukung pelatihan bulan {bulan_lalu}'],
    proses: [
      'Memeriksa proyektor dan pengeras suara di {ruang} sebelum {pelatihan}',
      'Mengganti lampu proyektor di {ruang}',
      'Menata {ruang} dan perangkat presentasi untuk {pelatihan}',
    ],
  },
  'di.tek.2': {
    topik: 'dukungan jaringan ujian CAT dan pelatihan daring',
    hasil: ['Menyiapkan jaringan dan perangkat untuk {kegiatan_cat}'],
    proses: [
      'Menguji koneksi internet dan {n_aset} perangkat ruang ujian CAT BKPSDM untuk {kegiatan_cat}',
      'Memasang kamera dan mikrofon untuk {kelas_daring} di {ruang}',
    ],
  },
  'di.t.1': {
    topik: 'kepanitiaan ujian CAT BKN',
    hasil: ['Melaksanakan tugas panitia pada {kegiatan_cat}'],
    proses: [
      'Mengikuti rapat persiapan {kegiatan_cat}',
      'Menyiapkan daftar hadir dan tata tertib peserta {kegiatan_cat}',
    ],
  },
  'di.t.2': {
    topik: 'kepanitiaan pelatihan dasar CPNS',
    hasil: ['Melaksanakan tugas panitia pelatihan dasar CPNS angkatan {angkatan}'],
    proses: [
      'Menyiapkan perlengkapan kelas pelatihan dasar CPNS angkatan {angkatan} untuk minggu ke-{minggu}',
      'Mengikuti rapat panitia pelatihan dasar CPNS angkatan {angkatan} membahas {agenda_panitia}',
    ],
  },
  'di.kual.1': {
    topik: 'analisis kebutuhan pengembangan kompetensi (AKPK)',
    proses: [
      'Menganalisis hasil AKPK ASN {opd} yang telah divalidasi atasan',
      'Menyusun peta kesenjangan kompetensi teknis ASN {opd}',
      'Membahas rencana pengembangan kompetensi tahun {tahun_depan} bersama {opd}',
    ],
  },
  'di.kual.2': {
    topik: 'evaluasi dampak pelatihan kepemimpinan',
    proses: [
      'Melakukan wawancara evaluasi level 3 dengan alumni pelatihan kepemimpinan di {opd}',
      'Menganalisis perubahan perilaku kerja alumni pelatihan kepemimpinan administrator',
      'Menyusun bahan paparan hasil evaluasi dampak pelatihan kepemimpinan',
    ],
  },
  'di.kual.3': {
    topik: 'integrasi data pengembangan kompetensi dengan SIASN',
    proses: [
      'Mereviu kelengkapan riwayat pelatihan ASN {opd} pada SIASN',
      'Merumuskan alur unggah sertifikat pelatihan mandiri ASN ke SIASN',
      'Berkoordinasi dengan Kantor Regional X BKN Denpasar terkait integrasi data pelatihan',
    ],
  },

  // ---------- Bidang Mutasi dan Kedudukan Hukum ----------
  'mu.madya.1': {
    topik: 'telaahan kebijakan mutasi dan promosi',
    hasil: ['Menyelesaikan telaahan staf tentang {telaahan_mutasi}'],
    proses: [
      'Menganalisis usulan mutasi pejabat {opd} terhadap kualifikasi jabatan',
      'Menyusun bahan telaahan rotasi jabatan administrator',
    ],
  },
  'mu.madya.2': {
    topik: 'telaahan kasus disiplin dan sengketa kepegawaian',
    hasil: ['Menyelesaikan telaahan hukum kasus {kasus} ASN {opd}'],
    proses: [
      'Mempelajari berkas pemeriksaan kasus {kasus} ASN {opd}',
      'Menganalisis ketentuan PP 94 Tahun 2021 terkait kasus {kasus}',
    ],
  },
  'mu.madya.3': {
    topik: 'evaluasi kesesuaian kompetensi pejabat (talent pool)',
    hasil: ['Menyelesaikan laporan evaluasi kesesuaian kompetensi pejabat {periode}'],
    proses: [
      'Mengolah hasil uji kompetensi pejabat pengawas untuk pemetaan talent pool',
      'Menyusun profil kompetensi pejabat administrator {opd}',
    ],
  },
  'mu.muda.1': {
    topik: 'verifikasi usulan kenaikan pangkat',
    volume: [
      'Memverifikasi usulan kenaikan pangkat periode {periode_kp} {n} orang ASN {opd}',
      'Meneliti kelengkapan berkas kenaikan pangkat pilihan {n} orang ASN {opd}',
    ],
    proses: [
      'Menyusun rekap usulan kenaikan pangkat periode {periode_kp} yang dikembalikan BKN',
      'Berkoordinasi dengan {opd} terkait kekurangan SKP dua tahun terakhir',
    ],
  },
  'mu.muda.2': {
    topik: 'usulan pensiun dan pemberhentian',
    volume: [
      'Memproses usulan pensiun batas usia {n} orang ASN {opd}',
      'Memverifikasi berkas pemberhentian dengan hormat {n} orang ASN {opd}',
    ],
    proses: [
      'Menyusun daftar ASN yang mencapai batas usia pensiun tahun {tahun_depan}',
      'Berkoordinasi dengan PT Taspen Denpasar terkait usulan pensiun ASN {opd}',
    ],
  },
  'mu.muda.3': {
    topik: 'seleksi terbuka dan uji kompetensi',
    hasil: ['Melaksanakan {seleksi_jabatan}'],
    proses: [
      'Menyusun pengumuman dan jadwal {seleksi_jabatan} {tahap_seleksi}',
      'Memverifikasi berkas administrasi pelamar {seleksi_jabatan} dari {opd}',
      'Menyiapkan bahan rapat panitia {seleksi_jabatan}',
    ],
  },
  'mu.muda.4': {
    topik: 'pemeriksaan dan rekomendasi hukuman disiplin',
    hasil: ['Menyelesaikan rekomendasi hukuman disiplin ASN {opd}'],
    proses: [
      'Memeriksa ASN {opd} yang diduga melakukan {kasus}',
      'Menyusun konsep berita acara pemeriksaan dugaan {kasus} ASN {opd}',
    ],
  },
  'mu.muda.5': {
    topik: 'usulan mutasi dan pindah antarinstansi',
    volume: [
      'Memproses {n} usulan mutasi ASN dari {opd} ke {opd2}',
      'Memverifikasi {n} berkas pindah antarinstansi ASN masuk ke Kabupaten Gianyar',
    ],
    proses: ['Berkoordinasi dengan {bkd_asal} terkait pindah masuk ASN ke {opd}'],
  },
  'mu.pert.1': {
    topik: 'bahan SK kenaikan pangkat',
    volume: [
      'Menyusun {n} konsep SK kenaikan pangkat ASN {opd} berdasarkan Pertek BKN',
      'Memeriksa kesesuaian data {n} konsep SK kenaikan pangkat ASN {opd} dengan Pertek BKN',
    ],
    proses: [
      'Mengunduh Pertimbangan Teknis kenaikan pangkat periode {periode_kp} ASN {opd} dari SIASN',
    ],
  },
  'mu.pert.2': {
    topik: 'bahan pemeriksaan dan BAP disiplin',
    hasil: ['Menyelesaikan berita acara pemeriksaan dugaan {kasus} ASN {opd}'],
    proses: [
      'Menyiapkan surat panggilan pemeriksaan ASN {opd}',
      'Menghimpun bukti pendukung dugaan {kasus} dari {opd}',
    ],
  },
  'mu.pert.3': {
    topik: 'bahan pelantikan dan sumpah jabatan',
    hasil: ['Menyiapkan pelantikan dan pengambilan sumpah {pelantikan}'],
    proses: [
      'Menyusun naskah berita acara pelantikan {pelantikan} {tahap_seleksi}',
      'Menyiapkan daftar hadir dan petikan SK {pelantikan} dari {opd}',
    ],
  },
  'mu.pert.4': {
    topik: 'usulan Karis, Karsu, Karpeg dan Taspen',
    volume: [
      'Memproses {n} usulan Karis dan Karsu ASN {opd}',
      'Mengunggah {n} usulan kartu pegawai elektronik ASN {opd} pada SIASN',
      'Memverifikasi {n} berkas klaim Taspen ASN {opd}',
    ],
    proses: ['Menyusun rekap usulan Karis, Karsu dan Karpeg per {tgl}'],
  },
  'mu.pert.5': {
    topik: 'pendampingan hukum sengketa kepegawaian',
    hasil: ['Menyelesaikan pendampingan hukum sengketa kepegawaian ASN {opd}'],
    proses: [
      'Menyusun konsep jawaban atas gugatan ASN {opd} di PTUN Denpasar',
      'Mendampingi Kepala Bidang pada sidang sengketa kepegawaian ASN {opd} di PTUN Denpasar',
    ],
  },
  'mu.adm.1': {
    topik: 'berkas usul kenaikan pangkat dan pensiun',
    volume: [
      'Menghimpun {n} berkas usul kenaikan pangkat periode {periode_kp} dari {opd}',
      'Menerima dan mencatat {n} berkas usul pensiun dari {opd}',
    ],
    proses: ['Menyusun daftar berkas usul kenaikan pangkat {opd} yang belum lengkap'],
  },
  'mu.adm.2': {
    topik: 'registrasi SK mutasi dan kenaikan pangkat',
    volume: [
      'Meregistrasi {n} SK kenaikan pangkat periode {periode_kp} dan mendistribusikannya ke {opd}',
      'Mencatat {n} SK mutasi pada buku register SK Bidang Mutasi',
    ],
    proses: ['Menyusun tanda terima SK kenaikan pangkat untuk {opd}'],
  },
  'mu.adm.3': {
    topik: 'laporan hukuman disiplin dan LHKASN',
    hasil: ['Menyelesaikan rekap laporan hukuman disiplin dan LHKASN perangkat daerah {periode}'],
    proses: [
      'Menghimpun laporan hukuman disiplin dari {opd}',
      'Memantau kepatuhan penyampaian LHKASN pejabat {opd} per {tgl}',
    ],
  },
  'mu.klk.1': {
    topik: 'arsip berkas kenaikan pangkat, mutasi dan pensiun',
    volume: [
      'Mengarsipkan {n} berkas kenaikan pangkat periode {periode_kp} dari {opd}',
      'Menata {n} berkas pensiun ASN {opd} tahun {tahun} ke dalam boks arsip',
    ],
    proses: ['Mencari kembali berkas mutasi ASN yang diminta {opd}'],
  },
  'mu.klk.2': {
    topik: 'distribusi undangan pelantikan dan SK jabatan',
    volume: [
      'Mendistribusikan {n} undangan {pelantikan} kepada pejabat yang dilantik di {opd}',
      'Mengantar {n} petikan SK jabatan ke {opd}',
    ],
    proses: ['Menyusun tanda terima undangan {pelantikan} tanggal {tgl}'],
  },
  'mu.op.1': {
    topik: 'input usulan kenaikan pangkat dan pensiun pada SIASN',
    volume: [
      'Menginput {n} usulan kenaikan pangkat periode {periode_kp} ASN {opd} pada layanan SIASN',
      'Mengunggah dokumen {n} usulan pensiun ASN {opd} pada layanan SIASN',
    ],
    proses: ['Memeriksa status usulan kenaikan pangkat ASN {opd} yang berstatus BTS pada SIASN'],
  },
  'mu.op.2': {
    topik: 'pemutakhiran data jabatan hasil pelantikan pada SIASN',
    volume: [
      'Memutakhirkan {n} data jabatan hasil pelantikan pejabat {opd} pada SIASN',
      'Menginput {n} data riwayat jabatan pelaksana {opd} pada SIASN',
    ],
    proses: ['Mencocokkan daftar {pelantikan} yang dilantik dengan data jabatan pada SIASN'],
  },
  'mu.t.1': {
    topik: 'bahan sidang Tim Penilai Kinerja PNS',
    hasil: ['Menyelesaikan bahan sidang Tim Penilai Kinerja PNS {periode}'],
    proses: ['Menghimpun profil calon pejabat dari {opd} untuk bahan sidang Tim Penilai Kinerja'],
  },
  'mu.t.2': {
    topik: 'notula sidang Tim Penilai Kinerja PNS',
    hasil: ['Menyelesaikan notula sidang Tim Penilai Kinerja PNS {periode}'],
    proses: [
      'Mencatat jalannya sidang Tim Penilai Kinerja PNS membahas usulan dari {opd} dan {opd2}',
    ],
  },
  'mu.kual.1': {
    topik: 'pertimbangan hukum kasus disiplin dan sengketa kepegawaian',
    proses: [
      'Menyusun pertimbangan hukum atas kasus {kasus} ASN {opd}',
      'Mereviu konsep keputusan hukuman disiplin berat sebelum sidang',
      'Mengkaji putusan PTUN terkait sengketa kepegawaian sebagai bahan pertimbangan',
    ],
  },
  'mu.kual.2': {
    topik: 'rancangan kebijakan pola mutasi dan rotasi',
    proses: [
      'Menyusun kriteria rotasi jabatan berbasis kompetensi, kinerja dan rekam jejak',
      'Membahas rancangan pola mutasi ASN bersama Tim Penilai Kinerja PNS',
      'Mengkaji data masa jabatan pejabat administrator {opd} untuk rancangan pola rotasi',
    ],
  },
  'mu.kual.t': {
    topik: 'keanggotaan Tim Penilai Kinerja PNS',
    proses: [
      'Menyiapkan pertimbangan hukum untuk sidang Tim Penilai Kinerja PNS',
      'Mengikuti sidang Tim Penilai Kinerja PNS membahas usulan dari {opd}',
    ],
  },
}

/** Generic steps any staff member takes on an RHK, around its {topik}. */
export const STAFF_PROSES: readonly string[] = [
  'Berkoordinasi dengan {mitra} terkait {topik}',
  'Mengikuti rapat internal {unit} membahas {topik} minggu ke-{minggu} {bulan}',
  'Menyiapkan bahan laporan perkembangan {topik} untuk atasan per {tgl}',
  'Menindaklanjuti disposisi atasan tanggal {tgl_lalu} mengenai {topik}',
  'Memperbaiki konsep dokumen {topik} bersama {rekan_unit} sesuai koreksi atasan',
  'Menyusun konsep surat kepada {mitra} terkait {topik}',
  'Mempelajari ketentuan terbaru terkait {topik} bersama {rekan_unit}',
]

/** Generic steps of a unit head, around an RHK's {topik}. */
export const LEADER_PROSES: readonly string[] = [
  'Memimpin rapat koordinasi {topik} bersama staf {unit} minggu ke-{minggu} {bulan}',
  'Memeriksa dan memaraf konsep surat kepada {mitra} terkait {topik}',
  'Memberikan arahan kepada {bawahan} mengenai {topik}',
  'Melaporkan perkembangan {topik} kepada {atasan} per {tgl}',
  'Mengikuti rapat pimpinan BKPSDM minggu ke-{minggu} {bulan} membahas {topik}',
  'Memantau capaian {topik} per {tgl}',
]

/** Rencana aksi that are steps rather than results (target in Kegiatan), per RHK {topik}. */
export const RENCANA_AKSI_PROSES: readonly string[] = [
  'Koordinasi, pengumpulan bahan dan tindak lanjut {topik}',
  'Pengolahan data dan penyusunan bahan {topik}',
  'Pelaksanaan kegiatan pendukung {topik}',
]

/** Activities outside any RHK (flagged "unlinked"): apel, sosialisasi, acara kantor. */
export const UNLINKED_ACTIVITIES: readonly string[] = [
  'Mengikuti apel pagi dan pembinaan pegawai oleh {pembina} di halaman kantor BKPSDM',
  'Mengikuti upacara Hari Kesadaran Nasional di Lapangan Astina Gianyar',
  'Mengikuti senam kesegaran jasmani bersama pegawai BKPSDM',
  'Mengikuti kegiatan Jumat bersih di lingkungan kantor BKPSDM',
  'Mengikuti sosialisasi {sosialisasi} di {ruang}',
  'Mengikuti webinar {webinar}',
  'Membantu persiapan {acara} di Aula BKPSDM',
  'Menghadiri undangan {acara} mewakili {unit}',
  'Mengikuti persembahyangan bersama serangkaian piodalan di Padmasana kantor BKPSDM',
  'Membantu rekan di {unit} merapikan ruang kerja setelah renovasi',
  'Mengikuti pemeriksaan kesehatan berkala pegawai oleh Puskesmas Gianyar I',
]

/** Whole descriptions that say nothing (flagged "vague"); a few people write them. */
export const VAGUE_DESCRIPTIONS: readonly string[] = [
  'Rapat',
  'Koordinasi',
  'Rapat koordinasi',
  'Tugas kantor',
  'Melaksanakan tugas',
  'Apel pagi',
  'Administrasi',
  'Membantu atasan',
]

/** One text several colleagues paste day after day (flagged "duplicate" at read time). */
export const PASTED_TEXT = {
  /** By name: three Bidang Mutasi staff share the text. */
  names: ['I Komang Sumerta', 'I Made Rai Sutrisna', 'Ni Wayan Sumadi'],
  text: 'Melaksanakan tugas administrasi di Bidang Mutasi dan Kedudukan Hukum sesuai arahan pimpinan',
  /** Days (per person) on which it replaces the first activity. */
  daysEach: 9,
} as const

/** Demo behaviour by person (names from demo-people.ts). */
export const HABITUAL_SKIPPERS: readonly string[] = [
  'I Wayan Mertayasa',
  'I Komang Sumerta',
  'I Kadek Yoga Pratama',
]
/** Often record their activities days later. */
export const LATE_RECORDERS: readonly string[] = [
  'Ni Wayan Sumadi',
  'I Made Rai Sutrisna',
  'I Ketut Mudana',
  'I Nyoman Sudarma',
]
/** Now and then write "Rapat" or "Tugas kantor" as the whole description. */
export const VAGUE_WRITERS: readonly string[] = [
  'I Wayan Mertayasa',
  'I Kadek Yoga Pratama',
  'I Ketut Mudana',
]
/** Log a meeting that overlaps another activity on a few days (flagged "overlap"). */
export const OVERLAP_LOGGERS: readonly string[] = [
  'I Wayan Sudiarsa',
  'Ni Made Sulastri',
  'I Gusti Ngurah Agung Wirawan',
]
export const OVERLAP_MEETING =
  'Mengikuti rapat koordinasi {topik} di ruang rapat {unit} (disela pekerjaan lain)'

/**
 * A CAT selection on a Saturday (a non-working day): the panitia log one long day (flagged
 * "too_long"). Everyone whose RHK text contains `rhkText` takes part.
 */
export const WEEKEND_EVENT = {
  date: '2026-09-12',
  rhkText: 'Computer Assisted Test',
  startTime: '06:30',
  endTime: '17:30',
  description:
    'Melaksanakan tugas panitia seleksi kompetensi PPPK tahap II dengan metode CAT BKN sesi 1 sampai 4 di UPT CAT BKPSDM Gianyar',
} as const

/** Who each unit deals with day to day ({mitra}); units not listed deal with perangkat daerah. */
export const MITRA: Readonly<Partial<Record<string, readonly string[]>>> = {
  sekretariat: ['Bappeda', 'BPKAD', 'Inspektorat', 'Bidang FPP', 'Bidang PPIP', 'Bidang Mutasi'],
  keuangan: [
    'BPKAD',
    'Bappeda',
    'Inspektorat',
    'PPTK Bidang FPP',
    'PPTK Bidang PPIP',
    'PPTK Bidang Mutasi',
    'Sub Bagian Kepegawaian dan Umum',
  ],
  kepegawaian: [
    'Bidang FPP',
    'Bidang PPIP',
    'Bidang Mutasi',
    'Sub Bagian Keuangan dan Perencanaan',
    'Sekretariat',
    'Diskominfo',
  ],
}

/** Slot values. */
export const SLOTS: Readonly<Record<string, readonly string[]>> = {
  opd: [
    'Dinas Pendidikan, Kepemudaan dan Olahraga',
    'Dinas Kesehatan',
    'RSUD Sanjiwani',
    'Dinas Pekerjaan Umum dan Penataan Ruang',
    'Dinas Sosial',
    'Dinas Pariwisata',
    'Dinas Kependudukan dan Pencatatan Sipil',
    'Dinas Perhubungan',
    'Dinas Lingkungan Hidup',
    'Dinas Pertanian dan Ketahanan Pangan',
    'Dinas Koperasi, UKM dan Perdagangan',
    'Dinas Kebudayaan',
    'Dinas Komunikasi dan Informatika',
    'Dinas Perindustrian dan Tenaga Kerja',
    'Dinas Pemberdayaan Masyarakat dan Desa',
    'Dinas Perumahan Rakyat dan Kawasan Permukiman',
    'Dinas Penanaman Modal dan PTSP',
    'Dinas Perpustakaan dan Kearsipan',
    'Dinas Perikanan',
    'Dinas Pengendalian Penduduk dan KB',
    'Bappeda',
    'BPKAD',
    'Bapenda',
    'Inspektorat',
    'Satpol PP',
    'BPBD',
    'Badan Kesbangpol',
    'Sekretariat Daerah',
    'Sekretariat DPRD',
    'Kecamatan Gianyar',
    'Kecamatan Blahbatuh',
    'Kecamatan Sukawati',
    'Kecamatan Ubud',
    'Kecamatan Tegallalang',
    'Kecamatan Tampaksiring',
    'Kecamatan Payangan',
    'Puskesmas Ubud I',
    'Puskesmas Sukawati II',
    'Puskesmas Tegallalang I',
    'Puskesmas Blahbatuh II',
    'UPTD Puskesmas Payangan',
    'Kelurahan Beng',
  ],
  kec: ['Gianyar', 'Blahbatuh', 'Sukawati', 'Ubud', 'Tegallalang', 'Tampaksiring', 'Payangan'],
  belanja: [
    'alat tulis kantor',
    'makan minum rapat',
    'perjalanan dinas dalam daerah',
    'perjalanan dinas luar daerah',
    'jasa tenaga pendukung',
    'pemeliharaan kendaraan dinas',
    'langganan listrik, air dan internet',
    'cetak dan penggandaan',
    'honorarium narasumber',
    'bahan bakar minyak',
    'pemeliharaan gedung kantor',
    'sewa tenda dan kursi',
  ],
  unit_lain: [
    'Sekretariat',
    'Sub Bagian Keuangan dan Perencanaan',
    'Sub Bagian Kepegawaian dan Umum',
    'Bidang FPP',
    'Bidang PPIP',
    'Bidang Mutasi',
  ],
  bidang: [
    'Sekretariat',
    'Bidang Formasi, Pengembangan dan Pengangkatan Pegawai',
    'Bidang Pendidikan, Pelatihan dan Informasi Pegawai',
    'Bidang Mutasi dan Kedudukan Hukum',
  ],
  pelatihan: [
    'Pelatihan Dasar CPNS Angkatan I',
    'Pelatihan Dasar CPNS Angkatan II',
    'Orientasi PPPK Tahun 2026',
    'Bimbingan Teknis Penyusunan SKP',
    'Pelatihan Pengadaan Barang/Jasa Pemerintah',
    'Pelatihan Analisis Jabatan',
    'Bimbingan Teknis SIASN bagi Pengelola Kepegawaian',
    'Pelatihan Kearsipan Dinamis',
    'Pelatihan Pelayanan Prima',
    'Pelatihan Penulisan Naskah Dinas',
    'Pelatihan Kepemimpinan Pengawas',
    'Pelatihan Literasi Digital ASN',
    'Bimbingan Teknis Pengelolaan Keuangan Daerah',
    'Pelatihan Public Speaking bagi Pejabat Fungsional',
  ],
  jf: [
    'Guru Ahli Pertama',
    'Perawat Ahli Pertama',
    'Bidan Terampil',
    'Penata Kelola Sistem dan Teknologi Informasi',
    'Analis Kebijakan Ahli Muda',
    'Penyuluh Pertanian Ahli Pertama',
    'Pranata Komputer Ahli Pertama',
    'Pengelola Pengadaan Barang/Jasa',
    'Dokter Ahli Pertama',
    'Apoteker Ahli Pertama',
    'Pengadministrasi Perkantoran',
    'Operator Layanan Operasional',
    'Penata Layanan Operasional',
    'Arsiparis Terampil',
    'Pamong Budaya Ahli Pertama',
  ],
  ruang: [
    'ruang rapat Sekretariat',
    'Aula BKPSDM',
    'ruang arsip',
    'ruang front office',
    'ruang Bidang Mutasi',
    'ruang Bidang FPP',
    'ruang Bidang PPIP',
    'ruang server',
    'ruang Sub Bagian Keuangan',
    'ruang kelas pelatihan',
  ],
  kendaraan: [
    'mobil dinas Kepala Badan',
    'mobil operasional Sekretariat',
    'mobil operasional Bidang Mutasi',
    'mobil operasional Bidang PPIP',
    'sepeda motor dinas kurir surat',
    'mobil operasional Bidang FPP',
  ],
  perangkat: ['komputer', 'printer', 'laptop', 'pemindai dokumen', 'UPS', 'monitor'],
  layanan: [
    'kenaikan pangkat',
    'pensiun',
    'cuti',
    'izin belajar',
    'mutasi',
    'pencantuman gelar',
    'Karis dan Karsu',
    'kenaikan gaji berkala',
    'pemutakhiran data SIASN',
  ],
  dokumen_perencanaan: [
    'Rencana Kerja BKPSDM tahun {tahun_depan}',
    'Perjanjian Kinerja BKPSDM tahun {tahun}',
    'laporan capaian kinerja BKPSDM triwulan {tw}',
    'LKjIP BKPSDM tahun {tahun_lalu}',
    'Rencana Aksi Perjanjian Kinerja BKPSDM',
    'reviu Renstra BKPSDM 2026–2031',
  ],
  dokumen_rka: ['Rencana Kerja tahun {tahun_depan}', 'RKA perubahan tahun {tahun}'],
  bab_lkjip: ['II (Perencanaan Kinerja)', 'III (Akuntabilitas Kinerja)'],
  periode_presensi: ['1–15 {bulan}', '16–akhir {bulan_lalu}'],
  area_zi: [
    'manajemen perubahan',
    'penataan tata laksana',
    'penataan sistem manajemen SDM',
    'penguatan akuntabilitas kinerja',
    'penguatan pengawasan',
    'peningkatan kualitas pelayanan publik',
  ],
  merit: [
    'perencanaan kebutuhan',
    'pengadaan',
    'pengembangan karier',
    'promosi dan mutasi',
    'manajemen kinerja',
    'penggajian, penghargaan dan disiplin',
    'sistem informasi',
  ],
  hari_besar: [
    'Hari Kartini',
    'Hari Lahir Pancasila',
    'HUT Kemerdekaan RI ke-81',
    'Hari Sumpah Pemuda',
    'HUT KORPRI ke-55',
  ],
  tahapan_seleksi: [
    'verifikasi administrasi pelamar PPPK',
    'seleksi kompetensi PPPK',
    'pengumuman hasil akhir seleksi',
  ],
  kebijakan_talenta: ['pola karier ASN', 'manajemen talenta jabatan administrator'],
  kabupaten_lain: ['Kabupaten Badung', 'Kota Denpasar', 'Kabupaten Tabanan', 'Kabupaten Buleleng'],
  materi_mentoring: [
    'penyusunan anjab dan ABK',
    'penulisan telaahan staf',
    'analisis data kepegawaian',
    'penyusunan matriks peran hasil',
  ],
  angkatan: ['I', 'II', 'III'],
  platform: ['Instagram', 'Facebook', 'TikTok', 'kanal YouTube'],
  bab_naskah: [
    'pendahuluan',
    'kajian teoretis dan praktik empiris',
    'evaluasi peraturan terkait',
    'landasan filosofis, sosiologis dan yuridis',
    'jangkauan dan ruang lingkup materi',
  ],
  forum_topik: [
    'prioritas pembangunan {tahun_depan}',
    'sinkronisasi Renja',
    'pagu indikatif',
    'indikator kinerja daerah',
  ],
  rekap_data: [
    'per golongan',
    'per pendidikan',
    'per jabatan',
    'per jenis kelamin',
    'yang pensiun tahun {tahun_depan}',
  ],
  jenjang: ['administrator', 'pengawas', 'pimpinan tinggi pratama', 'fungsional ahli muda'],
  n_aset: ['2', '3', '4', '5', '6'],
  nomor_boks: ['12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '25'],
  layanan_internal: [
    'cuti tahunan',
    'cuti alasan penting',
    'kenaikan gaji berkala',
    'kenaikan pangkat',
    'cuti sakit',
    'izin belajar',
    'pencantuman gelar',
  ],
  data_pegawai: [
    'riwayat pendidikan',
    'riwayat keluarga',
    'riwayat diklat',
    'riwayat jabatan',
    'nomor rekening gaji',
    'NPWP',
  ],
  tahap_seleksi: ['tahap I', 'tahap II', 'tahun {tahun}'],
  aspek_evaluasi: ['materi', 'widyaiswara', 'sarana prasarana', 'konsumsi', 'jadwal'],
  agenda_panitia: [
    'jadwal',
    'konsumsi peserta',
    'penugasan widyaiswara',
    'evaluasi minggu pertama',
  ],
  indikator_bkpsdm: [
    'persentase layanan kepegawaian tepat waktu',
    'indeks kepuasan ASN',
    'persentase ASN memenuhi 20 JP',
    'indeks sistem merit',
    'nilai SAKIP',
  ],
  bkd_asal: [
    'BKPSDM Kabupaten Badung',
    'BKPSDM Kota Denpasar',
    'BKPSDM Kabupaten Tabanan',
    'BKPSDM Kabupaten Bangli',
    'BKPSDM Kabupaten Klungkung',
  ],
  modul_sipd: ['penatausahaan', 'akuntansi', 'pelaporan'],
  tahap: ['I', 'II'],
  basis_data: ['SIMPEG daerah', 'e-arsip kepegawaian', 'aplikasi layanan kepegawaian'],
  media_cadangan: ['media penyimpanan eksternal', 'server cadangan di Diskominfo', 'NAS kantor'],
  kelas_daring: [
    'Literasi Digital ASN',
    'Etika dan Integritas ASN',
    'Manajemen Kinerja ASN',
    'Pelayanan Publik Berbasis Digital',
    'Bahasa Inggris Pelayanan Pariwisata',
  ],
  server: ['server aplikasi SIMPEG', 'server basis data kepegawaian', 'server laman BKPSDM'],
  kegiatan_cat: [
    'seleksi kompetensi PPPK tahap II',
    'ujian dinas dan ujian penyesuaian kenaikan pangkat',
    'seleksi CPNS Kabupaten Gianyar',
    'uji kompetensi jabatan pengawas',
  ],
  telaahan_mutasi: [
    'rotasi pejabat pengawas di lingkungan kecamatan',
    'pengisian jabatan administrator yang lowong',
    'mutasi guru antarkecamatan',
  ],
  kasus: [
    'pelanggaran disiplin tidak masuk kerja',
    'pelanggaran kode etik',
    'penyalahgunaan wewenang',
    'perceraian tanpa izin',
  ],
  seleksi_jabatan: [
    'seleksi terbuka JPT pratama Kepala Dinas',
    'uji kompetensi pejabat pengawas',
    'uji kompetensi pejabat administrator',
  ],
  pelantikan: [
    'pejabat administrator dan pengawas',
    'pejabat fungsional hasil penyetaraan',
    'kepala sekolah dasar',
    'pejabat pengawas di kecamatan',
  ],
  pembina: ['Kepala BKPSDM', 'Sekretaris BKPSDM'],
  sosialisasi: [
    'pencegahan gratifikasi oleh Inspektorat',
    'keamanan informasi oleh Diskominfo',
    'penggunaan aplikasi Srikandi',
    'kesehatan kerja oleh Dinas Kesehatan',
    'pengelolaan sampah berbasis sumber',
  ],
  webinar: [
    'Kantor Regional X BKN tentang pemutakhiran data ASN',
    'KemenPAN-RB tentang transformasi digital birokrasi',
    'BKN tentang pengelolaan kinerja ASN',
    'LAN tentang ASN Corporate University',
  ],
  acara: [
    'rapat koordinasi kepegawaian se-Kabupaten Gianyar',
    'kunjungan kerja Kantor Regional X BKN',
    'penyerahan SK pensiun',
    'penyerahan SK PPPK',
    'HUT Kota Gianyar',
  ],
}

/** The atasan's notes when an entry needs fixing, by the problem seen. */
export const VERIFICATION_NOTES: Readonly<
  Record<'vague' | 'unlinked' | 'duplicate' | 'evidence', readonly string[]>
> = {
  vague: [
    'Uraian terlalu umum. Mohon dijelaskan rapat atau koordinasi apa, dengan siapa, dan hasilnya.',
    'Mohon lengkapi uraian: pekerjaan apa yang dilakukan dan apa hasilnya.',
  ],
  unlinked: [
    'Kegiatan belum dikaitkan dengan RHK. Pilih RHK yang sesuai agar masuk capaian kinerja.',
    'Mohon hubungkan kegiatan ini ke RHK yang relevan.',
  ],
  duplicate: [
    'Uraian sama persis dengan hari sebelumnya. Tuliskan pekerjaan yang benar-benar dilakukan hari ini.',
    'Uraian disalin dari hari lain; mohon diperbaiki sesuai kegiatan hari ini.',
  ],
  evidence: [
    'Mohon lampirkan bukti dukung (foto atau dokumen) untuk kegiatan ini.',
    'Realisasi belum sesuai dengan bukti dukung; mohon periksa kembali jumlahnya dan lampirkan buktinya.',
  ],
}

/** Who a thread belongs to: a demo account role or a person's name. */
export type ThreadOwner = { role: 'pelaksana' | 'jf' } | { name: string }
export type ThreadTopic = { rhk: string } | { perilaku: CoreValue }

/**
 * Umpan balik berkelanjutan: the atasan opens, the pegawai replies, alternating. `ago` is how
 * many working days before the demo's today the thread starts; `rhk` is a phrase of the owner's
 * RHK text.
 */
export const FEEDBACK_THREADS: readonly {
  owner: ThreadOwner
  topic: ThreadTopic
  ago: number
  messages: readonly string[]
}[] = [
  {
    owner: { role: 'pelaksana' },
    topic: { rhk: 'rekapitulasi kehadiran' },
    ago: 14,
    messages: [
      'Pak Sudarsana, rekap kehadiran bulan lalu sudah saya terima tepat tanggal 5. Terima kasih, pertahankan ya. Mohon catatan izin dinas luar dilampirkan juga agar BPKAD tidak bertanya lagi.',
      'Baik Bu, mulai bulan ini surat tugas dinas luar saya lampirkan dalam satu berkas dengan rekapnya.',
      'Bagus. Kalau ada pegawai yang datanya tidak terbaca mesin presensi, konfirmasi ke atasannya sebelum rekap dikirim.',
    ],
  },
  {
    owner: { role: 'pelaksana' },
    topic: { perilaku: 'berorientasi_pelayanan' },
    ago: 4,
    messages: [
      'Beberapa rekan menyampaikan usulan cuti mereka cepat diproses. Terima kasih sudah sigap melayani.',
      'Terima kasih Bu. Saya usahakan setiap usulan cuti selesai paling lambat tiga hari kerja.',
    ],
  },
  {
    owner: { role: 'jf' },
    topic: { rhk: 'analisis jabatan dan analisis beban kerja' },
    ago: 22,
    messages: [
      'Pak Ardika, verifikasi anjab dan ABK sudah berjalan baik. Untuk perangkat daerah berikutnya, tolong prioritaskan RSUD Sanjiwani karena kebutuhan tenaga kesehatannya mendesak.',
      'Siap Pak. Data volume kerja RSUD sudah saya minta minggu lalu, target verifikasi selesai akhir bulan ini.',
      'Baik. Kalau datanya terlambat, sampaikan ke saya agar saya hubungi direkturnya langsung.',
      'Data sudah masuk hari ini Pak, verifikasi saya mulai besok.',
    ],
  },
  {
    owner: { role: 'jf' },
    topic: { perilaku: 'kolaboratif' },
    ago: 6,
    messages: [
      'Pendampingan e-Kinerja bersama Bu Widyastuti di dua kecamatan kemarin mendapat tanggapan baik dari camat. Terus libatkan rekan ahli pertama agar mereka belajar.',
      'Terima kasih Pak. Pekan depan saya ajak Bu Sintya Dewi untuk pendampingan di Kecamatan Payangan.',
    ],
  },
  {
    owner: { name: 'I Nyoman Sukarta' },
    topic: { rhk: 'penatausahaan keuangan' },
    ago: 18,
    messages: [
      'Pak Sukarta, masih ada SPJ perjalanan dinas yang terlambat masuk dari bidang. Tolong ingatkan PPTK dan laporkan ke saya bila lewat tanggal 10.',
      'Baik Bu. Sudah saya kirim pengingat melalui grup PPTK; rekap keterlambatan saya sampaikan setiap Senin.',
    ],
  },
  {
    owner: { name: 'Ni Luh Putu Ariani' },
    topic: { rhk: 'reformasi birokrasi' },
    ago: 30,
    messages: [
      'Bu Sekretaris, penilaian internal Zona Integritas akan dimulai bulan depan. Pastikan bukti dukung tiap area sudah lengkap dan diunggah.',
      'Siap Pak Kaban. Progres bukti dukung sudah 80 persen; area penguatan pengawasan masih menunggu laporan gratifikasi.',
    ],
  },
  {
    owner: { name: 'Ni Nyoman Kartini' },
    topic: { rhk: 'pengembangan kompetensi' },
    ago: 26,
    messages: [
      'Bu Kartini, capaian 20 jam pelajaran masih di bawah target di beberapa kecamatan. Apa rencana bidang untuk triwulan ini?',
      'Kami akan membuka dua kelas daring ASN Corpu khusus untuk kecamatan dan puskesmas, Pak, dengan jadwal di luar jam layanan.',
      'Baik, laporkan perkembangannya dalam rapat pimpinan bulan depan.',
    ],
  },
  {
    owner: { name: 'I Wayan Gede Sudiartha' },
    topic: { perilaku: 'adaptif' },
    ago: 12,
    messages: [
      'Pak Kabid, usulan kenaikan pangkat sekarang sepenuhnya melalui SIASN. Terima kasih sudah cepat menyesuaikan alur kerja bidang dengan layanan baru ini.',
    ],
  },
  {
    owner: { name: 'I Made Agus Wirasatya' },
    topic: { rhk: 'pengaduan dan kendala teknis' },
    ago: 9,
    messages: [
      'Pak Agus, tiket pengaduan e-Kinerja menjelang batas pengisian triwulan biasanya melonjak. Siapkan jadwal piket helpdesk sampai sore ya.',
      'Siap Bu. Jadwal piket sudah saya bagi dengan Bu Ari Sudewi, dan jawaban atas pertanyaan yang sering muncul sudah saya pasang di laman bantuan.',
      'Bagus sekali. Kirimkan rekap tiket per perangkat daerah setelah batas pengisian lewat.',
    ],
  },
  {
    owner: { name: 'I Nyoman Darmawan' },
    topic: { rhk: 'kenaikan pangkat' },
    ago: 16,
    messages: [
      'Pak Darmawan, ada beberapa usulan kenaikan pangkat periode Oktober yang dikembalikan BKN karena SKP belum lengkap. Tolong segera hubungi perangkat daerahnya.',
      'Baik Pak, sudah saya data ada tujuh usulan; lima sudah dilengkapi hari ini, dua menunggu dari Dinas Kesehatan.',
    ],
  },
  {
    owner: { name: 'Ni Wayan Sumadi' },
    topic: { perilaku: 'akuntabel' },
    ago: 20,
    messages: [
      'Bu Sumadi, progres harian Ibu beberapa kali baru diisi dua sampai tiga hari kemudian. Usahakan diisi di hari yang sama agar tidak tercatat terlambat.',
      'Maaf Pak, beberapa minggu ini saya banyak mengantar SK ke kecamatan. Mulai sekarang saya isi sore hari sebelum pulang.',
    ],
  },
  {
    owner: { name: 'I Komang Sumerta' },
    topic: { perilaku: 'akuntabel' },
    ago: 8,
    messages: [
      'Pak Komang, uraian kegiatan Bapak beberapa hari sama persis dan ada hari yang tidak terisi. Tuliskan berkas apa yang dihimpun hari itu.',
      'Baik Pak, akan saya perbaiki dan saya lengkapi jumlah berkasnya.',
      'Terima kasih. Minggu depan akan saya cek lagi.',
    ],
  },
  {
    owner: { name: 'Ni Made Sri Wahyuni' },
    topic: { rhk: 'SPJ' },
    ago: 11,
    messages: [
      'Bu Wahyuni, verifikasi SPJ Ibu teliti dan jarang ada koreksi dari BPKAD. Terima kasih.',
      'Terima kasih Pak. Saya juga sedang menyusun daftar periksa SPJ agar PPTK bisa memeriksa sendiri sebelum menyerahkan.',
    ],
  },
  {
    owner: { name: 'I Wayan Suena' },
    topic: { perilaku: 'berorientasi_pelayanan' },
    ago: 5,
    messages: [
      'Pak Suena, perbaikan pendingin ruangan di aula kemarin cepat sekali sebelum pelatihan dimulai. Terima kasih.',
      'Sama-sama Bu, filter pendingin di ruang lain juga akan saya bersihkan minggu ini.',
    ],
  },
  {
    owner: { name: 'Ni Made Ayu Sintya Dewi' },
    topic: { perilaku: 'kompeten' },
    ago: 13,
    messages: [
      'Bu Sintya, setelah pelatihan analisis jabatan kemarin, coba bagikan materinya kepada rekan-rekan di bidang dalam rapat Jumat.',
      'Siap Pak, bahan sudah saya ringkas menjadi sepuluh slide.',
      'Bagus. Masukkan juga contoh perhitungan beban kerja dari perangkat daerah yang sudah diverifikasi.',
    ],
  },
  {
    owner: { name: 'Ni Ketut Sriani' },
    topic: { rhk: 'permintaan data' },
    ago: 3,
    messages: [
      'Bu Sriani, permintaan data ASN per golongan dari Bappeda mohon diprioritaskan, akan dipakai untuk rapat anggaran.',
    ],
  },
]
