import type { GuideContent } from './types.ts'

/** Panduan dalam Bahasa Indonesia (bahasa utama). Gambar dibuat oleh `npm run guide:screens`. */
export const guideId: GuideContent = {
  topics: [
    // ---------------------------------------------------------------- pegawai
    {
      id: 'mulai',
      roles: ['pegawai', 'atasan', 'admin', 'pic'],
      title: 'Mulai memakai Kinerja',
      summary: 'Masuk, mengenal Beranda dan menu, serta mengganti bahasa atau kata sandi.',
      keywords: ['masuk', 'login', 'NIP', 'kata sandi', 'menu', 'beranda', 'notifikasi', 'tur'],
      screen: '/',
      steps: [
        {
          text: 'Buka Kinerja di peramban ponsel atau komputer. Masuk dengan **NIP** (tanpa spasi) dan kata sandi dari admin instansi. Saat pertama kali masuk, Anda diminta membuat kata sandi baru.',
        },
        {
          text: '**Beranda** menampilkan sapaan, profil singkat, periode penilaian yang sedang berjalan beserta batas pengisiannya, dan menu cepat ke pekerjaan Anda.',
          image: {
            file: 'beranda',
            alt: 'Beranda di ponsel: sapaan, profil singkat pegawai, dan bar menu bawah berisi Beranda, SKP, Progres, Penilaian, dan Lainnya.',
          },
        },
        {
          text: 'Di ponsel, menu utama ada di **bar bawah**: Beranda, SKP, Progres, Penilaian. Menu lain (Bantuan, menu atasan, menu admin) ada di **Lainnya**. Di komputer, semua menu ada di sebelah kiri.',
        },
        {
          text: 'Ikon **lonceng** di kanan atas berisi notifikasi: SKP disetujui atau dikembalikan, umpan balik atasan, hasil penilaian, dan balasan tiket.',
        },
        {
          text: 'Tekan **inisial nama** Anda di kanan atas untuk membuka profil, mengganti kata sandi, memilih bahasa (Bahasa Indonesia atau English), dan keluar.',
        },
      ],
      tips: [
        'Jangan berikan kata sandi kepada siapa pun, termasuk atasan atau operator.',
        'Lupa kata sandi? Minta admin instansi (BKPSDM) mengatur ulang; Anda akan diminta menggantinya saat masuk.',
        'Setiap halaman punya tautan **Panduan** di bagian atas yang membuka topik yang sesuai.',
      ],
      related: ['skp', 'progres-harian', 'bantuan'],
    },
    {
      id: 'skp',
      roles: ['pegawai', 'atasan'],
      title: 'Menyusun SKP dan RHK',
      summary:
        'Membuat SKP tahunan, menulis Rencana Hasil Kerja (RHK) dengan indikator dan target, lalu mengajukannya ke atasan.',
      keywords: [
        'sasaran kinerja pegawai',
        'rencana hasil kerja',
        'indikator',
        'IKI',
        'target',
        'intervensi',
        'ajukan',
        'salin SKP',
        'kuantitatif',
        'kualitatif',
        'revisi',
      ],
      screen: '/skp',
      steps: [
        {
          text: 'Buka menu **SKP**. Bila SKP tahun ini belum ada, tekan **Buat SKP**, pilih tahun dan pendekatan (**Kuantitatif** bila hasilnya bisa dihitung). Centang **Salin dari SKP tahun lalu** agar tidak menulis dari awal.',
          image: {
            file: 'skp-saya',
            alt: 'Halaman SKP saya: tombol Buat SKP, langkah SKP 2026 yang sudah selesai (Buat SKP, Isi RHK, Ajukan, Disetujui), dan kartu SKP per tahun.',
          },
        },
        {
          text: 'Di tab **Hasil kerja**, tekan **Tambah RHK utama**. Pilih dulu **RHK atasan yang diintervensi** — hasil atasan yang ikut Anda wujudkan.',
        },
        {
          text: 'Tulis **Rencana hasil kerja** sebagai hasil yang ingin dicapai tahun ini, bukan kegiatan. Lalu isi **indikator**: pilih aspek (kuantitas, kualitas, waktu), tulis indikatornya, dan isi **target** berupa angka dengan satuan. Tekan **Simpan RHK**.',
          image: {
            file: 'skp-rhk',
            alt: 'Kartu RHK 1 (RHK utama) yang mengintervensi RHK atasan, dengan dua indikator: kuantitas target 60 Dokumen dan waktu target 100%.',
          },
        },
        {
          text: 'Ulangi untuk setiap hasil kerja. Tugas di luar tugas pokok (misalnya panitia) masuk ke **RHK tambahan**. Periksa juga tab **Perilaku kerja** dan **Lampiran**.',
        },
        {
          text: 'Tekan **Ajukan ke atasan**. Daftar periksa menunjukkan apa yang belum lengkap. Selama diperiksa, SKP tidak bisa diubah.',
        },
        {
          text: 'Bila SKP **dikembalikan**, baca catatan atasan di bagian atas SKP, perbaiki RHK yang disebut, lalu ajukan lagi. Setelah **disetujui**, SKP berlaku; perubahan berikutnya lewat **Ubah SKP (revisi baru)**.',
        },
      ],
      example: {
        title: 'Contoh RHK dan indikator yang baik',
        lines: [
          'RHK: "Tersusunnya laporan rekapitulasi kehadiran pegawai setiap bulan secara akurat dan tepat waktu."',
          'Indikator kuantitas: Jumlah laporan rekapitulasi kehadiran yang disampaikan — target 12 Laporan.',
          'Indikator kualitas: Persentase data kehadiran yang akurat tanpa koreksi — target 100 %.',
          'Indikator waktu: Laporan disampaikan paling lambat tanggal 5 bulan berikutnya — target 12 Bulan.',
          'Kurang tepat: "Mengetik surat" — itu kegiatan, bukan hasil.',
        ],
      },
      tips: [
        'SKP belum bisa diajukan bila atasan belum menulis RHK di SKP-nya; simpan sebagai draf dan sampaikan kepada atasan.',
        'Data atasan salah atau kosong? Hubungi admin instansi; Anda tetap bisa menyusun draf.',
      ],
      related: ['progres-harian', 'skp-bawahan'],
    },
    {
      id: 'progres-harian',
      roles: ['pegawai'],
      title: 'Mencatat progres harian dengan bukti',
      summary:
        'Mencatat pekerjaan setiap hari kerja, menghubungkannya ke RHK, dan melampirkan bukti — juga saat sinyal hilang.',
      keywords: [
        'kegiatan',
        'catatan harian',
        'bukti dukung',
        'foto',
        'kamera',
        'offline',
        'terlambat',
        'templat',
        'salin kemarin',
        'rencana aksi',
        'sinkron',
      ],
      screen: '/progres-harian',
      steps: [
        {
          text: 'Buka menu **Progres**. Pilih hari pada strip minggu (angka = jumlah kegiatan, tanda **!** = ada yang terlambat). Hari ini terpilih otomatis.',
          image: {
            file: 'progres-harian',
            alt: 'Halaman Progres Harian: strip minggu 23–29 November dengan jumlah kegiatan per hari, judul hari Jumat 27 November, tombol Salin kemarin, dan tombol Catat kegiatan.',
          },
        },
        {
          text: 'Tekan **Catat kegiatan**. Isi jam mulai dan jam selesai, lalu **Uraian kegiatan**: apa yang dikerjakan dan hasilnya.',
          image: {
            file: 'progres-formulir',
            alt: 'Formulir Catat kegiatan: tanggal, jam mulai dan selesai, uraian berisi contoh verifikasi 12 berkas usulan kenaikan pangkat, dan kotak Contoh uraian yang baik dan kurang jelas.',
          },
        },
        {
          text: 'Pilih **RHK yang didukung** (kegiatan tanpa RHK ditandai dan tidak dihitung dalam realisasi), isi **Realisasi** dan **Satuan** bila ada hasil yang bisa dihitung.',
        },
        {
          text: 'Di **Bukti dukung**, tekan **Kamera** untuk memotret atau **Pilih berkas** untuk PDF/dokumen. Foto diperkecil otomatis. Bisa juga menambah tautan (misalnya Google Drive).',
          image: {
            file: 'progres-bukti',
            alt: 'Bagian bawah formulir: RHK yang didukung sudah dipilih, realisasi 12 Berkas, dan bukti dukung berupa satu foto dengan tombol Kamera dan Pilih berkas.',
          },
        },
        {
          text: 'Tekan **Simpan kegiatan**. Catat pada hari yang sama: kegiatan yang dicatat setelah batas tepat waktu ditandai **Terlambat**.',
        },
        {
          text: 'Tidak ada sinyal? Simpan seperti biasa. Kegiatan menunggu di ponsel (**Menunggu sinkron**) dan terkirim otomatis saat tersambung, tetap dihitung tepat waktu.',
        },
      ],
      example: {
        title: 'Contoh catatan harian yang baik',
        lines: [
          '08.15–09.45 · RHK 1 · Realisasi 12 Berkas.',
          'Uraian: "Memverifikasi 12 berkas usulan kenaikan pangkat periode Desember; 2 berkas dikembalikan karena SKP belum dilampirkan."',
          'Bukti: foto daftar verifikasi atau tangkapan layar surat pengantar.',
          'Kurang jelas: "Mengerjakan tugas kantor" tanpa bukti.',
        ],
      },
      tips: [
        'Kegiatan yang sering diulang? Simpan sebagai **templat**, atau tekan **Salin kemarin**.',
        'Setelah atasan memverifikasi kegiatan sebagai **Sesuai**, kegiatan itu tidak bisa diubah lagi.',
        'Angka realisasi dari progres harian dipakai untuk mengisi realisasi penilaian.',
      ],
      related: ['realisasi', 'skp'],
    },
    {
      id: 'realisasi',
      roles: ['pegawai'],
      title: 'Mengisi realisasi sebelum batas pengisian',
      summary:
        'Setiap periode penilaian: mengisi realisasi tiap indikator, melampirkan bukti, dan mengajukannya ke atasan sebelum batas pengisian.',
      keywords: [
        'batas pengisian',
        'tenggat',
        'deadline',
        'triwulan',
        'periode',
        'ajukan realisasi',
        'perpanjangan',
        'terlambat',
      ],
      screen: '/penilaian',
      steps: [
        {
          text: 'Buka menu **Penilaian**. Periode yang sedang berjalan ditandai dan menunjukkan **Batas pengisian** beserta sisa harinya. Tekan **Isi realisasi**.',
          image: {
            file: 'penilaian-saya',
            alt: 'Kartu Triwulan IV 2026 berstatus Belum diajukan, batas pengisian 11 Januari 2027 pukul 23.59 WITA, tinggal 44 hari, dengan tombol Isi realisasi.',
          },
        },
        {
          text: 'Untuk setiap indikator, kotak **Dari progres harian** menunjukkan angka yang tercatat. Tekan **Gunakan** untuk memakainya, atau tulis angka sendiri beserta alasannya bila berbeda.',
          image: {
            file: 'penilaian-realisasi',
            alt: 'Indikator Jumlah usulan layanan kepegawaian dengan target 60 Dokumen, saran dari progres harian 10 Dokumen, isian Realisasi (angka) 10 dan Uraian realisasi.',
          },
        },
        {
          text: 'Tulis **Uraian realisasi** singkat: apa yang dihasilkan. Tambahkan **Bukti dukung** (foto, berkas, tautan, atau pilih dari progres harian).',
        },
        {
          text: 'Tekan **Simpan draf** bila ingin melanjutkan nanti. Bila semua indikator terisi, tekan **Ajukan ke atasan** lalu **Ya, ajukan**. Setelah diajukan, isinya tidak bisa diubah.',
          image: {
            file: 'penilaian-ajukan',
            alt: 'Kotak Selesai mengisi? dengan tombol Simpan draf dan Ajukan ke atasan.',
          },
        },
        {
          text: 'Batas pengisian berakhir pukul 23.59 waktu instansi. Setelah lewat, realisasi tidak bisa diajukan kecuali admin memberi **perpanjangan**; pengajuan itu tercatat terlambat.',
        },
      ],
      example: {
        title: 'Contoh uraian realisasi',
        lines: [
          '"34 usulan mutasi diverifikasi; 2 dikembalikan karena berkas kurang."',
          'Alasan bila angka berbeda dari progres harian: "2 dokumen dikerjakan saat dinas luar dan belum dicatat; buktinya terlampir."',
        ],
      },
      tips: [
        'Jangan menunggu hari terakhir: sinyal atau server bisa bermasalah tepat saat batas.',
        'Sakit atau tugas luar sehingga tidak sempat? Minta admin instansi memperpanjang batas pengisian sebelum atau sesudah batas lewat.',
      ],
      related: ['progres-harian', 'penilaian-saya'],
    },
    {
      id: 'penilaian-saya',
      roles: ['pegawai'],
      title: 'Melihat hasil penilaian dan predikat',
      summary:
        'Membaca rating, predikat, dan umpan balik atasan, lalu menerima hasil atau mengajukan keberatan.',
      keywords: [
        'predikat',
        'rating',
        'hasil kerja',
        'perilaku kerja',
        'umpan balik',
        'terima hasil',
        'dokumen evaluasi',
        'PDF',
        'BerAKHLAK',
      ],
      screen: '/penilaian',
      steps: [
        {
          text: 'Anda mendapat notifikasi saat hasil penilaian final. Buka **Penilaian**, lalu tekan **Lihat hasil** pada periode tersebut.',
        },
        {
          text: 'Bagian **Hasil penilaian** menunjukkan **Predikat kinerja** beserta **Rating hasil kerja** dan **Rating perilaku kerja** (Di Atas, Sesuai, atau Di Bawah Ekspektasi).',
          image: {
            file: 'penilaian-hasil',
            alt: 'Hasil penilaian: predikat kinerja Baik, rating hasil kerja dan perilaku kerja Sesuai Ekspektasi, nama penilai, tombol Terima hasil dan Unduh dokumen (PDF).',
          },
        },
        {
          text: 'Gulir ke bawah untuk membaca **umpan balik atasan** per RHK dan untuk setiap nilai BerAKHLAK.',
        },
        {
          text: 'Setuju? Tekan **Terima hasil**. Tidak setuju? Tekan **Ajukan keberatan** sebelum batasnya (lihat topik Keberatan). Tekan **Unduh dokumen (PDF)** untuk dokumen evaluasi.',
        },
      ],
      tips: [
        'Predikat dibaca dari kuadran: rating hasil kerja × rating perilaku kerja. Contoh: hasil Sesuai dan perilaku Sesuai = Baik.',
        'Pimpinan unit mendapat rating hasil kerja yang mengikuti predikat kinerja organisasi unitnya.',
      ],
      related: ['keberatan', 'realisasi'],
    },
    {
      id: 'keberatan',
      roles: ['pegawai', 'atasan'],
      title: 'Mengajukan dan memutuskan keberatan',
      summary:
        'Bila tidak setuju dengan hasil penilaian: mengajukan keberatan dengan alasan dan bukti; atasan pejabat penilai memutuskannya.',
      keywords: ['keberatan', 'banding', 'tidak setuju', 'objection', 'putuskan keberatan'],
      screen: '/penilaian',
      steps: [
        {
          text: 'Buka hasil penilaian yang sudah final, lalu tekan **Ajukan keberatan**. Tombol ini ada sampai batas pengajuan keberatan yang tertulis di bawahnya.',
        },
        {
          text: 'Tulis **Alasan keberatan**: hasil kerja atau perilaku mana yang Anda anggap keliru dan apa buktinya. Tekan **Kirim keberatan**.',
          image: {
            file: 'keberatan',
            alt: 'Formulir Ajukan keberatan: nama atasan pejabat penilai yang memutuskan, batas pengajuan, dan alasan keberatan yang menyebut RHK dan buktinya.',
          },
        },
        {
          text: 'Keberatan diperiksa oleh **atasan pejabat penilai** (atasan dari atasan Anda). Predikat belum berubah sampai diputuskan; Anda mendapat notifikasi keputusannya.',
        },
        {
          text: 'Bagi atasan pejabat penilai: buka **Penilaian Bawahan**, pilih **Keberatan**, lalu **Putuskan**. Baca alasan dan bukti, lalu tolak (predikat tetap) atau kabulkan dengan rating baru, disertai alasan.',
        },
      ],
      example: {
        title: 'Contoh alasan keberatan',
        lines: [
          '"RHK utama 2 tercapai 40 dari 40 dokumen (bukti terlampir pada progres harian), tetapi dinilai di bawah ekspektasi."',
        ],
      },
      tips: [
        'Keberatan hanya bisa diajukan sekali per penilaian dan tidak bisa setelah Anda menekan Terima hasil.',
      ],
      related: ['penilaian-saya', 'menilai-bawahan'],
    },
    {
      id: 'bantuan',
      roles: ['pegawai', 'atasan', 'admin', 'pic'],
      title: 'Meminta bantuan (tiket helpdesk)',
      summary:
        'Membuat tiket bila ada kendala, melampirkan tangkapan layar, membalas PIC, dan menutup tiket.',
      keywords: ['tiket', 'helpdesk', 'kendala', 'error', 'lapor', 'PIC', 'FAQ', 'pertanyaan'],
      screen: '/bantuan',
      steps: [
        {
          text: 'Baca dulu panduan dan **FAQ** di menu **Bantuan**: banyak pertanyaan sudah terjawab di sana.',
        },
        {
          text: 'Masih ada kendala? Dari layar mana pun, tekan ikon **?** (**Minta bantuan**) di kanan atas, atau buka **Bantuan** → **Buat tiket**. Pilih **Kategori masalah**, tulis **Judul singkat**, lalu ceritakan masalahnya: apa yang Anda lakukan, apa yang terjadi.',
          image: {
            file: 'bantuan-tiket',
            alt: 'Formulir Minta bantuan: kategori masalah SKP, judul singkat Tidak bisa mengajukan SKP 2026, cerita masalahnya, dan tombol untuk melampirkan tangkapan layar.',
          },
        },
        {
          text: 'Lampirkan **Tangkapan layar** bila ada (gambar atau PDF, maksimal 5 MB), lalu kirim. Halaman, unit, SKP, dan periode Anda ikut terkirim sehingga PIC tidak perlu bertanya lagi.',
        },
        {
          text: 'Tiket diteruskan ke **PIC helpdesk** instansi. Jawabannya muncul di **Bantuan** → **Tiket saya** dan di notifikasi. Bila PIC meminta keterangan (**Menunggu pengguna**), tulis di **Balasan Anda** lalu **Kirim balasan**.',
        },
        {
          text: 'Setelah masalah beres, tekan **Tandai selesai** dan beri **Penilaian layanan** 1–5. Bila ternyata muncul lagi, tekan **Buka kembali**.',
        },
      ],
      example: {
        title: 'Contoh uraian tiket yang jelas',
        lines: [
          'Judul: "Tidak bisa mengajukan SKP 2026".',
          'Uraian: "Saat menekan Ajukan ke atasan muncul pesan atasan belum punya RHK. Atasan saya sudah mengisi SKP kemarin. Tangkapan layar terlampir."',
        ],
      },
      related: ['mulai', 'tiket'],
    },
    // ---------------------------------------------------------------- atasan
    {
      id: 'skp-bawahan',
      roles: ['atasan'],
      title: 'Memeriksa dan menyetujui SKP bawahan',
      summary:
        'Membaca SKP yang diajukan bawahan, lalu menyetujui atau mengembalikannya dengan catatan perbaikan.',
      keywords: ['setujui', 'kembalikan', 'persetujuan', 'matriks peran hasil', 'cascading'],
      screen: '/skp/bawahan',
      steps: [
        {
          text: 'Anda mendapat notifikasi saat bawahan mengajukan SKP. Buka **SKP Bawahan** (di ponsel: **Lainnya** → SKP Bawahan).',
          image: {
            file: 'skp-bawahan',
            alt: 'Halaman SKP Bawahan: saringan status Diajukan dan tahun 2026, pilihan setujui sekaligus, dan SKP I Made Ardika berstatus Diajukan dengan tombol Periksa.',
          },
        },
        {
          text: 'Tekan **Periksa** pada SKP yang **Diajukan**. Periksa setiap RHK: apakah berupa hasil (bukan kegiatan), mengintervensi RHK Anda, dan punya indikator serta target yang terukur.',
        },
        {
          text: 'Sesuai? Tekan **Setujui**. Perlu diperbaiki? Tekan **Kembalikan** dan tulis catatan yang menyebut RHK mana dan apa yang diubah.',
        },
        {
          text: 'Buka **Matriks Peran Hasil** untuk melihat RHK Anda yang belum diintervensi oleh bawahan mana pun.',
        },
      ],
      example: {
        title: 'Contoh catatan pengembalian',
        lines: [
          '"RHK 2 belum menyebut hasil yang terukur; tambahkan target jumlah laporan per bulan."',
        ],
      },
      tips: [
        'Beberapa SKP sekaligus? Centang SKP di daftar lalu setujui bersamaan.',
        'Di tab Perilaku kerja, Anda dapat menulis ekspektasi khusus pimpinan untuk bawahan.',
      ],
      related: ['skp', 'pemantauan'],
    },
    {
      id: 'pemantauan',
      roles: ['atasan'],
      title: 'Memantau progres harian bawahan',
      summary:
        'Melihat siapa yang belum mencatat, memeriksa bukti, memverifikasi kegiatan, dan memberi umpan balik.',
      keywords: ['monitoring', 'verifikasi', 'sesuai', 'perlu perbaikan', 'umpan balik', 'bawahan'],
      screen: '/pemantauan',
      steps: [
        {
          text: 'Buka **Pemantauan** (di ponsel ada di bar bawah). Pilih tanggal; pilih **Langsung** untuk bawahan langsung atau **Semua jenjang** untuk seluruh unit.',
          image: {
            file: 'pemantauan',
            alt: 'Halaman Pemantauan: pilihan tanggal, bawahan langsung atau semua jenjang, dan ringkasan yang sudah dan belum mencatat.',
          },
        },
        {
          text: 'Kotak ringkasan menunjukkan yang **belum mencatat**, kegiatan **terlambat**, dan yang **menunggu verifikasi**. Tekan kotak untuk menyaring daftar.',
        },
        {
          text: 'Tekan nama pegawai untuk melihat kegiatannya beserta bukti. Tandai **Sesuai**, atau **Perlu perbaikan** dengan catatan yang menjelaskan apa yang diperbaiki.',
        },
        {
          text: 'Di tab **Umpan balik**, tulis umpan balik pada RHK tertentu. Pegawai mendapat notifikasi dan dapat membalas.',
        },
      ],
      tips: [
        'Hari libur dan akhir pekan tidak dihitung lalai.',
        'Halaman ini diperbarui sendiri setiap 30 detik.',
      ],
      related: ['menilai-bawahan', 'skp-bawahan'],
    },
    {
      id: 'menilai-bawahan',
      roles: ['atasan'],
      title: 'Menilai bawahan dengan kuadran kinerja',
      summary:
        'Membaca realisasi dan bukti, menulis umpan balik, memilih rating hasil dan perilaku, lalu memfinalkan penilaian.',
      keywords: [
        'rating',
        'kuadran',
        'predikat',
        'finalkan',
        'umpan balik',
        'pejabat penilai',
        'sangat baik',
        'butuh perbaikan',
      ],
      screen: '/penilaian/bawahan',
      steps: [
        {
          text: 'Buka **Penilaian Bawahan**, pilih tahun dan periode. Bawahan yang sudah mengajukan realisasi berstatus **Diajukan**. Tekan **Nilai**.',
          image: {
            file: 'penilaian-bawahan',
            alt: 'Penilaian Bawahan Triwulan IV 2026: pilihan tahun dan periode, daftar 17 bawahan, seorang pegawai berstatus Diajukan dengan tombol Nilai.',
          },
        },
        {
          text: 'Per RHK, baca realisasi, bukti dukung, dan ringkasan progres harian. Tulis **umpan balik** untuk RHK dan untuk nilai BerAKHLAK, lalu **Simpan umpan balik**.',
        },
        {
          text: 'Pilih **Rating hasil kerja** dan **Rating perilaku kerja**. Predikat muncul dari **kuadran**: baris rating hasil, kolom rating perilaku.',
          image: {
            file: 'menilai-kuadran',
            alt: 'Panel Rating dan predikat: pilihan Di Atas, Sesuai, atau Di Bawah Ekspektasi untuk hasil kerja dan perilaku kerja, dengan tabel kuadran predikat di bawahnya.',
          },
        },
        {
          text: 'Tekan **Simpan penilaian**. Periksa grafik distribusi unit (lihat topik Distribusi), lalu tekan **Finalkan**. Setelah final, penilaian terkunci dan pegawai diberi tahu.',
        },
      ],
      example: {
        title: 'Kuadran predikat',
        lines: [
          'Hasil Di Atas + perilaku Di Atas = Sangat Baik.',
          'Hasil Di Atas atau Sesuai + perilaku Sesuai atau Di Atas = Baik.',
          'Hasil Di Bawah + perilaku Sesuai atau Di Atas = Butuh Perbaikan.',
          'Hasil Di Atas atau Sesuai + perilaku Di Bawah = Kurang/Misconduct.',
          'Hasil Di Bawah + perilaku Di Bawah = Sangat Kurang.',
          'Contoh umpan balik: "Laporan tepat waktu dan lengkap; pertahankan kualitas analisisnya."',
        ],
      },
      tips: [
        'Beberapa penilaian yang sudah dinilai dapat difinalkan sekaligus: centang di daftar, lalu **Finalkan terpilih**.',
        'Rating hasil kerja pimpinan unit mengikuti predikat kinerja organisasi unitnya.',
      ],
      related: ['distribusi', 'pemantauan', 'keberatan'],
    },
    {
      id: 'distribusi',
      roles: ['atasan', 'admin'],
      title: 'Peringatan distribusi predikat',
      summary:
        'Memahami grafik distribusi predikat unit terhadap polanya dan apa yang dilakukan bila di luar pola.',
      keywords: [
        'distribusi',
        'pola',
        'kurva',
        'predikat organisasi',
        'di luar pola',
        'alasan',
        'justifikasi',
      ],
      screen: '/penilaian/bawahan',
      steps: [
        {
          text: 'Distribusi predikat pegawai dalam satu unit harus mengikuti **pola** untuk **predikat kinerja organisasi** unit itu, yang ditetapkan pimpinan satu tingkat di atas (menu **Predikat Organisasi**).',
        },
        {
          text: 'Saat Anda memilih rating, grafik menghitung pilihan itu sebagai **pratinjau**. Garis merah = batas paling banyak; garis gelap = batas paling sedikit.',
          image: {
            file: 'distribusi',
            alt: 'Grafik distribusi predikat Sub Bagian Kepegawaian dan Umum dengan predikat organisasi Baik: Baik 14 orang melewati batas 13, tanda dilanggar, dan peringatan Dengan pilihan ini, distribusi di luar pola.',
          },
        },
        {
          text: 'Bila muncul **Distribusi di luar pola**, tinjau lagi penilaian di unit itu. Batas paling sedikit baru dinilai setelah semua pegawai dinilai.',
        },
        {
          text: 'Bila tetap memfinalkan di luar pola, tulis **alasan** yang jelas saat menekan **Finalkan**; alasan tersimpan dan tercatat di audit. Admin dapat mengatur agar finalisasi di luar pola ditolak.',
        },
      ],
      example: {
        title: 'Contoh alasan di luar pola',
        lines: [
          '"Dua pegawai menyelesaikan seluruh target lebih awal dengan kualitas di atas ekspektasi."',
        ],
      },
      related: ['menilai-bawahan', 'laporan'],
    },
    // ---------------------------------------------------------------- admin
    {
      id: 'organisasi',
      roles: ['admin'],
      title: 'Mengelola unit kerja dan jabatan',
      summary:
        'Menyusun struktur unit, kepala unit (definitif, PLT, PLH), dan jabatan — dasar atasan dan pejabat penilai.',
      keywords: ['unit kerja', 'struktur', 'jabatan', 'kepala unit', 'PLT', 'PLH', 'atasan'],
      screen: '/organisasi',
      steps: [
        {
          text: 'Buka **Organisasi**. Struktur unit tampil bertingkat; pilih unit untuk melihat kepala unit, jabatan, sub-unit, dan jumlah pegawainya.',
        },
        {
          text: 'Tekan **Tambah unit** atau **Tambah sub-unit**, isi nama dan **Unit induk**, lalu tambahkan jabatannya. **Atasan** setiap pegawai diturunkan otomatis dari kepala unit; unit tanpa kepala memakai kepala unit induknya.',
        },
        {
          text: 'Kepala unit kosong atau berhalangan? Buka data pegawai yang ditunjuk, bagian **PLT / PLH**, tekan **Tambah penugasan** dan isi unit serta tanggalnya. Selama penugasan, ia menjadi atasan pegawai di unit itu.',
        },
        {
          text: 'Setiap perubahan tercatat di **Audit**. Data banyak sekaligus lebih cepat lewat **Impor**.',
        },
      ],
      related: ['pegawai', 'impor'],
    },
    {
      id: 'pegawai',
      roles: ['admin'],
      title: 'Mengelola data pegawai',
      summary:
        'Mencari, menambah, dan mengubah pegawai, mencatat mutasi dan pengecualian (pensiun, cuti besar).',
      keywords: ['pegawai', 'NIP', 'mutasi', 'pensiun', 'cuti besar', 'pengecualian', 'akun'],
      screen: '/pegawai',
      steps: [
        {
          text: 'Buka **Pegawai**. Cari dengan nama atau NIP, atau saring per unit.',
          image: {
            file: 'pegawai',
            alt: 'Daftar pegawai dengan kolom pencarian nama atau NIP dan saringan unit.',
          },
        },
        {
          text: 'Tekan **Tambah pegawai** dan isi NIP (18 angka), nama, pangkat/golongan, unit, dan jabatan, lalu **Simpan pegawai**. Akun masuknya memakai NIP.',
        },
        {
          text: 'Mutasi atau ganti jabatan: buka pegawai, tekan **Ubah**, ganti unit dan jabatannya. SKP dan penilaian lama tetap tersimpan dengan jabatan saat itu.',
        },
        {
          text: 'Cuti besar, tugas belajar, pensiun, atau hukuman disiplin: di data pegawai, bagian **Pengecualian dari laporan**, tekan **Tambah pengecualian** dan isi alasan serta tanggalnya. Pegawai tidak dihitung "belum mengisi" selama itu.',
        },
      ],
      related: ['organisasi', 'impor', 'laporan'],
    },
    {
      id: 'impor',
      roles: ['admin'],
      title: 'Mengimpor pegawai dan unit dari Excel/SIASN',
      summary:
        'Memasukkan banyak pegawai atau unit sekaligus dari berkas CSV/XLSX, misalnya ekspor SIASN.',
      keywords: ['impor', 'excel', 'csv', 'xlsx', 'SIASN', 'templat', 'unggah'],
      screen: '/impor',
      steps: [
        {
          text: 'Buka **Impor**, pilih jenis data (**Pegawai** atau **Unit kerja**). Unduh **templat** atau pakai ekspor SIASN; kolom yang dibaca dijelaskan di halaman.',
          image: {
            file: 'impor',
            alt: 'Halaman Impor: pilihan jenis data pegawai atau unit kerja, penjelasan kolom yang dibaca, dan tombol unduh templat.',
          },
        },
        {
          text: 'Pilih berkas, lalu tekan **Periksa**: sistem membaca dan memeriksa setiap baris tanpa menyimpan apa pun, dan menunjukkan baris yang salah beserta alasannya.',
        },
        {
          text: 'Pilih cara menangani baris yang salah: **Semua atau tidak sama sekali**, atau **Impor baris valid saja**. Tekan **Impor** untuk menyimpan. Baris yang ditolak bisa diperbaiki lalu diimpor ulang.',
        },
      ],
      tips: ['Impor unit dulu, lalu pegawai: pegawai merujuk ke unit yang sudah ada.'],
      related: ['pegawai', 'organisasi'],
    },
    {
      id: 'periode',
      roles: ['admin'],
      title: 'Periode, batas pengisian, dan perpanjangan',
      summary:
        'Menyiapkan tahun kinerja, periode penilaian dengan batas pengisian, hari libur, dan perpanjangan bagi pegawai atau unit.',
      keywords: [
        'periode',
        'batas pengisian',
        'tenggat',
        'perpanjangan',
        'hari libur',
        'kalender kerja',
        'triwulan',
        'tahunan',
      ],
      screen: '/periode',
      steps: [
        {
          text: 'Buka **Periode**. Tahun baru: tekan **Siapkan tahun baru**, pilih frekuensi (**Triwulanan** paling umum), dan muat hari libur nasional serta lokal.',
        },
        {
          text: 'Setiap periode punya **Batas pengisian** (bawaan 5 hari kerja setelah periode berakhir; Tahunan: 10 Januari). Tekan ikon pensil untuk mengubahnya.',
          image: {
            file: 'periode',
            alt: 'Daftar periode penilaian 2026: Triwulan I sampai IV dengan tanggal, batas pengisian, dan keadaan Ditutup atau Berjalan.',
          },
        },
        {
          text: 'Perpanjangan: buka **Pengaturan Penilaian** → **Perpanjangan batas pengisian**, pilih tahun dan periode, tekan **Tambah perpanjangan**.',
        },
        {
          text: 'Pilih untuk **pegawai** tertentu atau satu **unit** (termasuk unit di bawahnya), isi tanggal **Diperpanjang sampai** dan alasannya, lalu **Simpan perpanjangan**.',
          image: {
            file: 'perpanjangan',
            alt: 'Formulir perpanjangan batas pengisian Triwulan IV 2026: pilihan pegawai atau unit, tanggal diperpanjang sampai, dan alasan.',
          },
        },
      ],
      tips: [
        'Pengisian setelah batas periode tetap tercatat **terlambat**, walau ada perpanjangan; laporan memisahkan tepat waktu dan terlambat.',
        'Mengubah frekuensi membuat ulang periode; lakukan sebelum penilaian dimulai.',
      ],
      related: ['realisasi', 'laporan'],
    },
    {
      id: 'laporan',
      roles: ['admin', 'atasan'],
      title: 'Laporan kepatuhan (Tabel 2, 3, 6)',
      summary:
        'Membuka rekap penilaian periodik dan tahunan, penggunaan aplikasi per unit, melihat nama di balik angka, dan mengunduhnya.',
      keywords: [
        'laporan',
        'rekap',
        'tabel 2',
        'tabel 3',
        'tabel 6',
        'kepatuhan',
        'tepat waktu',
        'penggunaan',
        'ekspor',
        'excel',
        'dasbor',
      ],
      screen: '/laporan',
      steps: [
        {
          text: 'Buka **Laporan**. Bagian atasnya ringkasan sekilas (pegawai, SKP, penyelesaian penilaian, predikat). Admin melihat seluruh instansi; pimpinan unit melihat unitnya dan unit di bawahnya.',
        },
        {
          text: 'Pilih laporan: **Rekap penilaian periodik** (Tabel 2: pegawai, selesai, tepat waktu, terlambat per periode), **Rekap penilaian tahunan** (Tabel 3: persentase tepat waktu), atau **Penggunaan aplikasi per unit kerja** (Tabel 6).',
        },
        {
          text: 'Saring per **tahun**, **periode**, dan **unit**. Tekan angka yang bergaris bawah untuk melihat **nama pegawai** di baliknya.',
          image: {
            file: 'laporan',
            alt: 'Rekap penilaian periodik tahun 2024: saringan tahun, periode, dan unit kerja, tombol unduh XLSX, CSV, dan PDF, lalu tabel per triwulan dengan jumlah pegawai 32 dan laporan terselesaikan 32.',
          },
        },
        {
          text: 'Tekan **Unduh** untuk Excel (XLSX), CSV, atau PDF. Pegawai yang dikecualikan (pensiun, mutasi keluar, cuti besar) tidak dihitung dan tercantum dengan alasannya.',
        },
      ],
      tips: [
        'Laporan lain: status SKP per unit, kedisiplinan progres harian, distribusi predikat per unit, dan kegiatan tanpa RHK.',
      ],
      related: ['periode', 'tindak-lanjut'],
    },
    {
      id: 'tindak-lanjut',
      roles: ['admin'],
      title: 'Tindak lanjut: TPP, angka kredit, rekomendasi',
      summary:
        'Menghitung komponen kinerja TPP, angka kredit JF, rekomendasi penghargaan dan pembinaan, serta ekspor SIASN.',
      keywords: [
        'TPP',
        'tunjangan',
        'angka kredit',
        'AK',
        'PAK',
        'jabatan fungsional',
        'SIASN',
        'rekomendasi',
        'pembinaan',
        '9-box',
        'talenta',
      ],
      screen: '/tindak-lanjut',
      steps: [
        {
          text: 'Buka **Tindak Lanjut**. Semua angka berasal dari predikat penilaian yang sudah final.',
          image: {
            file: 'tindak-lanjut',
            alt: 'Halaman Tindak Lanjut: menu TPP, angka kredit, rekomendasi, talenta, dan ekspor SIASN.',
          },
        },
        {
          text: '**TPP**: isi pengaturan instansi (basis per jenis jabatan, porsi kinerja, persen per predikat). Contoh bawaan ditandai **contoh** sampai Anda menyimpannya. Pilih periode, lalu unduh perhitungan untuk penggajian.',
        },
        {
          text: '**Angka kredit**: pilih tahun lalu tekan **Hitung** untuk membuat baris AK pegawai JF dari predikat tahunan. AK = persentase predikat × koefisien jenjang × bulan/12. Unduh dokumen gaya PAK per orang.',
        },
        {
          text: '**Rekomendasi**: daftar calon penghargaan (misalnya Sangat Baik dua kali) dan pegawai yang perlu **rencana pembinaan** dengan tanggal tindak lanjut.',
        },
        {
          text: '**SIASN**: unduh CSV/XLSX berisi NIP, tahun, periode, rating hasil kerja, rating perilaku, dan predikat.',
        },
      ],
      example: {
        title: 'Contoh perhitungan angka kredit',
        lines: [
          'Ahli Pertama, predikat Sangat Baik, 12 bulan: 150 % × 12,5 × 12/12 = 18,75.',
          'Ahli Pertama, predikat Baik, 2 bulan: 100 % × 12,5 × 2/12 = 2,08.',
        ],
      },
      related: ['laporan', 'penilaian-saya'],
    },
    // ---------------------------------------------------------------- PIC helpdesk
    {
      id: 'tiket',
      roles: ['pic'],
      title: 'Menjawab tiket helpdesk',
      summary:
        'Membuka antrian, membaca konteks pegawai, membalas, dan mengubah status tiket sampai selesai.',
      keywords: ['antrian', 'tiket', 'balas', 'status', 'baru', 'diproses', 'menunggu pengguna'],
      screen: '/helpdesk',
      steps: [
        {
          text: 'Buka **Helpdesk**, tab **Antrian**. Saring per **Status** atau cari nomor, judul, atau nama pelapor. Tiket tanpa PIC bisa Anda **Ambil**.',
          image: {
            file: 'helpdesk',
            alt: 'Antrian Helpdesk PIC: saringan status dan pencarian, lalu tiket HD-2026-0002 berstatus Diproses dengan tanda SLA penyelesaian berjalan.',
          },
        },
        {
          text: 'Buka tiket. Baca cerita pelapor, tangkapan layar, dan **Konteks pelapor** (unit, jabatan, SKP, periode, halaman, peramban) — tidak perlu menanyakannya lagi.',
          image: {
            file: 'helpdesk-tiket',
            alt: 'Detail tiket HD-2026-0002: status Diproses, batas penyelesaian dan sisa waktunya, PIC yang menangani, tombol Ubah status dan Tugaskan, lalu percakapan.',
          },
        },
        {
          text: 'Tulis balasan dengan langkah yang jelas, lalu **Kirim balasan**. Balasan pertama menghentikan jam **tanggapan pertama**. Lewat **Ubah status**, pilih **Diproses**, atau **Menunggu pengguna** bila perlu jawaban pelapor.',
        },
        {
          text: 'Setelah beres, ubah status ke **Selesai**. Pelapor dapat memberi penilaian atau membuka kembali tiketnya. Tiket untuk PIC lain dipindahkan dengan **Tugaskan**.',
        },
      ],
      example: {
        title: 'Contoh balasan yang baik',
        lines: [
          '"Atasan Bapak belum mengajukan SKP 2026, sehingga RHK-nya belum bisa dipilih. Mohon hubungi beliau; setelah itu buka SKP, pilih RHK atasan, lalu tekan Ajukan ke atasan."',
        ],
      },
      tips: [
        'Pertanyaan yang sering muncul? Jadikan jawaban di **FAQ**.',
        'Masalah data (jabatan, unit, atasan) diteruskan ke admin instansi.',
      ],
      related: ['sla', 'faq'],
    },
    {
      id: 'sla',
      roles: ['pic', 'admin'],
      title: 'Menjaga SLA tiket',
      summary:
        'Memahami batas waktu respons pertama dan penyelesaian, serta statistik waktu tanggap helpdesk.',
      keywords: ['SLA', 'waktu respons', 'penyelesaian', 'statistik', 'terlambat', 'jam'],
      screen: '/helpdesk',
      steps: [
        {
          text: 'Setiap tiket punya dua batas waktu: **tanggapan pertama** (bawaan 8 jam) dan **penyelesaian** (bawaan 72 jam), dihitung dalam jam kalender sejak tiket dibuat.',
        },
        {
          text: 'Di antrian, tanda SLA menunjukkan keadaannya (misalnya **Penyelesaian: berjalan**); di detail tiket tertulis batasnya dan sisa waktunya.',
        },
        {
          text: 'Tanggapan pertama terpenuhi saat PIC atau admin membalas pertama kali; penyelesaian saat tiket ditandai **Selesai**.',
        },
        {
          text: 'Tab **Statistik** menunjukkan tiket masuk, median waktu tanggapan dan penyelesaian, persentase **Respons tepat waktu** dan **Selesai tepat waktu**, serta kepuasan. Admin mengubah batas SLA di **Pengaturan helpdesk**.',
        },
      ],
      tips: [
        'Tiket tanpa PIC (belum ada PIC di instansi) masuk ke antrian admin.',
        'Balasan singkat "sedang kami periksa" lebih baik daripada diam: respons pertama tepat waktu.',
      ],
      related: ['tiket', 'faq'],
    },
    {
      id: 'faq',
      roles: ['pic'],
      title: 'Memelihara FAQ',
      summary: 'Menulis, memperbarui, dan menerbitkan jawaban untuk pertanyaan yang sering muncul.',
      keywords: ['FAQ', 'pertanyaan umum', 'basis pengetahuan', 'terbitkan', 'draf'],
      screen: '/helpdesk/faq',
      steps: [
        {
          text: 'Buka **FAQ & Panduan** (kelompok Helpdesk, atau tombol di halaman Helpdesk). Tekan **Tambah FAQ** untuk entri baru.',
          image: {
            file: 'faq',
            alt: 'Halaman FAQ & Panduan untuk PIC: tombol Tambah FAQ, tautan ke panduan, pencarian FAQ, dan entri kategori Akun dan kata sandi berlabel Terbit.',
          },
        },
        {
          text: 'Tulis **pertanyaan** seperti yang diucapkan pegawai, dan **jawaban** berupa langkah bernomor. Pilih kategorinya.',
        },
        {
          text: 'Biarkan sebagai **Draf** selama diperiksa (hanya terlihat oleh PIC dan admin), lalu **Terbitkan**. Entri yang terbit tampil di halaman **Bantuan** semua pegawai.',
        },
        {
          text: 'Perbarui jawaban bila tampilan aplikasi berubah, dan cabut entri yang sudah tidak berlaku.',
        },
      ],
      example: {
        title: 'Contoh entri FAQ',
        lines: [
          'Pertanyaan: "Kenapa kegiatan saya ditandai Terlambat?"',
          'Jawaban: "1) Kegiatan dicatat setelah batas tepat waktu hari itu. 2) Catat pada hari yang sama. 3) Saat offline, waktu di ponsel yang dipakai, jadi tetap tepat waktu."',
        ],
      },
      related: ['tiket', 'bantuan'],
    },
  ],
}
