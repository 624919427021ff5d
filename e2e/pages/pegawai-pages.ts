import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'
import { id } from '../../web/src/locales/id.ts'
import { pickOption } from './mantine.ts'

/** /pegawai: search and filters, then a table (desktop) or cards (phone). */
export class PegawaiListPage {
  readonly heading: Locator
  readonly search: Locator
  readonly list: Locator
  readonly addButton: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: id.pegawai.title, level: 1 })
    this.search = page.getByRole('searchbox', { name: id.pegawai.search, exact: true })
    this.list = page.getByTestId('pegawai-list')
    this.addButton = page.getByRole('link', { name: id.pegawai.add, exact: true })
  }

  async goto() {
    await this.page.goto('/pegawai')
    await this.expectLoaded()
  }

  async expectLoaded() {
    await expect(this.heading).toBeVisible()
    await expect(this.list).toBeVisible()
  }

  /** Types a name or NIP into the search; the list follows after a short debounce. */
  async searchFor(query: string) {
    await this.search.fill(query)
  }

  /** The rows (desktop table) or cards (phone) of the list. */
  entries(): Locator {
    return this.list.locator('tbody tr, article')
  }

  /** The row or card that mentions `text`. */
  entry(text: string): Locator {
    return this.entries().filter({ hasText: text })
  }
}

export type NewPegawai = {
  nip: string
  name: string
  unit: string
  /** The jabatan option's label, e.g. "Pengelola Humas (Pelaksana)". */
  jabatan: string
}

/** /pegawai/baru: the add form. */
export class PegawaiFormPage {
  readonly heading: Locator
  readonly form: Locator
  readonly nip: Locator
  readonly nipDecoded: Locator
  readonly name: Locator
  readonly unit: Locator
  readonly jabatan: Locator
  readonly submit: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: id.pegawai.form.addTitle, level: 1 })
    this.form = page.getByTestId('pegawai-form')
    this.nip = this.form.getByLabel(id.pegawai.nip, { exact: true })
    this.nipDecoded = this.form.getByTestId('nip-decoded')
    this.name = this.form.getByLabel(id.pegawai.name, { exact: true })
    this.unit = this.form.getByLabel(id.pegawai.unit, { exact: true })
    this.jabatan = this.form.getByLabel(id.pegawai.jabatan, { exact: true })
    this.submit = this.form.getByRole('button', { name: id.pegawai.form.create, exact: true })
  }

  async goto() {
    await this.page.goto('/pegawai/baru')
    await this.expectLoaded()
  }

  async expectLoaded() {
    await expect(this.heading).toBeVisible()
    await expect(this.nip).toBeVisible()
  }

  async fill(p: NewPegawai) {
    await this.nip.fill(p.nip)
    await this.name.fill(p.name)
    await pickOption(this.page, this.unit, p.unit)
    await expect(this.jabatan).toBeEnabled()
    await this.jabatan.click()
    await this.page
      .getByRole('listbox')
      .getByRole('option', { name: p.jabatan, exact: true })
      .click()
    await expect(this.jabatan).toHaveValue(p.jabatan)
  }
}
