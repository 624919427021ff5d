import { ACCOUNTS, DEMO_PASSWORD, DEMO_UNITS, expect, test } from './fixtures.ts'
import { ProfilePage } from './pages/profile-page.ts'
import { id } from '../web/src/locales/id.ts'

test.describe('Masuk dan profil', () => {
  test('Pelaksana masuk, melihat Beranda dan profilnya, lalu keluar', async ({
    page,
    loginPage,
    shell,
  }) => {
    await loginPage.goto()
    await loginPage.signIn(ACCOUNTS.pelaksana.username, DEMO_PASSWORD)

    // Beranda
    await expect(page).toHaveURL(/\/$/)
    await expect(page).toHaveTitle(`${id.nav.beranda} · Kinerja`)
    await expect(shell.navLink(id.nav.beranda)).toHaveAttribute('aria-current', 'page')
    await expect(page.getByTestId('profile-summary')).toContainText(ACCOUNTS.pelaksana.name)

    // Profil saya, from the user menu
    await shell.openProfile()
    const profile = new ProfilePage(page)
    await profile.expectLoaded()
    await expect(profile.card.getByRole('heading', { level: 2 })).toHaveText(
      ACCOUNTS.pelaksana.name,
    )
    await expect(profile.nip).toHaveText('NIP 19900609 201408 1 003')
    await expect(profile.field(id.pegawai.unit)).toHaveText(DEMO_UNITS.kepegawaian)
    await expect(profile.field(id.pegawai.jabatan)).toContainText('Pengadministrasi Perkantoran')
    // The atasan is derived: the head of the person's unit (the Kepala Sub Bagian).
    await expect(profile.atasan).toContainText(ACCOUNTS.kepalaSubBagian.name)
    await expect(profile.atasan).toContainText('NIP 19780928 200505 2 008')

    // Keluar
    await shell.signOut()
    await loginPage.expectShown()
    await expect(shell.userMenuButton).toBeHidden()
    // The session is gone: the app sends the person back to the login page.
    await page.goto('/profil')
    await loginPage.expectShown()
  })

  test('kata sandi salah menampilkan pesan dan tetap di halaman masuk', async ({
    page,
    loginPage,
  }) => {
    await loginPage.goto()
    await loginPage.signIn(ACCOUNTS.pelaksana.username, 'SalahSandi2026')

    await expect(loginPage.error).toBeVisible()
    await expect(loginPage.error).toContainText(id.login.errors.invalidTitle)
    await expect(page).toHaveURL(/\/masuk$/)
    await expect(loginPage.heading).toBeVisible()
    // The password is cleared for the next try; the NIP stays.
    await expect(loginPage.password).toHaveValue('')
    await expect(loginPage.username).toHaveValue(ACCOUNTS.pelaksana.username)
  })
})
