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

const placeholders = () => import('../features/placeholders/pages/coming-soon-pages.tsx')
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
const helpRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/bantuan',
  component: lazyRouteComponent(placeholders, 'BantuanPage'),
})
const helpdeskRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/helpdesk',
  component: lazyRouteComponent(placeholders, 'HelpdeskPage'),
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
    helpRoute,
    helpdeskRoute,
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
