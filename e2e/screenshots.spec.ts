import type { Page } from '@playwright/test'
import {
  ACCOUNTS,
  DEMO_PASSWORD,
  captureScreens as capture,
  DEMO_UNITS,
  expect,
  setTourSeen,
  test,
  writeTempFile,
} from './fixtures.ts'
import type { Account } from './fixtures.ts'
import { ImportPage } from './pages/import-page.ts'
import { AppShell } from './pages/app-shell.ts'
import { LoginPage } from './pages/login-page.ts'
import { NotificationsPage } from './pages/notifications-page.ts'
import { PegawaiFormPage, PegawaiListPage } from './pages/pegawai-pages.ts'
import { PeriodsPage } from './pages/periods-page.ts'
import { ProfilePage } from './pages/profile-page.ts'
import {
  MatriksPage,
  MySkpPage,
  PohonPage,
  SkpBawahanPage,
  SkpDetailPage,
} from './pages/skp-page.ts'
import { SubordinatesPage } from './pages/subordinates-page.ts'
import { UnitsPage } from './pages/units-page.ts'
import { id } from '../web/src/locales/id.ts'

/**
 * Full-page screenshots of the main screens on a phone and a desktop, into
 * test-results/screenshots/<name>-<phone|desktop>.png, for review. On the phone no screen
 * may scroll sideways.
 *
 * Each test signs in once and shows its screens at both sizes: the login endpoint is rate
 * limited per address (20 a minute by default), and the whole suite shares that budget.
 */

async function signIn(page: Page, account: Account) {
  await setTourSeen(page.request, account)
  const login = new LoginPage(page)
  await login.goto()
  await login.signIn(account.username, DEMO_PASSWORD)
  await expect(page.getByTestId('user-menu')).toBeVisible()
}

test.describe('Tangkapan layar', () => {
  test('halaman masuk', async ({ page }) => {
    await capture(page, [
      {
        name: 'login',
        noNav: true,
        open: async (p) => {
          await new LoginPage(p).goto()
        },
      },
    ])
  })

  test('Beranda dan Profil (Pelaksana)', async ({ page }) => {
    await signIn(page, ACCOUNTS.pelaksana)
    await capture(page, [
      {
        name: 'beranda',
        open: async (p) => {
          await p.goto('/')
          await expect(p.getByTestId('profile-summary')).toContainText('19900609 201408 1 003')
        },
      },
      {
        name: 'profil',
        open: async (p) => {
          const profile = new ProfilePage(p)
          await profile.goto()
          await expect(profile.atasan).toContainText(ACCOUNTS.kepalaSubBagian.name)
        },
      },
    ])
  })

  test('Bawahan (Kepala Sub Bagian)', async ({ page }) => {
    await signIn(page, ACCOUNTS.kepalaSubBagian)
    await capture(page, [
      {
        name: 'bawahan',
        open: async (p) => {
          const subs = new SubordinatesPage(p)
          await subs.goto()
          await expect(subs.card(subs.direct, ACCOUNTS.pelaksana.name)).toBeVisible()
        },
      },
    ])
  })

  test('layar admin: Organisasi, Pegawai, formulir, Impor dengan kesalahan', async ({ page }) => {
    const csv = writeTempFile(
      'pegawai-salah.csv',
      [
        'nip,nama,status,golongan,kode_unit,jabatan,jenis_jabatan',
        '199611242021031009,I Wayan Contoh Benar,PNS,II/a,SUBBAG-KU,Klerek,pelaksana',
        '199604312021031003,I Made Contoh Salah,PNS,II/a,SUBBAG-KU,Klerek,pelaksana',
        '199611242021039004,Ni Luh Contoh Salah,PNS,II/z,TIDAK-ADA,Klerek,pelaksana',
        '',
      ].join('\n'),
    )
    await signIn(page, ACCOUNTS.admin)
    await capture(page, [
      {
        name: 'organisasi',
        open: async (p) => {
          const units = new UnitsPage(p)
          await units.goto()
          await units.expandAll()
          await units.selectUnit(DEMO_UNITS.kepegawaian)
          await expect(units.jabatanList.getByTestId('jabatan-item').first()).toBeVisible()
        },
      },
      {
        name: 'pegawai-list',
        open: async (p) => {
          const list = new PegawaiListPage(p)
          await list.goto()
          await expect(list.entry(ACCOUNTS.kepalaBadan.name)).toBeVisible()
        },
      },
      {
        name: 'pegawai-form',
        open: async (p) => {
          const form = new PegawaiFormPage(p)
          await form.goto()
          await expect(form.unit).toHaveAttribute('placeholder', id.units.pickPlaceholder)
        },
      },
      {
        name: 'impor-errors',
        open: async (p) => {
          const imp = new ImportPage(p)
          await imp.goto()
          await imp.upload(csv)
          // "Periksa" validates without saving, so the demo data stay as they are.
          await imp.checkButton.click()
          await expect(imp.errors).toBeVisible()
          await expect(imp.errorRow(3)).toContainText('tanggal lahir')
        },
      },
    ])
  })
})

test.describe('Tangkapan layar SKP', () => {
  test('SKP saya dan SKP yang disetujui (Pelaksana)', async ({ page }) => {
    await signIn(page, ACCOUNTS.pelaksana)
    await capture(page, [
      {
        name: 'skp-list',
        open: async (p) => {
          const mine = new MySkpPage(p)
          await mine.goto()
          await expect(mine.card(2026).getByTestId('skp-status')).toHaveText(
            id.skp.status.disetujui,
          )
        },
      },
      {
        name: 'skp-detail',
        open: async (p) => {
          const mine = new MySkpPage(p)
          await mine.goto()
          await mine.open(2026)
          const detail = new SkpDetailPage(p)
          await detail.expectLoaded('SKP 2026')
          await detail.expectStatus('disetujui')
          await expect(detail.rhkSection.getByTestId('rhk-card').first()).toBeVisible()
        },
      },
    ])
  })

  test('SKP Bawahan (Kepala Bidang)', async ({ page }) => {
    await signIn(page, ACCOUNTS.kepalaBidang)
    await capture(page, [
      {
        name: 'skp-bawahan',
        open: async (p) => {
          const bawahan = new SkpBawahanPage(p)
          await bawahan.goto()
          // Every status, so the list is never empty whatever was decided before.
          await bawahan.filterStatus('all')
          await expect(bawahan.entry(ACCOUNTS.jf.name)).toBeVisible()
        },
      },
    ])
  })

  test('Matriks Peran Hasil dan Pohon Kinerja (Kepala Sub Bagian)', async ({ page }) => {
    await signIn(page, ACCOUNTS.kepalaSubBagian)
    await capture(page, [
      {
        name: 'matriks',
        open: async (p) => {
          const matriks = new MatriksPage(p)
          await matriks.goto()
          await expect(matriks.uncoveredRows()).toHaveCount(2)
        },
      },
      {
        name: 'pohon',
        open: async (p) => {
          const pohon = new PohonPage(p)
          await pohon.goto()
          await expect(pohon.nodes().first()).toBeVisible()
        },
      },
    ])
  })

  test('Periode (admin)', async ({ page }) => {
    await signIn(page, ACCOUNTS.admin)
    await capture(page, [
      {
        name: 'periode',
        open: async (p) => {
          const periods = new PeriodsPage(p)
          await periods.goto()
          await expect(periods.year).toHaveValue('2026')
          // Quarterly (the demo's choice) plus the annual period.
          await expect(periods.periods()).toHaveCount(5)
        },
      },
    ])
  })

  test('Notifikasi (JF)', async ({ page }) => {
    // The demo has no notifications: the Kepala Bidang returns the JF's submitted SKP, which
    // notifies him; he submits it again, so the demo is back as it was ("diajukan").
    const reason =
      'Mohon lengkapi indikator waktu pada RHK verifikasi usulan NIP, lalu ajukan kembali.'
    await signIn(page, ACCOUNTS.kepalaBidang)
    const bawahan = new SkpBawahanPage(page)
    await bawahan.goto()
    await bawahan.open(ACCOUNTS.jf.name)
    const detail = new SkpDetailPage(page)
    await detail.expectStatus('diajukan')
    await detail.returnWithReason(reason)
    await new AppShell(page).signOut()
    await signIn(page, ACCOUNTS.jf)
    const mine = new MySkpPage(page)
    await mine.goto()
    await mine.open(2026)
    await detail.expectStatus('dikembalikan')
    await detail.submit()
    await detail.expectStatus('diajukan')

    await capture(page, [
      {
        name: 'notifikasi',
        open: async (p) => {
          const inbox = new NotificationsPage(p)
          await inbox.goto()
          await expect(inbox.items()).toHaveCount(1)
          await expect(inbox.items().first()).toContainText(
            `SKP 2026 Anda dikembalikan oleh ${ACCOUNTS.kepalaBidang.name}`,
          )
          await expect(inbox.items().first()).toContainText(reason)
        },
      },
    ])
  })
})
