import { z } from 'zod'
import { MAX_LINKS_PER_ENTRY, linkSchema, timeOfDaySchema } from '../../../../shared/activities.ts'
import type {
  Progress,
  ProgressInput,
  ProgressPatch,
  Template,
  Templates,
} from '../../../../shared/activities.ts'
import { dateOnlySchema } from '../../../../shared/common.ts'
import type { QueueItem } from './offline/queue.ts'

/**
 * The values of the daily-progress form and their conversions: from an entry (edit), a
 * template, a queued entry (fix a refused one) or yesterday's entry (copy), and to the API's
 * create and patch bodies. Select inputs hold '' for "none"; number inputs hold null when empty.
 */
export type EntryFormValues = {
  date: string
  startTime: string
  endTime: string
  description: string
  rhkId: string
  rencanaAksiId: string
  realisasi: number | null
  satuan: string
  links: { url: string }[]
}

/** Same rules and words as the API's progressInputSchema (shared/activities.ts). */
export const entryFormSchema = z
  .object({
    date: dateOnlySchema,
    startTime: timeOfDaySchema,
    endTime: timeOfDaySchema,
    description: z
      .string()
      .trim()
      .min(3, 'Uraian kegiatan minimal 3 huruf')
      .max(2000, 'Uraian kegiatan maksimal 2000 huruf'),
    rhkId: z.string(),
    rencanaAksiId: z.string(),
    realisasi: z
      .number('Realisasi wajib diisi dengan angka bulat')
      .int('Realisasi harus angka bulat')
      .min(0, 'Realisasi tidak boleh negatif')
      .max(1_000_000, 'Realisasi terlalu besar'),
    satuan: z
      .string()
      .trim()
      .min(1, 'Satuan wajib diisi, mis. Dokumen, Berkas, Kegiatan')
      .max(40, 'Satuan maksimal 40 huruf'),
    links: z
      .array(z.object({ url: linkSchema }))
      .max(MAX_LINKS_PER_ENTRY, `Maksimal ${MAX_LINKS_PER_ENTRY} tautan`),
  })
  .refine((v) => v.endTime > v.startTime, {
    path: ['endTime'],
    error: 'Jam selesai harus setelah jam mulai',
  })

export function emptyEntry(date: string, times: { startTime: string; endTime: string }) {
  return {
    date,
    startTime: times.startTime,
    endTime: times.endTime,
    description: '',
    rhkId: '',
    rencanaAksiId: '',
    realisasi: 1,
    satuan: '',
    links: [],
  } satisfies EntryFormValues
}

const linksOf = (entry: Pick<Progress, 'evidence'>) =>
  entry.evidence.filter((e) => e.kind === 'link' && e.url).map((e) => ({ url: e.url! }))

export function entryToForm(entry: Progress): EntryFormValues {
  return {
    date: entry.date,
    startTime: entry.startTime.slice(0, 5),
    endTime: entry.endTime.slice(0, 5),
    description: entry.description,
    rhkId: entry.rhkId ?? '',
    rencanaAksiId: entry.rencanaAksiId ?? '',
    realisasi: entry.realisasi,
    satuan: entry.satuan,
    links: linksOf(entry),
  }
}

/** Yesterday's entry as today's draft: same work, new date; the person confirms it. */
export function copyToDay(entry: Progress, date: string): EntryFormValues {
  return { ...entryToForm(entry), date }
}

export function queuedToForm(item: QueueItem): EntryFormValues {
  const i = item.input
  return {
    date: i.date,
    startTime: i.startTime,
    endTime: i.endTime,
    description: i.description,
    rhkId: i.rhkId ?? '',
    rencanaAksiId: i.rencanaAksiId ?? '',
    realisasi: i.realisasi,
    satuan: i.satuan,
    links: (i.links ?? []).map((url) => ({ url })),
  }
}

/** A template fills what it has and leaves the rest (date, and times it does not set). */
export function applyTemplate(values: EntryFormValues, tpl: Template): EntryFormValues {
  return {
    ...values,
    description: tpl.description,
    rhkId: tpl.rhkId ?? values.rhkId,
    rencanaAksiId: tpl.rhkId && tpl.rhkId !== values.rhkId ? '' : values.rencanaAksiId,
    startTime: tpl.startTime?.slice(0, 5) ?? values.startTime,
    endTime: tpl.endTime?.slice(0, 5) ?? values.endTime,
    realisasi: tpl.realisasi ?? values.realisasi,
    satuan: tpl.satuan ?? values.satuan,
  }
}

export function applyFrequent(
  values: EntryFormValues,
  f: Templates['frequent'][number],
): EntryFormValues {
  return {
    ...values,
    description: f.description,
    rhkId: f.rhkId ?? values.rhkId,
    rencanaAksiId: f.rhkId && f.rhkId !== values.rhkId ? '' : values.rencanaAksiId,
    satuan: f.satuan || values.satuan,
  }
}

type Valid = z.output<typeof entryFormSchema>

/** The create body: ids made on the device, the device's clock as the entry time. */
export function formToInput(
  values: Valid,
  ids: { clientId: string },
  now: Date,
): ProgressInput & { clientId: string; deviceRecordedAt: string } {
  return {
    clientId: ids.clientId,
    date: values.date,
    startTime: values.startTime,
    endTime: values.endTime,
    description: values.description.trim(),
    rhkId: values.rhkId || null,
    rencanaAksiId: values.rhkId && values.rencanaAksiId ? values.rencanaAksiId : null,
    realisasi: values.realisasi,
    satuan: values.satuan.trim(),
    links: values.links.map((l) => l.url.trim()).filter((u) => u.length > 0),
    deviceRecordedAt: now.toISOString(),
  }
}

/** The patch body of an edit: only what changed, with the version it was read at. */
export function formToPatch(values: Valid, entry: Progress): ProgressPatch {
  const before = entryToForm(entry)
  const patch: ProgressPatch = { version: entry.version }
  if (values.date !== before.date) patch.date = values.date
  if (values.startTime !== before.startTime) patch.startTime = values.startTime
  if (values.endTime !== before.endTime) patch.endTime = values.endTime
  if (values.description.trim() !== before.description) patch.description = values.description
  const rhkId = values.rhkId || null
  const rencanaAksiId = rhkId && values.rencanaAksiId ? values.rencanaAksiId : null
  if (rhkId !== entry.rhkId) patch.rhkId = rhkId
  if (rencanaAksiId !== entry.rencanaAksiId) patch.rencanaAksiId = rencanaAksiId
  if (values.realisasi !== before.realisasi) patch.realisasi = values.realisasi
  if (values.satuan.trim() !== before.satuan) patch.satuan = values.satuan.trim()
  const links = values.links.map((l) => l.url.trim()).filter((u) => u.length > 0)
  if (links.join('\n') !== before.links.map((l) => l.url).join('\n')) patch.links = links
  return patch
}

/** The latest day before `day` with at least one entry, from calendar days (any order). */
export function previousDayWithEntries(
  days: readonly { date: string; entries: number }[],
  day: string,
): string | null {
  let best: string | null = null
  for (const d of days) {
    if (d.entries > 0 && d.date < day && (best === null || d.date > best)) best = d.date
  }
  return best
}

/** Sort by start time, then end time: the order of the working day. */
export function byTime<T extends { startTime: string; endTime: string }>(a: T, b: T): number {
  return a.startTime.localeCompare(b.startTime) || a.endTime.localeCompare(b.endTime)
}
