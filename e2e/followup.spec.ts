import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import type { Download, Page } from '@playwright/test'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { id } from '../web/src/locales/id.ts'
import { ACCOUNTS, captureScreens, DEMO_PASSWORD, expect, setTourSeen, test } from './fixtures.ts'
import type { Account } from './fixtures.ts'
import { AppShell } from './pages/app-shell.ts'
import { LoginPage } from './pages/login-page.ts'

/**
 * Issue #6, tindak lanjut: the admin reads the angka kredit of 2025, opens a JF ledger and
 * downloads the PAK; opens the TPP of a 2025 period (the demo's example table, marked "Contoh")
 * and exports it for payroll; looks at the talent 9-box; downloads the SIASN export of 2025.
 * The JF pegawai finds "Angka kredit saya" on the profile; a leader sees only AK and
 * recommendations. Screens on a phone and a desktop.
 */

const JF = ACCOUNTS.jf
const JF_NIP = JF.username
const JF_NAME = 'I Made Ardika'

async function switchTo(page: Page, account: Account) {
  await page.context().clearCookies()
  const login = new LoginPage(page)
  await login.goto()
  await login.signIn(account.username, DEMO_PASSWORD)
  await new AppShell(page).expectSignedIn()
}

/** Clicks a download link and saves the file into the test's output folder. */
async function download(page: Page, testId: string): Promise<{ file: string; d: Download }> {
  const waiting = page.waitForEvent('download')
  await page.getByTestId(testId).click()
  const d = await waiting
  const file = test.info().outputPath(d.suggestedFilename())
  await d.saveAs(file)
  return { file, d }
}

/** The text of every cell of every sheet, for checks that do not depend on the layout. */
async function xlsxText(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(file)
  const parts: string[] = []
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => parts.push(cell.text))))
  return parts.join(' | ')
}

async function openAk2025(page: Page) {
  await page.goto('/tindak-lanjut')
  await page.getByTestId('followup-tab-ak').click()
  await page.getByTestId('ak-year').selectOption('2025')
  const row = page.locator('[data-testid^="ak-row-"]').filter({ hasText: JF_NAME })
  await expect(row).toHaveCount(1)
  return row
}

test.beforeEach(async ({ request }) => {
  for (const account of [ACCOUNTS.admin, JF, ACCOUNTS.kepalaBidang])
    await setTourSeen(request, account)
})

test('admin: angka kredit 2025 dan PAK, TPP contoh dan ekspor, 9-box, ekspor SIASN', async ({
  page,
  signInAs,
}) => {
  test.setTimeout(180_000)
  await signInAs(ACCOUNTS.admin)

  await test.step('angka kredit 2025: hitung ulang aman, buka buku AK, unduh PAK', async () => {
    await openAk2025(page)
    await expect(page.getByTestId('ak-summary')).toContainText('2025')
    // Generating again is idempotent: the result says what was created and who was skipped why.
    await page.getByTestId('ak-generate').click()
    await page.getByTestId('ak-generate-confirm').click()
    const result = page.getByTestId('ak-generate-result')
    await expect(result).toBeVisible()
    await expect(result).toContainText(id.followup.ak.generatedTitle)
    await page.getByTestId('ak-generate-close').click()

    const row = page.locator('[data-testid^="ak-row-"]').filter({ hasText: JF_NAME })
    await row.getByTestId('ak-open-ledger').click()
    await expect(page).toHaveURL(/\/tindak-lanjut\/angka-kredit\/[0-9a-f-]{36}$/)
    await expect(page.getByTestId('ak-ledger')).toBeVisible()
    await expect(page.getByTestId('ak-entry').first()).toBeVisible()
    await expect(page.getByTestId('promotion-pangkat')).toBeVisible()

    const { file, d } = await download(page, 'ak-download-pak')
    expect(d.suggestedFilename()).toMatch(/\.pdf$/)
    const text = execFileSync('/usr/bin/pdftotext', [file, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    )
    expect(text).toContain('PENETAPAN ANGKA KREDIT')
    expect(text).toContain(JF_NAME)
    expect(text).toContain('19800202 200908 1 009')
  })

  await test.step('TPP periode 2025: tabel contoh ditandai, ekspor XLSX', async () => {
    await page.goto('/tindak-lanjut')
    await page.getByTestId('followup-tab-tpp').click()
    await page.getByTestId('tpp-year').selectOption('2025')
    await page.getByTestId('tpp-period').selectOption({ label: 'Triwulan IV 2025' })
    const banner = page.getByTestId('tpp-example-banner')
    await expect(banner).toBeVisible()
    await expect(banner).toContainText(id.followup.tpp.exampleBadge)
    await expect(page.getByTestId('tpp-total')).toContainText('Rp ')

    const { file, d } = await download(page, 'tpp-export-xlsx')
    expect(d.suggestedFilename()).toMatch(/\.xlsx$/)
    const text = await xlsxText(file)
    expect(text).toContain('Triwulan IV 2025')
    expect(text).toContain('CONTOH')
    expect(text).toContain(JF_NIP)
  })

  await test.step('talenta 9-box 2025', async () => {
    await page.getByTestId('followup-tab-talenta').click()
    await page.getByTestId('talent-year').selectOption('2025')
    await expect(page.getByTestId('talent-grid')).toBeVisible()
    let placed = 0
    for (let n = 1; n <= 9; n++) {
      const box = page.getByTestId(`talent-box-${n}`)
      await expect(box).toBeVisible()
      await expect(box).toContainText(`Kotak ${n}`)
      placed += Number(await box.getAttribute('data-count'))
    }
    expect(placed).toBeGreaterThan(0)
  })

  await test.step('ekspor SIASN 2025: CSV berisi NIP pegawai, juga XLSX', async () => {
    await page.getByTestId('followup-tab-siasn').click()
    await page.getByTestId('siasn-year').selectOption('2025')
    await expect(page.getByTestId('siasn-row').first()).toBeVisible()
    await expect(page.getByTestId('siasn-api-note')).toContainText('/api/followup/siasn?year=2025')

    const csv = await download(page, 'siasn-export-csv')
    expect(csv.d.suggestedFilename()).toMatch(/\.csv$/)
    const rows = parse<Record<string, string>>(fs.readFileSync(csv.file, 'utf8'), {
      columns: true,
      bom: true,
      skip_empty_lines: true,
    })
    expect(rows.length).toBeGreaterThan(0)
    const mine = rows.filter((r) => r.NIP === JF_NIP)
    expect(mine.length).toBeGreaterThan(0)
    expect(Object.values(mine[0] ?? {})).toContain('2025')
    expect(Object.values(mine[0] ?? {}).join(' ')).toContain(JF_NAME)

    const xlsx = await download(page, 'siasn-export-xlsx')
    expect(xlsx.d.suggestedFilename()).toMatch(/\.xlsx$/)
    expect(await xlsxText(xlsx.file)).toContain(JF_NIP)
  })
})

test('pegawai JF melihat angka kredit sendiri; pimpinan unit hanya AK dan rekomendasi', async ({
  page,
  signInAs,
}) => {
  await signInAs(JF)
  await page.goto('/profil')
  const card = page.getByTestId('my-angka-kredit')
  await expect(card).toBeVisible()
  await card.getByTestId('my-ak-open').click()
  await expect(page.getByTestId('ak-ledger')).toBeVisible()
  await expect(page.getByTestId('ak-download-pak')).toBeVisible()
  await expect(page.getByTestId('ak-add-entry')).toHaveCount(0)

  await switchTo(page, ACCOUNTS.kepalaBidang)
  await page.goto('/tindak-lanjut')
  await expect(page.getByTestId('followup-tab-ak')).toBeVisible()
  await expect(page.getByTestId('followup-tab-rekomendasi')).toBeVisible()
  await expect(page.getByTestId('followup-tab-tpp')).toHaveCount(0)
  await expect(page.getByTestId('followup-tab-siasn')).toHaveCount(0)
  await expect(page.getByTestId('ak-generate')).toHaveCount(0)
})

test('layar tindak lanjut di ponsel dan desktop', async ({ page, signInAs }) => {
  test.setTimeout(180_000)
  await signInAs(ACCOUNTS.admin)
  const row = await openAk2025(page)
  const ledgerHref = await row.getByTestId('ak-open-ledger').first().getAttribute('href')
  expect(ledgerHref).toBeTruthy()
  await captureScreens(page, [
    {
      name: 'tindak-lanjut-ak',
      open: async (p) => {
        await p.goto('/tindak-lanjut?tab=ak&tahun=2025')
        await expect(p.locator('[data-testid^="ak-row-"]').first()).toBeVisible()
      },
    },
    {
      name: 'tindak-lanjut-buku-ak',
      open: async (p) => {
        await p.goto(ledgerHref ?? '/')
        await expect(p.getByTestId('ak-entry').first()).toBeVisible()
      },
    },
    {
      name: 'tindak-lanjut-talenta',
      open: async (p) => {
        await p.goto('/tindak-lanjut?tab=talenta&tahun=2025')
        await expect(p.getByTestId('talent-box-9')).toBeVisible()
      },
    },
    {
      name: 'tindak-lanjut-tpp',
      open: async (p) => {
        await p.goto('/tindak-lanjut?tab=tpp&tahun=2025')
        await expect(p.getByTestId('tpp-example-banner')).toBeVisible()
      },
    },
  ])
})
