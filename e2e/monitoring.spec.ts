import { randomUUID } from 'node:crypto'
import type { APIRequestContext, Page } from '@playwright/test'
import { ACCOUNTS, captureScreens as capture, DEMO_PASSWORD, expect, test } from './fixtures.ts'
import type { Account } from './fixtures.ts'
import { AppShell } from './pages/app-shell.ts'
import { LoginPage } from './pages/login-page.ts'
import {
  ActivitySettingsPage,
  FeedbackPanel,
  MonitoringPage,
  NotificationPreferencesPage,
  SubordinatePage,
} from './pages/monitoring-page.ts'
import { NotificationsPage } from './pages/notifications-page.ts'
import { id } from '../web/src/locales/id.ts'

/**
 * Issue #4, the atasan's side: Pemantauan (who logged, who did not), a subordinate's entries
 * verified "perlu perbaikan" with a note, umpan balik on an RHK; the pegawai sees both in the
 * inbox, opens the feedback and replies. Plus notification preferences and the admin's
 * activity settings (lateness example, version conflict), and screenshots of these screens.
 *
 * The Kepala Sub Bagian Kepegawaian dan Umum is the Pelaksana's direct atasan (demo-people.ts).
 * The spec creates its own entry for the Pelaksana through the API (with a photo), so it does
 * not depend on which demo entries are still waiting for verification.
 */

const ATASAN = ACCOUNTS.kepalaSubBagian
const PEGAWAI = ACCOUNTS.pelaksana
const PEGAWAI_SHORT = 'I Made Sudarsana'
const TIME_ZONE = 'Asia/Makassar'

/** A 2×2 PNG: a real image by its bytes, so the upload passes the content check. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGP4z8AARAwQCgAf7gP9i18U1AAAAABJRU5ErkJggg==',
  'base64',
)

const todayIn = (timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date())

async function apiLogin(request: APIRequestContext, account: Account): Promise<string> {
  const res = await request.post('/api/auth/login', {
    data: { username: account.username, password: DEMO_PASSWORD },
  })
  expect(res.status()).toBe(200)
  return ((await res.json()) as { csrfToken: string }).csrfToken
}

/** The pegawai logs an activity with a photo on their phone (here: straight through the API). */
async function logActivity(request: APIRequestContext, description: string): Promise<string> {
  const csrf = await apiLogin(request, PEGAWAI)
  const created = await request.post('/api/activities/progress', {
    headers: { 'X-CSRF-Token': csrf },
    data: {
      clientId: randomUUID(),
      date: todayIn(TIME_ZONE),
      startTime: '06:00',
      endTime: '07:30',
      description,
      rhkId: null,
      rencanaAksiId: null,
      realisasi: 1,
      satuan: 'Laporan',
      links: ['https://example.org/rekap-presensi'],
    },
  })
  expect(created.status()).toBe(201)
  const entry = (await created.json()) as { id: string }
  const evidence = await request.post(`/api/activities/progress/${entry.id}/evidence`, {
    headers: { 'X-CSRF-Token': csrf },
    multipart: { file: { name: 'foto-rekap.png', mimeType: 'image/png', buffer: PNG } },
  })
  expect(evidence.status()).toBe(201)
  await request.post('/api/auth/logout', { headers: { 'X-CSRF-Token': csrf } })
  return entry.id
}

async function switchTo(page: Page, account: Account) {
  const shell = new AppShell(page)
  const login = new LoginPage(page)
  await shell.signOut()
  await login.expectShown()
  await login.signIn(account.username, DEMO_PASSWORD)
  await shell.expectSignedIn()
}

test.describe('Pemantauan dan umpan balik', () => {
  test('atasan memverifikasi "perlu perbaikan" dan memberi umpan balik; pegawai melihat notifikasi dan membalas', async ({
    page,
    request,
    signInAs,
  }) => {
    const tag = randomUUID().slice(0, 8)
    const description = `Menyusun rekap presensi apel pagi pegawai Sub Bagian Umum (${tag})`
    const note = `Lampirkan daftar hadir yang ditandatangani kepala sub bagian (${tag}).`
    const feedback = `Rekap presensi sudah rapi; mohon kirim juga ringkasannya setiap Jumat (${tag}).`
    const reply = `Baik, Bu. Mulai minggu depan ringkasan saya kirim setiap Jumat (${tag}).`
    await logActivity(request, description)

    // The atasan opens Pemantauan from the navigation and finds the pegawai.
    const shell = await signInAs(ATASAN)
    await shell.navigate('pemantauan')
    const monitoring = new MonitoringPage(page)
    await monitoring.expectLoaded()
    const person = monitoring.person(PEGAWAI_SHORT)
    // Logged today (the entry above), in words, not only colour.
    await expect(person.getByTestId('logged-badge')).toHaveText(id.monitoring.logged)
    await monitoring.open(PEGAWAI_SHORT)

    const sub = new SubordinatePage(page)
    await sub.expectLoaded(PEGAWAI.name)
    await sub.filter('filterPending')
    const entry = sub.entry(tag)
    await expect(entry).toBeVisible()
    await expect(entry.getByTestId('verification-status')).toHaveText(
      id.monitoring.verification.pending,
    )
    await expect(entry.locator('[data-testid="flag-badge"][data-flag="unlinked"]')).toHaveText(
      id.monitoring.flags.unlinked,
    )

    // Evidence at a tap: the photo opens in the page.
    await entry.getByTestId('evidence-photo').click()
    const viewer = page.getByTestId('evidence-viewer')
    await expect(viewer.getByTestId('evidence-image')).toBeVisible()
    await expect
      .poll(() =>
        viewer
          .getByTestId('evidence-image')
          .evaluate((img) => (img as HTMLImageElement).naturalWidth),
      )
      .toBe(2)
    await page.keyboard.press('Escape')
    await expect(viewer).toBeHidden()

    await sub.verifyNeedsFix(entry, note)
    // Verified entries leave the "waiting" filter; under "Semua" it shows the verdict and note.
    await expect(sub.entry(tag)).toHaveCount(0)
    await sub.filter('filterAll')
    await expect(sub.entry(tag).getByTestId('verification-status')).toHaveText(
      id.monitoring.verification.perlu_perbaikan,
    )
    await expect(sub.entry(tag).getByTestId('entry-verification')).toContainText(note)
    await sub.entry(tag).getByRole('button', { name: id.monitoring.entry.history }).click()
    await expect(sub.entry(tag).getByTestId('verification-history')).toContainText(note)

    // Umpan balik on the first RHK of the pegawai's SKP.
    await sub.openTab('feedback')
    const panel = new FeedbackPanel(page)
    await panel.writeOnRhk(1, feedback)
    const thread = panel.thread(feedback)
    await expect(
      thread.getByTestId('feedback-message').filter({ hasText: feedback }),
    ).toHaveAttribute('data-mine', 'true')

    // The pegawai sees both in the inbox; the feedback opens on the SKP page.
    await switchTo(page, PEGAWAI)
    await expect(page.getByTestId('notification-bell')).toHaveAccessibleName(/belum dibaca/)
    await page.getByTestId('notification-bell').click()
    const inbox = new NotificationsPage(page)
    await expect(inbox.heading).toBeVisible()
    await expect(
      inbox.items().filter({ hasText: 'diverifikasi perlu perbaikan' }).filter({ hasText: tag }),
    ).toHaveCount(1)
    const item = inbox.items().filter({ hasText: feedback })
    await expect(item).toContainText(`${ATASAN.name} memberi umpan balik tentang`)
    await item.click()
    await expect(page).toHaveURL(/\/skp\/[0-9a-f-]{36}#umpan-balik$/)
    const mine = new FeedbackPanel(page)
    const received = mine.thread(feedback)
    await expect(received).toBeVisible()
    await expect(received.getByTestId('feedback-message').first()).toHaveAttribute(
      'data-mine',
      'false',
    )
    await expect(received).toContainText(id.feedback.roleAtasan)
    await mine.reply(received, reply)
    // The pegawai cannot open new threads.
    await expect(mine.root.getByRole('button', { name: id.feedback.write })).toHaveCount(0)

    // The atasan is told about the reply.
    await switchTo(page, ATASAN)
    await inbox.goto()
    await expect(
      inbox.items().filter({ hasText: `membalas umpan balik tentang` }).filter({ hasText: tag }),
    ).toHaveCount(1)
  })

  test('pegawai mematikan pengingat "belum mencatat" di aplikasi', async ({ page, signInAs }) => {
    await signInAs(PEGAWAI)
    const inbox = new NotificationsPage(page)
    await inbox.goto()
    await page.getByRole('link', { name: id.notificationPrefs.link }).click()
    const prefs = new NotificationPreferencesPage(page)
    await expect(prefs.heading).toBeVisible()
    const reminder = prefs.switch('reminder_no_entry', 'inApp')
    await expect(reminder).toBeChecked()
    await expect(prefs.save).toBeDisabled()
    await reminder.click()
    await prefs.save.click()
    await expect(page.getByText(id.notificationPrefs.saved)).toBeVisible()
    await prefs.goto()
    await expect(prefs.switch('reminder_no_entry', 'inApp')).not.toBeChecked()
    // Back as it was, so other specs see the defaults.
    await prefs.switch('reminder_no_entry', 'inApp').click()
    await prefs.save.click()
    await expect(prefs.save).toBeDisabled()
  })

  test('admin: email tanpa alamat dijelaskan; aturan keterlambatan dengan contoh; perubahan bersamaan ditangani', async ({
    page,
    signInAs,
  }) => {
    await signInAs(ACCOUNTS.admin)
    // Without an email address (the admin account has no pegawai record) email is explained, off.
    const prefs = new NotificationPreferencesPage(page)
    await prefs.goto()
    await expect(page.getByTestId('prefs-no-email')).toContainText(
      id.notificationPrefs.noEmailTitle,
    )
    await expect(prefs.switch('skp', 'email')).toBeDisabled()
    await expect(prefs.switch('skp', 'email')).not.toBeChecked()
    await expect(prefs.switch('skp', 'inApp')).toBeEnabled()

    const settings = new ActivitySettingsPage(page)
    await settings.goto()
    await expect(settings.lateness).toHaveValue('1')
    await settings.lateness.selectOption('0')
    // Same day: the example's deadline is the day itself.
    const line = settings.example.getByRole('listitem').first()
    const text = (await line.textContent()) ?? ''
    const [, day, deadline] =
      /Kegiatan (.+) tepat waktu bila dicatat paling lambat (.+) pukul/.exec(text) ?? []
    expect(day).toBeTruthy()
    expect(deadline).toBe(day)

    // Another admin saves meanwhile: this save gets the version conflict and reloads.
    const me = await page.request.get('/api/auth/me')
    const csrf = ((await me.json()) as { csrfToken: string }).csrfToken
    const current = await (await page.request.get('/api/activities/settings')).json()
    const other = await page.request.put('/api/activities/settings', {
      headers: { 'X-CSRF-Token': csrf },
      data: { ...current, reminderHour: 15 },
    })
    expect(other.status()).toBe(200)
    await settings.save.click()
    const conflict = page.getByTestId('settings-conflict')
    await expect(conflict).toBeVisible()
    await conflict.getByRole('button', { name: id.activitySettings.conflictReload }).click()
    await expect(page.getByTestId('setting-reminderHour')).toHaveValue('15')
    await expect(settings.lateness).toHaveValue('1')

    // Saving on top of the current version works; then the defaults go back.
    await page.getByTestId('setting-reminderHour').selectOption('16')
    await settings.save.click()
    await expect(page.getByText(id.activitySettings.saved)).toBeVisible()
    await expect(settings.save).toBeDisabled()
  })
})

test.describe('Tangkapan layar pemantauan', () => {
  test('Pemantauan, kegiatan bawahan, progres RHK, umpan balik (Kepala Sub Bagian)', async ({
    page,
    signInAs,
  }) => {
    await signInAs(ATASAN)
    const monitoring = new MonitoringPage(page)
    await monitoring.goto()
    await monitoring.open(PEGAWAI_SHORT)
    const personUrl = new URL(page.url()).pathname
    await capture(page, [
      {
        name: 'pemantauan',
        open: async () => {
          await monitoring.goto()
          await expect(monitoring.person(PEGAWAI_SHORT)).toBeVisible()
        },
      },
      {
        name: 'pemantauan-kegiatan',
        open: async (p) => {
          await p.goto(personUrl)
          await new SubordinatePage(p).expectLoaded(PEGAWAI.name)
          await expect(p.getByTestId('entry-card').first()).toBeVisible()
        },
      },
      {
        name: 'pemantauan-rhk',
        open: async (p) => {
          await p.goto(`${personUrl}?tab=rhk`)
          await expect(p.getByTestId('rhk-progress').first()).toBeVisible()
        },
      },
      {
        name: 'umpan-balik',
        open: async (p) => {
          await p.goto(`${personUrl}?tab=umpan-balik`)
          await expect(p.getByTestId('feedback-threads')).toBeVisible()
          await expect(p.getByTestId('feedback-thread').first()).toBeVisible()
        },
      },
    ])
  })

  test('Pengaturan notifikasi (Pelaksana) dan Pengaturan progres harian (admin)', async ({
    page,
    signInAs,
  }) => {
    await signInAs(PEGAWAI)
    await capture(page, [
      {
        name: 'notifikasi-pengaturan',
        open: async (p) => new NotificationPreferencesPage(p).goto(),
      },
    ])
    await new AppShell(page).signOut()
    await signInAs(ACCOUNTS.admin)
    await capture(page, [
      {
        name: 'pengaturan',
        open: async (p) => {
          const settings = new ActivitySettingsPage(p)
          await settings.goto()
          await expect(settings.example).toBeVisible()
        },
      },
    ])
  })
})
