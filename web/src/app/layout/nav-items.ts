import {
  IconBuildingCommunity,
  IconChartBar,
  IconClipboardCheck,
  IconFileImport,
  IconHeadset,
  IconHelpCircle,
  IconHistory,
  IconHome,
  IconListCheck,
  IconUserCog,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react'
import type { Icon } from '@tabler/icons-react'
import type { Me } from '../../features/auth/api.ts'
import { isAdmin, isHelpdesk, isPegawai } from '../../features/auth/api.ts'

export type NavKey =
  | 'beranda'
  | 'skp'
  | 'progres'
  | 'penilaian'
  | 'bantuan'
  | 'bawahan'
  | 'organisasi'
  | 'pegawai'
  | 'impor'
  | 'pengguna'
  | 'audit'
  | 'helpdesk'

export type NavPath =
  | '/'
  | '/skp'
  | '/progres-harian'
  | '/penilaian'
  | '/bantuan'
  | '/bawahan'
  | '/organisasi'
  | '/pegawai'
  | '/impor'
  | '/pengguna'
  | '/audit'
  | '/helpdesk'

export type NavItem = {
  key: NavKey
  to: NavPath
  icon: Icon
  group: 'pegawai' | 'atasan' | 'admin' | 'helpdesk'
}

/** Navigation by role (api-and-ui.md): what a person sees follows from the session. */
export function navItemsFor(me: Me): NavItem[] {
  const items: NavItem[] = [{ key: 'beranda', to: '/', icon: IconHome, group: 'pegawai' }]
  if (isPegawai(me)) {
    items.push(
      { key: 'skp', to: '/skp', icon: IconListCheck, group: 'pegawai' },
      { key: 'progres', to: '/progres-harian', icon: IconClipboardCheck, group: 'pegawai' },
      { key: 'penilaian', to: '/penilaian', icon: IconChartBar, group: 'pegawai' },
    )
  }
  items.push({ key: 'bantuan', to: '/bantuan', icon: IconHelpCircle, group: 'pegawai' })
  if (me.isAtasan)
    items.push({ key: 'bawahan', to: '/bawahan', icon: IconUsersGroup, group: 'atasan' })
  if (isAdmin(me)) {
    items.push(
      { key: 'organisasi', to: '/organisasi', icon: IconBuildingCommunity, group: 'admin' },
      { key: 'pegawai', to: '/pegawai', icon: IconUsers, group: 'admin' },
      { key: 'impor', to: '/impor', icon: IconFileImport, group: 'admin' },
      { key: 'pengguna', to: '/pengguna', icon: IconUserCog, group: 'admin' },
      { key: 'audit', to: '/audit', icon: IconHistory, group: 'admin' },
    )
  }
  if (isHelpdesk(me))
    items.push({ key: 'helpdesk', to: '/helpdesk', icon: IconHeadset, group: 'helpdesk' })
  return items
}

/**
 * The four destinations of the phone's bottom bar; everything else sits behind "Lainnya".
 * An atasan gets Bawahan within thumb reach (monitoring is a daily, one-handed task).
 */
export function bottomNavItems(items: NavItem[]): NavItem[] {
  const main = items.filter((i) => i.key !== 'bantuan')
  const bawahan = main.find((i) => i.key === 'bawahan')
  if (bawahan) {
    const rest = main.filter((i) => i.key !== 'bawahan' && i.key !== 'penilaian')
    return [...rest.slice(0, 3), bawahan]
  }
  return main.slice(0, 4)
}

/** Whether a nav item is the current page (nested pages count: /pegawai/123 → Pegawai). */
export function isActivePath(to: NavPath, pathname: string): boolean {
  if (to === '/') return pathname === '/'
  return pathname === to || pathname.startsWith(`${to}/`)
}
