import { staffTicketLink, TICKET_STATUS_LABEL } from '../../../shared/helpdesk.ts'
import { PREDIKAT_LABEL } from '../../../shared/rules/predikat.ts'
import type { EventBus } from '../../lib/events.ts'
import type { NotificationsService } from './notifications.service.ts'

export type NotificationListenerDeps = {
  /** The sign-in account of a pegawai (auth's AccountsPort), null when they have none. */
  findAccountIdByPegawai(pegawaiId: string): Promise<string | null>
}

const skpLink = (skpId: string) => `/skp/${skpId}`
const skpLabel = (year: number) => `SKP ${year}`

/** "27 November 2026" (the inbox speaks Indonesian). */
const tanggal = (day: string) =>
  new Intl.DateTimeFormat('id-ID', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`))

const sentence = (text: string) => text.trim().replace(/[.!?]+$/, '')

/** The pegawai opens their own assessment; the pejabat penilai and the reviewer the atasan's screen. */
const ownAssessmentLink = (id: string) => `/penilaian/${id}`
const bawahanAssessmentLink = (id: string) => `/penilaian/bawahan/${id}`

/**
 * Turns domain events into notifications (inbox and email, by each recipient's preferences):
 * the atasan hears of an SKP submission, the owner of a return (with the reason) and of an
 * approval; a pegawai of the verification of their daily progress; each party of an umpan
 * balik message from the other; for penilaian kinerja, the pejabat penilai of a submission,
 * the pegawai of the final result (predikat and the keberatan deadline), the atasan pejabat
 * penilai of a keberatan, the pegawai of its decision, and pegawai and pejabat penilai of a
 * reopening. Events are emitted after commit, so nothing is announced that
 * was rolled back; a person without an account is skipped.
 */
export function registerNotificationListeners(
  events: EventBus,
  notifications: NotificationsService,
  deps: NotificationListenerDeps,
) {
  events.on('skp.submitted', async (e) => {
    // A top JPT has no atasan in the system: an admin approves, and sees the SKP in the list.
    if (!e.atasanPegawaiId) return
    const userId = await deps.findAccountIdByPegawai(e.atasanPegawaiId)
    if (!userId) return
    const skp = skpLabel(e.year)
    await notifications.notify({
      instansiId: e.instansiId,
      userId,
      kind: 'skp.submitted',
      title: `${e.pegawaiName} mengajukan ${skp} untuk disetujui`,
      body: 'Periksa rencana hasil kerja, indikator dan targetnya, lalu setujui atau kembalikan dengan alasan.',
      link: skpLink(e.skpId),
      data: { skpId: e.skpId, pegawaiId: e.pegawaiId },
    })
  })

  events.on('skp.returned', async (e) => {
    const userId = await deps.findAccountIdByPegawai(e.pegawaiId)
    if (!userId) return
    const skp = skpLabel(e.year)
    await notifications.notify({
      instansiId: e.instansiId,
      userId,
      kind: 'skp.returned',
      title: `${skp} Anda dikembalikan oleh ${e.atasanName}`,
      body: `Alasan: ${e.reason.trim().replace(/[.!?]+$/, '')}. Perbaiki lalu ajukan kembali.`,
      link: skpLink(e.skpId),
      data: { skpId: e.skpId },
    })
  })

  events.on('skp.approved', async (e) => {
    const userId = await deps.findAccountIdByPegawai(e.pegawaiId)
    if (!userId) return
    const skp = skpLabel(e.year)
    await notifications.notify({
      instansiId: e.instansiId,
      userId,
      kind: 'skp.approved',
      title: `${skp} Anda disetujui oleh ${e.atasanName}`,
      body: 'SKP sudah berlaku dan dapat diunduh sebagai PDF.',
      link: skpLink(e.skpId),
      data: { skpId: e.skpId },
    })
  })

  events.on('progress.verified', async (e) => {
    const userId = await deps.findAccountIdByPegawai(e.pegawaiId)
    if (!userId) return
    const ok = e.verdict === 'sesuai'
    const since =
      e.count > 1 ? ` sejak ${tanggal(e.firstDate)}` : ` tanggal ${tanggal(e.firstDate)}`
    await notifications.notify({
      instansiId: e.instansiId,
      userId,
      kind: 'progress.verified',
      title: ok
        ? `${e.count} kegiatan Anda diverifikasi sesuai oleh ${e.atasanName}`
        : `${e.count} kegiatan Anda diverifikasi perlu perbaikan oleh ${e.atasanName}`,
      body: ok
        ? `Kegiatan${since} sudah diperiksa dan dinyatakan sesuai.`
        : `Perlu perbaikan: ${e.note ? sentence(e.note) : 'lihat catatan pada kegiatan'}. Perbaiki kegiatan${since} lalu simpan kembali.`,
      link: `/progres-harian?tanggal=${e.firstDate}`,
      data: { progressIds: e.progressIds, verdict: e.verdict },
    })
  })

  events.on('feedback.posted', async (e) => {
    const userId = await deps.findAccountIdByPegawai(e.toPegawaiId)
    if (!userId) return
    await notifications.notify({
      instansiId: e.instansiId,
      userId,
      kind: 'feedback.posted',
      title:
        e.authorRole === 'atasan'
          ? `${e.authorName} memberi umpan balik tentang ${e.topicLabel}`
          : `${e.authorName} membalas umpan balik tentang ${e.topicLabel}`,
      body: e.excerpt,
      link: `/skp/${e.skpId}#umpan-balik`,
      data: { skpId: e.skpId, threadId: e.threadId },
    })
  })

  // ---------- penilaian kinerja ----------
  events.on('assessment.submitted', async (e) => {
    // At the top of the tree nobody assesses in the system: an admin rates from the list.
    if (!e.assessorPegawaiId) return
    const userId = await deps.findAccountIdByPegawai(e.assessorPegawaiId)
    if (!userId) return
    await notifications.notify({
      instansiId: e.instansiId,
      userId,
      kind: 'assessment.submitted',
      title: `${e.pegawaiName} mengajukan realisasi ${e.periodName} untuk dinilai`,
      body: e.late
        ? 'Diajukan setelah batas pengisian (dengan perpanjangan). Periksa realisasi dan bukti dukungnya, beri umpan balik, lalu tetapkan rating.'
        : 'Periksa realisasi dan bukti dukungnya, beri umpan balik, lalu tetapkan rating hasil kerja dan perilaku.',
      link: bawahanAssessmentLink(e.assessmentId),
      data: { assessmentId: e.assessmentId, late: e.late },
    })
  })

  events.on('assessment.finalised', async (e) => {
    const userId = await deps.findAccountIdByPegawai(e.pegawaiId)
    if (!userId) return
    await notifications.notify({
      instansiId: e.instansiId,
      userId,
      kind: 'assessment.finalised',
      title: `Penilaian ${e.periodName} Anda sudah final: ${PREDIKAT_LABEL[e.predikat]}`,
      body: `Dinilai oleh ${e.assessorName}. Baca umpan baliknya, lalu terima hasilnya atau ajukan keberatan paling lambat ${tanggal(e.objectionOpenUntil)}.`,
      link: ownAssessmentLink(e.assessmentId),
      data: {
        assessmentId: e.assessmentId,
        predikat: e.predikat,
        objectionOpenUntil: e.objectionOpenUntil,
      },
    })
  })

  events.on('assessment.objected', async (e) => {
    // No atasan pejabat penilai in the system: an admin decides from the review list.
    if (!e.reviewerPegawaiId) return
    const userId = await deps.findAccountIdByPegawai(e.reviewerPegawaiId)
    if (!userId) return
    await notifications.notify({
      instansiId: e.instansiId,
      userId,
      kind: 'assessment.objected',
      title: `${e.pegawaiName} mengajukan keberatan atas penilaian ${e.periodName}`,
      body: 'Sebagai atasan pejabat penilai, baca alasan keberatannya lalu putuskan: ditolak atau dikabulkan dengan rating yang baru.',
      link: bawahanAssessmentLink(e.assessmentId),
      data: { assessmentId: e.assessmentId },
    })
  })

  events.on('assessment.decided', async (e) => {
    const userId = await deps.findAccountIdByPegawai(e.pegawaiId)
    if (!userId) return
    const granted = e.decision === 'dikabulkan'
    await notifications.notify({
      instansiId: e.instansiId,
      userId,
      kind: 'assessment.decided',
      title: granted
        ? `Keberatan Anda atas penilaian ${e.periodName} dikabulkan oleh ${e.deciderName}`
        : `Keberatan Anda atas penilaian ${e.periodName} ditolak oleh ${e.deciderName}`,
      body: granted
        ? `Rating diubah; predikat Anda sekarang ${PREDIKAT_LABEL[e.predikat]}. Lihat catatan keputusannya.`
        : `Predikat tetap ${PREDIKAT_LABEL[e.predikat]}. Lihat catatan keputusannya.`,
      link: ownAssessmentLink(e.assessmentId),
      data: { assessmentId: e.assessmentId, decision: e.decision, predikat: e.predikat },
    })
  })

  events.on('assessment.reopened', async (e) => {
    const reason = `Alasan: ${sentence(e.reason)}.`
    const owner = await deps.findAccountIdByPegawai(e.pegawaiId)
    if (owner)
      await notifications.notify({
        instansiId: e.instansiId,
        userId: owner,
        kind: 'assessment.reopened',
        title: `Penilaian ${e.periodName} Anda dibuka kembali oleh admin`,
        body: `${reason} Periksa dan perbaiki realisasi Anda bila perlu, lalu ajukan kembali.`,
        link: ownAssessmentLink(e.assessmentId),
        data: { assessmentId: e.assessmentId },
      })
    if (!e.assessorPegawaiId) return
    const assessor = await deps.findAccountIdByPegawai(e.assessorPegawaiId)
    if (!assessor) return
    await notifications.notify({
      instansiId: e.instansiId,
      userId: assessor,
      kind: 'assessment.reopened',
      title: `Penilaian ${e.periodName} bawahan Anda dibuka kembali oleh admin`,
      body: `${reason} Penilaian dapat dinilai dan difinalkan kembali.`,
      link: bawahanAssessmentLink(e.assessmentId),
      data: { assessmentId: e.assessmentId },
    })
  })

  // ---------- helpdesk (recipients are chosen by the helpdesk service) ----------
  events.on('helpdesk.created', async (e) => {
    for (const userId of e.recipientUserIds)
      await notifications.notify({
        instansiId: e.instansiId,
        userId,
        kind: 'helpdesk.created',
        title: `Tiket baru ${e.number} dari ${e.reporterName}`,
        body: `${sentence(e.subject)}. Buka tiket, baca konteksnya, lalu balas pelapor.`,
        link: staffTicketLink(e.ticketId),
        data: { ticketId: e.ticketId },
      })
  })

  events.on('helpdesk.replied', async (e) => {
    for (const userId of e.recipientUserIds)
      await notifications.notify({
        instansiId: e.instansiId,
        userId,
        kind: 'helpdesk.replied',
        title: `${e.authorName} membalas tiket ${e.number}`,
        body: e.excerpt,
        link: e.link,
        data: { ticketId: e.ticketId },
      })
  })

  events.on('helpdesk.status', async (e) => {
    const label = TICKET_STATUS_LABEL[e.status]
    const body =
      e.status === 'selesai'
        ? `${sentence(e.subject)}. Bila masalahnya belum teratasi, buka kembali tiketnya; bila sudah, beri penilaian layanan.`
        : e.status === 'menunggu_pengguna'
          ? `${sentence(e.subject)}. PIC menunggu tanggapan Anda: buka tiket lalu balas.`
          : `${sentence(e.subject)}.`
    for (const userId of e.recipientUserIds)
      await notifications.notify({
        instansiId: e.instansiId,
        userId,
        kind: 'helpdesk.status',
        title: `Tiket ${e.number}: ${label} (oleh ${e.byName})`,
        body,
        link: e.link,
        data: { ticketId: e.ticketId, status: e.status },
      })
  })
}
