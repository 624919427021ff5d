import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'
import { id } from '../../web/src/locales/id.ts'

/** /periode (admin): performance years, assessment periods, working days and holidays. */
export class PeriodsPage {
  readonly heading: Locator
  readonly year: Locator
  readonly periodList: Locator
  readonly holidays: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: id.periods.title, level: 1 })
    this.year = page.getByLabel(id.periods.yearSelect, { exact: true })
    this.periodList = page.getByTestId('period-list')
    this.holidays = page.getByTestId('holidays')
  }

  async goto() {
    await this.page.goto('/periode')
    await expect(this.heading).toBeVisible()
    await expect(this.periodList).toBeVisible()
  }

  /** The period rows (desktop table) or cards (phone). */
  periods(): Locator {
    return this.periodList.locator('[data-testid="period-row"], [data-testid="period-card"]')
  }
}
