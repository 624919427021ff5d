import type { Db } from '../client.ts'
import { systemActor } from '../../lib/actor.ts'
import { fixedClock } from '../../lib/clock.ts'
import { createAuditService } from '../../modules/audit/audit.service.ts'
import { createPeriodsService } from '../../modules/periods/periods.service.ts'

/**
 * The demo's performance years 2024–2026, set up the way an admin would (through the
 * periods service, so the rules and audit are the real ones): quarterly assessments as in
 * the Gianyar study (Table 2), national holidays and cuti bersama, and Bali's local holidays.
 */
export async function seedDemoPeriods(
  db: Db,
  opts: { instansiId: string; timeZone: string; today: string },
) {
  const periods = createPeriodsService({
    db,
    clock: fixedClock(`${opts.today}T02:00:00Z`),
    audit: createAuditService({ db }),
    org: { instansiInfo: async () => ({ name: 'demo', timeZone: opts.timeZone }) },
  })
  const actor = systemActor(opts.instansiId)
  for (const year of [2024, 2025, 2026]) {
    await periods.createYear(actor, {
      year,
      assessmentFrequency: 'quarterly',
      loadNationalHolidays: true,
      loadLocalHolidays: 'bali',
    })
  }
}
