import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'
import { id } from '../../web/src/locales/id.ts'

/** /audit: the append-only change log with filters. */
export class AuditPage {
  readonly heading: Locator
  readonly filters: Locator
  readonly entity: Locator
  readonly action: Locator
  readonly actor: Locator
  readonly list: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: id.audit.title, level: 1 })
    this.filters = page.getByRole('search', { name: id.audit.filters })
    this.entity = this.filters.getByLabel(id.audit.entity, { exact: true })
    this.action = this.filters.getByLabel(id.audit.action, { exact: true })
    this.actor = this.filters.getByLabel(id.audit.actor, { exact: true })
    this.list = page.getByTestId('audit-list')
  }

  async goto() {
    await this.page.goto('/audit')
    await expect(this.heading).toBeVisible()
    await expect(this.list).toBeVisible()
  }

  items(): Locator {
    return this.list.getByTestId('audit-item')
  }

  /** The entry of one entity (its id is shown under the entity name). */
  itemFor(entityId: string): Locator {
    return this.items().filter({ hasText: entityId })
  }
}
