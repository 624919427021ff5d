import { guideId } from '../web/src/features/guide/content/id.ts'
import { id } from '../web/src/locales/id.ts'
import { ACCOUNTS, captureScreens, expect, setTourSeen, test } from './fixtures.ts'

/**
 * Issue #6, the built-in guide: a pegawai opens it from a screen's "Panduan" link and reads
 * the steps with screenshots of the real app; the JF demo account (the one account whose
 * first-login tour the demo leaves unseen) meets the tour, skips it, and does not see it again.
 */

const progres = guideId.topics.find((t) => t.id === 'progres-harian')!

test('pegawai membuka panduan dari tautan Panduan di Progres Harian', async ({
  page,
  signInAs,
}) => {
  await signInAs(ACCOUNTS.pelaksana)
  await expect(page.getByTestId('onboarding-tour')).toHaveCount(0)
  await page.goto('/progres-harian')
  await page.getByTestId('help-link-progres-harian').click()

  await expect(page).toHaveURL(/\/bantuan\/panduan\/progres-harian$/)
  const topic = page.getByTestId('guide-topic')
  await expect(topic).toHaveAttribute('data-topic', 'progres-harian')
  await expect(page.getByRole('heading', { level: 1, name: progres.title })).toBeVisible()
  await expect(page.getByTestId('guide-step')).toHaveCount(progres.steps.length)

  // The first screenshot: the real Progres Harian screen, described for screen readers.
  const shot = page.getByTestId('guide-screenshot').first().locator('img')
  await shot.scrollIntoViewIfNeeded()
  await expect(shot).toHaveAttribute('alt', progres.steps[0]!.image!.alt)
  await expect(shot).toHaveAttribute('loading', 'lazy')
  await expect
    .poll(() => shot.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBe(360)

  await expect(page.getByTestId('guide-create-ticket')).toHaveAttribute('href', '/bantuan')

  // Back to the list: the Pegawai tab is the viewer's own; search reaches every role.
  await page.getByTestId('guide-back').click()
  await expect(page.getByTestId('guide-role-pegawai')).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByTestId('guide-topic-realisasi')).toBeVisible()
  await page.getByTestId('guide-search').fill('distribusi')
  await expect(page.getByTestId('guide-topic-distribusi')).toBeVisible()
  await page.getByTestId('guide-topic-distribusi').click()
  await expect(page.getByTestId('guide-topic')).toHaveAttribute('data-topic', 'distribusi')
})

test('JF melihat tur pengenalan saat pertama masuk, melewatinya, dan tur tidak muncul lagi', async ({
  page,
  request,
  signInAs,
}) => {
  // Independent of other flows: the JF has not seen the tour yet (as in a fresh demo).
  await setTourSeen(request, ACCOUNTS.jf, false)
  await signInAs(ACCOUNTS.jf, { tour: true })
  const tour = page.getByTestId('onboarding-tour')
  await expect(tour).toBeVisible()
  await expect(tour).toHaveAttribute('data-step', 'welcome')
  await expect(page.getByRole('dialog', { name: id.guide.tour.steps.welcome.title })).toBeVisible()
  await page.getByTestId('onboarding-next').click()
  await expect(tour).toHaveAttribute('data-step', 'skp')
  // The menu the step talks about is marked in the navigation.
  await expect(page.locator('[data-tour-highlight="true"]')).toHaveAttribute('href', '/skp')

  const saved = page.waitForResponse(
    (r) => r.url().endsWith('/api/helpdesk/onboarding') && r.request().method() === 'POST',
  )
  await page.getByTestId('onboarding-skip').click()
  expect((await saved).ok()).toBe(true)
  await expect(tour).toBeHidden()
  await expect(page.locator('[data-tour-highlight]')).toHaveCount(0)

  const asked = page.waitForResponse(
    (r) => r.url().endsWith('/api/helpdesk/onboarding') && r.request().method() === 'GET',
  )
  await page.reload()
  expect(await (await asked).json()).toMatchObject({ tourDone: true })
  await expect(page.getByTestId('user-menu')).toBeVisible()
  await expect(tour).toHaveCount(0)

  // "Ulangi tur" on the guide page shows it again, to the end.
  await page.goto('/bantuan/panduan')
  await page.getByTestId('guide-replay-tour').click()
  await expect(tour).toBeVisible()
  const next = page.getByTestId('onboarding-next')
  for (let i = 0; i < 6 && (await next.getAttribute('data-last')) !== 'true'; i++)
    await next.click()
  await expect(next).toHaveText(id.guide.tour.done)
  await next.click()
  await expect(tour).toBeHidden()
})

test('layar panduan di ponsel dan desktop', async ({ page, signInAs }) => {
  await signInAs(ACCOUNTS.kepalaBidang)
  await captureScreens(page, [
    {
      name: 'panduan',
      open: async (p) => {
        await p.goto('/bantuan/panduan')
        await expect(p.getByTestId('guide-role-atasan')).toHaveAttribute('aria-selected', 'true')
        await expect(p.getByTestId('guide-topic-menilai-bawahan')).toBeVisible()
      },
    },
    {
      name: 'panduan-topik',
      open: async (p) => {
        await p.goto('/bantuan/panduan/menilai-bawahan')
        await expect(p.getByTestId('guide-step').first()).toBeVisible()
        // Load every (lazy) picture before the full-page shot.
        for (const img of await p.getByTestId('guide-screenshot').locator('img').all()) {
          await img.scrollIntoViewIfNeeded()
          await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete)).toBe(true)
        }
      },
    },
  ])
})
