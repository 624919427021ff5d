import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'
import { id } from '../../web/src/locales/id.ts'

/** /bawahan: the atasan's direct and indirect subordinates. */
export class SubordinatesPage {
  readonly heading: Locator
  readonly direct: Locator
  readonly indirect: Locator
  readonly search: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: id.subordinates.title, level: 1 })
    this.direct = page.getByTestId('subordinates-direct')
    this.indirect = page.getByTestId('subordinates-indirect')
    this.search = page.getByRole('searchbox', { name: id.subordinates.search, exact: true })
  }

  async goto() {
    await this.page.goto('/bawahan')
    await this.expectLoaded()
  }

  async expectLoaded() {
    await expect(this.heading).toBeVisible()
    await expect(this.direct).toBeVisible()
  }

  card(section: Locator, name: string): Locator {
    return section.getByRole('article', { name, exact: true })
  }
}
