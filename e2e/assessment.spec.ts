import { execFileSync } from 'node:child_process'
import type { Page } from '@playwright/test'
import { DEMO_CURRENT_RATING } from '../server/db/seed/demo-assessments.ts'
import { ACCOUNTS, captureScreens, DEMO_PASSWORD, expect, test } from './fixtures.ts'
import type { Account } from './fixtures.ts'
import { AppShell } from './pages/app-shell.ts'
import { LoginPage } from './pages/login-page.ts'

/**
 * Issue #5, penilaian kinerja of the current quarter (the demo's Triwulan IV 2026):
 * the Pelaksana fills realisasi and submits; the Kepala Sub Bagian rates him and a colleague,
 * meets the distribution warning (the demo's Sub Bagian already has as many Baik as its
 * organisational predikat Baik allows), writes a justification and finalises; the Pelaksana
 * then sees his predikat and downloads the Dokumen Evaluasi Kinerja Pegawai.
 */

const PEGAWAI = ACCOUNTS.pelaksana
const ATASAN = ACCOUNTS.kepalaSubBagian
const COLLEAGUE = DEMO_CURRENT_RATING.submittedColleagueName
const JUSTIFICATION =
  'Kinerja Sudarsana pada triwulan ini sesuai ekspektasi dan didukung bukti dukung lengkap; ' +
  'kuota Baik unit sudah terisi oleh penilaian sebelumnya.'

async function switchTo(page: Page, account: Account) {
  await page.context().clearCookies()
  const login = new LoginPage(page)
  await login.goto()
  await login.signIn(account.username, DEMO_PASSWORD)
  await new AppShell(page).expectSignedIn()
}

/** Opens the current quarter's assessment from "Penilaian": the one quarter still in draft. */
async function openCurrentPeriod(page: Page) {
  await page.goto('/penilaian')
  const card = page.locator(
    '[data-testid="assessment-card"][data-period-kind="quarterly"][data-status="draft"]',
  )
  await expect(card).toHaveCount(1)
  await card.getByTestId('card-open').click()
  await expect(page).toHaveURL(/\/penilaian\/[0-9a-f-]{36}$/)
}

/** From "Penilaian Bawahan" (current period by default) to one subordinate's screen. */
async function openSubordinate(page: Page, name: string) {
  await page.goto('/penilaian/bawahan')
  const row = page.getByTestId('bawahan-assess-row').filter({ hasText: name })
  await row.getByRole('link').first().click()
  await expect(page).toHaveURL(/\/penilaian\/bawahan\/[0-9a-f-]{36}$/)
}

test('pegawai mengisi realisasi, atasan menilai dua bawahan dengan justifikasi, pegawai melihat predikat dan mengunduh dokumen', async ({
  page,
}) => {
  test.setTimeout(180_000)
  let assessmentUrl = ''

  await test.step('pegawai mengisi realisasi dan mengajukan', async () => {
    await switchTo(page, PEGAWAI)
    await openCurrentPeriod(page)
    assessmentUrl = new URL(page.url()).pathname
    const inputs = page.locator('[data-testid^="realisasi-input-"]')
    await expect(inputs.first()).toBeVisible()
    const count = await inputs.count()
    expect(count).toBeGreaterThan(0)
    for (let i = 0; i < count; i++) {
      const id = ((await inputs.nth(i).getAttribute('data-testid')) ?? '').replace(
        'realisasi-input-',
        '',
      )
      const useSuggestion = page.getByTestId(`use-suggestion-${id}`)
      if (await useSuggestion.isVisible()) await useSuggestion.click()
      else await inputs.nth(i).fill('3')
      await page
        .getByTestId(`realisasi-text-${id}`)
        .fill('Terlaksana sesuai rencana aksi triwulan.')
      const reason = page.getByTestId(`edit-reason-${id}`)
      if (await reason.isVisible()) await reason.fill('Dihitung ulang dari berkas yang selesai.')
    }
    await page.getByTestId('save-realisasi').click()
    await expect(page.getByTestId('unsaved-note')).toHaveCount(0)
    await page.getByTestId('submit-assessment').click()
    await page.getByTestId('submit-confirm').click()
    await expect(page.getByTestId('assessment-status').first()).toHaveAttribute(
      'data-status',
      'submitted',
    )
  })

  await test.step('atasan menilai Sudarsana: peringatan distribusi muncul', async () => {
    await switchTo(page, ATASAN)
    await openSubordinate(page, 'I Made Sudarsana')
    await page.getByTestId('rating-hasil-sesuai').click()
    await page.getByTestId('rating-perilaku-sesuai').click()
    await expect(page.getByTestId('predikat-preview')).toHaveAttribute('data-predikat', 'baik')
    await expect(page.getByTestId('distribution-warning')).toBeVisible()
    await page.getByTestId('save-rating').click()
    await expect(page.getByTestId('assessment-status').first()).toHaveAttribute(
      'data-status',
      'rated',
    )
  })

  await test.step('atasan menilai rekan kerjanya', async () => {
    await openSubordinate(page, COLLEAGUE)
    await page.getByTestId('rating-hasil-di_atas').click()
    await page.getByTestId('rating-perilaku-di_atas').click()
    await expect(page.getByTestId('predikat-preview')).toHaveAttribute(
      'data-predikat',
      'sangat_baik',
    )
    await page.getByTestId('save-rating').click()
    await expect(page.getByTestId('assessment-status').first()).toHaveAttribute(
      'data-status',
      'rated',
    )
  })

  await test.step('atasan memfinalkan Sudarsana dengan justifikasi', async () => {
    await openSubordinate(page, 'I Made Sudarsana')
    await page.getByTestId('finalise').click()
    const dialog = page.getByTestId('finalise-dialog')
    await expect(dialog.getByTestId('distribution-warning')).toBeVisible()
    await dialog.getByTestId('justification').fill(JUSTIFICATION)
    await dialog.getByTestId('confirm-finalise').click()
    await expect(page.getByTestId('assessment-status').first()).toHaveAttribute(
      'data-status',
      'finalised',
    )
  })

  await test.step('pegawai melihat predikat dan mengunduh dokumen evaluasi', async () => {
    await switchTo(page, PEGAWAI)
    await page.goto(assessmentUrl)
    await expect(page.getByTestId('predikat').first()).toHaveAttribute('data-predikat', 'baik')
    const downloadPromise = page.waitForEvent('download')
    await page.getByTestId('download-document').click()
    const download = await downloadPromise
    const file = test.info().outputPath(download.suggestedFilename())
    await download.saveAs(file)
    const flat = execFileSync('/usr/bin/pdftotext', [file, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    )
    expect(flat).toContain('EVALUASI KINERJA PEGAWAI')
    expect(flat).toContain('I Made Sudarsana')
    expect(flat).toContain('Baik')
    expect(flat).toContain('Anak Agung Istri Mas Pradnyani')
  })
})

test('layar penilaian di ponsel dan desktop', async ({ page, signInAs }) => {
  test.setTimeout(180_000)
  await signInAs(PEGAWAI)
  await captureScreens(page, [
    { name: 'penilaian-saya', open: (p) => p.goto('/penilaian').then(() => undefined) },
  ])
  await switchTo(page, ATASAN)
  await captureScreens(page, [
    {
      name: 'penilaian-bawahan',
      open: async (p) => {
        await p.goto('/penilaian/bawahan')
        await expect(p.getByTestId('bawahan-assess-row').first()).toBeVisible()
      },
    },
    {
      name: 'penilaian-nilai',
      open: async (p) => {
        await openSubordinate(p, COLLEAGUE)
        await expect(p.getByTestId('rating-quadrant')).toBeVisible()
      },
    },
  ])
  await switchTo(page, ACCOUNTS.kepalaBadan)
  await captureScreens(page, [
    {
      name: 'penilaian-organisasi',
      open: async (p) => {
        await p.goto('/penilaian/organisasi')
        await expect(p.getByTestId('org-unit-card').first()).toBeVisible()
      },
    },
  ])
})
