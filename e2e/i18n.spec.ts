import { ACCOUNTS, expect, test } from './fixtures.ts'
import { en } from '../web/src/locales/en.ts'
import { id } from '../web/src/locales/id.ts'

test('ganti bahasa ke English mengubah label navigasi', async ({ page, signInAs }) => {
  const shell = await signInAs(ACCOUNTS.pelaksana)
  await expect(page.locator('html')).toHaveAttribute('lang', 'id')
  await expect(shell.navLink(id.nav.beranda)).toBeVisible()
  await expect(shell.navLink(id.nav.progres)).toBeVisible()

  await shell.switchLanguage('English')

  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  for (const key of ['beranda', 'skp', 'progres', 'penilaian', 'bantuan'] as const) {
    await expect(shell.navLink(en.nav[key])).toBeVisible()
  }
  await expect(shell.navLink(id.nav.beranda)).toHaveCount(0)
  await expect(shell.navLink(id.nav.progres)).toHaveCount(0)
  await expect(shell.sideNav).toContainText(en.nav.group.pegawai)
  // The page itself follows too.
  await expect(page.getByRole('heading', { name: en.home.shortcuts })).toBeVisible()

  // The choice survives a reload (kept in the browser).
  await page.reload()
  await expect(shell.navLink(en.nav.beranda)).toBeVisible()
})
