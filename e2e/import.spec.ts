import fs from 'node:fs'
import { ACCOUNTS, expect, test, writeTempFile } from './fixtures.ts'
import { ImportPage } from './pages/import-page.ts'
import { PegawaiListPage } from './pages/pegawai-pages.ts'
import { id } from '../web/src/locales/id.ts'

const VALID = {
  nip: '199611242021031002',
  nama: 'I Kadek Impor Berhasil',
}
const INVALID = {
  // 31 April does not exist: the birth-date part of the NIP is wrong.
  nip: '199604312021031003',
  nama: 'I Komang Impor Ditolak',
}

/**
 * One valid row (file row 2) and one with a bad NIP (file row 3), into Sub Bagian Keuangan
 * dan Perencanaan (other specs count the people of Sub Bagian Kepegawaian).
 */
const CSV = [
  'nip,nama,status,golongan,kode_unit,jabatan,jenis_jabatan',
  `${VALID.nip},${VALID.nama},PNS,II/a,SUBBAG-KP,Pengadministrasi Perkantoran,pelaksana`,
  `${INVALID.nip},${INVALID.nama},PNS,II/a,SUBBAG-KP,Pengadministrasi Perkantoran,pelaksana`,
  '',
].join('\n')

test('impor dengan baris salah: semua-atau-tidak menolak, baris-valid-saja menyimpan', async ({
  page,
  signInAs,
}) => {
  const file = writeTempFile('pegawai-satu-salah.csv', CSV)
  const shell = await signInAs(ACCOUNTS.admin)
  await shell.navigate('impor')
  const imp = new ImportPage(page)
  await expect(imp.heading).toBeVisible()

  // "Semua atau tidak sama sekali" (the default): nothing is saved.
  await imp.chooseKind('Pegawai')
  await imp.chooseMode('all')
  await imp.upload(file)
  await imp.importButton.click()
  await expect(imp.summary).toContainText(id.import.result.refusedTitle)
  await expect(imp.errors).toBeVisible()
  const bad = imp.errorRow(3)
  await expect(bad).toHaveCount(1)
  await expect(bad).toContainText('nip')
  await expect(bad).toContainText('tanggal lahir')
  await expect(imp.errorRow(2)).toHaveCount(0)
  await expect(imp.rejectedLink).toHaveCount(0)

  // Nothing was imported: not even the valid row.
  const list = new PegawaiListPage(page)
  await shell.navigate('pegawai')
  await list.expectLoaded()
  await list.searchFor('Impor')
  await expect(page.getByText(id.pegawai.noMatchTitle)).toBeVisible()

  // "Impor baris valid saja": the valid row is saved, the bad one can be downloaded.
  await shell.navigate('impor')
  await imp.chooseMode('valid-only')
  await imp.upload(file)
  await imp.importButton.click()
  await expect(imp.summary).toContainText(id.import.result.doneTitle)
  await expect(imp.summary).toContainText('1 data ditambahkan dan 0 diperbarui')
  await expect(imp.created).toContainText('1')
  await expect(imp.errorRow(3)).toContainText('tanggal lahir')
  await expect(imp.rejectedLink).toHaveText(id.import.result.downloadRejected)

  const downloading = page.waitForEvent('download')
  await imp.rejectedLink.click()
  const download = await downloading
  const rejected = fs.readFileSync(await download.path(), 'utf8')
  expect(rejected).toContain(INVALID.nip)
  expect(rejected).not.toContain(VALID.nip)

  // The valid row is now an employee; the rejected one is not.
  await shell.navigate('pegawai')
  await list.expectLoaded()
  await list.searchFor('Impor')
  await expect(list.entry(VALID.nama)).toHaveCount(1)
  await expect(list.entry(VALID.nama)).toContainText('19961124 202103 1 002')
  await expect(list.entry(INVALID.nama)).toHaveCount(0)
})
