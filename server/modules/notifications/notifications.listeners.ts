import type { EventBus } from '../../lib/events.ts'
import type { NotificationsService } from './notifications.service.ts'

export type NotificationListenerDeps = {
  /** The sign-in account of a pegawai (auth's AccountsPort), null when they have none. */
  findAccountIdByPegawai(pegawaiId: string): Promise<string | null>
}

const skpLink = (skpId: string) => `/skp/${skpId}`
const skpLabel = (year: number) => `SKP ${year}`

/**
 * Turns SKP workflow events into inbox entries: the atasan hears of a submission, the owner of
 * a return (with the reason) and of an approval. Events are emitted after commit, so nothing is
 * announced that was rolled back; a person without an account is skipped.
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
}
