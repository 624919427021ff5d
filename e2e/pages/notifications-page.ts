import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'
import { id } from '../../web/src/locales/id.ts'

/** /notifikasi: the person's inbox, newest first. */
export class NotificationsPage {
  readonly heading: Locator
  readonly list: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: id.notifications.title, level: 1 })
    this.list = page.getByRole('list', { name: id.notifications.listLabel })
  }

  async goto() {
    await this.page.goto('/notifikasi')
    await expect(this.heading).toBeVisible()
  }

  items(): Locator {
    return this.list.getByTestId('notification-item')
  }
}
