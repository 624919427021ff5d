import type { APIRequestContext, Page } from '@playwright/test'
import type { ProgressPage as ProgressPageBody } from '../shared/activities.ts'
import { ACCOUNTS, expect, SCREENSHOT_DIR, test } from './fixtures.ts'
import { LoginPage } from './pages/login-page.ts'
import { ProgressPage } from './pages/progress-page.ts'
import { id } from '../web/src/locales/id.ts'

/**
 * Issue #4 on a phone: the installed app opened without a connection. After one visit the
 * service worker has the app, and the device keeps a copy of the session (never the CSRF
 * token), so a cold start offline shows Progres Harian instead of "Halaman gagal dimuat"; an
 * activity logged then waits on the device and reaches the server exactly once when the
 * connection returns. If the session ended meanwhile, coming back online leads to sign-in.
 */

test.use({
  viewport: { width: 360, height: 780 },
  isMobile: true,
  hasTouch: true,
  serviceWorkers: 'allow',
})

const SESSION_COPY_KEY = 'kinerja.session-copy.v1'
const stamp = () => new Date().toISOString().slice(11, 19)

async function storedWith(request: APIRequestContext, description: string, day: string) {
  const res = await request.get(
    `/api/activities/progress?from=${day}&to=${day}&page=1&pageSize=200`,
  )
  expect(res.ok()).toBe(true)
  const body = (await res.json()) as ProgressPageBody
  return body.items.filter((e) => e.description === description)
}

/** Opens Progres Harian once online and waits until the service worker controls the page. */
async function installApp(page: Page): Promise<ProgressPage> {
  const progress = new ProgressPage(page)
  await progress.goto()
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null), {
      timeout: 20_000,
    })
    .toMatch(/\/sw\.js$/)
  return progress
}

const sessionCopy = (page: Page) =>
  page.evaluate((key) => localStorage.getItem(key), SESSION_COPY_KEY)

test.describe('Membuka aplikasi tanpa koneksi', () => {
  test('Progres Harian terbuka offline dari awal; kegiatan menunggu lalu tersinkron sekali', async ({
    page,
    context,
    signInAs,
  }) => {
    await signInAs(ACCOUNTS.pelaksana)
    const progress = await installApp(page)
    const today = await page
      .getByTestId('week-day')
      .and(page.locator('[aria-current="date"]'))
      .getAttribute('data-day')
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    // The device keeps the session without its CSRF token.
    const copy = await sessionCopy(page)
    expect(copy).toContain(ACCOUNTS.pelaksana.username)
    expect(copy).not.toContain('csrf')

    // Count what reaches the API: page requests pass the worker (it never answers /api).
    const posts: string[] = []
    page.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/activities/progress')
        posts.push(r.url())
    })

    // A cold start without a connection: the shell comes from the worker, the session from
    // the device's copy; the page says it is offline instead of failing.
    await context.setOffline(true)
    await page.reload()
    await progress.expectLoaded()
    await expect(page.getByText(id.errors.pageFailedTitle)).toHaveCount(0)
    await expect(page.getByTestId('session-offline-banner')).toContainText(id.offlineSession.title)
    await expect(progress.banner).toContainText(id.progress.offline.offlineTitle)

    const description = `Menginventarisasi arsip kepegawaian di gudang tanpa sinyal (${stamp()})`
    const form = await progress.openForm()
    await form.fill({ description, realisasi: '3', satuan: 'Berkas' })
    await form.submit()
    await expect(progress.pending(description)).toHaveCount(1)
    await expect(progress.pending(description).getByTestId('pending-badge')).toHaveText(
      id.progress.pending.badge,
    )
    await expect(progress.banner).toContainText('1 kegiatan menunggu sinkron')
    expect(posts).toEqual([])
    await page.screenshot({
      path: `${SCREENSHOT_DIR}progres-harian-offline-phone.png`,
      fullPage: true,
      animations: 'disabled',
    })

    // Back online: the session is confirmed with the server first (CSRF token), then the
    // entry is sent once and shows as stored.
    await context.setOffline(false)
    await expect(progress.entry(description)).toHaveCount(1)
    await expect(progress.pending(description)).toHaveCount(0)
    await expect(page.getByTestId('session-offline-banner')).toBeHidden()
    await expect(progress.banner).toBeHidden()
    expect(posts).toHaveLength(1)

    // Nothing more goes out on a further "online".
    await page.evaluate(() => window.dispatchEvent(new Event('online')))
    await page.waitForTimeout(1000)
    expect(posts).toHaveLength(1)
    const stored = await storedWith(page.request, description, today!)
    expect(stored).toHaveLength(1)
    expect(stored[0]!.deviceRecordedAt).not.toBeNull()
    expect(stored[0]!.realisasi).toBe(3)
  })

  test('sesi yang berakhir saat offline: kembali online menuju halaman masuk', async ({
    page,
    context,
    signInAs,
  }) => {
    const shell = await signInAs(ACCOUNTS.pelaksana)
    const progress = await installApp(page)

    // The session ends while the phone is offline (here: its cookie is gone).
    await context.setOffline(true)
    await context.clearCookies()
    await page.reload()
    await progress.expectLoaded()
    await expect(page.getByTestId('session-offline-banner')).toBeVisible()

    // Back online, /auth/me answers 401: sign in again, and the device's copy is gone.
    await context.setOffline(false)
    const login = new LoginPage(page)
    await login.expectShown()
    // Exactly the page they were on (the layout once kept re-redirecting to /masuk?redirect=
    // /masuk?… while that navigation ran, until React stopped it).
    await expect(page).toHaveURL(/\/masuk\?redirect=%2Fprogres-harian$/)
    expect(await sessionCopy(page)).toBeNull()

    // Signing in keeps a new copy; signing out removes it.
    await signInAs(ACCOUNTS.pelaksana)
    expect(await sessionCopy(page)).not.toBeNull()
    await shell.signOut()
    await login.expectShown()
    // Signing out on purpose leads to /masuk without a "come back" address.
    await expect(page).toHaveURL(/\/masuk$/)
    expect(await sessionCopy(page)).toBeNull()
  })
})
