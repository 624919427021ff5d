import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'
import { id } from '../../web/src/locales/id.ts'

/** /profil: the signed-in employee's own data and derived atasan. */
export class ProfilePage {
  readonly heading: Locator
  readonly card: Locator
  readonly nip: Locator
  readonly atasan: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: id.profile.title, level: 1 })
    this.card = page.getByTestId('profile-card')
    this.nip = page.getByTestId('profile-nip')
    this.atasan = page.getByTestId('profile-atasan')
  }

  async goto() {
    await this.page.goto('/profil')
    await this.expectLoaded()
  }

  async expectLoaded() {
    await expect(this.heading).toBeVisible()
    await expect(this.nip).toBeVisible()
  }

  /** The value of one labelled field of the card ("Unit kerja", "Jabatan"…). */
  field(label: string): Locator {
    return this.card
      .locator('dl > div')
      .filter({ has: this.page.locator('dt').getByText(label, { exact: true }) })
      .locator('dd')
  }
}
