import { ACCOUNTS, DEMO_UNITS, expect, test } from './fixtures.ts'
import { SubordinatesPage } from './pages/subordinates-page.ts'
import { id } from '../web/src/locales/id.ts'

const ADMIN_ITEMS = ['organisasi', 'pegawai', 'impor', 'pengguna', 'audit'] as const
const ADMIN_PATHS = ['/organisasi', '/pegawai', '/pegawai/baru', '/impor', '/pengguna', '/audit']

test.describe('Hak akses per peran', () => {
  test('Kepala Sub Bagian melihat bawahannya', async ({ page, signInAs }) => {
    const shell = await signInAs(ACCOUNTS.kepalaSubBagian)
    await shell.navigate('bawahan')
    const subs = new SubordinatesPage(page)
    await subs.expectLoaded()

    // Everyone else in Sub Bagian Kepegawaian dan Umum (19 people, the head included).
    const direct = subs.direct.getByTestId('subordinate-card')
    await expect(direct).toHaveCount(18)
    const pelaksana = subs.card(subs.direct, ACCOUNTS.pelaksana.name)
    await expect(pelaksana).toContainText('19900609 201408 1 003')
    await expect(pelaksana).toContainText(DEMO_UNITS.kepegawaian)
    await expect(subs.indirect).toContainText(id.subordinates.none)

    // The search narrows the list.
    await subs.search.fill('Sudarsana')
    await expect(direct).toHaveCount(1)
    await expect(pelaksana).toBeVisible()

    // Not an admin: no admin navigation either.
    for (const key of ADMIN_ITEMS) await expect(shell.navLink(id.nav[key])).toHaveCount(0)
  })

  test('Pelaksana tidak melihat menu Bawahan maupun menu admin', async ({ page, signInAs }) => {
    const shell = await signInAs(ACCOUNTS.pelaksana)
    // The navigation is there (so the checks below are not vacuous)…
    for (const key of ['beranda', 'skp', 'progres', 'penilaian', 'bantuan'] as const) {
      await expect(shell.navLink(id.nav[key])).toBeVisible()
    }
    // …without Bawahan or any admin item.
    await expect(shell.navLink(id.nav.bawahan)).toHaveCount(0)
    for (const key of ADMIN_ITEMS) await expect(shell.navLink(id.nav[key])).toHaveCount(0)
    await expect(shell.sideNav).not.toContainText(id.nav.group.admin)
    await expect(page.getByTestId('home-shortcuts')).not.toContainText(id.nav.organisasi)

    // Typing an admin address shows the "admin only" state, never data.
    for (const path of ADMIN_PATHS) {
      await page.goto(path)
      await expect(page.getByTestId('forbidden')).toBeVisible()
      await expect(page.getByTestId('forbidden')).toContainText(id.errors.adminOnlyTitle)
      await expect(
        page.getByTestId(/^(pegawai-list|unit-tree|users-list|audit-list|pegawai-form)$/),
      ).toHaveCount(0)
    }
    // An unknown address is a "not found" page.
    await page.goto('/tidak-ada')
    await expect(page.getByTestId('not-found')).toContainText(id.errors.pageNotFoundTitle)
  })
})
