import type { Page } from '@playwright/test'
import type { ProgressCalendar } from '../shared/activities.ts'
import { ACCOUNTS, captureScreens, DEMO_PASSWORD, expect, test } from './fixtures.ts'
import { LoginPage } from './pages/login-page.ts'
import { EntryForm, ProgressPage, RencanaAksiPage } from './pages/progress-page.ts'

/**
 * Screenshots of the daily-progress screens (issue #4) on a phone and a desktop, into
 * test-results/screenshots/<name>-<phone|desktop>.png, like screenshots.spec.ts. On the phone
 * no screen may scroll sideways. Nothing is saved: the demo data stay as they are.
 */

/** The last day before today with entries in the demo (the seed fills the working days). */
async function lastDayWithEntries(page: Page): Promise<string> {
  const today = new Date()
  const from = new Date(today.getTime() - 14 * 86_400_000).toISOString().slice(0, 10)
  const to = today.toISOString().slice(0, 10)
  const res = await page.request.get(`/api/activities/calendar?from=${from}&to=${to}`)
  expect(res.ok()).toBe(true)
  const cal = (await res.json()) as ProgressCalendar
  const days = cal.days.filter((d) => d.entries > 0 && d.date < cal.today).map((d) => d.date)
  expect(days.length).toBeGreaterThan(0)
  return days[days.length - 1]!
}

test.describe('Tangkapan layar Progres Harian', () => {
  test('Progres Harian, formulir, dan rencana aksi (Pelaksana)', async ({ page }) => {
    const login = new LoginPage(page)
    await login.goto()
    await login.signIn(ACCOUNTS.pelaksana.username, DEMO_PASSWORD)
    await expect(page.getByTestId('user-menu')).toBeVisible()
    const day = await lastDayWithEntries(page)
    const progress = new ProgressPage(page)

    await captureScreens(
      page,
      [
        {
          name: 'progres-harian',
          open: async () => {
            await progress.goto(day)
            await expect(progress.entries.first()).toBeVisible()
          },
        },
        {
          name: 'progres-formulir',
          fullPage: false,
          open: async () => {
            await progress.goto(day)
            const form = await progress.openForm()
            await form.fill({
              description: 'Memverifikasi 12 berkas usulan kenaikan pangkat periode Desember',
              rhkIndex: 1,
              realisasi: '12',
              satuan: 'Berkas',
            })
            await expect(new EntryForm(page).rhk).not.toHaveValue('')
            // Show the top of the form (filling scrolled it down).
            await page
              .locator('.mantine-Modal-content')
              .evaluate((el) => el.scrollTo({ top: 0, behavior: 'instant' }))
          },
        },
        {
          name: 'rencana-aksi',
          open: async () => {
            await new RencanaAksiPage(page).goto()
          },
        },
      ],
      // On a phone the open form covers the navigation: it only has to be there.
      { nav: 'attached' },
    )
  })
})
