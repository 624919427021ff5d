import { describe, expect, it } from 'vitest'
import type { Faq, TicketSummary } from '../../../../shared/helpdesk.ts'
import {
  attachmentHref,
  categoryChartData,
  clientContext,
  currentSla,
  defaultReplyStatus,
  describeBrowser,
  durationParts,
  formatFileSize,
  groupFaq,
  isImageFile,
  isOwnSide,
  reporterButtons,
  roundOne,
  screenshotProblem,
  statsRange,
} from './helpdesk-view.ts'

const CHROME_ANDROID =
  'Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36'
const CHROME_LINUX =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'
const EDGE_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.2849.80'
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1'
const SAFARI_MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15'
const FIREFOX_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0'
const SAMSUNG =
  'Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36'
const OPERA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36 OPR/114.0.0.0'
const CHROME_IOS =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1'
const CHROMEOS =
  'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'

describe('describeBrowser', () => {
  it.each([
    [CHROME_ANDROID, 'Chrome 131', 'Android'],
    [CHROME_LINUX, 'Chrome 131', 'Linux'],
    // Edge, Opera and Samsung Internet also say "Chrome": their own token wins.
    [EDGE_WINDOWS, 'Microsoft Edge 130', 'Windows'],
    [OPERA, 'Opera 114', 'Windows'],
    [SAMSUNG, 'Samsung Internet 25', 'Android'],
    // Safari's version is in "Version/", not in "Safari/" (which is the WebKit build).
    [SAFARI_IPHONE, 'Safari 17', 'iOS'],
    [SAFARI_MAC, 'Safari 17', 'macOS'],
    [FIREFOX_WINDOWS, 'Firefox 133', 'Windows'],
    [CHROME_IOS, 'Chrome 131', 'iOS'],
    [CHROMEOS, 'Chrome 131', 'ChromeOS'],
  ])('%#: %s', (ua, browser, os) => {
    expect(describeBrowser(ua)).toEqual({ browser, os })
  })

  it('knows nothing from nothing, and says so', () => {
    expect(describeBrowser(null)).toEqual({ browser: null, os: null })
    expect(describeBrowser('curl/8.5.0')).toEqual({ browser: null, os: null })
  })
})

describe('clientContext', () => {
  it('keeps the path only (no query, no hash) with viewport and connection', () => {
    expect(
      clientContext({
        pathname: '/skp/abc',
        userAgent: CHROME_LINUX,
        width: 1280,
        height: 800,
        onLine: true,
      }),
    ).toEqual({ path: '/skp/abc', userAgent: CHROME_LINUX, viewport: '1280×800', online: true })
    expect(
      clientContext({
        pathname: '/laporan?q=nama#x',
        userAgent: '',
        width: 0,
        height: 0,
        onLine: false,
      }),
    ).toEqual({ path: '/laporan', userAgent: null, viewport: null, online: false })
  })

  it('clips to the lengths the contract allows', () => {
    const c = clientContext({
      pathname: `/${'a'.repeat(400)}`,
      userAgent: 'x'.repeat(900),
      width: 360.4,
      height: 740.6,
      onLine: true,
    })
    expect(c.path).toHaveLength(300)
    expect(c.userAgent).toHaveLength(500)
    expect(c.viewport).toBe('360×741')
  })
})

describe('screenshotProblem', () => {
  const MB = 1024 * 1024
  it.each([
    [{ name: 'layar.png', type: 'image/png', size: 10_000 }, null],
    [{ name: 'layar.jpg', type: 'image/jpeg', size: 5 * MB }, null],
    [{ name: 'layar.webp', type: 'image/webp', size: 1 }, null],
    [{ name: 'surat.pdf', type: 'application/pdf', size: 2 * MB }, null],
    // The browser gave no type: the name decides here, the server's content check decides later.
    [{ name: 'LAYAR.PNG', type: '', size: 100 }, null],
    [{ name: 'layar.jpg', type: 'image/jpeg', size: 5 * MB + 1 }, 'size'],
    [{ name: 'foto.heic', type: 'image/heic', size: 100 }, 'type'],
    [{ name: 'catatan.docx', type: '', size: 100 }, 'type'],
    [{ name: 'virus.exe', type: 'application/x-msdownload', size: 100 }, 'type'],
    [{ name: 'gambar.svg', type: 'image/svg+xml', size: 100 }, 'type'],
  ])('%#', (file, problem) => {
    expect(screenshotProblem(file)).toBe(problem)
  })

  it('previews images, by type or (without one) by name', () => {
    expect(isImageFile({ name: 'a.bin', type: 'image/png' })).toBe(true)
    expect(isImageFile({ name: 'a.jpeg', type: '' })).toBe(true)
    expect(isImageFile({ name: 'a.pdf', type: 'application/pdf' })).toBe(false)
    expect(isImageFile({ name: 'a.pdf', type: '' })).toBe(false)
  })
})

describe('formatFileSize and attachmentHref', () => {
  it('writes sizes in the reader’s separators', () => {
    expect(formatFileSize(512, 'id-ID')).toBe('512 B')
    expect(formatFileSize(1500, 'id-ID')).toBe('2 kB')
    expect(formatFileSize(1.25 * 1024 * 1024, 'id-ID')).toBe('1,3 MB')
    expect(formatFileSize(1.25 * 1024 * 1024, 'en-GB')).toBe('1.3 MB')
  })

  it('points an <img> at the API whether or not the server wrote /api', () => {
    expect(attachmentHref('/api/helpdesk/attachments/1/file')).toBe(
      '/api/helpdesk/attachments/1/file',
    )
    expect(attachmentHref('/helpdesk/attachments/1/file')).toBe('/api/helpdesk/attachments/1/file')
    expect(attachmentHref('https://cdn.example/x')).toBe('https://cdn.example/x')
  })
})

type Sla = TicketSummary['sla']
const sla = (over: Partial<Sla>): Sla => ({
  firstResponseDueAt: '2026-11-27T10:00:00Z',
  resolutionDueAt: '2026-11-30T02:00:00Z',
  firstResponseAt: null,
  resolvedAt: null,
  firstResponseState: 'running',
  resolutionState: 'running',
  ...over,
})
const NOW = new Date('2026-11-27T07:30:00Z')

describe('currentSla', () => {
  it('waits for the first answer while there is none', () => {
    expect(currentSla({ status: 'baru', sla: sla({}) }, NOW)).toEqual({
      phase: 'firstResponse',
      state: 'running',
      dueAt: '2026-11-27T10:00:00Z',
      doneAt: null,
      minutesLeft: 150,
    })
  })

  it('counts to the resolution once answered', () => {
    const s = sla({ firstResponseAt: '2026-11-27T03:00:00Z', firstResponseState: 'met' })
    expect(currentSla({ status: 'diproses', sla: s }, NOW)).toMatchObject({
      phase: 'resolution',
      state: 'running',
      minutesLeft: (2 * 24 + 18) * 60 + 30,
    })
  })

  it('is late now when the due time passed after the server answered "running"', () => {
    const later = new Date('2026-11-27T10:45:00Z')
    expect(currentSla({ status: 'baru', sla: sla({}) }, later)).toMatchObject({
      phase: 'firstResponse',
      state: 'breached',
      minutesLeft: -45,
    })
  })

  it('shows the resolution of a selesai ticket as met or breached, with no time left', () => {
    const met = sla({
      firstResponseAt: '2026-11-27T03:00:00Z',
      firstResponseState: 'met',
      resolvedAt: '2026-11-28T03:00:00Z',
      resolutionState: 'met',
    })
    expect(currentSla({ status: 'selesai', sla: met }, NOW)).toEqual({
      phase: 'resolution',
      state: 'met',
      dueAt: '2026-11-30T02:00:00Z',
      doneAt: '2026-11-28T03:00:00Z',
      minutesLeft: null,
    })
    // Closed by the reporter without any PIC answer: the resolution is what counts then.
    const closedUnanswered = sla({
      resolvedAt: '2026-12-02T00:00:00Z',
      resolutionState: 'breached',
    })
    expect(currentSla({ status: 'selesai', sla: closedUnanswered }, NOW)).toMatchObject({
      phase: 'resolution',
      state: 'breached',
      minutesLeft: null,
    })
  })
})

describe('durationParts', () => {
  it.each([
    [0, { days: 0, hours: 0, minutes: 0 }],
    [12, { days: 0, hours: 0, minutes: 12 }],
    [60, { days: 0, hours: 1, minutes: 0 }],
    [310, { days: 0, hours: 5, minutes: 10 }],
    // Beyond a day the minutes do not matter any more.
    [1440 + 3 * 60 + 59, { days: 1, hours: 3, minutes: 0 }],
    [3 * 1440, { days: 3, hours: 0, minutes: 0 }],
    [-90, { days: 0, hours: 1, minutes: 30 }],
    [12.6, { days: 0, hours: 0, minutes: 13 }],
  ])('%d minutes', (m, parts) => {
    expect(durationParts(m)).toEqual(parts)
  })
})

const faq = (id: string, category: Faq['category'], sortOrder: number, question: string): Faq => ({
  id,
  question,
  answer: 'Jawaban',
  category,
  published: true,
  sortOrder,
  updatedAt: '2026-11-01T00:00:00Z',
  version: 1,
})

describe('groupFaq', () => {
  it('groups in the categories’ order, sorted by sort order then question, empty ones left out', () => {
    const groups = groupFaq([
      faq('1', 'lainnya', 0, 'Z'),
      faq('2', 'skp', 2, 'Bagaimana mengajukan SKP?'),
      faq('3', 'akun', 0, 'Lupa kata sandi'),
      faq('4', 'skp', 1, 'Apa itu RHK?'),
      faq('5', 'skp', 1, 'Apa itu indikator?'),
    ])
    expect(groups.map((g) => [g.category, g.items.map((f) => f.id)])).toEqual([
      ['akun', ['3']],
      ['skp', ['5', '4', '2']],
      ['lainnya', ['1']],
    ])
  })

  it('gives nothing for nothing', () => {
    expect(groupFaq([])).toEqual([])
  })
})

describe('what a viewer may do', () => {
  it('shows the reporter exactly the close/reopen the server offers, close first', () => {
    expect(reporterButtons(['reply', 'close'])).toEqual(['close'])
    expect(reporterButtons(['rate', 'reopen'])).toEqual(['reopen'])
    expect(reporterButtons(['reopen', 'close'])).toEqual(['close', 'reopen'])
    expect(reporterButtons(['reply', 'take', 'set_status'])).toEqual([])
  })

  it('starts a PIC answer at diproses, or keeps a ticket waiting on the person so', () => {
    expect(defaultReplyStatus('baru')).toBe('diproses')
    expect(defaultReplyStatus('diproses')).toBe('diproses')
    expect(defaultReplyStatus('menunggu_pengguna')).toBe('menunggu_pengguna')
    expect(defaultReplyStatus('selesai')).toBe('diproses')
  })

  it('puts each message on its side of the conversation', () => {
    expect(isOwnSide('pelapor', 'reporter')).toBe(true)
    expect(isOwnSide('pic', 'reporter')).toBe(false)
    expect(isOwnSide('pic', 'staff')).toBe(true)
    expect(isOwnSide('admin', 'staff')).toBe(true)
    expect(isOwnSide('pelapor', 'staff')).toBe(false)
    expect(isOwnSide('sistem', 'staff')).toBe(false)
    expect(isOwnSide('sistem', 'reporter')).toBe(false)
  })
})

describe('stats', () => {
  it('ranges end today in the instansi and include both ends', () => {
    expect(statsRange('days30', '2026-11-27')).toEqual({ from: '2026-10-29', to: '2026-11-27' })
    expect(statsRange('days90', '2026-03-01')).toEqual({ from: '2025-12-02', to: '2026-03-01' })
    expect(statsRange('year', '2026-11-27')).toEqual({ from: '2026-01-01', to: '2026-11-27' })
    expect(statsRange('lastYear', '2026-01-05')).toEqual({ from: '2025-01-01', to: '2025-12-31' })
  })

  it('charts categories with tickets only, most first', () => {
    expect(
      categoryChartData([
        { category: 'akun', label: 'Akun', count: 2 },
        { category: 'skp', label: 'SKP', count: 0 },
        { category: 'aplikasi', label: 'Aplikasi', count: 5 },
      ]).map((c) => c.category),
    ).toEqual(['aplikasi', 'akun'])
  })

  it('rounds to one decimal and keeps "no data" as null', () => {
    expect(roundOne(83.333)).toBe(83.3)
    expect(roundOne(4.25)).toBe(4.3)
    expect(roundOne(null)).toBeNull()
  })
})
