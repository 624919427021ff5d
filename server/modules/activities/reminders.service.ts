import { DEFAULT_ACTIVITY_SETTINGS } from '../../../shared/activities.ts'
import {
  addDays,
  addWorkingDays,
  dayNumber,
  isWorkingDay,
  workingCalendar,
  type WorkingCalendar,
} from '../../../shared/rules/working-days.ts'
import { systemActor } from '../../lib/actor.ts'
import { dayIn } from '../../lib/clock.ts'
import type { Db } from '../../db/client.ts'
import type { AccountsPort } from '../auth/auth.service.ts'
import type {
  NotificationsService,
  OnceNotification,
} from '../notifications/notifications.service.ts'
import type { OrgService } from '../org/org.service.ts'
import type { PeriodsService } from '../periods/periods.service.ts'
import type { SkpService } from '../skp/skp.service.ts'
import * as repo from './reminders.repository.ts'

type Deps = {
  db: Db
  org: Pick<OrgService, 'instansiZones' | 'activePegawaiOn' | 'atasanIndex'>
  accounts: Pick<AccountsPort, 'activeAccountsOf'>
  periods: Pick<PeriodsService, 'calendarFor' | 'current'>
  skp: Pick<SkpService, 'pendingApprovalCounts'>
  notifications: Pick<NotificationsService, 'notifyOnce'>
  /** One instansi failing is reported here and does not stop the others. */
  onError?: (error: unknown, instansiId: string) => void
}

/** Entries unverified for longer than this many working days count as waiting for the atasan. */
export const VERIFICATION_WAIT_WORKING_DAYS = 2
/** How far back unverified entries are still counted (keeps the scan bounded). */
const VERIFICATION_LOOKBACK_DAYS = 366

export type RemindersResult = {
  instansi: number
  noEntry: number
  deadline: number
  waiting: number
}

/** "27 November 2026". */
const tanggal = (day: string) =>
  new Intl.DateTimeFormat('id-ID', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`))

/** The hour (0–23) of an instant on the wall clock of a time zone. */
export function localHour(instant: Date, timeZone: string): number {
  const hour = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    hourCycle: 'h23',
  }).format(instant)
  return Number(hour)
}

type Recipient = { pegawaiId: string; userId: string }

/**
 * Reminders, run by the `reminders.tick` job (every 15 minutes by default) for every instansi
 * in its own time zone. From the instansi's reminder hour (activity_settings.reminder_hour,
 * default 16) on:
 * - on a working day, each active pegawai with an account, not under an exclusion, who has no
 *   daily progress for the local day: "no entry today" (once per day);
 * - when the nearest batas pengisian is at most deadline_reminder_days away and not passed:
 *   everyone, once per period;
 * - on a working day, each atasan with SKPs submitted to them or subordinates' entries
 *   unverified for more than 2 working days: one digest per day with the counts.
 * Every query is per instansi and set-based; delivery goes through notifyOnce, so running the
 * tick twice, late, or in two processes at once sends each reminder once, and each person's
 * preferences decide the channels.
 */
export function createRemindersService({
  db,
  org,
  accounts,
  periods,
  skp,
  notifications,
  onError,
}: Deps) {
  /** The year's calendar; early in January the previous year's days off are added too. */
  async function calendarAround(instansiId: string, today: string): Promise<WorkingCalendar> {
    const year = Number(today.slice(0, 4))
    const cal = await periods.calendarFor(instansiId, year)
    if (today.slice(5) >= '01-15') return cal
    const before = await periods.calendarFor(instansiId, year - 1)
    return workingCalendar(cal.workingWeekdays, [...before.holidays, ...cal.holidays])
  }

  async function recipientsOn(instansiId: string, today: string): Promise<Recipient[]> {
    const people = await org.activePegawaiOn(instansiId, today)
    const accountOf = await accounts.activeAccountsOf(
      db,
      people.map((p) => p.id),
    )
    return people.flatMap((p) => {
      const userId = accountOf.get(p.id)
      return userId ? [{ pegawaiId: p.id, userId }] : []
    })
  }

  function noEntry(instansiId: string, today: string, people: Recipient[]): OnceNotification[] {
    return people.map((p) => ({
      instansiId,
      userId: p.userId,
      kind: 'reminder.no_entry',
      title: 'Anda belum mengisi progres harian hari ini',
      body: `Catat kegiatan Anda untuk ${tanggal(today)}. Entri yang dicatat setelah batas waktu ditandai terlambat.`,
      link: `/progres-harian?tanggal=${today}`,
      data: { date: today },
      dedupe: { kind: 'reminder.no_entry', key: today },
    }))
  }

  async function deadline(
    instansiId: string,
    today: string,
    days: number,
    people: Recipient[],
  ): Promise<OnceNotification[]> {
    const { nextDeadline: p } = await periods.current(systemActor(instansiId))
    if (!p || p.deadline < today) return []
    const left = dayNumber(p.deadline) - dayNumber(today)
    if (left > days) return []
    return people.map((r) => ({
      instansiId,
      userId: r.userId,
      kind: 'reminder.deadline',
      title:
        left === 0
          ? `Batas pengisian ${p.name} hari ini`
          : `Batas pengisian ${p.name} ${left} hari lagi`,
      body: `Lengkapi progres harian dan realisasi ${p.name} paling lambat ${tanggal(p.deadline)} pukul 23.59.`,
      link: '/progres-harian',
      data: { periodId: p.id, deadline: p.deadline },
      dedupe: { kind: 'reminder.deadline', key: p.id },
    }))
  }

  async function waiting(
    instansiId: string,
    today: string,
    cal: WorkingCalendar,
    people: Recipient[],
  ): Promise<OnceNotification[]> {
    const before = addWorkingDays(today, -VERIFICATION_WAIT_WORKING_DAYS, cal)
    const [skpCounts, pending, index] = await Promise.all([
      skp.pendingApprovalCounts(instansiId),
      repo.countPendingVerificationPerPegawai(db, instansiId, {
        from: addDays(today, -VERIFICATION_LOOKBACK_DAYS),
        before,
      }),
      org.atasanIndex(instansiId, today),
    ])
    // Entries wait for the pegawai's atasan of today (who verifies them).
    const progressCounts = new Map<string, number>()
    for (const { pegawaiId, n } of pending) {
      const atasan = index.atasanOf(pegawaiId)
      if (atasan) progressCounts.set(atasan, (progressCounts.get(atasan) ?? 0) + n)
    }
    return people.flatMap((r): OnceNotification[] => {
      const skps = skpCounts.get(r.pegawaiId) ?? 0
      const entries = progressCounts.get(r.pegawaiId) ?? 0
      if (skps === 0 && entries === 0) return []
      const parts = [
        ...(skps > 0 ? [`${skps} SKP menunggu persetujuan`] : []),
        ...(entries > 0 ? [`${entries} kegiatan bawahan belum diverifikasi`] : []),
      ]
      return [
        {
          instansiId,
          userId: r.userId,
          kind: 'reminder.waiting',
          title: `Menunggu tindakan Anda: ${parts.join(' dan ')}`,
          body: [
            ...(skps > 0
              ? [`${skps} SKP bawahan diajukan kepada Anda dan menunggu persetujuan.`]
              : []),
            ...(entries > 0
              ? [
                  `${entries} kegiatan bawahan langsung belum diverifikasi lebih dari ${VERIFICATION_WAIT_WORKING_DAYS} hari kerja.`,
                ]
              : []),
          ].join(' '),
          link: entries > 0 ? '/pemantauan' : '/skp/bawahan',
          data: { skp: skps, progress: entries, date: today },
          dedupe: { kind: 'reminder.waiting', key: today },
        },
      ]
    })
  }

  async function runFor(
    inst: { id: string; timeZone: string },
    settings: { reminderHour: number; deadlineReminderDays: number },
    now: Date,
  ) {
    const sent = { noEntry: 0, deadline: 0, waiting: 0 }
    const today = dayIn(now, inst.timeZone)
    if (localHour(now, inst.timeZone) < settings.reminderHour) return sent
    const [cal, people] = await Promise.all([
      calendarAround(inst.id, today),
      recipientsOn(inst.id, today),
    ])
    if (people.length === 0) return sent
    const working = isWorkingDay(today, cal)
    if (working) {
      const logged = new Set(await repo.listPegawaiWithEntryOn(db, inst.id, today))
      sent.noEntry = await notifications.notifyOnce(
        noEntry(
          inst.id,
          today,
          people.filter((p) => !logged.has(p.pegawaiId)),
        ),
      )
    }
    sent.deadline = await notifications.notifyOnce(
      await deadline(inst.id, today, settings.deadlineReminderDays, people),
    )
    if (working) {
      sent.waiting = await notifications.notifyOnce(await waiting(inst.id, today, cal, people))
    }
    return sent
  }

  return {
    /** One tick of the reminder job at `now` (see above). Idempotent. */
    async runReminders(now: Date): Promise<RemindersResult> {
      const zones = await org.instansiZones()
      const settings = new Map(
        (
          await repo.listReminderSettings(
            db,
            zones.map((z) => z.id),
          )
        ).map((s) => [s.instansiId, s]),
      )
      const result: RemindersResult = { instansi: 0, noEntry: 0, deadline: 0, waiting: 0 }
      const failed: string[] = []
      for (const inst of zones) {
        try {
          const sent = await runFor(inst, settings.get(inst.id) ?? DEFAULT_ACTIVITY_SETTINGS, now)
          result.instansi++
          result.noEntry += sent.noEntry
          result.deadline += sent.deadline
          result.waiting += sent.waiting
        } catch (e) {
          onError?.(e, inst.id)
          failed.push(inst.id)
        }
      }
      // Every other instansi got its reminders; the job is still marked failed to be seen.
      if (failed.length > 0)
        throw new Error(`Reminders failed for ${failed.length} instansi: ${failed.join(', ')}`)
      return result
    },
  }
}
export type RemindersService = ReturnType<typeof createRemindersService>
