import { ACCOUNTS, DEMO_UNITS, expect, test } from './fixtures.ts'
import { AuditPage } from './pages/audit-page.ts'
import { UnitsPage } from './pages/units-page.ts'
import { id } from '../web/src/locales/id.ts'

const UNIT = 'Sub Bagian Umum dan Kearsipan'

test('admin melihat catatan audit unit yang ditambahkannya', async ({ page, signInAs }) => {
  const shell = await signInAs(ACCOUNTS.admin)
  await shell.navigate('organisasi')
  const units = new UnitsPage(page)
  await units.expectLoaded()
  const unitId = await units.addSubUnit(DEMO_UNITS.sekretariat, { name: UNIT })

  await shell.navigate('audit')
  const audit = new AuditPage(page)
  await expect(audit.list).toBeVisible()
  await audit.action.fill('unit.created')
  await audit.actor.fill(ACCOUNTS.admin.username)
  await audit.entity.fill('unit')
  await audit.entity.press('Escape')

  const entry = audit.itemFor(unitId)
  await expect(entry).toHaveCount(1)
  await expect(audit.items().first()).toContainText(unitId) // newest first
  await expect(entry).toContainText('unit.created')
  await expect(entry).toContainText(ACCOUNTS.admin.name)

  // Its changes show the unit as it was added.
  await entry.getByRole('button', { name: id.audit.showChanges }).click()
  const diff = page.getByTestId('audit-diff')
  await expect(diff).toBeVisible()
  await expect(diff.getByRole('row').filter({ hasText: /^name/ })).toContainText(UNIT)
})
