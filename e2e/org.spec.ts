import { ACCOUNTS, DEMO_UNITS, expect, test } from './fixtures.ts'
import { PegawaiFormPage, PegawaiListPage } from './pages/pegawai-pages.ts'
import { UnitsPage } from './pages/units-page.ts'

const UNIT = 'Sub Bagian Hukum dan Hubungan Masyarakat'
const JABATAN = 'Pengelola Layanan Hukum'
const PERSON = {
  name: 'Ni Made Kusuma Wardani',
  // 15 Mar 1995, TMT Jan 2020, female, sequence 004 — not a demo NIP.
  nip: '199503152020012004',
  grouped: '19950315 202001 2 004',
}
/** The Sekretaris heads Sekretariat: the atasan of everyone in a head-less sub-unit of it. */
const SEKRETARIS = 'Ni Luh Putu Ariani, S.E., M.M.'

test('admin menambah unit, jabatan, lalu pegawai dengan NIP valid', async ({ page, signInAs }) => {
  const shell = await signInAs(ACCOUNTS.admin)

  // A unit under Sekretariat, shown in the tree.
  await shell.navigate('organisasi')
  const units = new UnitsPage(page)
  await units.expectLoaded()
  await units.addSubUnit(DEMO_UNITS.sekretariat, { name: UNIT, code: 'SUBBAG-HH' })
  await expect(units.detail.getByRole('heading', { name: UNIT })).toBeVisible()
  await expect(units.detail).toContainText(DEMO_UNITS.sekretariat)

  // A jabatan in it.
  await units.addJabatan({ name: JABATAN, jenis: 'Pelaksana' })
  await expect(units.jabatanItem(JABATAN)).toContainText('Pelaksana')

  // A new employee: first an impossible birth date in the NIP (30 February).
  await shell.navigate('pegawai')
  const list = new PegawaiListPage(page)
  await list.addButton.click()
  const form = new PegawaiFormPage(page)
  await form.expectLoaded()
  await form.nip.fill('199502302020012004')
  await expect(form.nipDecoded).toBeHidden()
  await form.submit.click()
  await expect(form.nip).toHaveAttribute('aria-invalid', 'true')
  await expect(form.nip).toHaveAccessibleDescription(/tanggal lahir/)
  await expect(form.form).toContainText(
    'Angka 1–8 NIP (tanggal lahir, YYYYMMDD) bukan tanggal yang ada.',
  )
  await expect(page).toHaveURL(/\/pegawai\/baru$/)

  // Then the right NIP: the error goes and the NIP is read back.
  await form.fill({
    nip: PERSON.nip,
    name: PERSON.name,
    unit: UNIT,
    jabatan: `${JABATAN} (Pelaksana)`,
  })
  await expect(form.nip).not.toHaveAttribute('aria-invalid', 'true')
  await expect(form.nipDecoded).toContainText(PERSON.grouped)
  await expect(form.nipDecoded).toContainText('Perempuan')
  await form.submit.click()
  await expect(page).toHaveURL(/\/pegawai\/[0-9a-f-]{36}$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(PERSON.name)

  // The employee is in the list, found by name, with the derived atasan.
  await shell.navigate('pegawai')
  await list.expectLoaded()
  await list.searchFor('Kusuma Wardani')
  const entry = list.entry(PERSON.name)
  await expect(entry).toHaveCount(1)
  await expect(list.entries()).toHaveCount(1)
  await expect(entry).toContainText(PERSON.grouped)
  await expect(entry).toContainText(JABATAN)
  await expect(entry).toContainText(UNIT)
  await expect(entry).toContainText(SEKRETARIS)
})
