import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'
import { id } from '../../web/src/locales/id.ts'

/** /organisasi: the unit tree, the selected unit's details and its jabatan. */
export class UnitsPage {
  readonly heading: Locator
  readonly tree: Locator
  readonly detail: Locator
  readonly jabatanList: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: id.units.title, level: 1 })
    this.tree = page.getByTestId('unit-tree')
    this.detail = page.getByTestId('unit-detail')
    this.jabatanList = page.getByTestId('jabatan-list')
  }

  async goto() {
    await this.page.goto('/organisasi')
    await this.expectLoaded()
  }

  async expectLoaded() {
    await expect(this.heading).toBeVisible()
    await expect(this.tree).toBeVisible()
  }

  /** The select button of a unit in the tree, matched on the unit's exact name. */
  node(name: string): Locator {
    return this.tree
      .getByTestId('unit-node')
      .filter({ has: this.page.getByText(name, { exact: true }) })
  }

  /** Opens every branch of the tree. */
  async expandAll() {
    await this.page.getByRole('button', { name: id.units.expandAll, exact: true }).click()
  }

  /** Selects a unit shown in the tree (open its branch first with `expandAll`). */
  async selectUnit(name: string) {
    await this.node(name).click()
    await expect(this.node(name)).toHaveAttribute('aria-pressed', 'true')
    await expect(this.detail.getByRole('heading', { name, exact: true })).toBeVisible()
  }

  /**
   * Adds a unit under `parent` through "Tambah sub-unit" of the parent's detail panel.
   * Returns the new unit's id (from the API answer), e.g. to find it in the audit log.
   */
  async addSubUnit(parent: string, unit: { name: string; code?: string }): Promise<string> {
    await this.selectUnit(parent)
    await this.detail.getByRole('button', { name: id.units.addChild, exact: true }).click()
    const dialog = this.page.getByRole('dialog', { name: id.units.addTitle })
    await expect(dialog).toBeVisible()
    // The parent is preset to the unit the person chose.
    await expect(dialog.getByLabel(id.units.parent, { exact: true })).toHaveValue(parent)
    await dialog.getByLabel(id.units.name, { exact: true }).fill(unit.name)
    if (unit.code) await dialog.getByLabel(id.units.code, { exact: true }).fill(unit.code)
    const created = this.page.waitForResponse(
      (r) => r.url().endsWith('/api/org/units') && r.request().method() === 'POST',
    )
    await dialog.getByRole('button', { name: id.common.save, exact: true }).click()
    const response = await created
    expect(response.ok()).toBe(true)
    const body = (await response.json()) as { id: string }
    await expect(dialog).toBeHidden()
    // The new unit is shown in the tree (its parent opened) and selected.
    await expect(this.node(unit.name)).toBeVisible()
    await expect(this.node(unit.name)).toHaveAttribute('aria-pressed', 'true')
    return body.id
  }

  /** Adds a jabatan to the selected unit. `jenis` is the label shown in the select. */
  async addJabatan(jabatan: { name: string; jenis: string; headsUnit?: boolean }) {
    await this.jabatanList
      .getByRole('button', { name: id.jabatan.add, exact: true })
      .first()
      .click()
    const dialog = this.page.getByRole('dialog', { name: /^Tambah jabatan di / })
    await expect(dialog).toBeVisible()
    await dialog.getByLabel(id.jabatan.name, { exact: true }).fill(jabatan.name)
    await dialog
      .getByLabel(id.jabatan.jenis, { exact: true })
      .selectOption({ label: jabatan.jenis })
    if (jabatan.headsUnit) await dialog.getByLabel(id.jabatan.headsUnit, { exact: true }).check()
    await dialog.getByRole('button', { name: id.common.save, exact: true }).click()
    await expect(dialog).toBeHidden()
    await expect(this.jabatanItem(jabatan.name)).toBeVisible()
  }

  jabatanItem(name: string): Locator {
    return this.jabatanList
      .getByTestId('jabatan-item')
      .filter({ has: this.page.getByText(name, { exact: true }) })
  }
}
