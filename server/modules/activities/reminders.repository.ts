import { and, count, eq, gte, inArray, lt } from 'drizzle-orm'
import type { Executor } from '../../db/client.ts'
import { activitySettings, dailyProgress } from './activities.tables.ts'

/** The reminder settings of these instansi (an instansi without a row uses the defaults). */
export async function listReminderSettings(db: Executor, instansiIds: readonly string[]) {
  if (instansiIds.length === 0) return []
  return db
    .select({
      instansiId: activitySettings.instansiId,
      reminderHour: activitySettings.reminderHour,
      deadlineReminderDays: activitySettings.deadlineReminderDays,
    })
    .from(activitySettings)
    .where(inArray(activitySettings.instansiId, [...instansiIds]))
}

/** Who of an instansi logged at least one activity on a day (daily_progress_instansi_date_idx). */
export async function listPegawaiWithEntryOn(db: Executor, instansiId: string, day: string) {
  const rows = await db
    .selectDistinct({ pegawaiId: dailyProgress.pegawaiId })
    .from(dailyProgress)
    .where(and(eq(dailyProgress.instansiId, instansiId), eq(dailyProgress.date, day)))
  return rows.map((r) => r.pegawaiId)
}

/** Entries still waiting for verification with a date in [from, before), counted per pegawai. */
export async function countPendingVerificationPerPegawai(
  db: Executor,
  instansiId: string,
  range: { from: string; before: string },
) {
  return db
    .select({ pegawaiId: dailyProgress.pegawaiId, n: count() })
    .from(dailyProgress)
    .where(
      and(
        eq(dailyProgress.instansiId, instansiId),
        gte(dailyProgress.date, range.from),
        lt(dailyProgress.date, range.before),
        eq(dailyProgress.verificationStatus, 'pending'),
      ),
    )
    .groupBy(dailyProgress.pegawaiId)
}
