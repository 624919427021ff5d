import { randomUUID } from 'node:crypto'
import type { APIRequestContext, Page } from '@playwright/test'
import { ACCOUNTS, captureScreens, DEMO_PASSWORD, expect, setTourSeen, test } from './fixtures.ts'
import type { Account } from './fixtures.ts'
import { AppShell } from './pages/app-shell.ts'
import { LoginPage } from './pages/login-page.ts'
import { id } from '../web/src/locales/id.ts'

/**
 * Issue #6, helpdesk: a Pelaksana asks for help from the header while on the SKP page (with a
 * screenshot); the PIC finds the ticket in the queue with its context, answers and waits for
 * the person; the person answers; the PIC marks it selesai; the person reopens it, closes it
 * and rates the help. Then screenshots of /bantuan, the ticket and the PIC queue.
 */

const PEGAWAI = ACCOUNTS.pelaksana
const PIC = ACCOUNTS.picHelpdesk
const HD = id.helpdesk

/** A 2×2 PNG: a real image by its bytes, so the upload passes the content check. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGP4z8AARAwQCgAf7gP9i18U1AAAAABJRU5ErkJggg==',
  'base64',
)

/** The PIC keeps a small FAQ, so /bantuan shows the accordion (created once per run). */
async function ensureFaq(request: APIRequestContext) {
  const login = await request.post('/api/auth/login', {
    data: { username: PIC.username, password: DEMO_PASSWORD },
  })
  const { csrfToken } = (await login.json()) as { csrfToken: string }
  const list = await request.get('/api/helpdesk/faq')
  const { items } = (await list.json()) as { items: { question: string }[] }
  const wanted = [
    {
      question: 'Bagaimana jika saya lupa kata sandi?',
      answer:
        'Hubungi admin instansi atau PIC helpdesk lewat tiket kategori "Akun dan kata sandi".\nAdmin membuat kata sandi sementara; ganti saat pertama masuk.',
      category: 'akun',
    },
    {
      question: 'Mengapa tombol "Ajukan" SKP tidak aktif?',
      answer:
        'SKP bisa diajukan setelah semua RHK punya indikator dan target. Periksa tanda merah pada daftar RHK.',
      category: 'skp',
    },
  ]
  for (const f of wanted) {
    if (items.some((i) => i.question === f.question)) continue
    const res = await request.post('/api/helpdesk/faq', {
      headers: { 'X-CSRF-Token': csrfToken },
      data: { ...f, published: true, sortOrder: 0 },
    })
    expect(res.status()).toBe(201)
  }
  await request.post('/api/auth/logout', { headers: { 'X-CSRF-Token': csrfToken } })
}

async function switchTo(page: Page, account: Account) {
  const shell = new AppShell(page)
  const login = new LoginPage(page)
  await shell.signOut()
  await login.expectShown()
  await login.signIn(account.username, DEMO_PASSWORD)
  await shell.expectSignedIn()
}

test.describe('Helpdesk', () => {
  test.beforeEach(async ({ request }) => {
    await setTourSeen(request, PEGAWAI)
    await setTourSeen(request, PIC)
  })

  test('pegawai membuka tiket dari header, PIC menjawab, pegawai menutup dan menilai', async ({
    page,
    signInAs,
  }) => {
    test.setTimeout(180_000)
    const tag = randomUUID().slice(0, 8)
    const subject = `Tombol Ajukan SKP tidak bisa ditekan (${tag})`
    const question = `Apakah semua RHK sudah punya indikator? Mohon kirim tangkapan layar daftar RHK (${tag}).`
    const answer = `Sudah, semua RHK punya indikator dan target (${tag}).`
    const solved = `Indikator RHK ke-3 kosong di data lama; sudah saya perbaiki (${tag}).`

    // The pegawai is on their SKP and asks for help from the header.
    await signInAs(PEGAWAI)
    await page.goto('/skp')
    await expect(page).toHaveURL(/\/skp/)
    await page.getByTestId('help-button').click()
    const form = page.getByTestId('ticket-form')
    await expect(form).toBeVisible()
    // The context that goes along, in plain words, before sending.
    const preview = page.getByTestId('ticket-context-preview')
    await expect(preview).toContainText('/skp')
    await expect(preview).toContainText(HD.form.contextServer)
    await page.getByTestId('ticket-category').selectOption('skp')
    await page.getByTestId('ticket-subject').fill(subject)
    await page
      .getByTestId('ticket-description')
      .fill('Saya membuka SKP 2026 lalu menekan "Ajukan ke atasan", tetapi tidak terjadi apa-apa.')
    await page
      .getByTestId('ticket-screenshot')
      .setInputFiles({ name: 'layar-skp.png', mimeType: 'image/png', buffer: PNG })
    await expect(page.getByTestId('ticket-screenshot-preview')).toContainText('layar-skp.png')
    await page.getByTestId('ticket-submit').click()
    const sent = page.getByTestId('ticket-sent')
    await expect(sent).toBeVisible()
    await expect(page.getByTestId('ticket-upload-failed')).toHaveCount(0)
    const number = /HD-\d{4}-\d{4}/.exec((await sent.textContent()) ?? '')?.[0]
    expect(number, 'ticket number in the confirmation').toBeTruthy()
    await page.getByTestId('ticket-sent-open').click()
    await expect(page).toHaveURL(/\/bantuan\/tiket\//)
    const ticketPath = new URL(page.url()).pathname
    const ticketId = ticketPath.split('/').pop() ?? ''
    await expect(page.getByTestId('ticket-status')).toHaveText(HD.status.baru)
    await expect(page.getByTestId('ticket-attachment')).toContainText('layar-skp.png')

    // The PIC finds it in the queue, with the screen and person it came from.
    await switchTo(page, PIC)
    await new AppShell(page).navigate('helpdesk')
    const queue = page.getByTestId('helpdesk-queue')
    await expect(queue).toBeVisible()
    const row = queue.getByTestId(`ticket-row-${number}`)
    await expect(row).toBeVisible()
    await expect(row.getByTestId('ticket-status')).toHaveText(HD.status.baru)
    await expect(row.getByTestId('sla-badge')).toHaveAttribute('data-state', 'running')
    await row.getByRole('link', { name: new RegExp(tag) }).click()
    await expect(page).toHaveURL(new RegExp(`/helpdesk/tiket/${ticketId}$`))
    const context = page.getByTestId('ticket-context')
    await expect(context.getByTestId('context-path')).toContainText('/skp')
    await expect(context.getByTestId('context-reporter')).toContainText(PEGAWAI.name)
    await expect(context.getByTestId('context-unit')).not.toHaveText(/—$/)
    await expect(context.getByTestId('context-browser')).toContainText('Chrome')
    await expect(page.getByTestId('ticket-attachment')).toContainText('layar-skp.png')
    await page.getByTestId('ticket-reply').fill(question)
    await page.getByTestId('ticket-status-select').selectOption('menunggu_pengguna')
    await page.getByTestId('ticket-reply-send').click()
    await expect(page.getByTestId('ticket-status')).toHaveText(HD.status.menunggu_pengguna)
    await expect(page.getByTestId('ticket-message').filter({ hasText: question })).toHaveAttribute(
      'data-role',
      'pic',
    )
    // The status change is written into the conversation too.
    await expect(
      page.getByTestId('ticket-message').filter({ hasText: HD.status.menunggu_pengguna }).last(),
    ).toHaveAttribute('data-role', 'sistem')

    // The pegawai sees the reply in "Tiket saya" and answers it.
    await switchTo(page, PEGAWAI)
    await page.goto('/bantuan')
    const mine = page.getByTestId('ticket-list').getByTestId(`ticket-row-${number}`)
    await expect(mine.getByTestId('ticket-status')).toHaveText(HD.status.menunggu_pengguna)
    await mine.getByRole('link', { name: new RegExp(tag) }).click()
    await expect(page.getByTestId('ticket-waiting-you')).toBeVisible()
    const picMessage = page.getByTestId('ticket-message').filter({ hasText: question })
    await expect(picMessage).toHaveAttribute('data-role', 'pic')
    await expect(picMessage).toContainText(HD.ticket.role.pic)
    await page.getByTestId('ticket-reply').fill(answer)
    await page.getByTestId('ticket-reply-send').click()
    // Answering "menunggu pengguna" hands the ticket back to the PIC.
    await expect(page.getByTestId('ticket-status')).toHaveText(HD.status.diproses)

    // The PIC solves it and sets selesai with the answer.
    await switchTo(page, PIC)
    await page.goto(`/helpdesk/tiket/${ticketId}`)
    await expect(page.getByTestId('ticket-message').filter({ hasText: answer })).toHaveAttribute(
      'data-role',
      'pelapor',
    )
    await page.getByTestId('ticket-reply').fill(solved)
    await page.getByTestId('ticket-status-select').selectOption('selesai')
    await page.getByTestId('ticket-reply-send').click()
    await expect(page.getByTestId('ticket-status')).toHaveText(HD.status.selesai)
    await expect(page.getByTestId('ticket-reply')).toHaveCount(0)

    // The pegawai reopens it (not quite fixed), then closes it and rates the help.
    await switchTo(page, PEGAWAI)
    await page.goto(ticketPath)
    await expect(page.getByTestId('ticket-status')).toHaveText(HD.status.selesai)
    await page.getByTestId('ticket-action-reopen').click()
    await expect(page.getByTestId('ticket-status')).toHaveText(HD.status.diproses)
    await expect(page.getByTestId('ticket-action-close')).toHaveText(HD.ticket.close)
    await page.getByTestId('ticket-action-close').click()
    await expect(page.getByTestId('ticket-status')).toHaveText(HD.status.selesai)
    await page.getByTestId('ticket-rating-5').click()
    await expect(page.getByTestId('ticket-rating-5')).toHaveAttribute('aria-pressed', 'true')
    await page.getByTestId('ticket-rating-comment').fill('Cepat dan jelas, terima kasih.')
    await page.getByTestId('ticket-rating-send').click()
    await expect(page.getByTestId('ticket-rating-given')).toContainText('5 dari 5')
    await expect(page.getByTestId('ticket-action-reopen')).toBeVisible()
    await expect(page.getByTestId('ticket-rating-send')).toHaveCount(0)

    // The PIC sees the rating and the stats count the ticket.
    await switchTo(page, PIC)
    await page.goto(`/helpdesk/tiket/${ticketId}`)
    await expect(page.getByTestId('ticket-rating-given')).toContainText('5 dari 5')
    await page.goto('/helpdesk')
    await page.getByTestId('tab-stats').click()
    const stats = page.getByTestId('helpdesk-stats')
    await expect(stats.getByTestId('stat-total')).not.toContainText(HD.stats.noData)
    await expect(stats.getByTestId('stat-satisfaction')).toContainText('dari 5')
  })

  test('tampilan Bantuan, tiket, dan antrian PIC di ponsel dan desktop', async ({
    page,
    request,
    signInAs,
  }) => {
    test.setTimeout(180_000)
    await ensureFaq(request)
    await signInAs(PEGAWAI)
    // A ticket of this run for the screens (the first test may not have run).
    await page.goto('/skp')
    await page.getByTestId('help-button').click()
    await page.getByTestId('ticket-category').selectOption('progres_harian')
    await page.getByTestId('ticket-subject').fill('Foto bukti kegiatan gagal diunggah')
    await page
      .getByTestId('ticket-description')
      .fill('Saat mengunggah foto bukti dari ponsel muncul pesan "Gagal mengunggah berkas".')
    await page.getByTestId('ticket-submit').click()
    await expect(page.getByTestId('ticket-sent')).toBeVisible()
    await page.getByTestId('ticket-sent-open').click()
    await expect(page).toHaveURL(/\/bantuan\/tiket\//)
    const ticketId = new URL(page.url()).pathname.split('/').pop() ?? ''

    await captureScreens(page, [
      {
        name: 'helpdesk-bantuan',
        open: async (p) => {
          await p.goto('/bantuan')
          await expect(p.getByTestId('faq-item').first()).toBeVisible()
          await expect(p.getByTestId('ticket-list')).toBeVisible()
        },
      },
      {
        name: 'helpdesk-ticket-form',
        fullPage: false,
        open: async (p) => {
          await p.goto('/skp')
          await p.getByTestId('help-button').click()
          await expect(p.getByTestId('ticket-form')).toBeVisible()
        },
      },
      {
        name: 'helpdesk-ticket',
        open: async (p) => {
          await p.goto(`/bantuan/tiket/${ticketId}`)
          await expect(p.getByTestId('ticket-status')).toBeVisible()
        },
      },
    ])

    await page.setViewportSize({ width: 1280, height: 800 })
    await switchTo(page, PIC)
    await captureScreens(page, [
      {
        name: 'helpdesk-queue',
        open: async (p) => {
          await p.goto('/helpdesk')
          await expect(p.getByTestId('helpdesk-queue').getByTestId('ticket-list')).toBeVisible()
        },
      },
      {
        name: 'helpdesk-pic-ticket',
        open: async (p) => {
          await p.goto(`/helpdesk/tiket/${ticketId}`)
          await expect(p.getByTestId('ticket-context')).toBeVisible()
        },
      },
      {
        name: 'helpdesk-stats',
        open: async (p) => {
          await p.goto('/helpdesk')
          await p.getByTestId('tab-stats').click()
          await expect(p.getByTestId('helpdesk-stats').getByTestId('stat-total')).toBeVisible()
        },
      },
      {
        name: 'helpdesk-faq-admin',
        open: async (p) => {
          await p.goto('/helpdesk/faq')
          await expect(p.getByTestId('faq-admin-item').first()).toBeVisible()
        },
      },
    ])
  })

  test('PIC mengelola FAQ (dengan konflik versi); admin mengatur SLA', async ({
    page,
    request,
    signInAs,
  }) => {
    const tag = randomUUID().slice(0, 8)
    const question = `Bagaimana mengganti foto bukti yang salah? (${tag})`
    await setTourSeen(request, ACCOUNTS.admin)
    await signInAs(PIC)
    await new AppShell(page).navigate('helpdeskFaq')
    await page.getByTestId('faq-new').click()
    const form = page.getByTestId('faq-form')
    // Empty form: the schema's own words on the fields.
    await form.getByTestId('faq-save').click()
    await expect(form).toContainText('Tulis pertanyaan (minimal 5 karakter)')
    await form.getByTestId('faq-question').fill(question)
    await form
      .getByTestId('faq-answer')
      .fill('Buka Progres Harian, pilih kegiatannya, hapus foto lama, lalu unggah foto baru.')
    await form.getByTestId('faq-category').selectOption('progres_harian')
    await form.getByTestId('faq-published').uncheck()
    await form.getByTestId('faq-save').click()
    await expect(form).toBeHidden()
    const item = page.getByTestId('faq-admin-item').filter({ hasText: question })
    await expect(item).toContainText(HD.faqAdmin.draftBadge)

    // Published from the list's menu: employees see it on /bantuan from now on.
    await item.getByRole('button', { name: new RegExp(tag) }).click()
    await page.getByRole('menuitem', { name: HD.faqAdmin.publish }).click()
    await expect(item).toContainText(HD.faqAdmin.publishedBadge)

    // Someone else saves it while the PIC edits: the save answers with the conflict dialog.
    await item.getByRole('button', { name: new RegExp(tag) }).click()
    await page.getByRole('menuitem', { name: HD.faqAdmin.editAction }).click()
    await expect(form).toBeVisible()
    const login = await request.post('/api/auth/login', {
      data: { username: PIC.username, password: DEMO_PASSWORD },
    })
    const { csrfToken } = (await login.json()) as { csrfToken: string }
    const list = (await (
      await request.get('/api/helpdesk/faq', { params: { q: tag } })
    ).json()) as {
      items: { id: string; version: number; answer: string; category: string }[]
    }
    const current = list.items[0]!
    const elsewhere = await request.put(`/api/helpdesk/faq/${current.id}`, {
      headers: { 'X-CSRF-Token': csrfToken },
      data: {
        question: `${question} (diubah)`,
        answer: current.answer,
        category: current.category,
        published: true,
        sortOrder: 0,
        version: current.version,
      },
    })
    expect(elsewhere.status()).toBe(200)
    await form.getByTestId('faq-answer').fill('Jawaban yang ditulis ulang di layar ini.')
    await form.getByTestId('faq-save').click()
    const conflict = page.getByTestId('faq-conflict')
    await expect(conflict).toBeVisible()
    await conflict.getByRole('button', { name: HD.faqAdmin.conflictReload }).click()
    await expect(form).toBeHidden()
    const changed = page.getByTestId('faq-admin-item').filter({ hasText: `${tag}) (diubah)` })
    await expect(changed).toBeVisible()

    // Delete, after asking.
    await changed.getByRole('button', { name: new RegExp(tag) }).click()
    await page.getByRole('menuitem', { name: id.common.delete }).click()
    await page.getByRole('dialog').getByRole('button', { name: id.common.delete }).click()
    await expect(changed).toHaveCount(0)

    // The admin sets the SLA hours; the example follows the numbers.
    await switchTo(page, ACCOUNTS.admin)
    await page.goto('/helpdesk/pengaturan')
    const hours = page.getByTestId('setting-firstResponseHours')
    await hours.fill('4')
    await expect(page.getByTestId('helpdesk-settings-example')).toContainText('4 jam')
    await page.getByTestId('helpdesk-settings-save').click()
    // The button is disabled while the save is in flight too: wait for the stored value.
    await expect
      .poll(async () => {
        const saved = await request.get('/api/helpdesk/settings')
        return ((await saved.json()) as { firstResponseHours: number }).firstResponseHours
      })
      .toBe(4)
    await expect(page.getByTestId('helpdesk-settings-save')).toBeDisabled()
  })
})
