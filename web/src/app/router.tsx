import type { QueryClient } from '@tanstack/react-query'
import {
  Outlet,
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router'
import { PageLoader } from '../components/ui/loading-state.tsx'
import { meQueryOptions } from '../features/auth/api.ts'
import type { FollowupTab } from '../features/followup/followup-view.ts'
import { AppLayout } from './layout/app-layout.tsx'
import { AdminGate, NotFoundPage, RouteErrorPage } from './route-pages.tsx'

/**
 * Code-based routes; every page is its own lazy chunk so the first load is the shell and
 * the login page only. Paths are Indonesian because people read and share them.
 */

type RouterContext = { queryClient: QueryClient }

/** Only same-site paths are followed after login (no open redirect). */
export function safeRedirect(target: string | undefined): string | undefined {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/masuk'))
    return undefined
  return target
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
})

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/masuk',
  validateSearch: (search: Record<string, unknown>): { redirect?: string | undefined } => ({
    redirect: typeof search.redirect === 'string' ? search.redirect : undefined,
  }),
  beforeLoad: async ({ context, search }) => {
    const me = await context.queryClient.query({ ...meQueryOptions, staleTime: 'static' })
    if (me) {
      redirect({
        href: me.mustChangePassword ? '/ganti-sandi' : (safeRedirect(search.redirect) ?? '/'),
        throw: true,
      })
    }
  },
  component: lazyRouteComponent(() => import('../features/auth/pages/login-page.tsx'), 'LoginPage'),
})

const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    // The cached session is used as is (staleTime 'static'); a 401 anywhere clears it.
    const me = await context.queryClient.query({ ...meQueryOptions, staleTime: 'static' })
    if (!me) {
      redirect({
        to: '/masuk',
        search: { redirect: location.pathname === '/' ? undefined : location.href },
        throw: true,
      })
    } else if (me.mustChangePassword && location.pathname !== '/ganti-sandi') {
      redirect({ to: '/ganti-sandi', throw: true })
    }
  },
  component: AppLayout,
})

const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../features/home/pages/home-page.tsx'), 'HomePage'),
})
const profileRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/profil',
  component: lazyRouteComponent(
    () => import('../features/org/pages/my-profile-page.tsx'),
    'MyProfilePage',
  ),
})
const changePasswordRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ganti-sandi',
  component: lazyRouteComponent(
    () => import('../features/auth/pages/change-password-page.tsx'),
    'ChangePasswordPage',
  ),
})
const notificationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/notifikasi',
  component: lazyRouteComponent(
    () => import('../features/notifications/pages/notifications-page.tsx'),
    'NotificationsPage',
  ),
})
const notificationPrefsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/notifikasi/pengaturan',
  component: lazyRouteComponent(
    () => import('../features/notifications/pages/preferences-page.tsx'),
    'NotificationPreferencesPage',
  ),
})
const monitoringRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/pemantauan',
  validateSearch: (
    search: Record<string, unknown>,
  ): { tanggal?: string | undefined; lingkup?: 'semua' | undefined } => ({
    tanggal:
      typeof search.tanggal === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(search.tanggal)
        ? search.tanggal
        : undefined,
    lingkup: search.lingkup === 'semua' ? 'semua' : undefined,
  }),
  component: lazyRouteComponent(
    () => import('../features/monitoring/pages/monitoring-page.tsx'),
    'MonitoringPage',
  ),
})
const monitoringPersonRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/pemantauan/$pegawaiId',
  validateSearch: (
    search: Record<string, unknown>,
  ): { tab?: 'rhk' | 'umpan-balik' | undefined } => ({
    tab: search.tab === 'rhk' || search.tab === 'umpan-balik' ? search.tab : undefined,
  }),
  component: lazyRouteComponent(
    () => import('../features/monitoring/pages/subordinate-page.tsx'),
    'SubordinatePage',
  ),
})
const subordinatesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/bawahan',
  component: lazyRouteComponent(
    () => import('../features/org/pages/subordinates-page.tsx'),
    'SubordinatesPage',
  ),
})

const skpRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/skp',
  component: lazyRouteComponent(() => import('../features/skp/pages/my-skp-page.tsx'), 'MySkpPage'),
})
const skpDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/skp/$skpId',
  component: lazyRouteComponent(
    () => import('../features/skp/pages/skp-detail-page.tsx'),
    'SkpDetailPage',
  ),
})
const skpBawahanRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/skp/bawahan',
  component: lazyRouteComponent(
    () => import('../features/skp/pages/skp-bawahan-page.tsx'),
    'SkpBawahanPage',
  ),
})
const skpMatriksRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/skp/matriks',
  component: lazyRouteComponent(
    () => import('../features/skp/pages/matriks-page.tsx'),
    'MatriksPage',
  ),
})
const skpPohonRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/skp/pohon',
  component: lazyRouteComponent(() => import('../features/skp/pages/pohon-page.tsx'), 'PohonPage'),
})
const skpPkRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/skp/perjanjian-kinerja',
  component: lazyRouteComponent(
    () => import('../features/skp/pages/perjanjian-kinerja-page.tsx'),
    'PerjanjianKinerjaPage',
  ),
})
const progressRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/progres-harian',
  // ?tanggal=YYYY-MM-DD picks the day (notifications link to it); anything else is today.
  validateSearch: (search: Record<string, unknown>): { tanggal?: string | undefined } => ({
    tanggal:
      typeof search.tanggal === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(search.tanggal)
        ? search.tanggal
        : undefined,
  }),
  component: lazyRouteComponent(
    () => import('../features/progress/pages/progress-page.tsx'),
    'ProgressPage',
  ),
})
const rencanaAksiRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/progres-harian/rencana-aksi',
  validateSearch: (search: Record<string, unknown>): { periode?: string | undefined } => ({
    periode: typeof search.periode === 'string' ? search.periode : undefined,
  }),
  component: lazyRouteComponent(
    () => import('../features/progress/pages/rencana-aksi-page.tsx'),
    'RencanaAksiPage',
  ),
})
const progressImportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/progres-harian/impor',
  component: lazyRouteComponent(
    () => import('../features/progress/pages/progress-import-page.tsx'),
    'ProgressImportPage',
  ),
})
const assessmentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/penilaian',
  component: lazyRouteComponent(
    () => import('../features/assessments/pages/my-assessments-page.tsx'),
    'MyAssessmentsPage',
  ),
})
const assessmentMineRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/penilaian/$assessmentId',
  component: lazyRouteComponent(
    () => import('../features/assessments/pages/assessment-page.tsx'),
    'AssessmentPage',
  ),
})
// A static path ranks above a $param in TanStack Router, so /penilaian/bawahan is never read
// as an assessment id of /penilaian/$assessmentId.
const assessmentBawahanRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/penilaian/bawahan',
  validateSearch: (
    search: Record<string, unknown>,
  ): { tahun?: number | undefined; periode?: string | undefined } => {
    const year = Number(search.tahun)
    return {
      tahun: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined,
      periode: typeof search.periode === 'string' ? search.periode : undefined,
    }
  },
  component: lazyRouteComponent(
    () => import('../features/assessments/pages/bawahan-page.tsx'),
    'BawahanPage',
  ),
})
const assessmentAssessRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/penilaian/bawahan/$assessmentId',
  component: lazyRouteComponent(
    () => import('../features/assessments/pages/assess-page.tsx'),
    'AssessPage',
  ),
})
const assessmentOrgRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/penilaian/organisasi',
  component: lazyRouteComponent(
    () => import('../features/assessments/pages/org-predikat-page.tsx'),
    'OrgPredikatPage',
  ),
})
/** ?year=YYYY (and on a report ?periodId=&unitId=): the filters live in the address. */
function reportYear(search: Record<string, unknown>): number | undefined {
  const year = Number(search.year)
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined
}
const reportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/laporan',
  validateSearch: (search: Record<string, unknown>): { year?: number | undefined } => ({
    year: reportYear(search),
  }),
  component: lazyRouteComponent(
    () => import('../features/reports/pages/reports-page.tsx'),
    'ReportsPage',
  ),
})
const reportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/laporan/$key',
  validateSearch: (
    search: Record<string, unknown>,
  ): {
    year?: number | undefined
    periodId?: string | undefined
    unitId?: string | undefined
  } => ({
    year: reportYear(search),
    periodId:
      typeof search.periodId === 'string' && search.periodId !== '' ? search.periodId : undefined,
    unitId: typeof search.unitId === 'string' && search.unitId !== '' ? search.unitId : undefined,
  }),
  component: lazyRouteComponent(
    () => import('../features/reports/pages/report-page.tsx'),
    'ReportPage',
  ),
})
const helpRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/bantuan',
  component: lazyRouteComponent(
    () => import('../features/helpdesk/pages/help-page.tsx'),
    'BantuanPage',
  ),
})
const myTicketRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/bantuan/tiket/$ticketId',
  component: lazyRouteComponent(
    () => import('../features/helpdesk/pages/ticket-page.tsx'),
    'MyTicketPage',
  ),
})
const guideRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/bantuan/panduan',
  validateSearch: (
    search: Record<string, unknown>,
  ): { peran?: 'pegawai' | 'atasan' | 'admin' | 'pic' | undefined; q?: string | undefined } => ({
    peran:
      search.peran === 'pegawai' ||
      search.peran === 'atasan' ||
      search.peran === 'admin' ||
      search.peran === 'pic'
        ? search.peran
        : undefined,
    q: typeof search.q === 'string' && search.q !== '' ? search.q.slice(0, 100) : undefined,
  }),
  component: lazyRouteComponent(
    () => import('../features/guide/pages/guide-index-page.tsx'),
    'GuideIndexPage',
  ),
})
const guideTopicRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/bantuan/panduan/$topic',
  component: lazyRouteComponent(
    () => import('../features/guide/pages/guide-topic-page.tsx'),
    'GuideTopicPage',
  ),
})
/** The PIC's pages (PIC and admin): the server enforces the roles; the gate explains them. */
const helpdeskAreaRoute = createRoute({
  getParentRoute: () => appRoute,
  id: 'helpdesk-area',
  component: lazyRouteComponent(
    () => import('../features/helpdesk/components/helpdesk-gate.tsx'),
    'HelpdeskGate',
  ),
})
const helpdeskRoute = createRoute({
  getParentRoute: () => helpdeskAreaRoute,
  path: '/helpdesk',
  component: lazyRouteComponent(
    () => import('../features/helpdesk/pages/queue-page.tsx'),
    'HelpdeskQueuePage',
  ),
})
const helpdeskTicketRoute = createRoute({
  getParentRoute: () => helpdeskAreaRoute,
  path: '/helpdesk/tiket/$ticketId',
  component: lazyRouteComponent(
    () => import('../features/helpdesk/pages/ticket-page.tsx'),
    'PicTicketPage',
  ),
})
const helpdeskFaqRoute = createRoute({
  getParentRoute: () => helpdeskAreaRoute,
  path: '/helpdesk/faq',
  component: lazyRouteComponent(
    () => import('../features/helpdesk/pages/faq-admin-page.tsx'),
    'FaqAdminPage',
  ),
})

/** Admin pages: the server enforces the role; the gate only explains it to the person. */
const adminRoute = createRoute({
  getParentRoute: () => appRoute,
  id: 'admin',
  component: AdminGate,
})

const unitsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/organisasi',
  component: lazyRouteComponent(() => import('../features/org/pages/units-page.tsx'), 'UnitsPage'),
})
const pegawaiListRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/pegawai',
  validateSearch: (search: Record<string, unknown>): { unitId?: string | undefined } => ({
    unitId: typeof search.unitId === 'string' ? search.unitId : undefined,
  }),
  component: lazyRouteComponent(
    () => import('../features/org/pages/pegawai-list-page.tsx'),
    'PegawaiListPage',
  ),
})
const pegawaiNewRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/pegawai/baru',
  component: lazyRouteComponent(
    () => import('../features/org/pages/pegawai-form-page.tsx'),
    'PegawaiNewPage',
  ),
})
const pegawaiDetailRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/pegawai/$pegawaiId',
  component: lazyRouteComponent(
    () => import('../features/org/pages/pegawai-detail-page.tsx'),
    'PegawaiDetailPage',
  ),
})
const pegawaiEditRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/pegawai/$pegawaiId/ubah',
  component: lazyRouteComponent(
    () => import('../features/org/pages/pegawai-form-page.tsx'),
    'PegawaiEditPage',
  ),
})
const importRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/impor',
  component: lazyRouteComponent(
    () => import('../features/org/pages/import-page.tsx'),
    'ImportPage',
  ),
})
const usersRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/pengguna',
  component: lazyRouteComponent(
    () => import('../features/users/pages/users-page.tsx'),
    'UsersPage',
  ),
})
const auditRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/audit',
  component: lazyRouteComponent(
    () => import('../features/audit/pages/audit-page.tsx'),
    'AuditPage',
  ),
})

const periodeRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/periode',
  validateSearch: (search: Record<string, unknown>): { tahun?: number | undefined } => {
    const year = Number(search.tahun)
    return { tahun: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined }
  },
  component: lazyRouteComponent(
    () => import('../features/periods/pages/periods-page.tsx'),
    'PeriodsPage',
  ),
})

const activitySettingsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/pengaturan',
  component: lazyRouteComponent(
    () => import('../features/settings/pages/activity-settings-page.tsx'),
    'ActivitySettingsPage',
  ),
})
const assessmentSettingsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/penilaian/pengaturan',
  component: lazyRouteComponent(
    () => import('../features/assessments/pages/assessment-settings-page.tsx'),
    'AssessmentSettingsPage',
  ),
})
const helpdeskSettingsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/helpdesk/pengaturan',
  component: lazyRouteComponent(
    () => import('../features/helpdesk/pages/settings-page.tsx'),
    'HelpdeskSettingsPage',
  ),
})

/** Tindak lanjut (issue 6): ?tab=&tahun=&periode= keep the view in the address. */
const FOLLOWUP_TABS: readonly FollowupTab[] = ['ak', 'tpp', 'rekomendasi', 'talenta', 'siasn']
const followupRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tindak-lanjut',
  validateSearch: (
    search: Record<string, unknown>,
  ): {
    tab?: FollowupTab | undefined
    tahun?: number | undefined
    periode?: string | undefined
  } => {
    const year = Number(search.tahun)
    return {
      tab: FOLLOWUP_TABS.find((t) => t === search.tab),
      tahun: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined,
      periode:
        typeof search.periode === 'string' && search.periode !== '' ? search.periode : undefined,
    }
  },
  component: lazyRouteComponent(
    () => import('../features/followup/pages/followup-page.tsx'),
    'FollowupPage',
  ),
})
const akLedgerRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tindak-lanjut/angka-kredit/$pegawaiId',
  component: lazyRouteComponent(
    () => import('../features/followup/pages/ak-ledger-page.tsx'),
    'AkLedgerPage',
  ),
})
const akSettingsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/tindak-lanjut/angka-kredit/pengaturan',
  component: lazyRouteComponent(
    () => import('../features/followup/pages/ak-settings-page.tsx'),
    'AkSettingsPage',
  ),
})
const tppSettingsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/tindak-lanjut/tpp/pengaturan',
  component: lazyRouteComponent(
    () => import('../features/followup/pages/tpp-settings-page.tsx'),
    'TppSettingsPage',
  ),
})

const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([
    homeRoute,
    profileRoute,
    changePasswordRoute,
    notificationsRoute,
    notificationPrefsRoute,
    monitoringRoute,
    monitoringPersonRoute,
    subordinatesRoute,
    skpRoute,
    skpDetailRoute,
    skpBawahanRoute,
    skpMatriksRoute,
    skpPohonRoute,
    skpPkRoute,
    progressRoute,
    rencanaAksiRoute,
    progressImportRoute,
    assessmentRoute,
    assessmentMineRoute,
    assessmentBawahanRoute,
    assessmentAssessRoute,
    assessmentOrgRoute,
    reportsRoute,
    reportRoute,
    followupRoute,
    akLedgerRoute,
    helpRoute,
    myTicketRoute,
    guideRoute,
    guideTopicRoute,
    helpdeskAreaRoute.addChildren([helpdeskRoute, helpdeskTicketRoute, helpdeskFaqRoute]),
    adminRoute.addChildren([
      unitsRoute,
      pegawaiListRoute,
      pegawaiNewRoute,
      pegawaiDetailRoute,
      pegawaiEditRoute,
      importRoute,
      usersRoute,
      periodeRoute,
      auditRoute,
      activitySettingsRoute,
      assessmentSettingsRoute,
      akSettingsRoute,
      tppSettingsRoute,
      helpdeskSettingsRoute,
    ]),
  ]),
])

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: PageLoader,
    defaultPendingMs: 300,
    scrollRestoration: true,
  })
}

declare module '@tanstack/react-router' {
  // Declaration merging needs an interface here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}
