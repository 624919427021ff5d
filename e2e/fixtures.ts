import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { test as base, expect } from '@playwright/test'
import type { APIRequestContext, Page } from '@playwright/test'
import { AppShell } from './pages/app-shell.ts'
import { LoginPage } from './pages/login-page.ts'

export { expect }

/** The one password of every demo account (server/db/seed/demo.ts). */
export const DEMO_PASSWORD = 'Gianyar2026!'

export type Account = { username: string; name: string }

/**
 * The Gianyar demo accounts the specs sign in with. The names are the demo's (deterministic
 * seed), so a spec can check the derived atasan or find a person in a list.
 */
export const ACCOUNTS = {
  admin: { username: 'admin', name: 'Admin BKPSDM' },
  kepalaBadan: {
    username: '197409172000111007',
    name: 'Dr. I Made Wisnu Wardhana, S.Sos., M.Si.',
  },
  kepalaBidang: {
    username: '197808312002011007',
    name: 'Cokorda Gede Agung Suryawan, S.Sos., M.AP.',
  },
  kepalaSubBagian: {
    username: '197809282005052008',
    name: 'Anak Agung Istri Mas Pradnyani, S.H., M.H.',
  },
  jf: { username: '198002022009081009', name: 'I Made Ardika, S.H.' },
  pelaksana: { username: '199006092014081003', name: 'I Made Sudarsana, S.Sos.' },
  picHelpdesk: { username: '199012052017051011', name: 'I Made Agus Wirasatya, S.Kom.' },
} as const satisfies Record<string, Account>

/** Demo units the specs build on. */
export const DEMO_UNITS = {
  root: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Gianyar',
  sekretariat: 'Sekretariat',
  kepegawaian: 'Sub Bagian Kepegawaian dan Umum',
} as const

type Fixtures = {
  /** Fails a test whose page threw an uncaught error, whatever it asserted. */
  noUncaughtErrors: undefined
  loginPage: LoginPage
  shell: AppShell
  /**
   * Signs in through the login page and waits for the signed-in shell. The first-login tour is
   * marked seen first (so flows can click straight away) unless `{ tour: true }`.
   */
  signInAs: (account: Account, opts?: { tour?: boolean }) => Promise<AppShell>
}

export const test = base.extend<Fixtures>({
  noUncaughtErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(e.message))
      await use(undefined)
      expect(errors, 'uncaught errors in the page').toEqual([])
    },
    { auto: true },
  ],
  loginPage: async ({ page }, use) => {
    await use(new LoginPage(page))
  },
  shell: async ({ page }, use) => {
    await use(new AppShell(page))
  },
  signInAs: async ({ page, request }, use) => {
    await use(async (account, opts) => {
      if (!opts?.tour) await setTourSeen(request, account)
      const login = new LoginPage(page)
      await login.goto()
      await login.signIn(account.username, DEMO_PASSWORD)
      const shell = new AppShell(page)
      await shell.expectSignedIn()
      return shell
    })
  },
})

/**
 * The built-in guide's first-login tour is remembered per user on the server: mark it seen
 * (`done` true) or not yet seen (false) through the API, in a request context of its own.
 */
export async function setTourSeen(request: APIRequestContext, account: Account, done = true) {
  const login = await request.post('/api/auth/login', {
    data: { username: account.username, password: DEMO_PASSWORD },
  })
  expect(login.status()).toBe(200)
  const { csrfToken } = (await login.json()) as { csrfToken: string }
  const res = await request.post('/api/helpdesk/onboarding', {
    headers: { 'X-CSRF-Token': csrfToken },
    data: { done },
  })
  expect(res.status()).toBe(200)
  await request.post('/api/auth/logout', { headers: { 'X-CSRF-Token': csrfToken } })
}

/** Writes a file for an upload into the test's own output folder and returns its path. */
export function writeTempFile(name: string, content: string): string {
  const file = test.info().outputPath(name)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, content, 'utf8')
  return file
}

/**
 * Waits until the page stops scrolling (pages bring results into view with a smooth
 * scroll), then goes back to the top so a full-page screenshot starts at the header.
 */
export async function scrollToTopWhenSettled(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<boolean>((resolve) => {
            const y = window.scrollY
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.scrollY === y)))
          }),
      ),
    )
    .toBe(true)
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }))
}

/** Width of the page's content; more than the viewport means a horizontal scrollbar. */
export async function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0)
}

/** Where the screenshot specs write their PNGs for review. */
export const SCREENSHOT_DIR = fileURLToPath(
  new URL('../test-results/screenshots/', import.meta.url),
)

const SCREENSHOT_VIEWPORTS = [
  { name: 'phone', width: 360, height: 780 },
  { name: 'desktop', width: 1280, height: 800 },
] as const

export type Screen = {
  name: string
  open: (page: Page) => Promise<void>
  /** The screen has no app navigation (the login page). */
  noNav?: boolean
  /** false: only the viewport, as it is, without scrolling back to the top. */
  fullPage?: boolean
}

/**
 * Full-page screenshots of each screen on a phone and a desktop, into
 * test-results/screenshots/<name>-<phone|desktop>.png; on the phone no screen may scroll
 * sideways. `nav` is how the app navigation must show before the shot (default visible).
 */
export async function captureScreens(
  page: Page,
  screens: Screen[],
  opts: { nav?: 'visible' | 'attached' } = {},
) {
  for (const viewport of SCREENSHOT_VIEWPORTS) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height })
    for (const screen of screens) {
      await test.step(`${screen.name} (${viewport.name})`, async () => {
        await screen.open(page)
        // The layout follows the size: bottom bar on a phone, side navigation otherwise.
        if (!screen.noNav) {
          const nav = page.getByTestId(viewport.name === 'phone' ? 'bottom-nav' : 'app-nav')
          if (opts.nav === 'attached') await expect(nav).toBeAttached()
          else await expect(nav).toBeVisible()
        }
        if (screen.fullPage !== false) await scrollToTopWhenSettled(page)
        await page.screenshot({
          path: `${SCREENSHOT_DIR}${screen.name}-${viewport.name}.png`,
          fullPage: screen.fullPage !== false,
          animations: 'disabled',
        })
        if (viewport.name === 'phone') {
          expect
            .soft(await scrollWidth(page), `${screen.name} scrolls sideways at 360 px`)
            .toBeLessThanOrEqual(viewport.width + 1)
        }
      })
    }
  }
}
