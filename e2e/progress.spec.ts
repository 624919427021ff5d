import type { APIRequestContext } from '@playwright/test'
import type { ProgressPage as ProgressPageBody } from '../shared/activities.ts'
import { ACCOUNTS, expect, test } from './fixtures.ts'
import { ProgressPage, photoPng } from './pages/progress-page.ts'
import { id } from '../web/src/locales/id.ts'

/**
 * Daily progress of issue #4 on a phone, as the demo Pelaksana: an activity with a photo
 * (shrunk in the browser), then one entered offline that waits on the device and reaches
 * the server exactly once when the connection returns — also when the first answer is lost
 * and the sync sends it again.
 *
 * The webServer runs on the real clock (the demo's today, a Saturday): entries go on today,
 * which the form allows on a non-working day.
 */

test.use({
  viewport: { width: 360, height: 780 },
  isMobile: true,
  hasTouch: true,
  // page.route must see the app's requests; a service worker would take them first.
  serviceWorkers: 'block',
})

const stamp = () => new Date().toISOString().slice(11, 19)

/** The person's stored entries with exactly this description, through the API. */
async function storedWith(request: APIRequestContext, description: string, day: string) {
  const res = await request.get(
    `/api/activities/progress?from=${day}&to=${day}&page=1&pageSize=200`,
  )
  expect(res.ok()).toBe(true)
  const body = (await res.json()) as ProgressPageBody
  return body.items.filter((e) => e.description === description)
}

test.describe('Progres harian di ponsel', () => {
  test('catat dengan foto, catat saat offline, tersinkron tepat sekali', async ({
    page,
    context,
    signInAs,
  }) => {
    await signInAs(ACCOUNTS.pelaksana)
    const progress = new ProgressPage(page)
    await progress.goto()
    const today = await page
      .getByTestId('week-day')
      .and(page.locator('[aria-current="date"]'))
      .getAttribute('data-day')
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/)

    // 1. Online, with a camera photo: a 13 MB picture (over the 10 MB upload limit) is sent as
    // a JPEG of at most 1600 px.
    const withPhoto = `Memfoto papan pengumuman seleksi PPPK di lobi BKPSDM (${stamp()})`
    const picture = photoPng(2400, 1800)
    expect(picture.length).toBeGreaterThan(10 * 1024 * 1024)
    const form = await progress.openForm()
    await form.fill({
      description: withPhoto,
      rhkIndex: 1,
      realisasi: '1',
      satuan: 'Dokumen',
      photo: { name: 'papan-pengumuman.png', buffer: picture },
    })
    await expect(form.pickedFiles).toContainText('papan-pengumuman.jpg')
    await form.submit()
    const saved = progress.entry(withPhoto)
    await expect(saved).toHaveCount(1)
    const photo = saved.getByTestId('evidence-photo')
    await expect(photo).toHaveCount(1)
    await expect(photo).toHaveAttribute('aria-label', /papan-pengumuman\.jpg/)
    // The thumbnail comes through the authorised download route and really is a picture
    // (it loads lazily, once it is on screen).
    await photo.scrollIntoViewIfNeeded()
    await expect
      .poll(() => photo.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0)
    const [stored] = await storedWith(page.request, withPhoto, today!)
    expect(stored?.evidence.map((e) => [e.kind, e.mimeType])).toEqual([['file', 'image/jpeg']])
    expect(stored!.evidence[0]!.size).toBeLessThan(picture.length / 4)

    // 2. Offline: the entry waits on the device, marked as such, with its photo.
    await context.setOffline(true)
    const offline = `Mencatat hasil rapat koordinasi formasi tanpa sinyal di ruang arsip (${stamp()})`
    const form2 = await progress.openForm()
    await form2.fill({
      description: offline,
      realisasi: '2',
      satuan: 'Kegiatan',
      photo: { name: 'notula.png', buffer: photoPng(640, 480) },
    })
    await form2.submit()
    const pending = progress.pending(offline)
    await expect(pending).toHaveCount(1)
    await expect(pending.getByTestId('pending-badge')).toHaveText(id.progress.pending.badge)
    await expect(progress.banner).toContainText(id.progress.offline.offlineTitle)
    await expect(progress.banner).toContainText('1 kegiatan menunggu sinkron')
    await expect(progress.entry(offline)).toHaveCount(0)

    // 3. Back online, but the first answer is lost on the way back: the server stored the
    // entry, the phone does not know it and keeps it in the queue.
    let posts = 0
    let lostAnswer: number | null = null
    await page.route('**/api/activities/progress', async (route) => {
      if (route.request().method() !== 'POST') return route.fallback()
      posts++
      if (posts === 1) {
        const response = await route.fetch()
        await route.abort('failed')
        lostAnswer = response.status()
        return
      }
      return route.fallback()
    })
    await context.setOffline(false)
    // The server created it (201); the phone saw a network error.
    await expect.poll(() => lostAnswer).toBe(201)
    await expect(progress.pending(offline)).toHaveCount(1)
    expect(await storedWith(page.request, offline, today!)).toHaveLength(1)

    // The sync sends it again (the person presses "Sinkronkan sekarang"): the server answers
    // with the entry it already has, the photo follows, and the queue empties.
    await progress.banner.getByTestId('sync-now').click()
    await expect(progress.entry(offline)).toHaveCount(1)
    await expect(progress.pending(offline)).toHaveCount(0)
    await expect(progress.entry(offline).getByTestId('evidence-photo')).toHaveCount(1)
    await expect(progress.banner).toBeHidden()
    expect(posts).toBe(2)

    // A forced further sync (the browser reports "online" again) has nothing left to send.
    await page.evaluate(() => window.dispatchEvent(new Event('online')))
    await page.waitForTimeout(1000)
    expect(posts).toBe(2)
    await page.unrouteAll({ behavior: 'wait' })

    // 4. After a reload it is there once, and once through the API — with its photo, and the
    // device's entry time kept.
    await page.reload()
    await progress.expectLoaded()
    await expect(progress.entry(offline)).toHaveCount(1)
    await expect(progress.pendingEntries).toHaveCount(0)
    await expect(progress.entry(withPhoto)).toHaveCount(1)
    const synced = await storedWith(page.request, offline, today!)
    expect(synced).toHaveLength(1)
    expect(synced[0]!.evidence).toHaveLength(1)
    expect(synced[0]!.deviceRecordedAt).not.toBeNull()
    expect(new Date(synced[0]!.deviceRecordedAt!).getTime()).toBeLessThanOrEqual(
      new Date(synced[0]!.recordedAt).getTime(),
    )
    expect(await storedWith(page.request, withPhoto, today!)).toHaveLength(1)
  })

  test('salin kemarin membuka kegiatan hari kerja terakhir sebagai draf', async ({
    page,
    signInAs,
  }) => {
    await signInAs(ACCOUNTS.pelaksana)
    const progress = new ProgressPage(page)
    await progress.goto()
    await page.getByTestId('copy-yesterday').click()
    const form = page.getByTestId('entry-form')
    await expect(form).toBeVisible()
    const dialog = page.getByRole('dialog')
    await expect(dialog).toContainText(/Draf dari .+ \(1 dari \d+\)/)
    // A draft carries yesterday's text; the person confirms or skips each one.
    await expect(form.getByLabel(id.progress.form.description, { exact: true })).not.toHaveValue('')
    await form.getByRole('button', { name: id.progress.form.skip }).click()
    await expect(dialog).toContainText(/\(2 dari \d+\)/)
  })
})

test.describe('Aplikasi terpasang (PWA)', () => {
  test.use({ serviceWorkers: 'allow' })

  test('manifes, service worker, dan cangkang aplikasi saat offline', async ({
    page,
    context,
    signInAs,
  }) => {
    const manifest = await page.request.get('/manifest.webmanifest')
    expect(manifest.ok()).toBe(true)
    const m = (await manifest.json()) as {
      name: string
      lang: string
      display: string
      icons: { src: string; sizes: string; purpose?: string }[]
    }
    expect(m).toMatchObject({ name: 'Kinerja', lang: 'id-ID', display: 'standalone' })
    expect(m.icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ])
    for (const icon of m.icons) {
      const res = await page.request.get(icon.src)
      expect(res.headers()['content-type']).toBe('image/png')
    }

    await signInAs(ACCOUNTS.pelaksana)
    await new ProgressPage(page).goto()
    // The worker installs and takes control (clientsClaim) without a reload.
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null), {
        timeout: 20_000,
      })
      .toMatch(/\/sw\.js$/)

    // Offline, a navigation is answered from the precached app shell (not the browser's
    // offline page), while /api is never answered by the worker.
    await context.setOffline(true)
    await page.goto('/progres-harian')
    await expect(page.locator('#root')).not.toBeEmpty()
    await expect(page).toHaveTitle(/Kinerja/)
    const api = await page.evaluate(() =>
      fetch('/api/health').then(
        (r) => r.status,
        () => 'network error',
      ),
    )
    expect(api).toBe('network error')
    await context.setOffline(false)
  })
})
