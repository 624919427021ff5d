import {
  DEFAULT_ACTIVITY_SETTINGS,
  type ActivitySettings,
  type Evidence,
  type Progress,
  type RencanaAksi,
  type Template,
} from '../../../shared/activities.ts'
import { ALIGNMENT_FLAGS, type AlignmentFlag } from '../../../shared/rules/alignment.ts'
import { minutesBetween } from '../../../shared/rules/lateness.ts'
import type * as repo from './activities.repository.ts'

export const EVIDENCE_URL_PREFIX = '/api/activities/evidence'

export function presentEvidence(e: repo.EvidenceItem): Evidence {
  return {
    id: e.id,
    kind: e.kind,
    fileName: e.fileName,
    mimeType: e.mimeType,
    size: e.size,
    url: e.url,
    downloadUrl: e.kind === 'file' ? `${EVIDENCE_URL_PREFIX}/${e.id}/file` : null,
    createdAt: e.createdAt.toISOString(),
  }
}

export type Verification = {
  verdict: 'sesuai' | 'perlu_perbaikan'
  note: string | null
  byName: string
  at: Date
}

/** Stored flags plus `duplicate` (derived at read time), in the order of ALIGNMENT_FLAGS. */
export function withDuplicate(stored: readonly string[], duplicate: boolean): AlignmentFlag[] {
  const set = new Set(stored)
  if (duplicate) set.add('duplicate')
  return ALIGNMENT_FLAGS.filter((f) => set.has(f))
}

export function presentProgress(
  row: repo.ProgressRow,
  more: {
    rhkText: string | null
    rencanaAksiText: string | null
    evidence: readonly repo.EvidenceItem[]
    verification: Verification | null
    duplicate: boolean
    editable: boolean
    canVerify: boolean
  },
): Progress {
  return {
    id: row.id,
    clientId: row.clientId,
    pegawaiId: row.pegawaiId,
    date: row.date,
    startTime: row.startTime,
    endTime: row.endTime,
    minutes: minutesBetween(row.startTime, row.endTime),
    description: row.description,
    rhkId: row.rhkId,
    rhkText: row.rhkId ? more.rhkText : null,
    rencanaAksiId: row.rencanaAksiId,
    rencanaAksiText: row.rencanaAksiId ? more.rencanaAksiText : null,
    realisasi: row.realisasi,
    satuan: row.satuan,
    evidence: more.evidence.map(presentEvidence),
    recordedAt: row.recordedAt.toISOString(),
    deviceRecordedAt: row.deviceRecordedAt?.toISOString() ?? null,
    deadlineAt: row.deadlineAt.toISOString(),
    late: row.late,
    syncedLate: row.syncedLate,
    flags: withDuplicate(row.flags, more.duplicate),
    verificationStatus: row.verificationStatus,
    verification: more.verification
      ? {
          verdict: more.verification.verdict,
          note: more.verification.note,
          byName: more.verification.byName,
          at: more.verification.at.toISOString(),
        }
      : null,
    version: row.version,
    editable: more.editable,
    canVerify: more.canVerify,
  }
}

export function presentRencanaAksi(
  ra: repo.RencanaAksiRow,
  totals: { realisasi: number; entryCount: number },
): RencanaAksi {
  return {
    id: ra.id,
    rhkId: ra.rhkId,
    periodId: ra.periodId,
    seq: ra.seq,
    description: ra.description,
    targetValue: ra.targetValue,
    targetUnit: ra.targetUnit,
    realisasi: totals.realisasi,
    entryCount: totals.entryCount,
  }
}

export function presentTemplate(t: repo.TemplateRow): Template {
  return {
    id: t.id,
    name: t.name,
    description: t.description,
    rhkId: t.rhkId,
    startTime: t.startTime,
    endTime: t.endTime,
    realisasi: t.realisasi,
    satuan: t.satuan,
  }
}

/** The instansi's settings; the defaults (version 0) while no admin has saved any. */
export function presentSettings(row: repo.SettingsFields | null | undefined): ActivitySettings {
  if (!row) return { ...DEFAULT_ACTIVITY_SETTINGS, version: 0 }
  return {
    lateWorkingDays: row.lateWorkingDays,
    reminderHour: row.reminderHour,
    deadlineReminderDays: row.deadlineReminderDays,
    minDescriptionChars: row.minDescriptionChars,
    maxEntryHours: row.maxEntryHours,
    staleRhkWeeks: row.staleRhkWeeks,
    duplicateMinCount: row.duplicateMinCount,
    version: row.version,
  }
}

// ---------- evidence file names ----------
const EXTENSIONS: Record<string, readonly string[]> = {
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'image/heic': ['heic', 'heif'],
  'application/pdf': ['pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'application/vnd.oasis.opendocument.presentation': ['odp'],
  'application/x-cfb': ['doc', 'xls', 'ppt'],
}

/**
 * The uploaded name, for display only: no directories, no control characters, at most 150
 * characters. Never used as a path.
 */
export function displayFileName(raw: string | undefined): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? ''
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"]+/g, '').trim()
  return clean.slice(-150) || 'bukti'
}

/**
 * The name a download is saved under: the display name with an extension that matches the
 * detected content (a PNG uploaded as "x.html" downloads as "x.html.png", so no program opens
 * it as something else).
 */
export function downloadFileName(name: string, mimeType: string): string {
  const allowed = EXTENSIONS[mimeType] ?? []
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase()
  if (ext && allowed.includes(ext)) return name
  return allowed[0] ? `${name}.${allowed[0]}` : name
}

/** RFC 6266 Content-Disposition: an ASCII fallback plus the UTF-8 name. */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^A-Za-z0-9._ -]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`
}
