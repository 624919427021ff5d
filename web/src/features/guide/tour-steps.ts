import type { NavKey, NavPath } from '../../app/layout/nav-items.ts'
import type { Me } from '../auth/api.ts'
import { isAdmin, isHelpdesk, isPegawai } from '../auth/api.ts'

export type TourStepKey =
  | 'welcome'
  | 'skp'
  | 'progres'
  | 'penilaian'
  | 'pemantauan'
  | 'adminData'
  | 'adminPeriode'
  | 'helpdesk'
  | 'bantuan'

/** One step of the first-login tour: what it explains and the menu it points at. */
export type TourStep = { key: TourStepKey; nav: { key: NavKey; to: NavPath } }

const STEPS: Record<TourStepKey, TourStep> = {
  welcome: { key: 'welcome', nav: { key: 'beranda', to: '/' } },
  skp: { key: 'skp', nav: { key: 'skp', to: '/skp' } },
  progres: { key: 'progres', nav: { key: 'progres', to: '/progres-harian' } },
  penilaian: { key: 'penilaian', nav: { key: 'penilaian', to: '/penilaian' } },
  pemantauan: { key: 'pemantauan', nav: { key: 'pemantauan', to: '/pemantauan' } },
  adminData: { key: 'adminData', nav: { key: 'pegawai', to: '/pegawai' } },
  adminPeriode: { key: 'adminPeriode', nav: { key: 'periode', to: '/periode' } },
  helpdesk: { key: 'helpdesk', nav: { key: 'helpdesk', to: '/helpdesk' } },
  bantuan: { key: 'bantuan', nav: { key: 'bantuan', to: '/bantuan' } },
}

/** At most six steps: a tour longer than that is skipped unread. */
export const MAX_TOUR_STEPS = 6

/**
 * The tour for this person, 4–6 steps: welcome (Beranda), their own work (SKP, Progres
 * Harian, Penilaian) when they are a pegawai, what their extra role adds (Pemantauan for an
 * atasan, the admin menus, Helpdesk for a PIC), and Bantuan last. When everything does not fit,
 * the role's own steps win over the pegawai ones.
 */
export function tourStepsFor(me: Pick<Me, 'roles' | 'isAtasan' | 'pegawaiId'>): TourStep[] {
  const own: TourStepKey[] = isPegawai(me) ? ['skp', 'progres', 'penilaian'] : []
  const role: TourStepKey[] = [
    ...(me.isAtasan ? (['pemantauan'] as const) : []),
    ...(isAdmin(me) ? (['adminData', 'adminPeriode'] as const) : []),
    ...(isHelpdesk(me) ? (['helpdesk'] as const) : []),
  ]
  const room = MAX_TOUR_STEPS - 2
  const picked = [...role, ...own].slice(0, room)
  const middle = [...own, ...role].filter((k) => picked.includes(k))
  return ['welcome' as const, ...middle, 'bantuan' as const].map((k) => STEPS[k])
}
