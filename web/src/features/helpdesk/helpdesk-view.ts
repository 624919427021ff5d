import type { z } from 'zod'
import {
  HELPDESK_ATTACHMENT_MIME_TYPES,
  MAX_HELPDESK_ATTACHMENT_BYTES,
  TICKET_CATEGORIES,
} from '../../../../shared/helpdesk.ts'
import type {
  Faq,
  TicketAction,
  TicketCategory,
  TicketDetail,
  TicketStatus,
  TicketSummary,
  ticketClientContextSchema,
} from '../../../../shared/helpdesk.ts'

/**
 * What the helpdesk screens show, as pure functions of the contract's data: the context a new
 * ticket carries, the SLA in words, the FAQ by category, which buttons a ticket gets.
 */

// ---------- the context of a new ticket ----------

export type ClientContext = z.infer<typeof ticketClientContextSchema>

/** The parts of the browser the context is read from (window/navigator in the app). */
export type BrowserEnv = {
  pathname: string
  userAgent: string
  width: number
  height: number
  onLine: boolean
}

const clip = (s: string, max: number): string | null => (s ? s.slice(0, max) : null)

/**
 * Where the person was when they asked: the screen's path (never the query string, which may
 * hold search words, nor the host), the browser, the viewport, whether the device was online.
 * Lengths follow ticketClientContextSchema, so a long user agent never fails the request.
 */
export function clientContext(env: BrowserEnv): ClientContext {
  const path = env.pathname.split(/[?#]/)[0] ?? ''
  const viewport =
    env.width > 0 && env.height > 0 ? `${Math.round(env.width)}×${Math.round(env.height)}` : ''
  return {
    path: clip(path, 300),
    userAgent: clip(env.userAgent, 500),
    viewport: clip(viewport, 40),
    online: env.onLine,
  }
}

export type BrowserDescription = { browser: string | null; os: string | null }

const BROWSERS: readonly { name: string; re: RegExp }[] = [
  { name: 'Microsoft Edge', re: /Edg(?:e|A|iOS)?\/(\d+)/ },
  { name: 'Opera', re: /(?:OPR|Opera)\/(\d+)/ },
  { name: 'Samsung Internet', re: /SamsungBrowser\/(\d+)/ },
  { name: 'Firefox', re: /(?:Firefox|FxiOS)\/(\d+)/ },
  { name: 'Chrome', re: /(?:Chrome|CriOS)\/(\d+)/ },
  { name: 'Safari', re: /Version\/(\d+)[\d.]* (?:Mobile\/\S+ )?Safari\// },
]

const SYSTEMS: readonly { name: string; re: RegExp }[] = [
  { name: 'Android', re: /Android/ },
  { name: 'iOS', re: /iPhone|iPad|iPod/ },
  { name: 'ChromeOS', re: /CrOS/ },
  { name: 'Windows', re: /Windows/ },
  { name: 'macOS', re: /Mac OS X|Macintosh/ },
  { name: 'Linux', re: /Linux/ },
]

/** "Chrome 131" and "Android" from a user agent, for people and PICs who do not read them. */
export function describeBrowser(userAgent: string | null): BrowserDescription {
  if (!userAgent) return { browser: null, os: null }
  let browser: string | null = null
  for (const b of BROWSERS) {
    const m = b.re.exec(userAgent)
    if (m) {
      browser = `${b.name} ${m[1]}`
      break
    }
  }
  const os = SYSTEMS.find((s) => s.re.test(userAgent))?.name ?? null
  return { browser, os }
}

// ---------- screenshot ----------

const SCREENSHOT_TYPES: readonly string[] = HELPDESK_ATTACHMENT_MIME_TYPES
export const SCREENSHOT_ACCEPT = [...SCREENSHOT_TYPES, '.png', '.jpg', '.jpeg', '.webp', '.pdf']

/**
 * A first check before sending (the server checks the bytes): an image (PNG, JPEG, WebP) or a
 * PDF of at most 5 MB. A file without a type is judged by its name.
 */
export function screenshotProblem(file: {
  name: string
  type: string
  size: number
}): 'type' | 'size' | null {
  const byType = SCREENSHOT_TYPES.includes(file.type)
  const byName = file.type === '' && /\.(png|jpe?g|webp|pdf)$/i.test(file.name)
  if (!byType && !byName) return 'type'
  if (file.size > MAX_HELPDESK_ATTACHMENT_BYTES) return 'size'
  return null
}

export function isImageType(mimeType: string): boolean {
  return mimeType.startsWith('image/')
}

/** A picked file to preview as an image (a file without a type by its name). */
export function isImageFile(file: { name: string; type: string }): boolean {
  return file.type === '' ? /\.(png|jpe?g|webp)$/i.test(file.name) : isImageType(file.type)
}

/** "1,2 MB" / "830 kB": sizes people read. */
export function formatFileSize(bytes: number, locale: string): string {
  const nf = (n: number, digits: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(n)
  if (bytes >= 1024 * 1024) return `${nf(bytes / (1024 * 1024), 1)} MB`
  if (bytes >= 1024) return `${nf(Math.ceil(bytes / 1024), 0)} kB`
  return `${nf(bytes, 0)} B`
}

/** Attachment URLs are API paths; the web client adds /api itself, an <img> needs it written. */
export function attachmentHref(url: string): string {
  if (/^(https?:)?\/\//.test(url) || url.startsWith('/api/')) return url
  return `/api${url.startsWith('/') ? '' : '/'}${url}`
}

// ---------- SLA ----------

export type SlaState = 'running' | 'met' | 'breached'
export type SlaPhase = 'firstResponse' | 'resolution'

export type SlaNow = {
  /** The target that counts now: a first answer until there is one, then the resolution. */
  phase: SlaPhase
  state: SlaState
  dueAt: string
  /** When the target was reached (answered/resolved), else null. */
  doneAt: string | null
  /** Minutes left until due (negative: late by that much); null once the target is reached. */
  minutesLeft: number | null
}

/**
 * The one SLA line a ticket shows. A ticket without a first answer waits for it (even when
 * it is already selesai without one, the resolution is what counts then).
 */
export function currentSla(ticket: Pick<TicketSummary, 'status' | 'sla'>, now: Date): SlaNow {
  const { sla } = ticket
  const phase: SlaPhase =
    sla.firstResponseAt === null && ticket.status !== 'selesai' ? 'firstResponse' : 'resolution'
  const dueAt = phase === 'firstResponse' ? sla.firstResponseDueAt : sla.resolutionDueAt
  const doneAt = phase === 'firstResponse' ? sla.firstResponseAt : sla.resolvedAt
  const state = phase === 'firstResponse' ? sla.firstResponseState : sla.resolutionState
  const minutesLeft =
    doneAt === null ? Math.floor((new Date(dueAt).getTime() - now.getTime()) / 60_000) : null
  // The server judges at the time of its answer; a target passed since then is late now.
  const lateNow = state === 'running' && minutesLeft !== null && minutesLeft < 0
  return { phase, state: lateNow ? 'breached' : state, dueAt, doneAt, minutesLeft }
}

export type DurationParts = { days: number; hours: number; minutes: number }

/**
 * A span of minutes as days, hours and minutes, keeping only what matters: minutes are
 * dropped beyond a day, so "2 hari 3 jam", "5 jam 10 menit", "12 menit".
 */
export function durationParts(totalMinutes: number): DurationParts {
  const m = Math.max(0, Math.round(Math.abs(totalMinutes)))
  const days = Math.floor(m / 1440)
  const hours = Math.floor((m % 1440) / 60)
  const minutes = days > 0 ? 0 : m % 60
  return { days, hours, minutes }
}

// ---------- lists and the FAQ ----------

export type FaqGroup = { category: TicketCategory; items: Faq[] }

/** Questions by category in the categories' own order, each sorted by its sort order. */
export function groupFaq(items: readonly Faq[]): FaqGroup[] {
  return TICKET_CATEGORIES.map((category) => ({
    category,
    items: items
      .filter((f) => f.category === category)
      .sort((a, b) => a.sortOrder - b.sortOrder || a.question.localeCompare(b.question, 'id')),
  })).filter((g) => g.items.length > 0)
}

/** Tickets waiting on the PIC: what "open" means in the queue's counters. */
export function isOpenStatus(status: TicketStatus): boolean {
  return status !== 'selesai'
}

// ---------- what a viewer may do ----------

/** The reporter's buttons, in the order shown, from exactly the actions the server gave. */
export function reporterButtons(actions: readonly TicketAction[]): ('close' | 'reopen')[] {
  return (['close', 'reopen'] as const).filter((a) => actions.includes(a))
}

/** The statuses a PIC picks when answering; the server's default after a PIC reply is diproses. */
export const REPLY_STATUSES = ['diproses', 'menunggu_pengguna', 'selesai'] as const
export type ReplyStatus = (typeof REPLY_STATUSES)[number]

/**
 * The status a PIC's answer starts with: a ticket already waiting on the person stays so, one
 * being worked on stays diproses.
 */
export function defaultReplyStatus(status: TicketStatus): ReplyStatus {
  return status === 'menunggu_pengguna' ? 'menunggu_pengguna' : 'diproses'
}

/** Messages on "my" side of the conversation: the reporter's for the reporter, staff for staff. */
export function isOwnSide(
  role: TicketDetail['messages'][number]['authorRole'],
  viewer: 'reporter' | 'staff',
): boolean {
  if (role === 'sistem') return false
  return viewer === 'reporter' ? role === 'pelapor' : role !== 'pelapor'
}

// ---------- stats ----------

/** One decimal at most; null stays null ("belum ada data"). */
export function roundOne(n: number | null): number | null {
  return n === null ? null : Math.round(n * 10) / 10
}

/** Category bars of the stats chart: only categories with tickets, most first. */
export function categoryChartData(
  byCategory: readonly { category: TicketCategory; label: string; count: number }[],
): { category: TicketCategory; label: string; count: number }[] {
  return byCategory.filter((c) => c.count > 0).sort((a, b) => b.count - a.count)
}

export const STATS_RANGES = ['days30', 'days90', 'year', 'lastYear'] as const
export type StatsRange = (typeof STATS_RANGES)[number]

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

/**
 * The days a stats range covers, both ends included, from the instansi's today:
 * "30 hari terakhir" is today and the 29 days before it.
 */
export function statsRange(range: StatsRange, today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4))
  switch (range) {
    case 'days30':
      return { from: addDays(today, -29), to: today }
    case 'days90':
      return { from: addDays(today, -89), to: today }
    case 'year':
      return { from: `${year}-01-01`, to: today }
    case 'lastYear':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` }
  }
}
