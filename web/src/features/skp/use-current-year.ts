import { useSessionUser } from '../auth/api.ts'
import { todayIn } from '../../lib/format.ts'

/** This year in the instansi's time zone (on 31 December in WIT it may already be next year). */
export function useCurrentYear(): number {
  const me = useSessionUser()
  return Number(todayIn(me.instansiTimeZone ?? undefined).slice(0, 4))
}
