import { ACCOUNTS, expect, test } from './fixtures.ts'
import { ChangePasswordPage } from './pages/change-password-page.ts'
import { UsersPage } from './pages/users-page.ts'
import { id } from '../web/src/locales/id.ts'

test('admin mengatur ulang kata sandi; pengguna wajib menggantinya saat masuk', async ({
  page,
  signInAs,
  loginPage,
  shell,
}) => {
  const person = ACCOUNTS.jf
  await signInAs(ACCOUNTS.admin)
  await shell.navigate('pengguna')
  const users = new UsersPage(page)
  await expect(users.list).toBeVisible()
  const temporary = await users.resetPassword(person.username, person.name)
  await expect(users.entries()).toContainText(id.users.mustChange)
  await shell.signOut()
  await loginPage.expectShown()

  // The person signs in with the one-time password and must choose a new one first.
  await loginPage.signIn(person.username, temporary)
  const change = new ChangePasswordPage(page)
  await change.expectForced()
  await expect(shell.sideNav).toBeHidden()
  // Other pages lead back to the password change.
  await page.goto('/profil')
  await change.expectForced()

  await change.changeTemporary(temporary, 'SawahHijau2026')
  await expect(page).toHaveURL(/\/$/)
  await expect(change.mustChange).toBeHidden()
  await expect(shell.navLink(id.nav.beranda)).toHaveAttribute('aria-current', 'page')
  await expect(page.getByTestId('profile-summary')).toContainText(person.name)
})
