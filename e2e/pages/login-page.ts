import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'
import { id } from '../../web/src/locales/id.ts'

/** /masuk: NIP or username and password. */
export class LoginPage {
  readonly heading: Locator
  readonly username: Locator
  readonly password: Locator
  readonly submit: Locator
  readonly error: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: id.login.title, level: 1 })
    this.username = page.getByLabel(id.login.username, { exact: true })
    this.password = page.getByLabel(id.login.password, { exact: true })
    this.submit = page.getByRole('button', { name: id.login.submit, exact: true })
    this.error = page.getByTestId('login-error')
  }

  async goto() {
    await this.page.goto('/masuk')
    await this.expectShown()
  }

  async expectShown() {
    await expect(this.page).toHaveURL(/\/masuk/)
    await expect(this.heading).toBeVisible()
  }

  /** Fills the form and submits it; the caller checks where that leads. */
  async signIn(username: string, password: string) {
    await this.username.fill(username)
    await this.password.fill(password)
    await this.submit.click()
  }
}
