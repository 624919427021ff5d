import { createHash, randomUUID } from 'node:crypto'
import { expect } from 'vitest'
import type { VerificationStatus } from '../../shared/activities.ts'
import type { AlignmentFlag } from '../../shared/rules/alignment.ts'
import { normalizeDescription } from '../../shared/rules/alignment.ts'
import {
  createEventBus,
  type DomainEventName,
  type DomainEvents,
  type EventBus,
} from '../lib/events.ts'
import { dailyProgress } from '../modules/activities/activities.tables.ts'
import type { TestPerson } from './factories.ts'
import { setupTestApp, type TestApp } from './test-app.ts'

/**
 * Test data for the atasan side of activities (monitoring, verification, feedback): daily
 * progress inserted straight into the table, with lateness, flags and text hash given by the
 * test (the pegawai-side API that computes them is tested on its own). Tests state the facts
 * they assert on, so nothing here is derived from the code under test.
 */
export type ProgressFixture = {
  date?: string
  startTime?: string
  endTime?: string
  description?: string
  skpId?: string | null
  rhkId?: string | null
  late?: boolean
  flags?: AlignmentFlag[]
  verificationStatus?: VerificationStatus
  realisasi?: number
  satuan?: string
}

/** md5 of the normalised description, as daily_progress.text_hash is defined. */
export const textHashOf = (description: string) =>
  createHash('md5').update(normalizeDescription(description)).digest('hex')

let seq = 0

export function atasanFixtures(t: Pick<TestApp, 'db' | 'as' | 'login'>) {
  return {
    /** One entry of `who` in their instansi; defaults: 27 Nov 2026, 08:00–10:00, on time. */
    async progress(instansiId: string, who: TestPerson, over: ProgressFixture = {}) {
      const date = over.date ?? '2026-11-27'
      const description =
        over.description ?? `Menyusun laporan kegiatan pelayanan nomor ${++seq} untuk bidang`
      const [row] = await t.db
        .insert(dailyProgress)
        .values({
          instansiId,
          pegawaiId: who.pegawaiId,
          clientId: randomUUID(),
          date,
          startTime: over.startTime ?? '08:00',
          endTime: over.endTime ?? '10:00',
          description,
          textHash: textHashOf(description),
          skpId: over.skpId ?? null,
          rhkId: over.rhkId ?? null,
          realisasi: over.realisasi ?? 1,
          satuan: over.satuan ?? 'Laporan',
          flags: over.flags ?? [],
          recordedAt: new Date(`${date}T09:00:00+08:00`),
          deadlineAt: new Date(`${date}T23:59:59+08:00`),
          late: over.late ?? false,
          ruleVersion: 1,
          verificationStatus: over.verificationStatus ?? 'pending',
          createdByUserId: who.userId,
        })
        .returning()
      return row!
    },

    /** Sets up the instansi's year 2026 (monthly periods) through the periods API, as its admin. */
    async setUpYear(admin: { username: string }, year = 2026) {
      const s = await t.login(admin.username)
      const res = await t.as(s, {
        method: 'POST',
        url: '/api/periods/years',
        payload: { year, assessmentFrequency: 'monthly' },
      })
      expect(res.statusCode, res.body).toBe(201)
    },
  }
}
export type AtasanFixtures = ReturnType<typeof atasanFixtures>

export type SeenEvent = {
  [K in DomainEventName]: { name: K; payload: DomainEvents[K]; observed: unknown }
}[DomainEventName]

/**
 * setupTestApp's app, built with a bus that records every domain event. `observe` runs at the
 * moment of each event on another connection (e.g. reads the row the event is about), so a
 * test can show that events leave only after the transaction committed.
 */
export async function setupRecordingApp(
  opts: {
    now?: string
    observe?: (e: { name: DomainEventName; payload: unknown }) => unknown
  } = {},
) {
  const inner = createEventBus()
  const seen: SeenEvent[] = []
  const events: EventBus = {
    on: (name, listener) => inner.on(name, listener),
    async emit(name, payload) {
      const observed = await opts.observe?.({ name, payload })
      seen.push({ name, payload, observed } as SeenEvent)
      await inner.emit(name, payload)
    },
  }
  const t = await setupTestApp({ now: opts.now, events })
  return { ...t, seen }
}
