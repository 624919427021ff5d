import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'
import { id } from '../../web/src/locales/id.ts'

type NavKey = keyof typeof id.nav.short

/**
 * The signed-in frame: header with the user menu, the side navigation (tablet/desktop) or
 * the bottom bar with "Lainnya" (phone).
 */
export class AppShell {
  readonly sideNav: Locator
  readonly bottomNav: Locator
  readonly userMenuButton: Locator
  readonly main: Locator

  constructor(readonly page: Page) {
    this.sideNav = page.getByTestId('app-nav')
    this.bottomNav = page.getByTestId('bottom-nav')
    this.userMenuButton = page.getByTestId('user-menu')
    this.main = page.locator('main#main')
  }

  /** A link of the side navigation, by its (translated) label. */
  navLink(label: string): Locator {
    return this.sideNav.getByRole('link', { name: label, exact: true })
  }

  async expectSignedIn() {
    await expect(this.page).not.toHaveURL(/\/masuk/)
    await expect(this.userMenuButton).toBeVisible()
  }

  /** Goes to a page through the navigation, as a person would. */
  async navigate(key: NavKey) {
    const link = this.navLink(id.nav[key])
    await link.click()
    await expect(link).toHaveAttribute('aria-current', 'page')
  }

  async openUserMenu(): Promise<Locator> {
    await this.userMenuButton.click()
    const menu = this.page.getByRole('menu')
    await expect(menu).toBeVisible()
    return menu
  }

  async openProfile() {
    const menu = await this.openUserMenu()
    await menu.getByRole('menuitem', { name: id.userMenu.profile }).click()
    await expect(this.page).toHaveURL(/\/profil$/)
  }

  async signOut() {
    const menu = await this.openUserMenu()
    await menu.getByRole('menuitem', { name: id.userMenu.signOut }).click()
  }

  /** Picks a language in the user menu ("English" or "Bahasa Indonesia"). */
  async switchLanguage(label: 'English' | 'Bahasa Indonesia') {
    const menu = await this.openUserMenu()
    await menu.getByRole('menuitem', { name: label, exact: true }).click()
  }
}
