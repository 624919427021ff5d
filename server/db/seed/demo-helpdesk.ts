import { and, desc, eq, gte, lte, ne, sql } from 'drizzle-orm'
import {
  DEFAULT_HELPDESK_SETTINGS,
  type TicketCategory,
  type TicketContext,
} from '../../../shared/helpdesk.ts'
import { SKP_STATUS_LABEL } from '../../../shared/rules/skp-workflow.ts'
import { addDays } from '../../../shared/rules/working-days.ts'
import { userAccounts } from '../../modules/auth/auth.tables.ts'
import {
  guideProgress,
  helpdeskFaq,
  helpdeskMessages,
  helpdeskTicketCounters,
  helpdeskTickets,
} from '../../modules/helpdesk/helpdesk.tables.ts'
import { jabatan, pegawai, units } from '../../modules/org/org.tables.ts'
import { performanceYears, periods } from '../../modules/periods/periods.tables.ts'
import { skp } from '../../modules/skp/skp.tables.ts'
import type { Db, Executor } from '../client.ts'
import { DEMO_PEOPLE, type DemoAccountRole } from './demo-people.ts'

/**
 * The demo's helpdesk (issue 6): the FAQ the PIC keeps, written for the study's users (its
 * kendala: NIP sign-in, passwords, composing RHK and indikator, daily progress offline or late,
 * evidence, realisasi and its deadline, keberatan, a new atasan or a PLT), and two tickets of
 * the Pelaksana demo account handled by the PIC demo account: one finished and rated twelve
 * days ago, one opened yesterday and being worked on (one PIC reply, waiting for the PIC).
 * Rows are written directly, shaped as the helpdesk service writes them (numbers from the
 * counter, SLA from the default settings, status lines in the conversation).
 */
export const DEMO_FAQ: readonly {
  category: TicketCategory
  question: string
  answer: string
}[] = [
  {
    category: 'akun',
    question: 'Bagaimana cara masuk ke aplikasi Kinerja?',
    answer:
      'Masuk dengan NIP Anda (18 angka, tanpa spasi) sebagai nama pengguna dan kata sandi dari admin BKPSDM. Saat pertama masuk dengan kata sandi sementara, Anda diminta membuat kata sandi baru. Bila beberapa kali salah memasukkan kata sandi, akun dikunci sementara: tunggu beberapa menit lalu coba lagi.',
  },
  {
    category: 'akun',
    question: 'Saya lupa kata sandi. Apa yang harus dilakukan?',
    answer:
      'Hubungi admin BKPSDM (langsung atau lewat atasan/rekan). Admin membuat kata sandi sementara sekali pakai untuk akun Anda. Masuk dengan NIP dan kata sandi sementara itu, lalu buat kata sandi baru: minimal 8 karakter, memuat huruf dan angka. Jangan memberikan kata sandi Anda kepada siapa pun, termasuk rekan yang membantu mengisi.',
  },
  {
    category: 'skp',
    question: 'Bagaimana menyusun Rencana Hasil Kerja (RHK) dan indikatornya di SKP?',
    answer:
      'Buka menu SKP. Tulis RHK utama yang mendukung (mengintervensi) RHK atasan Anda, lalu tambahkan minimal satu indikator untuk setiap RHK dengan aspek kuantitas, kualitas atau waktu dan target yang terukur, misalnya "12 Laporan". Setelah lengkap, ajukan SKP kepada atasan. Bila dikembalikan, baca alasannya, perbaiki, lalu ajukan kembali. Untuk mengubah SKP yang sudah disetujui, ajukan revisi dari halaman SKP.',
  },
  {
    category: 'progres_harian',
    question:
      'Saya mengisi progres harian tanpa sinyal atau belakangan. Apakah dihitung terlambat?',
    answer:
      'Progres harian dapat diisi saat offline: entri disimpan di perangkat dan terkirim otomatis ketika tersambung kembali. Yang dipakai adalah waktu pencatatan di perangkat, sehingga entri yang dicatat tepat waktu tetap tepat waktu walaupun terkirim belakangan (atasan melihat tandanya). Batas pengisian adalah akhir hari kerja berikutnya setelah tanggal kegiatan (pengaturan admin dapat berbeda); entri yang dicatat setelah batas itu ditandai terlambat. Biasakan mengisi di hari yang sama.',
  },
  {
    category: 'progres_harian',
    question: 'Bukti dukung apa yang bisa dilampirkan?',
    answer:
      'Foto (JPG, PNG, WebP, HEIC), PDF, atau dokumen Office (Word, Excel, PowerPoint), paling besar 10 MB per berkas, atau tautan ke dokumen (misalnya folder bersama). Jenis berkas dikenali dari isinya, bukan dari namanya. Bukti yang dilampirkan pada progres harian dapat dipilih kembali sebagai bukti dukung saat mengisi realisasi penilaian.',
  },
  {
    category: 'penilaian',
    question: 'Kapan batas pengisian realisasi, dan bagaimana bila terlewat?',
    answer:
      'Setiap periode penilaian memiliki batas pengisian yang tampil di menu Penilaian. Isi realisasi setiap indikator (nilai awal diisi dari progres harian Anda), lampirkan bukti dukung, lalu ajukan kepada pejabat penilai sebelum batas itu. Setelah batas lewat realisasi tidak dapat diajukan, kecuali admin memberi perpanjangan untuk Anda atau unit Anda; sampaikan kendala Anda kepada atasan atau admin sebelum batas berakhir.',
  },
  {
    category: 'penilaian',
    question: 'Bagaimana mengajukan keberatan atas hasil penilaian?',
    answer:
      'Setelah penilaian final, buka penilaian periode tersebut dan baca umpan baliknya. Anda dapat menerima hasilnya atau mengajukan keberatan dengan alasan yang jelas dalam jangka waktu yang tertera (14 hari bila tidak diatur lain). Keberatan diputuskan oleh atasan pejabat penilai: ditolak, atau dikabulkan dengan rating yang baru. Keputusannya dikirim sebagai notifikasi.',
  },
  {
    category: 'data_pegawai',
    question: 'Atasan saya berganti atau dijabat PLT/PLH. Apa yang perlu dilakukan?',
    answer:
      'Atasan ditentukan dari struktur organisasi, jadi Anda tidak perlu memilihnya. Bila kepala unit kosong dan ditunjuk PLT/PLH, admin mencatat penugasan itu sehingga persetujuan SKP dan penilaian mengalir ke pejabat tersebut. Bila atasan yang tampil di profil Anda keliru, buka tiket kategori "Data pegawai/jabatan". Pada mutasi atau promosi, SKP lama ditutup dan Anda menyusun SKP baru untuk jabatan yang baru.',
  },
]

const WITA_OFFSET = '+08:00' // Asia/Makassar has no daylight saving
const at = (day: string, time: string) => new Date(`${day}T${time}:00${WITA_OFFSET}`)
const minutesAfter = (d: Date, m: number) => new Date(d.getTime() + m * 60_000)
const HOUR_MS = 3_600_000

type Person = {
  userId: string
  pegawaiId: string
  displayName: string
  unitName: string
  jabatanName: string
}

async function demoPerson(tx: Executor, instansiId: string, role: DemoAccountRole) {
  const person = DEMO_PEOPLE.find((p) => p.demoAccount === role)
  if (!person) throw new Error(`seedDemoHelpdesk: no demo person for ${role}`)
  const [row] = await tx
    .select({
      userId: userAccounts.id,
      pegawaiId: pegawai.id,
      displayName: userAccounts.displayName,
      unitName: units.name,
      jabatanName: jabatan.name,
    })
    .from(pegawai)
    .innerJoin(userAccounts, eq(userAccounts.pegawaiId, pegawai.id))
    .innerJoin(units, eq(units.id, pegawai.unitId))
    .innerJoin(jabatan, eq(jabatan.id, pegawai.jabatanId))
    .where(and(eq(pegawai.instansiId, instansiId), eq(pegawai.name, person.name)))
  if (!row) throw new Error(`seedDemoHelpdesk: ${person.name} has no account`)
  return row satisfies Person
}

/** Unit, jabatan, the SKP covering the day and the period of the year's frequency (as the service adds). */
async function contextOn(
  tx: Executor,
  instansiId: string,
  person: Person,
  day: string,
  client: Pick<TicketContext, 'path' | 'userAgent' | 'viewport' | 'online'>,
): Promise<TicketContext> {
  const year = Number(day.slice(0, 4))
  const [plan] = await tx
    .select({ id: skp.id, year: skp.year, status: skp.status })
    .from(skp)
    .where(
      and(eq(skp.instansiId, instansiId), eq(skp.pegawaiId, person.pegawaiId), eq(skp.year, year)),
    )
    .orderBy(
      sql`(${skp.startDate} <= ${day} AND ${skp.endDate} >= ${day}) DESC`,
      desc(skp.startDate),
    )
    .limit(1)
  const [py] = await tx
    .select({ frequency: performanceYears.assessmentFrequency })
    .from(performanceYears)
    .where(and(eq(performanceYears.instansiId, instansiId), eq(performanceYears.year, year)))
  const [period] = py
    ? await tx
        .select({ id: periods.id, name: periods.name })
        .from(periods)
        .where(
          and(
            eq(periods.instansiId, instansiId),
            eq(periods.kind, py.frequency),
            lte(periods.startDate, day),
            gte(periods.endDate, day),
          ),
        )
        .limit(1)
    : []
  return {
    ...client,
    unitName: person.unitName,
    jabatanName: person.jabatanName,
    skpId: plan?.id ?? null,
    skpLabel: plan ? `SKP ${plan.year} (${SKP_STATUS_LABEL[plan.status]})` : null,
    periodId: period?.id ?? null,
    periodName: period?.name ?? null,
  }
}

const PHONE = {
  path: '/progres-harian',
  userAgent:
    'Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36',
  viewport: '360x740',
  online: true,
}
const OFFICE_PC = {
  path: '/skp',
  userAgent:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36',
  viewport: '1366x768',
  online: true,
}

export async function seedDemoHelpdesk(db: Db, opts: { instansiId: string; today: string }) {
  const { instansiId, today } = opts
  await db.transaction(async (tx) => {
    const reporter = await demoPerson(tx, instansiId, 'pelaksana')
    const pic = await demoPerson(tx, instansiId, 'pic_helpdesk')

    // ---------- FAQ (published, in this order) ----------
    const faqTime = at(addDays(today, -30), '09:00')
    await tx.insert(helpdeskFaq).values(
      DEMO_FAQ.map((f, i) => ({
        instansiId,
        ...f,
        published: true,
        sortOrder: (i + 1) * 10,
        createdByUserId: pic.userId,
        updatedByUserId: pic.userId,
        createdAt: faqTime,
        updatedAt: faqTime,
      })),
    )

    // ---------- tickets (numbered per year, oldest first) ----------
    const doneDay = addDays(today, -12)
    const openDay = addDays(today, -1)
    const seqOf = new Map<number, number>()
    const numberFor = (day: string) => {
      const year = Number(day.slice(0, 4))
      const seq = (seqOf.get(year) ?? 0) + 1
      seqOf.set(year, seq)
      return { year, seq, number: `HD-${year}-${String(seq).padStart(4, '0')}` }
    }
    const sla = (created: Date) => ({
      firstResponseDueAt: new Date(
        created.getTime() + DEFAULT_HELPDESK_SETTINGS.firstResponseHours * HOUR_MS,
      ),
      resolutionDueAt: new Date(
        created.getTime() + DEFAULT_HELPDESK_SETTINGS.resolutionHours * HOUR_MS,
      ),
    })
    const line = (ticketId: string, body: string, createdAt: Date) => ({
      instansiId,
      ticketId,
      authorUserId: null,
      authorName: 'Sistem',
      authorRole: 'sistem' as const,
      body,
      createdAt,
    })

    // 1. Finished and rated: an approved SKP needs a revision to get an RHK tambahan.
    const doneCreated = at(doneDay, '08:40')
    const doneReply = minutesAfter(doneCreated, 35)
    const doneAnswer = minutesAfter(doneCreated, 95)
    const doneResolved = minutesAfter(doneCreated, 130)
    const [done] = await tx
      .insert(helpdeskTickets)
      .values({
        instansiId,
        ...numberFor(doneDay),
        status: 'selesai',
        category: 'skp',
        subject: 'Tidak bisa menambah RHK tambahan di SKP',
        description:
          'Saya ditunjuk menjadi panitia seleksi dan ingin menambahkan RHK tambahan, tetapi tombol untuk menambah RHK tidak terlihat di SKP saya.',
        reporterUserId: reporter.userId,
        reporterPegawaiId: reporter.pegawaiId,
        reporterName: reporter.displayName,
        context: await contextOn(tx, instansiId, reporter, doneDay, OFFICE_PC),
        assigneeUserId: pic.userId,
        assigneeName: pic.displayName,
        ...sla(doneCreated),
        firstResponseAt: doneReply,
        resolvedAt: doneResolved,
        satisfaction: 5,
        satisfactionComment: 'Penjelasannya jelas dan cepat. Terima kasih.',
        ratedAt: minutesAfter(doneResolved, 20),
        reporterActivityAt: minutesAfter(doneResolved, 20),
        staffActivityAt: doneResolved,
        reporterSeenAt: minutesAfter(doneResolved, 20),
        staffSeenAt: minutesAfter(doneResolved, 20),
        version: 4,
        createdAt: doneCreated,
        updatedAt: minutesAfter(doneResolved, 20),
      })
      .returning({ id: helpdeskTickets.id })
    await tx.insert(helpdeskMessages).values([
      {
        instansiId,
        ticketId: done!.id,
        authorUserId: pic.userId,
        authorName: pic.displayName,
        authorRole: 'pic',
        body: 'Selamat pagi, Pak. SKP Bapak sudah disetujui sehingga isinya terkunci. Untuk menambah RHK tambahan, ajukan revisi dari halaman SKP, tambahkan RHK beserta indikatornya, lalu ajukan kembali kepada atasan untuk disetujui.',
        createdAt: doneReply,
      },
      line(done!.id, `Status: Diproses (oleh ${pic.displayName})`, doneReply),
      {
        instansiId,
        ticketId: done!.id,
        authorUserId: reporter.userId,
        authorName: reporter.displayName,
        authorRole: 'pelapor',
        body: 'Sudah bisa, terima kasih. RHK tambahan sudah saya ajukan ke atasan.',
        createdAt: doneAnswer,
      },
      line(done!.id, `Status: Selesai (oleh ${pic.displayName})`, doneResolved),
    ])

    // 2. Open: yesterday's daily progress on a field visit without signal; the PIC is on it.
    const openCreated = at(openDay, '14:20')
    const openReply = minutesAfter(openCreated, 45)
    const [open] = await tx
      .insert(helpdeskTickets)
      .values({
        instansiId,
        ...numberFor(openDay),
        status: 'diproses',
        category: 'progres_harian',
        subject: 'Progres harian saat dinas luar tercatat terlambat',
        description:
          'Saya mengisi progres harian saat dinas luar di desa yang tidak ada sinyal. Setelah tersambung di kantor, satu entri ditandai terlambat padahal saya mencatatnya pada hari yang sama. Mohon dicek.',
        reporterUserId: reporter.userId,
        reporterPegawaiId: reporter.pegawaiId,
        reporterName: reporter.displayName,
        context: await contextOn(tx, instansiId, reporter, openDay, PHONE),
        assigneeUserId: pic.userId,
        assigneeName: pic.displayName,
        ...sla(openCreated),
        firstResponseAt: openReply,
        reporterActivityAt: openCreated,
        staffActivityAt: openReply,
        reporterSeenAt: openCreated,
        staffSeenAt: openReply,
        version: 1,
        createdAt: openCreated,
        updatedAt: openReply,
      })
      .returning({ id: helpdeskTickets.id })
    await tx.insert(helpdeskMessages).values([
      {
        instansiId,
        ticketId: open!.id,
        authorUserId: pic.userId,
        authorName: pic.displayName,
        authorRole: 'pic',
        body: 'Terima kasih laporannya, Pak. Entri yang dicatat saat offline memakai waktu pencatatan di perangkat, jadi tidak semestinya ditandai terlambat. Kami sedang memeriksa entri Bapak dan akan mengabari hari ini.',
        createdAt: openReply,
      },
      line(open!.id, `Status: Diproses (oleh ${pic.displayName})`, openReply),
    ])

    // The next ticket of each year continues after the seeded ones.
    await tx
      .insert(helpdeskTicketCounters)
      .values([...seqOf].map(([year, lastSeq]) => ({ instansiId, year, lastSeq })))

    // The built-in guide's first-login tour: every demo account has seen it except the
    // Pejabat Fungsional, who meets it at the first sign-in (e2e/guide.spec.ts).
    const jf = await demoPerson(tx, instansiId, 'jf')
    const toured = at(addDays(today, -30), '08:00')
    const accounts = await tx
      .select({ id: userAccounts.id })
      .from(userAccounts)
      .where(and(eq(userAccounts.instansiId, instansiId), ne(userAccounts.id, jf.userId)))
    await tx.insert(guideProgress).values(
      accounts.map((a) => ({
        userId: a.id,
        instansiId,
        tourDone: true,
        completedAt: toured,
        createdAt: toured,
        updatedAt: toured,
      })),
    )
  })
}
