import zlib from 'node:zlib'
import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'
import { id } from '../../web/src/locales/id.ts'

/** A new daily-progress entry as typed into the form. */
export type NewEntry = {
  description: string
  /** Pick the n-th RHK of the list (1 = the first RHK); omitted = not linked. */
  rhkIndex?: number
  realisasi?: string
  satuan: string
  /** A photo "taken" with the Kamera button. */
  photo?: { name: string; buffer: Buffer }
}

/** The form of /progres-harian (a full-screen dialog on a phone). */
export class EntryForm {
  readonly form: Locator
  readonly description: Locator
  readonly rhk: Locator
  readonly realisasi: Locator
  readonly satuan: Locator
  readonly cameraInput: Locator
  readonly pickedFiles: Locator
  readonly save: Locator

  constructor(readonly page: Page) {
    this.form = page.getByTestId('entry-form')
    this.description = this.form.getByLabel(id.progress.form.description, { exact: true })
    this.rhk = this.form.getByLabel(id.progress.form.rhk, { exact: true })
    this.realisasi = this.form.getByLabel(id.progress.form.realisasi, { exact: true })
    this.satuan = this.form.getByLabel(id.progress.form.satuan, { exact: true })
    this.cameraInput = this.form.getByTestId('evidence-camera-input')
    this.pickedFiles = this.form.getByTestId('picked-file')
    this.save = this.form.getByRole('button', { name: id.progress.form.save, exact: true })
  }

  async fill(entry: NewEntry) {
    await this.description.fill(entry.description)
    if (entry.rhkIndex) await this.rhk.selectOption({ index: entry.rhkIndex })
    if (entry.realisasi) await this.realisasi.fill(entry.realisasi)
    await this.satuan.fill(entry.satuan)
    // The satuan is an autocomplete: leave it so its list closes.
    await this.satuan.press('Escape')
    if (entry.photo) {
      await this.cameraInput.setInputFiles({
        name: entry.photo.name,
        mimeType: 'image/png',
        buffer: entry.photo.buffer,
      })
      await expect(this.pickedFiles).toHaveCount(1)
    }
  }

  async submit() {
    await this.save.click()
    await expect(this.form).toBeHidden()
  }
}

/** /progres-harian: the week strip, the day's entries, the offline banner. */
export class ProgressPage {
  readonly heading: Locator
  readonly dayTitle: Locator
  readonly addButton: Locator
  readonly banner: Locator
  readonly entries: Locator
  readonly pendingEntries: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: id.progress.title, level: 1 })
    this.dayTitle = page.getByTestId('day-title')
    // One "Catat kegiatan" is shown: inline on a desktop, floating on a phone.
    this.addButton = page.getByTestId('entry-add')
    this.banner = page.getByTestId('offline-banner')
    this.entries = page.getByTestId('progress-entry')
    this.pendingEntries = page.getByTestId('progress-pending')
  }

  async goto(day?: string) {
    await this.page.goto(day ? `/progres-harian?tanggal=${day}` : '/progres-harian')
    await this.expectLoaded()
  }

  async expectLoaded() {
    await expect(this.heading).toBeVisible()
    await expect(this.dayTitle).toBeVisible()
    await expect(this.page.getByTestId('week-day')).toHaveCount(7)
  }

  async openForm(): Promise<EntryForm> {
    await this.addButton.click()
    const form = new EntryForm(this.page)
    await expect(form.form).toBeVisible()
    return form
  }

  /** A stored entry (from the server) whose description includes `text`. */
  entry(text: string): Locator {
    return this.entries.filter({ hasText: text })
  }

  /** An entry still waiting on this device. */
  pending(text: string): Locator {
    return this.pendingEntries.filter({ hasText: text })
  }
}

/** /progres-harian/rencana-aksi. */
export class RencanaAksiPage {
  readonly heading: Locator
  readonly board: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: id.progress.rencanaAksi.title, level: 1 })
    this.board = page.getByTestId('rencana-aksi-board')
  }

  async goto() {
    await this.page.goto('/progres-harian/rencana-aksi')
    await expect(this.heading).toBeVisible()
    await expect(this.board.getByTestId('rencana-aksi-rhk').first()).toBeVisible()
  }
}

// ---------- test images ----------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(buf: Buffer): number {
  let c = 0xffffffff
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}

/**
 * A PNG "photo" of `width`×`height` pixels of deterministic noise: like a camera picture it
 * hardly compresses as PNG (several MB), so the browser must shrink it to a JPEG.
 */
export function photoPng(width: number, height: number): Buffer {
  const raw = Buffer.alloc(height * (1 + width * 3))
  let seed = 20261128
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 3)
    raw[row] = 0
    for (let i = 1; i <= width * 3; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
      raw[row + i] = seed >>> 24
    }
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 2 // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 1 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
