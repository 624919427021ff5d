import { describe, expect, it } from 'vitest'
import type { Progress, Template } from '../../../../shared/activities.ts'
import { ALIGNMENT_FLAG_LABEL, ALIGNMENT_FLAGS } from '../../../../shared/rules/alignment.ts'
import { VERIFICATION_LABEL, VERIFICATION_STATUSES } from '../../../../shared/activities.ts'
import { id } from '../../locales/id.ts'
import {
  applyTemplate,
  copyToDay,
  emptyEntry,
  entryFormSchema,
  formToInput,
  formToPatch,
  previousDayWithEntries,
} from './entry-form.ts'
import { parseDay, suggestTimes, weekDays, weekStart } from './week.ts'

const RHK = '11111111-1111-4111-8111-111111111111'
const RA = '22222222-2222-4222-8222-222222222222'

function entry(over: Partial<Progress> = {}): Progress {
  return {
    id: '33333333-3333-4333-8333-333333333333',
    clientId: '44444444-4444-4444-8444-444444444444',
    pegawaiId: '55555555-5555-4555-8555-555555555555',
    date: '2026-11-27',
    startTime: '08:00',
    endTime: '10:30',
    minutes: 150,
    description: 'Memverifikasi 12 berkas usulan kenaikan pangkat periode Desember',
    rhkId: RHK,
    rhkText: 'Terlaksananya layanan kenaikan pangkat',
    rencanaAksiId: RA,
    rencanaAksiText: 'Verifikasi berkas',
    realisasi: 12,
    satuan: 'Berkas',
    evidence: [
      {
        id: '66666666-6666-4666-8666-666666666666',
        kind: 'link',
        fileName: null,
        mimeType: null,
        size: null,
        url: 'https://drive.example.id/berkas',
        downloadUrl: null,
        createdAt: '2026-11-27T03:00:00.000Z',
      },
    ],
    recordedAt: '2026-11-27T03:00:00.000Z',
    deviceRecordedAt: null,
    deadlineAt: '2026-11-30T23:59:59.999+08:00',
    late: false,
    syncedLate: false,
    flags: [],
    verificationStatus: 'pending',
    verification: null,
    version: 3,
    editable: true,
    ...over,
  }
}

describe('entry form', () => {
  it('turns valid values into the create body with device ids and time', () => {
    const values = entryFormSchema.parse({
      ...emptyEntry('2026-11-28', { startTime: '08:00', endTime: '09:00' }),
      description: '  Menyusun notula rapat koordinasi formasi  ',
      rhkId: RHK,
      rencanaAksiId: RA,
      realisasi: 1,
      satuan: ' Dokumen ',
      links: [{ url: 'https://example.id/notula' }],
    })
    const body = formToInput(
      values,
      { clientId: '77777777-7777-4777-8777-777777777777' },
      new Date('2026-11-28T02:15:00Z'),
    )
    expect(body).toEqual({
      clientId: '77777777-7777-4777-8777-777777777777',
      date: '2026-11-28',
      startTime: '08:00',
      endTime: '09:00',
      description: 'Menyusun notula rapat koordinasi formasi',
      rhkId: RHK,
      rencanaAksiId: RA,
      realisasi: 1,
      satuan: 'Dokumen',
      links: ['https://example.id/notula'],
      deviceRecordedAt: '2026-11-28T02:15:00.000Z',
    })
  })

  it('drops the rencana aksi when no RHK is chosen', () => {
    const values = entryFormSchema.parse({
      ...emptyEntry('2026-11-28', { startTime: '08:00', endTime: '09:00' }),
      description: 'Rapat',
      rencanaAksiId: RA,
      satuan: 'Kegiatan',
    })
    const body = formToInput(values, { clientId: RA }, new Date())
    expect(body.rhkId).toBeNull()
    expect(body.rencanaAksiId).toBeNull()
  })

  it.each([
    [{ endTime: '07:00' }, 'endTime', 'Jam selesai harus setelah jam mulai'],
    [{ endTime: '08:00' }, 'endTime', 'Jam selesai harus setelah jam mulai'],
    [{ realisasi: null }, 'realisasi', 'Realisasi wajib diisi dengan angka bulat'],
    [{ realisasi: 1.5 }, 'realisasi', 'Realisasi harus angka bulat'],
    [{ satuan: '  ' }, 'satuan', 'Satuan wajib diisi, mis. Dokumen, Berkas, Kegiatan'],
    [{ description: 'ab' }, 'description', 'Uraian kegiatan minimal 3 huruf'],
    [
      { links: [{ url: 'drive/berkas' }] },
      'links.0.url',
      'Tautan harus alamat http(s) yang lengkap',
    ],
    [{ startTime: '8:00' }, 'startTime', 'Gunakan format jam HH:MM, mis. 08:30'],
  ])('refuses %o', (patch, path, message) => {
    const r = entryFormSchema.safeParse({
      ...emptyEntry('2026-11-28', { startTime: '08:00', endTime: '09:00' }),
      description: 'Menyusun notula rapat',
      satuan: 'Dokumen',
      ...patch,
    })
    expect(r.success).toBe(false)
    const issue = r.error!.issues.find((i) => i.path.join('.') === path)
    expect(issue?.message).toBe(message)
  })

  it('patches only what changed, with the version', () => {
    const e = entry()
    const values = entryFormSchema.parse({
      ...copyToDay(e, e.date),
      endTime: '11:00',
      rhkId: '',
    })
    expect(formToPatch(values, e)).toEqual({
      version: 3,
      endTime: '11:00',
      rhkId: null,
      rencanaAksiId: null,
    })
    expect(formToPatch(entryFormSchema.parse(copyToDay(e, e.date)), e)).toEqual({ version: 3 })
  })

  it('copies an entry to another day with its links', () => {
    const v = copyToDay(entry(), '2026-11-28')
    expect(v.date).toBe('2026-11-28')
    expect(v.links).toEqual([{ url: 'https://drive.example.id/berkas' }])
    expect(v.rencanaAksiId).toBe(RA)
  })

  it('fills a template over the values and keeps what it does not set', () => {
    const tpl: Template = {
      id: RA,
      name: 'Apel',
      description: 'Mengikuti apel pagi dan menyampaikan laporan kehadiran unit',
      rhkId: null,
      startTime: '07:30',
      endTime: '08:00',
      realisasi: null,
      satuan: 'Kegiatan',
    }
    const before = {
      ...emptyEntry('2026-11-28', { startTime: '09:00', endTime: '10:00' }),
      rhkId: RHK,
      rencanaAksiId: RA,
    }
    expect(applyTemplate(before, tpl)).toEqual({
      ...before,
      description: tpl.description,
      startTime: '07:30',
      endTime: '08:00',
      satuan: 'Kegiatan',
    })
    // A template of another RHK clears the rencana aksi (it belongs to the old RHK).
    const other = applyTemplate(before, { ...tpl, rhkId: '88888888-8888-4888-8888-888888888888' })
    expect(other.rencanaAksiId).toBe('')
  })

  it('finds the last day with entries before a day', () => {
    const days = [
      { date: '2026-11-23', entries: 2 },
      { date: '2026-11-26', entries: 1 },
      { date: '2026-11-27', entries: 0 },
      { date: '2026-11-28', entries: 4 },
    ]
    expect(previousDayWithEntries(days, '2026-11-28')).toBe('2026-11-26')
    expect(previousDayWithEntries(days, '2026-11-23')).toBeNull()
  })
})

describe('week', () => {
  it('runs Monday to Sunday', () => {
    // 28 November 2026 is a Saturday.
    expect(weekStart('2026-11-28')).toBe('2026-11-23')
    expect(weekStart('2026-11-23')).toBe('2026-11-23')
    expect(weekStart('2026-11-29')).toBe('2026-11-23')
    expect(weekDays('2026-12-31')).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ])
  })

  it.each([
    ['2026-11-28', '2026-11-28'],
    ['2026-02-30', null],
    ['28-11-2026', null],
    [undefined, null],
    [20261128, null],
  ])('reads ?tanggal=%s as %s', (value, expected) => {
    expect(parseDay(value)).toBe(expected)
  })

  it('suggests the hour after the last entry', () => {
    expect(suggestTimes([])).toEqual({ startTime: '08:00', endTime: '09:00' })
    expect(suggestTimes([{ endTime: '10:30' }, { endTime: '09:00' }])).toEqual({
      startTime: '10:30',
      endTime: '11:30',
    })
    expect(suggestTimes([{ endTime: '23:30' }])).toEqual({ startTime: '22:59', endTime: '23:59' })
  })
})

describe('labels', () => {
  it('shows the alignment flags and verification states with the rules’ own words', () => {
    for (const f of ALIGNMENT_FLAGS) expect(id.progress.flags[f]).toBe(ALIGNMENT_FLAG_LABEL[f])
    for (const s of VERIFICATION_STATUSES)
      expect(id.progress.verification[s]).toBe(VERIFICATION_LABEL[s])
  })
})
