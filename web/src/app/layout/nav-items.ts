import {
  IconActivityHeartbeat,
  IconAdjustments,
  IconAdjustmentsCheck,
  IconAward,
  IconBuildingCommunity,
  IconCalendarEvent,
  IconChartBar,
  IconClipboardCheck,
  IconFileCheck,
  IconFileImport,
  IconHeadset,
  IconHelpCircle,
  IconHistory,
  IconHome,
  IconLayoutGrid,
  IconListCheck,
  IconReportAnalytics,
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
  | 'skpBawahan'
  | 'matriks'
  | 'penilaianBawahan'
  | 'predikatOrganisasi'
  | 'pemantauan'
  | 'organisasi'
  | 'pegawai'
  | 'periode'
  | 'impor'
  | 'pengguna'
  | 'audit'
  | 'pengaturan'
  | 'pengaturanPenilaian'
  | 'helpdesk'

export type NavPath =
  | '/'
  | '/skp'
  | '/progres-harian'
  | '/penilaian'
  | '/bantuan'
  | '/bawahan'
  | '/skp/bawahan'
  | '/skp/matriks'
  | '/penilaian/bawahan'
  | '/penilaian/organisasi'
  | '/pemantauan'
  | '/organisasi'
  | '/pegawai'
  | '/periode'
  | '/impor'
  | '/pengguna'
  | '/audit'
  | '/pengaturan'
  | '/penilaian/pengaturan'
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
  if (me.isAtasan) {
    items.push(
      { key: 'pemantauan', to: '/pemantauan', icon: IconActivityHeartbeat, group: 'atasan' },
      { key: 'bawahan', to: '/bawahan', icon: IconUsersGroup, group: 'atasan' },
      { key: 'skpBawahan', to: '/skp/bawahan', icon: IconFileCheck, group: 'atasan' },
      { key: 'matriks', to: '/skp/matriks', icon: IconLayoutGrid, group: 'atasan' },
      {
        key: 'penilaianBawahan',
        to: '/penilaian/bawahan',
        icon: IconReportAnalytics,
        group: 'atasan',
      },
    )
  }
  if (isAdmin(me)) {
    items.push(
      { key: 'organisasi', to: '/organisasi', icon: IconBuildingCommunity, group: 'admin' },
      { key: 'pegawai', to: '/pegawai', icon: IconUsers, group: 'admin' },
      { key: 'periode', to: '/periode', icon: IconCalendarEvent, group: 'admin' },
      { key: 'impor', to: '/impor', icon: IconFileImport, group: 'admin' },
      { key: 'pengguna', to: '/pengguna', icon: IconUserCog, group: 'admin' },
      { key: 'pengaturan', to: '/pengaturan', icon: IconAdjustments, group: 'admin' },
      {
        key: 'pengaturanPenilaian',
        to: '/penilaian/pengaturan',
        icon: IconAdjustmentsCheck,
        group: 'admin',
      },
      { key: 'audit', to: '/audit', icon: IconHistory, group: 'admin' },
    )
  }
  // Unit leaders set the predikat kinerja organisasi of the units below them; admins see all.
  if (me.isAtasan || isAdmin(me))
    items.push({
      key: 'predikatOrganisasi',
      to: '/penilaian/organisasi',
      icon: IconAward,
      group: me.isAtasan ? 'atasan' : 'admin',
    })
  if (isHelpdesk(me))
    items.push({ key: 'helpdesk', to: '/helpdesk', icon: IconHeadset, group: 'helpdesk' })
  return items
}

/**
 * The four destinations of the phone's bottom bar; everything else sits behind "Lainnya".
 * An atasan gets Pemantauan within thumb reach (monitoring is a daily, one-handed task; the
 * list of subordinates is one tap further, and Pemantauan links to each of them).
 */
export function bottomNavItems(items: NavItem[]): NavItem[] {
  const main = items.filter((i) => i.key !== 'bantuan')
  const pemantauan = main.find((i) => i.key === 'pemantauan')
  if (pemantauan) {
    const rest = main.filter(
      (i) => i.group !== 'atasan' && i.group !== 'admin' && i.key !== 'penilaian',
    )
    return [...rest.slice(0, 3), pemantauan]
  }
  return main.slice(0, 4)
}

const NESTED_PATHS: readonly NavPath[] = [
  '/skp/bawahan',
  '/skp/matriks',
  '/penilaian/bawahan',
  '/penilaian/organisasi',
  '/penilaian/pengaturan',
]

/** Whether a nav item is the current page (nested pages count: /pegawai/123 → Pegawai). */
export function isActivePath(to: NavPath, pathname: string): boolean {
  if (to === '/') return pathname === '/'
  // A destination nested under another one's path (/skp/bawahan under /skp) is its own item.
  const nested = NESTED_PATHS.find(
    (n) => n !== to && n.startsWith(`${to}/`) && (pathname === n || pathname.startsWith(`${n}/`)),
  )
  if (nested) return false
  return pathname === to || pathname.startsWith(`${to}/`)
}
