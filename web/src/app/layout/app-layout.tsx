import {
  Alert,
  AppShell,
  Box,
  Drawer,
  Group,
  ScrollArea,
  Stack,
  Text,
  ThemeIcon,
} from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconDots, IconTargetArrow, IconWifiOff } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router'
import { Suspense, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { PageLoader } from '../../components/ui/loading-state.tsx'
import { NavLinkLink } from '../../components/ui/links.tsx'
import type { Me } from '../../features/auth/api.ts'
import { consumeSigningOut, isPegawai, refreshSession, useMe } from '../../features/auth/api.ts'
import { useIsPhone } from '../../lib/use-is-phone.ts'
import { bottomNavItems, isActivePath, navItemsFor } from './nav-items.ts'
import type { NavItem } from './nav-items.ts'
import { NotificationBell } from '../../features/notifications/components/notification-bell.tsx'
import { HelpButton } from '../../features/helpdesk/components/help-button.tsx'
import { OnboardingTour } from '../../features/guide/onboarding.tsx'
import { UserMenu } from './user-menu.tsx'

const GROUP_ORDER = ['pegawai', 'atasan', 'admin', 'helpdesk'] as const

function SideNav(props: {
  items: NavItem[]
  pathname: string
  personal: boolean
  onNavigate?: () => void
}) {
  const { t } = useTranslation()
  return (
    <Stack gap="md">
      {GROUP_ORDER.map((group) => {
        const items = props.items.filter((i) => i.group === group)
        if (items.length === 0) return null
        return (
          <div key={group}>
            <Text
              size="xs"
              fw={700}
              c="dimmed"
              tt="uppercase"
              px="sm"
              mb={4}
              id={`nav-group-${group}`}
            >
              {t(`nav.group.${group === 'pegawai' && !props.personal ? 'general' : group}`)}
            </Text>
            <Stack
              gap={2}
              component="ul"
              aria-labelledby={`nav-group-${group}`}
              style={{ listStyle: 'none', padding: 0, margin: 0 }}
            >
              {items.map((item) => {
                const active = isActivePath(item.to, props.pathname)
                return (
                  <li key={item.key}>
                    <NavLinkLink
                      to={item.to}
                      // The router's own prefix matching would mark both /skp and
                      // /skp/bawahan current; isActivePath picks the one best match.
                      activeOptions={{ exact: true }}
                      aria-current={active ? 'page' : undefined}
                      label={t(`nav.${item.key}`)}
                      leftSection={<item.icon size={20} aria-hidden />}
                      active={active}
                      fw={active ? 700 : 500}
                      style={{ borderRadius: 8 }}
                      onClick={props.onNavigate}
                    />
                  </li>
                )
              })}
            </Stack>
          </div>
        )
      })}
    </Stack>
  )
}

function BottomNav(props: {
  items: NavItem[]
  pathname: string
  onMore: () => void
  moreOpen: boolean
}) {
  const { t } = useTranslation()
  const main = bottomNavItems(props.items)
  const moreActive = !main.some((i) => isActivePath(i.to, props.pathname))
  return (
    <nav aria-label={t('nav.bottomLabel')} className="bottom-nav" data-testid="bottom-nav">
      {main.map((item) => (
        <Link
          key={item.key}
          to={item.to}
          className="bottom-nav-item"
          activeOptions={{ exact: true }}
          aria-current={isActivePath(item.to, props.pathname) ? 'page' : undefined}
        >
          <item.icon size={22} aria-hidden />
          <span>{t(`nav.short.${item.key}`)}</span>
        </Link>
      ))}
      <button
        type="button"
        className="bottom-nav-item"
        onClick={props.onMore}
        aria-expanded={props.moreOpen}
        aria-haspopup="dialog"
        aria-current={moreActive ? 'page' : undefined}
      >
        <IconDots size={22} aria-hidden />
        <span>{t('nav.more')}</span>
      </button>
    </nav>
  )
}

function Brand(props: { me: Me }) {
  return (
    <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
      <ThemeIcon size={36} radius="md" aria-hidden>
        <IconTargetArrow size={22} />
      </ThemeIcon>
      <Box style={{ minWidth: 0 }}>
        <Text fw={800} size="lg" lh={1.1}>
          Kinerja
        </Text>
        {props.me.instansiName ? (
          <Text size="xs" c="dimmed" truncate maw={{ base: 160, sm: 420 }}>
            {props.me.instansiName}
          </Text>
        ) : null}
      </Box>
    </Group>
  )
}

/** How often the session is asked for again while the app runs on the device's copy. */
const SESSION_RETRY_MS = 30_000

/**
 * Opened without a connection (the session is the copy kept on this device): say so, and ask
 * the server again as soon as the browser is back online (and every 30 s meanwhile, for a
 * server that was down while the network was up). A 401 then sends the person to sign in.
 */
function useSessionRecovery(offline: boolean) {
  const queryClient = useQueryClient()
  useEffect(() => {
    if (!offline) return
    const retry = () => void refreshSession(queryClient)
    const timer = window.setInterval(() => {
      if (navigator.onLine) retry()
    }, SESSION_RETRY_MS)
    window.addEventListener('online', retry)
    return () => {
      window.clearInterval(timer)
      window.removeEventListener('online', retry)
    }
  }, [offline, queryClient])
}

/**
 * The daily-progress queue of this device is sent from every signed-in screen, not only from
 * the pages that show it: entries saved offline go out as soon as the connection is back. The
 * sync is its own chunk (precached by the service worker like every chunk), so the first load
 * stays the shell.
 */
function useOfflineSync(pegawaiId: string | null) {
  const queryClient = useQueryClient()
  useEffect(() => {
    if (!pegawaiId) return
    let current = true
    import('../../features/progress/offline/offline-sync.ts').then(
      (sync) => {
        if (current) sync.startOfflineSync(pegawaiId, queryClient)
      },
      () => {
        // The chunk did not load (offline before the service worker had the app): no page
        // that queues entries loads then either; the next start of the app tries again.
      },
    )
    return () => {
      current = false
    }
  }, [pegawaiId, queryClient])
}

/** One line above the page: the page itself says what works offline (Progres Harian queues). */
function OfflineSessionBanner() {
  const { t } = useTranslation()
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconWifiOff size={18} aria-hidden />}
      p="xs"
      role="status"
      mb="md"
      data-testid="session-offline-banner"
    >
      <Text size="sm">
        <Text span fw={700} size="sm">
          {t('offlineSession.title')}
        </Text>
        {': '}
        {t('offlineSession.text')}
      </Text>
    </Alert>
  )
}

/**
 * The signed-in shell. It also guards: no session → /masuk (remembering where the person
 * was going); a temporary password → /ganti-sandi before anything else.
 */
export function AppLayout() {
  const { t } = useTranslation()
  const { data: me } = useMe()
  const location = useRouterState({ select: (s) => s.location })
  const isPhone = useIsPhone()
  const [moreOpen, more] = useDisclosure(false)
  const navigate = useNavigate()
  useSessionRecovery(me?.offline === true)
  // A temporary password comes first: nothing is sent for that session until it is changed.
  useOfflineSync(me && !me.mustChangePassword ? me.pegawaiId : null)

  // Where the session sends the person instead of this page, if anywhere. Navigation
  // happens in an effect keyed on the detour only: a <Navigate> element here re-fired on
  // every render and looped, and so did an effect that also depended on the live location,
  // which changes with every step of the navigation it starts (each run sent the person to
  // /masuk?redirect=<the /masuk it was already going to>, until React stopped it with
  // "Maximum update depth exceeded").
  const detour = !me
    ? 'login'
    : me.mustChangePassword && location.pathname !== '/ganti-sandi'
      ? 'password'
      : null
  // The page the person was on when the session ended: where sign-in brings them back.
  const here = location.pathname === '/' ? undefined : location.href
  const lastPage = useRef(here)
  useEffect(() => {
    if (!detour) lastPage.current = here
  }, [detour, here])
  useEffect(() => {
    if (detour === 'login') {
      const redirect = consumeSigningOut() ? undefined : lastPage.current
      void navigate({ to: '/masuk', search: { redirect }, replace: true })
    } else if (detour === 'password') {
      void navigate({ to: '/ganti-sandi', replace: true })
    }
  }, [detour, navigate])

  if (!me || detour) return <PageLoader />
  const restricted = me.mustChangePassword

  const items = navItemsFor(me)
  const showSide = !restricted && !isPhone
  const showBottom = !restricted && isPhone

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 264, breakpoint: 'sm', collapsed: { mobile: true, desktop: !showSide } }}
      footer={{ height: 64, collapsed: !showBottom }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <AppShell.Header px={{ base: 'sm', sm: 'md' }}>
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Link
            to="/"
            style={{ color: 'inherit', textDecoration: 'none', minWidth: 0 }}
            aria-label={t('nav.homeLink')}
          >
            <Brand me={me} />
          </Link>
          <Group gap={4} wrap="nowrap">
            {restricted ? null : <HelpButton />}
            {restricted ? null : <NotificationBell />}
            <UserMenu me={me} restricted={restricted} />
          </Group>
        </Group>
      </AppShell.Header>
      {showSide ? (
        <AppShell.Navbar
          p="sm"
          aria-label={t('nav.mainLabel')}
          component="nav"
          data-testid="app-nav"
        >
          <ScrollArea type="auto">
            <SideNav items={items} pathname={location.pathname} personal={isPegawai(me)} />
          </ScrollArea>
        </AppShell.Navbar>
      ) : null}
      <AppShell.Main id="main" tabIndex={-1} style={{ outline: 'none' }}>
        <Box maw={1200} mx="auto">
          {me.offline ? <OfflineSessionBanner /> : null}
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </Box>
      </AppShell.Main>
      {showBottom ? (
        <AppShell.Footer>
          <BottomNav
            items={items}
            pathname={location.pathname}
            onMore={more.open}
            moreOpen={moreOpen}
          />
        </AppShell.Footer>
      ) : null}
      <Drawer
        opened={moreOpen}
        onClose={more.close}
        position="bottom"
        size="auto"
        title={t('nav.allMenus')}
        radius="lg"
      >
        <nav aria-label={t('nav.mainLabel')}>
          <SideNav
            items={items}
            pathname={location.pathname}
            personal={isPegawai(me)}
            onNavigate={more.close}
          />
        </nav>
      </Drawer>
      <OnboardingTour me={me} />
    </AppShell>
  )
}
