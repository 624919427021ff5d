import ExcelJS from 'exceljs'
import type { Locator, Page } from '@playwright/test'
import { id } from '../web/src/locales/id.ts'
import { ACCOUNTS, captureScreens, DEMO_PASSWORD, expect, setTourSeen, test } from './fixtures.ts'
import type { Account } from './fixtures.ts'
import { AppShell } from './pages/app-shell.ts'
import { LoginPage } from './pages/login-page.ts'

/**
 * Issue #6, reports: the admin opens the study's Tables 2, 3 and 6 (the demo reproduces them:
 * 2024 32/32 each quarter, 2025 77/77; annual 2024 32 employees, 25 on time, 7 late; units of
 * 1, 1, 10, 19, 14, 14 and 18 ASN, all 100 %), drills down to names and downloads Table 2 as
 * XLSX (read back with exceljs). A Kepala Bidang sees only the bidang they head; a pelaksana
 * has no Laporan in the navigation and is told why on the page.
 */

const FORMASI = 'Bidang Formasi, Pengembangan dan Pengangkatan Pegawai'

/** The study's Table 6: ASN per unit (demo-data.md). */
const TABLE_6: Record<string, number> = {
  'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Gianyar': 1,
  Sekretariat: 1,
  'Sub Bagian Keuangan dan Perencanaan': 10,
  'Sub Bagian Kepegawaian dan Umum': 19,
  [FORMASI]: 14,
  'Bidang Pendidikan, Pelatihan dan Informasi Pegawai': 14,
  'Bidang Mutasi dan Kedudukan Hukum': 18,
}

async function switchTo(page: Page, account: Account) {
  await page.context().clearCookies()
  const login = new LoginPage(page)
  await login.goto()
  await login.signIn(account.username, DEMO_PASSWORD)
  await new AppShell(page).expectSignedIn()
}

/** The table row whose label (row header) is exactly `label`. */
function rowOf(page: Page, label: string): Locator {
  return page
    .getByTestId('report-table')
    .locator('tbody tr')
    .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
}

/** One cell of a row found by its label, through the row's own test id (report-row-<key>). */
async function cellOf(page: Page, label: string, column: string): Promise<Locator> {
  const row = rowOf(page, label)
  await expect(row).toHaveCount(1)
  const rowTestId = (await row.getAttribute('data-testid')) ?? ''
  const rowKey = rowTestId.replace(/^report-row-/, '')
  return page.getByTestId(`report-cell-${rowKey}-${column}`)
}

async function expectCells(page: Page, label: string, cells: Record<string, number>) {
  for (const [column, value] of Object.entries(cells))
    await expect(await cellOf(page, label, column), `${label} · ${column}`).toHaveAttribute(
      'data-value',
      String(value),
    )
}

async function openReport(page: Page, key: string, year: number) {
  await page.goto(`/laporan/${key}?year=${year}`)
  await expect(page.getByTestId('report-filter-year')).toHaveValue(String(year))
  await expect(page.getByTestId('report-table')).toBeVisible()
}

test('admin membuka Tabel 2, 3 dan 6, merinci nama dan mengunduh XLSX', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000)
  await setTourSeen(request, ACCOUNTS.admin)
  await switchTo(page, ACCOUNTS.admin)

  await test.step('kartu laporan di Beranda', async () => {
    const card = page.getByTestId('home-reports')
    await expect(card).toBeVisible()
    await expect(card.getByTestId('home-reports-completion')).toContainText('dari 77 selesai')
    await expect(card.getByRole('link', { name: id.reports.home.open })).toHaveAttribute(
      'href',
      '/laporan',
    )
  })

  await test.step('dasbor dan daftar laporan dari navigasi', async () => {
    await new AppShell(page).navigate('laporan')
    await expect(page).toHaveURL(/\/laporan$/)
    const tiles = page.getByTestId('dashboard-tiles')
    await expect(tiles).toBeVisible()
    // The demo has 77 people; flows that ran before (the import) may have added some since,
    // so the tile must show the live count the API gives.
    const dashboard = (await (await page.request.get('/api/reports/dashboard')).json()) as {
      headcount: number
      units: unknown[]
    }
    expect(dashboard.headcount).toBeGreaterThanOrEqual(77)
    await expect(tiles.getByTestId('tile-headcount').getByTestId('tile-value')).toHaveText(
      String(dashboard.headcount),
    )
    await expect(page.getByTestId('dashboard-chart')).toBeVisible()
    // The demo's 7 units, plus any a flow added (the org flow adds one).
    expect(dashboard.units.length).toBeGreaterThanOrEqual(7)
    await expect(page.locator('[data-testid^="dashboard-unit-"]')).toHaveCount(
      dashboard.units.length,
    )
    for (const [key, n] of [
      ['periodic-completion', 2],
      ['annual-completion', 3],
      ['adoption', 6],
    ] as const)
      await expect(page.getByTestId(`report-card-${key}`)).toContainText(
        id.reports.studyTable.replace('{{n}}', String(n)),
      )
    await expect(page.locator('[data-testid^="report-card-"]')).toHaveCount(7)
  })

  await test.step('Tabel 2: 2024 32/32 dan 2025 77/77 tiap triwulan', async () => {
    await page.getByTestId('report-card-periodic-completion').click()
    await expect(page).toHaveURL(/\/laporan\/periodic-completion/)
    await page.getByTestId('report-filter-year').selectOption('2024')
    await expect(page).toHaveURL(/year=2024/)
    for (const year of [2024, 2025]) {
      if (year === 2025) await page.getByTestId('report-filter-year').selectOption('2025')
      const n = year === 2024 ? 32 : 77
      for (const q of ['I', 'II', 'III', 'IV'])
        await expectCells(page, `Triwulan ${q} ${year}`, {
          employees: n,
          completed: n,
          notCompleted: 0,
        })
      await expect(page.getByTestId('report-row-total')).toBeVisible()
      await expect(page.getByTestId('report-cell-total-employees')).toHaveAttribute(
        'data-value',
        String(4 * n),
      )
      await expect(await cellOf(page, `Triwulan I ${year}`, 'percentCompleted')).toHaveText(
        /^100\s%$/,
      )
    }
    await expect(page.getByTestId('report-chart')).toBeVisible()
    await expect(page.getByTestId('report-notes')).toBeVisible()
    await expect(page.getByTestId('report-exclusions')).toBeVisible()
  })

  await test.step('rincian nama di balik angka', async () => {
    await page.getByTestId('report-filter-year').selectOption('2024')
    const cell = await cellOf(page, 'Triwulan I 2024', 'completed')
    await expect(cell).toHaveAttribute('data-value', '32')
    await cell.getByRole('button').click()
    const people = page.getByTestId('report-people')
    await expect(people).toBeVisible()
    await expect(people.getByTestId('report-person')).toHaveCount(32)
    await expect(people.getByTestId('report-people-count')).toHaveText('32 pegawai')
    await page.keyboard.press('Escape')
    await expect(people).toBeHidden()
  })

  await test.step('XLSX Tabel 2 2024 terbaca dengan angka yang sama', async () => {
    const link = page.getByTestId('report-export-xlsx')
    await expect(link).toHaveAttribute('href', /export\.xlsx\?year=2024/)
    const downloading = page.waitForEvent('download')
    await link.click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe('laporan-periodic-completion-2024.xlsx')
    const file = test.info().outputPath(download.suggestedFilename())
    await download.saveAs(file)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(file)
    const values: unknown[][] = []
    wb.worksheets[0]?.eachRow((row) => values.push((row.values as unknown[]).slice(1)))
    const q1 = values.find((v) => v[0] === 'Triwulan I 2024')
    expect(q1?.slice(0, 3)).toEqual(['Triwulan I 2024', 32, 32])
    const q4 = values.find((v) => v[0] === 'Triwulan IV 2024')
    expect(q4?.slice(0, 3)).toEqual(['Triwulan IV 2024', 32, 32])
    for (const format of ['csv', 'pdf'])
      await expect(page.getByTestId(`report-export-${format}`)).toHaveAttribute(
        'href',
        new RegExp(`export\\.${format}\\?year=2024`),
      )
  })

  await test.step('Tabel 3: 2024 32 pegawai, 25 tepat waktu, 7 terlambat', async () => {
    await openReport(page, 'annual-completion', 2024)
    await expectCells(page, 'Tahunan 2024', {
      employees: 32,
      onTime: 25,
      lateCompleted: 7,
      notCompleted: 0,
    })
    await expect(await cellOf(page, 'Tahunan 2024', 'percentOnTime')).toHaveText(/^78,1\s%$/)
    await page.getByTestId('report-filter-year').selectOption('2025')
    await expectCells(page, 'Tahunan 2025', { employees: 77, onTime: 77, lateCompleted: 0 })
  })

  await test.step('Tabel 6: ASN per unit, semua 100 %', async () => {
    await openReport(page, 'adoption', 2025)
    await expect(
      page.locator('[data-testid^="report-row-"]:not([data-testid="report-row-total"])'),
    ).toHaveCount(7)
    for (const [unit, asn] of Object.entries(TABLE_6)) {
      await expectCells(page, unit, { asn, used: asn, notUsed: 0 })
      await expect(await cellOf(page, unit, 'percentUsed')).toHaveText(/^100\s%$/)
    }
    await expect(page.getByTestId('report-cell-total-asn')).toHaveAttribute('data-value', '77')
  })
})

test('Kepala Bidang hanya melihat bidangnya; pelaksana tidak punya menu Laporan', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000)
  for (const account of [ACCOUNTS.kepalaBidang, ACCOUNTS.pelaksana])
    await setTourSeen(request, account)
  await switchTo(page, ACCOUNTS.kepalaBidang)
  await expect(page.getByTestId('home-reports')).toBeVisible()
  await page.goto('/laporan')
  await expect(page.getByTestId('dashboard-tiles')).toBeVisible()
  await expect(page.locator('[data-testid^="dashboard-unit-"]')).toHaveCount(1)
  await expect(page.getByTestId('dashboard-units')).toContainText(FORMASI)
  await expect(page.getByTestId('tile-tickets')).toHaveCount(0)

  await openReport(page, 'adoption', 2026)
  await expect(
    page.locator('[data-testid^="report-row-"]:not([data-testid="report-row-total"])'),
  ).toHaveCount(1)
  await expectCells(page, FORMASI, { asn: 14 })
  const units = page.getByTestId('report-filter-unit').locator('option')
  // "All units you lead" and the one bidang.
  await expect(units).toHaveCount(2)
  await expect(units.nth(1)).toHaveText(FORMASI)

  await switchTo(page, ACCOUNTS.pelaksana)
  const shell = new AppShell(page)
  await expect(shell.sideNav).toBeVisible()
  await expect(shell.navLink(id.nav.laporan)).toHaveCount(0)
  await expect(page.getByTestId('home-shortcuts')).toBeVisible()
  await expect(page.getByTestId('home-reports')).toHaveCount(0)
  await page.goto('/laporan/periodic-completion')
  await expect(page.getByTestId('reports-forbidden')).toBeVisible()
  await expect(page.getByTestId('reports-forbidden')).toContainText(id.reports.forbidden.title)
})

test('disiplin progres harian per pegawai: 77 orang dalam dua halaman, jumlah atas semua halaman', async ({
  page,
  request,
}) => {
  await setTourSeen(request, ACCOUNTS.admin)
  await switchTo(page, ACCOUNTS.admin)
  await page.goto('/laporan/progress-discipline?year=2025')
  const people = page
    .getByTestId('report-table')
    .locator('tr[data-testid^="report-row-"]:not([data-testid="report-row-total"])')
  await expect(people).toHaveCount(50)
  await expect(page.getByText('Menampilkan 1–50 dari 77')).toBeVisible()
  const total = page.getByTestId('report-row-total')
  const totalText = await total.textContent()
  await page.getByRole('button', { name: 'Halaman 2' }).click()
  await expect(page.getByText('Menampilkan 51–77 dari 77')).toBeVisible()
  await expect(people).toHaveCount(27)
  // The totals row counts everyone, whatever the page.
  await expect(total).toHaveText(totalText ?? '')
})

test('tangkapan layar laporan (ponsel dan desktop)', async ({ page, request }) => {
  test.setTimeout(180_000)
  await setTourSeen(request, ACCOUNTS.admin)
  await switchTo(page, ACCOUNTS.admin)
  await captureScreens(page, [
    {
      name: 'reports-dashboard',
      open: async (p) => {
        await p.goto('/laporan')
        await expect(p.getByTestId('dashboard-tiles')).toBeVisible()
        await expect(p.getByTestId('dashboard-chart')).toBeVisible()
      },
    },
    {
      name: 'reports-table2',
      open: async (p) => {
        await p.goto('/laporan/periodic-completion?year=2024')
        await expect(p.getByTestId('report-table')).toBeVisible()
        await expect(p.getByTestId('report-chart')).toBeVisible()
      },
    },
    {
      name: 'reports-discipline-paged',
      open: async (p) => {
        // 2026: the year of the demo's daily progress.
        await p.goto('/laporan/progress-discipline?year=2026')
        await expect(p.getByText(/Menampilkan 1–50 dari \d+/)).toBeVisible()
      },
    },
    {
      name: 'reports-table6',
      open: async (p) => {
        await p.goto('/laporan/adoption?year=2025')
        await expect(p.getByTestId('report-table')).toBeVisible()
      },
    },
  ])
})
