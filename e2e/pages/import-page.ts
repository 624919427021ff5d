import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'
import { id } from '../../web/src/locales/id.ts'

/** /impor: upload a CSV/XLSX of pegawai or units, check it, import it. */
export class ImportPage {
  readonly heading: Locator
  readonly file: Locator
  readonly checkButton: Locator
  readonly importButton: Locator
  readonly summary: Locator
  readonly errors: Locator
  readonly created: Locator
  readonly rejectedLink: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: id.import.title, level: 1 })
    this.file = page.getByLabel(id.import.file, { exact: true })
    this.checkButton = page.getByRole('button', { name: id.import.check, exact: true })
    this.importButton = page.getByRole('button', { name: id.import.run, exact: true })
    this.summary = page.getByTestId('import-summary')
    this.errors = page.getByTestId('import-errors')
    this.created = page.getByTestId('import-created')
    this.rejectedLink = page.getByTestId('import-rejected-link')
  }

  async goto() {
    await this.page.goto('/impor')
    await expect(this.heading).toBeVisible()
  }

  async chooseKind(kind: 'Pegawai' | 'Unit kerja') {
    await this.page
      .getByRole('radiogroup', { name: id.import.kind })
      .getByRole('radio', { name: kind, exact: true })
      .check()
  }

  async chooseMode(mode: 'all' | 'valid-only') {
    const label = mode === 'all' ? id.import.modeAll : id.import.modeValidOnly
    await this.page
      .getByRole('radiogroup', { name: id.import.mode })
      .getByRole('radio', { name: label })
      .check()
  }

  async upload(path: string) {
    await this.file.setInputFiles(path)
  }

  /** The lines of the "Kesalahan per baris" table about one file row (header = row 1). */
  errorRow(row: number): Locator {
    return this.errors
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: String(row), exact: true }) })
  }
}
