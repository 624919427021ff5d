import { execFileSync } from 'node:child_process'
import type { Page } from '@playwright/test'
import { ACCOUNTS, DEMO_PASSWORD, expect, test } from './fixtures.ts'
import type { Account } from './fixtures.ts'
import { AppShell } from './pages/app-shell.ts'
import { LoginPage } from './pages/login-page.ts'
import { MatriksPage, MySkpPage, SkpBawahanPage, SkpDetailPage } from './pages/skp-page.ts'
import type { NewRhk } from './pages/skp-page.ts'
import { id } from '../web/src/locales/id.ts'

/**
 * The SKP workflow of issue #3 on the Gianyar demo (server/db/seed/demo-skp.ts): a pegawai
 * drafts and submits, the atasan returns it with a reason, the pegawai fixes and resubmits,
 * the atasan approves and the PDF is the signed document; bulk approval; a refused
 * submission; the Matriks Peran Hasil.
 */

/** The CPNS whose 2026 SKP is the demo's only draft (SKP_2026_DRAFT). */
const YULIA: Account = {
  username: '200110142025032012',
  name: 'Ni Komang Yulia Antari, A.Md.Kom.',
}
/**
 * Her atasan: the Kepala Bidang Pendidikan, Pelatihan dan Informasi Pegawai, the head of her
 * unit (demo-people.ts), who has an account like every demo pegawai.
 */
const KARTINI: Account = {
  username: '198012212004072012',
  name: 'Ni Nyoman Kartini, S.Pd., M.Pd.',
}
const YEAR = 2026

const RHK: NewRhk = {
  // Kartini's D3 RHK (demo-skp-content.ts).
  intervenes: 'Tersedianya data dan sistem informasi kepegawaian',
  text: 'Tersusunnya dokumentasi teknis aplikasi layanan informasi kepegawaian',
  indikator: {
    aspek: 'kuantitas',
    text: 'Jumlah dokumen panduan aplikasi yang disusun',
    target: '24',
    satuan: 'Dokumen',
  },
}
const RETURN_REASON =
  'Target 24 dokumen terlalu rendah untuk setahun; naikkan menjadi 36 dokumen, lalu ajukan kembali.'

const skpTitle = (year: number) => id.skp.skpOfYear.replace('{{year}}', String(year))
const skpTitleOf = (year: number, name: string) =>
  id.skp.detail.titleOf.replace('{{year}}', String(year)).replace('{{name}}', name)
const targetText = (value: string, satuan: string) => `${id.skp.rhk.target}: ${value} ${satuan}`

/** Signs the current person out and the next one in, through the login page. */
async function switchTo(page: Page, account: Account) {
  const shell = new AppShell(page)
  const login = new LoginPage(page)
  await shell.signOut()
  await login.expectShown()
  await login.signIn(account.username, DEMO_PASSWORD)
  await shell.expectSignedIn()
}

/** The atasan opens a subordinate's submitted SKP from "SKP Bawahan". */
async function reviewFromBawahan(page: Page, name: string) {
  await new AppShell(page).navigate('skpBawahan')
  const bawahan = new SkpBawahanPage(page)
  await expect(bawahan.heading).toBeVisible()
  // Submitted SKPs are shown first (the default filter).
  await expect(bawahan.statusFilter).toHaveValue('diajukan')
  await expect(bawahan.entry(name)).toContainText(id.skp.status.diajukan)
  await bawahan.open(name)
  const detail = new SkpDetailPage(page)
  await detail.expectLoaded(skpTitleOf(YEAR, name))
  await detail.expectStatus('diajukan')
  return detail
}

test.describe('SKP', () => {
  test('pegawai mengajukan, atasan mengembalikan, pegawai memperbaiki, atasan menyetujui, PDF terunduh', async ({
    page,
    signInAs,
  }) => {
    test.slow() // four sign-ins and a PDF

    const detail = new SkpDetailPage(page)

    await test.step('pegawai menambah RHK pada draf SKP 2026 lalu mengajukannya', async () => {
      const shell = await signInAs(YULIA)
      await shell.navigate('skp')
      const mine = new MySkpPage(page)
      await mine.expectLoaded()
      await expect(mine.card(YEAR).getByTestId('skp-status')).toHaveText(id.skp.status.draft)
      await mine.open(YEAR)
      await detail.expectLoaded(skpTitle(YEAR))
      await detail.expectStatus('draft')
      // The pejabat penilai is the head of her bidang.
      await expect(detail.atasan).toContainText(KARTINI.name)

      await detail.addRhkUtama(RHK)
      const card = detail.rhkCard(RHK.text)
      await expect(card).toContainText(id.skp.rhk.intervenes)
      await expect(card).toContainText(RHK.intervenes)
      await expect(card).toContainText(RHK.indikator.text)
      await expect(card).toContainText(targetText('24', 'Dokumen'))
      await expect(card.getByTestId('rhk-missing-intervention')).toHaveCount(0)

      await detail.submit()
      await detail.expectStatus('diajukan')
      await expect(detail.guide).toContainText(`Sudah diajukan ke ${KARTINI.name}`)
      // Under review the owner can no longer change it.
      await expect(detail.actionButton('submit')).toHaveCount(0)
      await expect(detail.rhkCard(RHK.text).getByTestId('rhk-edit')).toHaveCount(0)
    })

    await test.step('atasan mengembalikan dengan alasan (alasan kosong ditolak)', async () => {
      await switchTo(page, KARTINI)
      await reviewFromBawahan(page, YULIA.name)
      await expect(detail.rhkCard(RHK.text)).toContainText(targetText('24', 'Dokumen'))

      const r = await detail.openReturnDialog()
      await r.confirm.click()
      // An empty reason is refused in the dialog, and nothing is sent.
      await expect(r.reason).toHaveAttribute('aria-invalid', 'true')
      await expect(r.dialog).toContainText('Tulis alasan pengembalian (minimal 5 huruf)')
      await expect(r.dialog).toBeVisible()
      await detail.expectStatus('diajukan')

      await r.reason.fill(RETURN_REASON)
      await r.confirm.click()
      await expect(r.dialog).toBeHidden()
      await detail.expectStatus('dikembalikan')
    })

    await test.step('pegawai membaca alasan, mengubah target, lalu mengajukan lagi', async () => {
      await switchTo(page, YULIA)
      const mine = new MySkpPage(page)
      await mine.goto()
      await expect(mine.card(YEAR).getByTestId('skp-status')).toHaveText(id.skp.status.dikembalikan)
      await expect(mine.card(YEAR)).toContainText(id.skp.returnedOpenHint)
      await mine.open(YEAR)
      await detail.expectStatus('dikembalikan')
      await expect(detail.guide).toContainText(id.skp.guide.returnedOwner)
      await expect(detail.returnReason).toContainText(`Catatan dari ${KARTINI.name}`)
      await expect(detail.returnReason).toContainText(RETURN_REASON)

      const form = await detail.editRhk(RHK.text)
      await expect(form.target()).toHaveValue('24')
      await form.target().fill('36')
      await form.submit()
      await expect(detail.rhkCard(RHK.text)).toContainText(targetText('36', 'Dokumen'))

      await detail.submit()
      await detail.expectStatus('diajukan')
      await expect(detail.returnReason).toHaveCount(0)
    })

    await test.step('atasan menyetujui', async () => {
      await switchTo(page, KARTINI)
      await reviewFromBawahan(page, YULIA.name)
      await expect(detail.rhkCard(RHK.text)).toContainText(targetText('36', 'Dokumen'))
      await detail.approve()
      await expect(detail.guide).toContainText('SKP ini disetujui pada')
    })

    await test.step('PDF SKP terunduh dan berisi dokumen yang disetujui', async () => {
      const download = await detail.downloadPdf()
      expect(download.suggestedFilename()).toBe(`SKP-${YEAR}-${YULIA.username}.pdf`)
      const file = test.info().outputPath(download.suggestedFilename())
      await download.saveAs(file)
      const text = execFileSync('/usr/bin/pdftotext', [file, '-'], { encoding: 'utf8' })
      // Table cells wrap: compare on single spaces.
      const flat = text.replace(/\s+/g, ' ')
      expect(flat).toContain('SASARAN KINERJA PEGAWAI')
      expect(flat).toContain(YULIA.name)
      expect(flat).toContain('20011014 202503 2 012')
      expect(flat).toContain(KARTINI.name)
      expect(flat).toContain(RHK.text)
      expect(flat).toContain('36 Dokumen')
      // Approved: no "DRAF" watermark.
      expect(flat).not.toContain('DRAF')
    })
  })

  test('atasan menyetujui beberapa SKP sekaligus', async ({ page, signInAs }) => {
    const ardika = ACCOUNTS.jf.name
    await signInAs(ACCOUNTS.kepalaBidang)
    const bawahan = new SkpBawahanPage(page)
    await bawahan.goto()
    await expect(bawahan.statusFilter).toHaveValue('diajukan')
    await expect(bawahan.entry(ardika)).toContainText(id.skp.status.diajukan)

    await bawahan.selectBox(ardika).check()
    await expect(bawahan.bulkBar).toContainText('1 dipilih')
    await bawahan.bulkBar
      .getByRole('button', { name: id.skp.bawahan.approveSelected, exact: true })
      .click()
    const confirm = page.getByRole('dialog', { name: 'Setujui 1 SKP?' })
    await expect(confirm).toContainText(ardika)
    await confirm.getByRole('button', { name: id.skp.bawahan.approveSelected, exact: true }).click()
    await expect(confirm).toBeHidden()

    // One result per SKP.
    await expect(bawahan.results).toContainText('Hasil: 1 disetujui, 0 gagal')
    await expect(bawahan.results.getByRole('listitem')).toHaveText([
      `${ardika} — ${id.skp.bawahan.resultOk}`,
    ])
    await expect(bawahan.bulkBar).toBeHidden()
    // Nothing waits any more…
    await expect(bawahan.empty).toContainText(id.skp.bawahan.emptySubmittedTitle)
    // …and the SKP is approved.
    await bawahan.filterStatus('disetujui')
    await expect(bawahan.entry(ardika).getByTestId('skp-status')).toHaveText(
      id.skp.status.disetujui,
    )
    await bawahan.open(ardika)
    await new SkpDetailPage(page).expectStatus('disetujui')
  })

  test('pengajuan ditolak dengan pesan jelas bila atasan belum punya RHK', async ({
    page,
    signInAs,
  }) => {
    const atasan = ACCOUNTS.kepalaSubBagian.name
    const shell = await signInAs(ACCOUNTS.pelaksana)
    await shell.navigate('skp')
    const mine = new MySkpPage(page)
    await mine.expectLoaded()
    // Planning next year: a copy of the approved 2026 SKP.
    await mine.create({ year: 2027, pendekatan: 'kuantitatif', copy: true })

    const detail = new SkpDetailPage(page)
    await detail.expectLoaded(skpTitle(2027))
    await detail.expectStatus('draft')
    await expect(detail.rhkSection.getByTestId('rhk-card').first()).toBeVisible()
    // The page warns before any attempt…
    await expect(page.getByTestId('rhk-atasan-empty-alert')).toContainText(
      `${atasan} belum punya RHK`,
    )

    // …and the server refuses the submission, naming the atasan and the year.
    await detail.submit()
    await expect(detail.refusal).toBeVisible()
    await expect(detail.refusal).toHaveAttribute('data-reason', 'ATASAN_HAS_NO_RHK')
    await expect(detail.refusal).toContainText(id.skp.refusal.title)
    await expect(detail.refusal).toContainText(
      `Atasan Anda, ${atasan}, belum memiliki RHK di SKP 2027`,
    )
    await expect(detail.refusal).toContainText(id.skp.refusal.guide.ATASAN_HAS_NO_RHK)
    await detail.expectStatus('draft')
  })

  test('Matriks Peran Hasil menandai RHK yang belum diintervensi', async ({ page, signInAs }) => {
    const shell = await signInAs(ACCOUNTS.kepalaSubBagian)
    await shell.navigate('matriks')
    const matriks = new MatriksPage(page)
    await expect(matriks.heading).toBeVisible()
    await expect(matriks.table).toBeVisible()

    const total = await matriks.rows().count()
    expect(total).toBeGreaterThan(2)
    await expect(matriks.summary).toContainText(
      `${total - 2} dari ${total} RHK Anda sudah diintervensi bawahan.`,
    )
    // Two RHK nobody takes up, each marked in words, not only by colour.
    const uncovered = matriks.uncoveredRows()
    await expect(uncovered).toHaveCount(2)
    for (const row of await uncovered.all()) {
      await expect(row.getByTestId('matriks-uncovered')).toHaveText(id.skp.matriks.uncovered)
    }
    await expect(matriks.rows().filter({ hasText: id.skp.matriks.covered })).toHaveCount(total - 2)
  })
})
