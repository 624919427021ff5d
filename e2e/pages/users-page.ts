import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'
import { id } from '../../web/src/locales/id.ts'

/** /pengguna: accounts, roles, activation and password resets. */
export class UsersPage {
  readonly heading: Locator
  readonly search: Locator
  readonly list: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: id.users.title, level: 1 })
    this.search = page.getByRole('searchbox', { name: id.users.search, exact: true })
    this.list = page.getByTestId('users-list')
  }

  async goto() {
    await this.page.goto('/pengguna')
    await expect(this.heading).toBeVisible()
    await expect(this.list).toBeVisible()
  }

  /** Table rows (desktop) or cards (phone). */
  entries(): Locator {
    return this.list.locator('tbody tr, [data-testid="user-card"]')
  }

  actionsFor(displayName: string): Locator {
    return this.list.getByRole('button', {
      name: id.users.actionsFor.replace('{{name}}', displayName),
      exact: true,
    })
  }

  /** Resets the password of one account and returns the one-time password shown. */
  async resetPassword(search: string, displayName: string): Promise<string> {
    await this.search.fill(search)
    // The search is debounced: wait until the list shows only that account.
    await expect(this.entries()).toHaveCount(1)
    await expect(this.entries()).toContainText(displayName)
    await this.actionsFor(displayName).click()
    await this.page.getByRole('menuitem', { name: id.users.resetPassword, exact: true }).click()
    const confirm = this.page.getByRole('dialog', { name: id.users.resetTitle })
    await expect(confirm).toContainText(displayName)
    await confirm.getByRole('button', { name: id.users.resetPassword, exact: true }).click()
    const shown = this.page.getByRole('dialog', { name: id.users.tempTitle })
    await expect(shown).toBeVisible()
    const password = (await shown.getByTestId('temporary-password').textContent())?.trim() ?? ''
    expect(password.length).toBeGreaterThanOrEqual(8)
    await shown.getByRole('button', { name: id.users.tempDone, exact: true }).click()
    await expect(shown).toBeHidden()
    return password
  }
}
