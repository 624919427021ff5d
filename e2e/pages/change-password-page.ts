import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'
import { id } from '../../web/src/locales/id.ts'

/** /ganti-sandi: also where a temporary password sends the person first. */
export class ChangePasswordPage {
  readonly heading: Locator
  readonly mustChange: Locator
  readonly temporary: Locator
  readonly current: Locator
  readonly newPassword: Locator
  readonly confirm: Locator
  readonly submit: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: id.password.title, level: 1 })
    this.mustChange = page.getByTestId('must-change-password')
    this.temporary = page.getByLabel(id.password.temporary, { exact: true })
    this.current = page.getByLabel(id.password.current, { exact: true })
    this.newPassword = page.getByLabel(id.password.new, { exact: true })
    this.confirm = page.getByLabel(id.password.confirm, { exact: true })
    this.submit = page.getByRole('button', { name: id.password.submit, exact: true })
  }

  async expectForced() {
    await expect(this.page).toHaveURL(/\/ganti-sandi$/)
    await expect(this.heading).toBeVisible()
    await expect(this.mustChange).toBeVisible()
  }

  async changeTemporary(temporary: string, next: string) {
    await this.temporary.fill(temporary)
    await this.newPassword.fill(next)
    await this.confirm.fill(next)
    await this.submit.click()
  }
}
