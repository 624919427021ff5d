import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'
import { id } from '../../web/src/locales/id.ts'

/** /pemantauan: the atasan's live view of one day. */
export class MonitoringPage {
  readonly heading: Locator
  readonly summary: Locator
  readonly list: Locator
  readonly date: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: id.monitoring.title, level: 1 })
    this.summary = page.getByTestId('monitoring-summary')
    this.list = page.getByTestId('monitoring-list')
    this.date = page.getByLabel(id.monitoring.date, { exact: true })
  }

  async goto() {
    await this.page.goto('/pemantauan')
    await this.expectLoaded()
  }

  async expectLoaded() {
    await expect(this.heading).toBeVisible()
    await expect(this.summary).toBeVisible()
  }

  /** A subordinate's card (phone) or row (desktop). */
  person(name: string): Locator {
    return this.list.getByTestId('monitoring-person').filter({ hasText: name })
  }

  /** The person's link: the whole card on a phone, the name in the table row on a desktop. */
  async open(name: string) {
    await this.list
      .getByRole('link', { name: new RegExp(name) })
      .first()
      .click()
    await expect(this.page).toHaveURL(/\/pemantauan\/[0-9a-f-]{36}/)
  }
}

/** /pemantauan/:pegawaiId: one subordinate's entries, RHK progress and feedback. */
export class SubordinatePage {
  readonly entries: Locator
  readonly verifyDialog: Locator

  constructor(readonly page: Page) {
    this.entries = page.getByTestId('entries-list')
    this.verifyDialog = page.getByRole('dialog', { name: id.monitoring.verify.titleOne })
  }

  async expectLoaded(name: string) {
    await expect(this.page.getByRole('heading', { name, level: 1 })).toBeVisible()
  }

  async openTab(tab: keyof typeof id.monitoring.detail.tabs) {
    await this.page.getByRole('tab', { name: id.monitoring.detail.tabs[tab] }).click()
  }

  async filter(which: 'filterAll' | 'filterPending' | 'filterLate') {
    await this.page
      .getByRole('radiogroup', { name: id.monitoring.detail.filterLabel })
      .getByText(id.monitoring.detail[which], { exact: true })
      .click()
  }

  /** The entry whose description contains `text`. */
  entry(text: string): Locator {
    return this.entries.getByTestId('entry-card').filter({ hasText: text })
  }

  /** "Perlu perbaikan" on one entry, with the note the pegawai will read. */
  async verifyNeedsFix(entry: Locator, note: string) {
    await entry.getByRole('button', { name: id.monitoring.entry.verifyFix }).click()
    await expect(this.verifyDialog).toBeVisible()
    await this.verifyDialog.getByRole('button', { name: id.monitoring.verify.submit }).click()
    // The note is required for "perlu perbaikan": the form says so before anything is sent.
    await expect(
      this.verifyDialog.getByText('Tulis catatan perbaikan (minimal 3 huruf)'),
    ).toBeVisible()
    await this.verifyDialog.getByLabel(id.monitoring.verify.note).fill(note)
    await this.verifyDialog.getByRole('button', { name: id.monitoring.verify.submit }).click()
    await expect(this.verifyDialog).toBeHidden()
  }
}

/** The umpan balik threads of one SKP (SKP page section or the subordinate's tab). */
export class FeedbackPanel {
  readonly root: Locator
  readonly dialog: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('feedback-threads')
    this.dialog = page.getByRole('dialog', { name: id.feedback.formTitle })
  }

  /** The atasan writes feedback on the RHK whose option is number `rhkIndex` (1 = first). */
  async writeOnRhk(rhkIndex: number, body: string): Promise<string> {
    await this.root.getByRole('button', { name: id.feedback.write }).click()
    await expect(this.dialog).toBeVisible()
    const select = this.dialog.getByTestId('feedback-rhk')
    await select.selectOption({ index: rhkIndex })
    const label = (await select.locator('option:checked').textContent()) ?? ''
    await this.dialog.getByLabel(id.feedback.body, { exact: true }).fill(body)
    await this.dialog.getByRole('button', { name: id.feedback.send }).click()
    await expect(this.dialog).toBeHidden()
    return label
  }

  thread(text: string): Locator {
    return this.root.getByTestId('feedback-thread').filter({ hasText: text })
  }

  async reply(thread: Locator, body: string) {
    await thread.getByLabel(id.feedback.reply, { exact: true }).fill(body)
    await thread.getByRole('button', { name: id.feedback.sendReply }).click()
    await expect(thread.getByTestId('feedback-message').filter({ hasText: body })).toHaveAttribute(
      'data-mine',
      'true',
    )
  }
}

/** /notifikasi/pengaturan: in-app and email switches per category. */
export class NotificationPreferencesPage {
  readonly heading: Locator
  readonly save: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: id.notificationPrefs.title, level: 1 })
    this.save = page.getByTestId('prefs-save')
  }

  async goto() {
    await this.page.goto('/notifikasi/pengaturan')
    await expect(this.heading).toBeVisible()
    await expect(this.page.getByTestId('prefs-list')).toBeVisible()
  }

  switch(category: keyof typeof id.notificationPrefs.categories, channel: 'inApp' | 'email') {
    return this.page.getByRole('switch', {
      name: id.notificationPrefs.switchLabel
        .replace('{{category}}', id.notificationPrefs.categories[category].label)
        .replace('{{channel}}', id.notificationPrefs[channel]),
    })
  }
}

/** /pengaturan (admin): daily-progress rules. */
export class ActivitySettingsPage {
  readonly heading: Locator
  readonly lateness: Locator
  readonly example: Locator
  readonly save: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: id.activitySettings.title, level: 1 })
    this.lateness = page.getByLabel(id.activitySettings.lateness.label, { exact: true })
    this.example = page.getByTestId('lateness-example')
    this.save = page.getByTestId('settings-save')
  }

  async goto() {
    await this.page.goto('/pengaturan')
    await expect(this.heading).toBeVisible()
    await expect(this.lateness).toBeVisible()
  }
}
