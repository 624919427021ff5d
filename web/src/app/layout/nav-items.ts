import {
  IconActivityHeartbeat,
  IconAdjustments,
  IconAdjustmentsCheck,
  IconAward,
  IconBook2,
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
  IconTrophy,
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
  | 'laporan'
  | 'tindakLanjut'
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
  | 'helpdeskFaq'

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
  | '/laporan'
  | '/tindak-lanjut'
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
  | '/helpdesk/faq'

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
  // Reports: admins for the whole instansi, unit leaders for their units (an atasan who heads
  // no unit gets the page's explanation, not a hidden menu that sometimes appears).
  if (me.isAtasan || isAdmin(me))
    items.push({
      key: 'laporan',
      to: '/laporan',
      icon: IconReportAnalytics,
      group: isAdmin(me) ? 'admin' : 'atasan',
    })
  // Tindak lanjut: admins (AK, TPP, recommendations, 9-box, SIASN) and unit leaders (AK and
  // recommendations of their units; the page explains a 403 to an atasan who heads no unit).
  if (me.isAtasan || isAdmin(me))
    items.push({
      key: 'tindakLanjut',
      to: '/tindak-lanjut',
      icon: IconTrophy,
      group: isAdmin(me) ? 'admin' : 'atasan',
    })
  // Helpdesk (api-and-ui.md: PIC → Helpdesk, Panduan): the PIC answers tickets and keeps the
  // FAQ; admins see the same queue (unassigned tickets land there when no PIC exists).
  if (isHelpdesk(me) || isAdmin(me))
    items.push(
      { key: 'helpdesk', to: '/helpdesk', icon: IconHeadset, group: 'helpdesk' },
      { key: 'helpdeskFaq', to: '/helpdesk/faq', icon: IconBook2, group: 'helpdesk' },
    )
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
  // A PIC answers tickets every day: Helpdesk takes Penilaian's place in the bar.
  const helpdesk = helpdeskOnBar(main)
  if (helpdesk) {
    const rest = main.filter((i) => i.key !== 'penilaian' && i.key !== 'helpdesk')
    return [...rest.slice(0, 3), helpdesk]
  }
  return main.slice(0, 4)
}

/** The Helpdesk item of a PIC's bar (admins reach it through "Lainnya" with their other menus). */
function helpdeskOnBar(items: NavItem[]): NavItem | undefined {
  const admin = items.some((i) => i.group === 'admin')
  return admin ? undefined : items.find((i) => i.key === 'helpdesk')
}

const NESTED_PATHS: readonly NavPath[] = [
  '/helpdesk/faq',
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
