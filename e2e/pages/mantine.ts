import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

/**
 * Picks an option of a searchable Mantine Select: types to filter, then clicks the option
 * whose label is exactly `option` (options may show a second line, e.g. a unit's parents).
 */
export async function pickOption(page: Page, input: Locator, search: string, option = search) {
  await input.click()
  await input.fill(search)
  const choice = page
    .getByRole('listbox')
    .getByRole('option')
    .filter({ has: page.getByText(option, { exact: true }) })
  await choice.click()
  await expect(input).toHaveValue(option)
}
