import { expect } from '@playwright/test'
import type { Download, Locator, Page } from '@playwright/test'
import { id } from '../../web/src/locales/id.ts'

type StatusKey = keyof typeof id.skp.status

/** An RHK as typed into the form of a kuantitatif JA/JF SKP. */
export type NewRhk = {
  /** A unique part of the atasan's RHK it intervenes (the option's text). */
  intervenes: string
  text: string
  indikator: {
    aspek: keyof typeof id.skp.aspek
    text: string
    target: string
    satuan: string
  }
}

/** /skp: "SKP saya", the person's SKPs grouped by year. */
export class MySkpPage {
  readonly heading: Locator
  readonly newButton: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: id.skp.mine.title, level: 1 })
    this.newButton = page.getByRole('button', { name: id.skp.mine.new, exact: true })
  }

  async goto() {
    await this.page.goto('/skp')
    await this.expectLoaded()
  }

  async expectLoaded() {
    await expect(this.heading).toBeVisible()
    await expect(this.page.getByTestId('skp-card').first()).toBeVisible()
  }

  /** The card of the (open) SKP of one year. */
  card(year: number): Locator {
    const title = id.skp.skpOfYear.replace('{{year}}', String(year))
    return this.page.getByRole('article', { name: title, exact: true })
  }

  async open(year: number) {
    await this.card(year).getByRole('link', { name: id.skp.open }).click()
    await expect(this.page).toHaveURL(/\/skp\/[0-9a-f-]{36}$/)
  }

  /** "Buat SKP": fills the guided dialog; the app then opens the new SKP. */
  async create(opts: { year: number; pendekatan: keyof typeof id.skp.pendekatan; copy: boolean }) {
    await this.newButton.click()
    const dialog = this.page.getByRole('dialog', { name: id.skp.create.title })
    await expect(dialog).toBeVisible()
    await dialog.getByLabel(id.skp.create.year, { exact: true }).selectOption(String(opts.year))
    await dialog.getByTestId(`pendekatan-${opts.pendekatan}`).click()
    // Last year's SKP is offered as a start, ticked by default.
    const copy = dialog.getByRole('checkbox', {
      name: id.skp.create.copyFrom.replace('{{year}}', String(opts.year - 1)),
    })
    await expect(copy).toBeChecked()
    if (!opts.copy) await copy.uncheck()
    await dialog
      .getByRole('button', {
        name: id.skp.create.submit.replace('{{year}}', String(opts.year)),
        exact: true,
      })
      .click()
    await expect(dialog).toBeHidden()
    await expect(this.page).toHaveURL(/\/skp\/[0-9a-f-]{36}$/)
  }
}

/** The "Tambah RHK …" / "Ubah RHK" dialog of a kuantitatif JA/JF SKP. */
export class RhkFormDialog {
  readonly text: Locator
  readonly save: Locator

  constructor(
    readonly page: Page,
    readonly dialog: Locator,
  ) {
    this.text = dialog.getByLabel(id.skp.rhkForm.text, { exact: true })
    this.save = dialog.getByRole('button', { name: id.skp.rhkForm.save, exact: true })
  }

  /** An "RHK atasan" option (a checkbox card), by a unique part of its text. */
  atasanOption(text: string): Locator {
    return this.dialog.getByTestId('atasan-rhk-option').filter({ hasText: text })
  }

  indikator(n: number): Locator {
    return this.dialog.getByTestId('indikator-fields').nth(n)
  }

  target(n = 0): Locator {
    return this.indikator(n).getByLabel(id.skp.rhkForm.target, { exact: true })
  }

  async fill(rhk: NewRhk) {
    const option = this.atasanOption(rhk.intervenes)
    await option.click()
    await expect(option).toHaveAttribute('aria-checked', 'true')
    await this.text.fill(rhk.text)
    const ind = this.indikator(0)
    await ind
      .getByLabel(id.skp.rhkForm.aspek, { exact: true })
      .selectOption({ label: id.skp.rhkForm.aspekOption[rhk.indikator.aspek] })
    await ind.getByLabel(id.skp.rhkForm.indikatorText, { exact: true }).fill(rhk.indikator.text)
    await this.target(0).fill(rhk.indikator.target)
    const satuan = ind.getByLabel(id.skp.rhkForm.satuan, { exact: true })
    await satuan.fill(rhk.indikator.satuan)
    // The satuan is an autocomplete: pick the suggestion so its list closes.
    await this.page
      .getByRole('listbox')
      .getByRole('option', { name: rhk.indikator.satuan, exact: true })
      .click()
    await expect(satuan).toHaveValue(rhk.indikator.satuan)
  }

  async submit() {
    await this.save.click()
    await expect(this.dialog).toBeHidden()
  }
}

/** /skp/:id: one SKP, the owner's editor or the atasan's review screen. */
export class SkpDetailPage {
  readonly heading: Locator
  readonly status: Locator
  readonly guide: Locator
  readonly returnReason: Locator
  readonly atasan: Locator
  readonly actions: Locator
  readonly refusal: Locator
  readonly rhkSection: Locator
  readonly downloadPdfButton: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 })
    this.status = page.getByTestId('skp-badges').getByTestId('skp-status')
    this.guide = page.getByTestId('skp-guide')
    this.returnReason = page.getByTestId('skp-return-reason')
    this.atasan = page.getByTestId('skp-atasan')
    this.actions = page.getByTestId('skp-actions')
    this.refusal = page.getByTestId('submit-refusal')
    this.rhkSection = page.getByTestId('rhk-section')
    this.downloadPdfButton = this.actions.getByRole('link', { name: id.skp.actions.pdf })
  }

  async expectLoaded(title: string) {
    await expect(this.heading).toHaveText(title)
    await expect(this.rhkSection).toBeVisible()
  }

  async expectStatus(status: StatusKey) {
    await expect(this.status).toHaveText(id.skp.status[status])
    await expect(this.status).toHaveAttribute('data-status', status)
  }

  actionButton(action: keyof typeof id.skp.actions): Locator {
    return this.actions.getByRole('button', { name: id.skp.actions[action], exact: true })
  }

  /** The RHK card whose text includes `text`. */
  rhkCard(text: string): Locator {
    return this.rhkSection.getByTestId('rhk-card').filter({ hasText: text })
  }

  async addRhkUtama(rhk: NewRhk) {
    await this.rhkSection.getByRole('button', { name: id.skp.rhk.add.utama, exact: true }).click()
    const dialog = this.page.getByRole('dialog', {
      name: id.skp.rhkForm.addTitle.replace('{{jenis}}', id.skp.jenis.utama),
    })
    await expect(dialog).toBeVisible()
    const form = new RhkFormDialog(this.page, dialog)
    await form.fill(rhk)
    await form.submit()
    await expect(this.rhkCard(rhk.text)).toBeVisible()
  }

  /** Opens "Ubah" on the RHK card with `text`; the caller changes fields and saves. */
  async editRhk(text: string): Promise<RhkFormDialog> {
    await this.rhkCard(text).getByTestId('rhk-edit').click()
    const dialog = this.page.getByRole('dialog', { name: id.skp.rhkForm.editTitle })
    await expect(dialog).toBeVisible()
    const form = new RhkFormDialog(this.page, dialog)
    await expect(form.text).toHaveValue(text)
    return form
  }

  /** "Ajukan ke atasan", confirmed in its dialog. The caller checks the outcome. */
  async submit() {
    await this.actionButton('submit').click()
    const dialog = this.page.getByRole('dialog', { name: id.skp.submit.title })
    await expect(dialog).toBeVisible()
    await dialog.getByRole('button', { name: id.skp.actions.submit, exact: true }).click()
    await expect(dialog).toBeHidden()
  }

  async approve() {
    await this.actionButton('approve').click()
    const dialog = this.page.getByRole('dialog', { name: id.skp.approve.title })
    await expect(dialog).toBeVisible()
    await dialog.getByRole('button', { name: id.skp.actions.approve, exact: true }).click()
    await expect(dialog).toBeHidden()
    await this.expectStatus('disetujui')
  }

  /** Opens "Kembalikan" and returns its dialog (reason field and confirm button). */
  async openReturnDialog() {
    await this.actionButton('return').click()
    const dialog = this.page.getByRole('dialog', { name: id.skp.return.title })
    await expect(dialog).toBeVisible()
    return {
      dialog,
      reason: dialog.getByLabel(id.skp.return.reason, { exact: true }),
      confirm: dialog.getByRole('button', { name: id.skp.actions.return, exact: true }),
    }
  }

  async returnWithReason(reason: string) {
    const r = await this.openReturnDialog()
    await r.reason.fill(reason)
    await r.confirm.click()
    await expect(r.dialog).toBeHidden()
    await this.expectStatus('dikembalikan')
  }

  /** Clicks "Unduh PDF" and waits for the browser's download. */
  async downloadPdf(): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.downloadPdfButton.click()
    return download
  }
}

/** /skp/bawahan: the SKPs the atasan decides on (table on desktop, cards on a phone). */
export class SkpBawahanPage {
  readonly heading: Locator
  readonly statusFilter: Locator
  readonly list: Locator
  readonly empty: Locator
  readonly bulkBar: Locator
  readonly results: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: id.skp.bawahan.title, level: 1 })
    this.statusFilter = page
      .getByRole('search', { name: id.skp.bawahan.filters })
      .getByLabel(id.skp.bawahan.status, { exact: true })
    this.list = page.getByTestId('bawahan-list')
    this.empty = page.getByTestId('bawahan-empty')
    this.bulkBar = page.getByTestId('bulk-bar')
    this.results = page.getByTestId('bulk-results')
  }

  async goto() {
    await this.page.goto('/skp/bawahan')
    await expect(this.heading).toBeVisible()
  }

  /** Shows the SKPs of one status, or of every status with `'all'`. */
  async filterStatus(status: StatusKey | 'all') {
    const label = status === 'all' ? id.common.all : id.skp.status[status]
    await this.statusFilter.selectOption({ label })
  }

  /** The row (desktop) or card (phone) of one person's SKP. */
  entry(name: string): Locator {
    return this.list.locator('tbody tr, article').filter({ hasText: name })
  }

  /** Opens a person's SKP ("Periksa" for a submitted one, "Buka SKP" otherwise). */
  async open(name: string) {
    await this.entry(name).getByTestId('skp-open').click()
    await expect(this.page).toHaveURL(/\/skp\/[0-9a-f-]{36}$/)
  }

  selectBox(name: string): Locator {
    return this.list.getByRole('checkbox', {
      name: id.skp.bawahan.select.replace('{{name}}', name),
      exact: true,
    })
  }
}

/** /skp/matriks: the leader's RHK and which direct subordinates intervene them. */
export class MatriksPage {
  readonly heading: Locator
  readonly summary: Locator
  readonly table: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: id.skp.matriks.title, level: 1 })
    this.summary = page.getByTestId('matriks-summary')
    this.table = page.getByTestId('matriks-table')
  }

  async goto() {
    await this.page.goto('/skp/matriks')
    await expect(this.heading).toBeVisible()
    await expect(this.summary).toBeVisible()
  }

  /** The leader RHK rows (desktop) or cards (phone). */
  rows(): Locator {
    return this.page.getByTestId('matriks-row')
  }

  uncoveredRows(): Locator {
    return this.page.locator('[data-testid="matriks-row"][data-covered="false"]')
  }
}

/** /skp/pohon: from the Perjanjian Kinerja targets down to every RHK. */
export class PohonPage {
  readonly heading: Locator
  readonly tree: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: id.skp.pohon.title, level: 1 })
    this.tree = page.getByRole('list', { name: id.skp.pohon.treeLabel })
  }

  async goto() {
    await this.page.goto('/skp/pohon')
    await expect(this.heading).toBeVisible()
    await expect(this.tree).toBeVisible()
  }

  nodes(): Locator {
    return this.tree.getByTestId('tree-node')
  }
}
