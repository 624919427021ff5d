import { createHash, randomUUID } from 'node:crypto'
import type { Readable } from 'node:stream'
import {
  EVIDENCE_MIME_TYPES,
  MAX_EVIDENCE_BYTES,
  MAX_EVIDENCE_PER_ENTRY,
  type ActivitySettings,
  type Evidence,
  type Progress,
  type ProgressCalendar,
  type ProgressInputParsed,
  type ProgressListQuery,
  type ProgressPage,
  type ProgressPatch,
  type RencanaAksi,
  type RencanaAksiBoard,
  type RencanaAksiInput,
  type RencanaAksiPatch,
  type RencanaAksiQuery,
  type Template,
  type Templates,
  type calendarQuerySchema,
  type templateInputSchema,
} from '../../../shared/activities.ts'
import type { RhkProgress } from '../../../shared/assessments.ts'
import {
  flagEntries,
  isStaleRhk,
  normalizeDescription,
  type AlignmentSettings,
} from '../../../shared/rules/alignment.ts'
import { entryDeadlineIso, timeliness, type LatenessRule } from '../../../shared/rules/lateness.ts'
import {
  addDays,
  dayNumber,
  isWorkingDay,
  type WorkingCalendar,
} from '../../../shared/rules/working-days.ts'
import type { AtasanIndex } from '../../../shared/rules/atasan.ts'
import type { z } from 'zod'
import type { Actor } from '../../lib/actor.ts'
import { dayIn, type Clock } from '../../lib/clock.ts'
import { AppError, conflict, forbidden, notFound, validationFailed } from '../../lib/errors.ts'
import type { FileStore, StagedFile } from '../../lib/file-store.ts'
import type { Db, Executor } from '../../db/client.ts'
import type { AuditService } from '../audit/audit.service.ts'
import type { OrgService } from '../org/org.service.ts'
import type { PeriodsService } from '../periods/periods.service.ts'
import type { RhkRef, SkpService } from '../skp/skp.service.ts'
import {
  atasanAccess,
  isActivitiesAdmin,
  readAccess,
  type ReadAccess,
} from './activities.policy.ts'
import {
  contentDisposition,
  displayFileName,
  downloadFileName,
  EVIDENCE_URL_PREFIX,
  presentEvidence,
  presentProgress,
  presentRencanaAksi,
  presentSettings,
  presentTemplate,
} from './activities.presenter.ts'
import * as repo from './activities.repository.ts'
import { createProgressImport, type ImportUpload } from './activities-import.ts'

export type ActivitiesDeps = {
  db: Db
  clock: Clock
  audit: AuditService
  org: Pick<OrgService, 'atasanIndex' | 'instansiInfo' | 'getPegawaiUnchecked'>
  skp: Pick<SkpService, 'workPlansOn' | 'workPlansByIds' | 'rhkRefs'>
  periods: Pick<PeriodsService, 'calendarFor' | 'calendarsFor' | 'periodById'>
  fileStore: FileStore
}

/**
 * 409 for a stale `version`: carries the current record so the route can answer with it
 * (`{ error, current }`); anywhere else it renders as the plain error envelope.
 */
export class ActivitiesVersionConflict<T> extends AppError {
  constructor(
    readonly current: T,
    message = 'Data ini sudah diubah di tempat lain. Periksa versi terbaru lalu ulangi perubahan Anda.',
  ) {
    super('CONFLICT', message, 'VERSION_CONFLICT')
  }
}

/** How an upload's bytes reach the file store (the route hands over the multipart stream). */
export type EvidenceStager = (source: Readable, truncated: () => boolean) => Promise<StagedFile>
export type EvidenceUpload = { staged: StagedFile; fileName: string; clientId: string | null }
export type EvidenceDownload = {
  stream: Readable
  size: number
  mimeType: string
  contentDisposition: string
}

export const MAX_TEMPLATES = 50
/** Evidence items per RHK offered to pick from in an assessment. */
export const MAX_PERIOD_EVIDENCE = 50
export const MAX_CALENDAR_DAYS = 62
const FREQUENT_DAYS = 60
const FREQUENT_LIMIT = 8

export const EVIDENCE_TYPE_MESSAGE =
  'Jenis berkas tidak didukung. Unggah foto (JPG, PNG, WebP, HEIC), PDF, atau dokumen Office (Word, Excel, PowerPoint, termasuk .doc/.xls/.ppt lama dan OpenDocument). Jenis berkas dikenali dari isinya, bukan dari namanya.'

/** md5 of the normalised description: the same text across days and colleagues. */
export const textHashOf = (description: string) =>
  createHash('md5').update(normalizeDescription(description)).digest('hex')

const yearOf = (day: string) => Number(day.slice(0, 4))

/** The rule and thresholds of an instansi, with the version entries are judged by. */
export type RuleContext = {
  settings: ActivitySettings
  ruleVersion: number
  rule: LatenessRule
  alignment: AlignmentSettings
}

export function createActivitiesService(deps: ActivitiesDeps) {
  const { db, clock, audit, org, skp, periods, fileStore } = deps

  // ---------- context ----------
  function requireInstansi(actor: Actor): string {
    if (!actor.instansiId) throw notFound('Data')
    return actor.instansiId
  }

  /** The actor as the pegawai writing their own records; accounts without one have none (404). */
  function self(actor: Actor): { instansiId: string; pegawaiId: string } {
    if (!actor.instansiId || !actor.pegawaiId) throw notFound('Pegawai')
    return { instansiId: actor.instansiId, pegawaiId: actor.pegawaiId }
  }

  /**
   * The instansi's time zone and today there. A signed-in actor's own instansi comes with the
   * session (read in the same statement, so as fresh as a read here); others are read.
   */
  async function zoneOf(instansiId: string, actor?: Actor) {
    const timeZone =
      actor?.instansiId === instansiId && actor.timeZone
        ? actor.timeZone
        : ((await org.instansiInfo(instansiId))?.timeZone ?? 'Asia/Jakarta')
    return { timeZone, today: dayIn(clock.now(), timeZone) }
  }

  function ruleContextOf(row: repo.SettingsFields | null | undefined): RuleContext {
    const settings = presentSettings(row)
    return {
      settings,
      ruleVersion: row?.ruleVersion ?? 1,
      rule: { workingDaysAfter: settings.lateWorkingDays },
      alignment: settings,
    }
  }

  async function ruleContext(ex: Executor, instansiId: string): Promise<RuleContext> {
    return ruleContextOf(await repo.findSettings(ex, instansiId))
  }

  async function accessTo(actor: Actor, instansiId: string, pegawaiId: string) {
    return readAccess(actor, { instansiId, pegawaiId }, await org.atasanIndex(instansiId))
  }

  /** Whose records a read is about: the given person or the actor; 404 when not visible. */
  async function visibleTarget(actor: Actor, pegawaiId: string | undefined) {
    const instansiId = requireInstansi(actor)
    const target = pegawaiId ?? actor.pegawaiId
    if (!target)
      throw validationFailed({ pegawaiId: 'Pilih pegawai yang ingin dilihat' }, 'PEGAWAI_REQUIRED')
    // One's own records need no org structure (readAccess answers 'owner' first).
    if (target === actor.pegawaiId)
      return { instansiId, pegawaiId: target, access: 'owner' as const, index: undefined }
    const index = await org.atasanIndex(instansiId)
    const access = readAccess(actor, { instansiId, pegawaiId: target }, index)
    // The atasan chain proves the person is in the instansi; an admin's access does not.
    if (!access || (access === 'admin' && !(await org.getPegawaiUnchecked(instansiId, target))))
      throw notFound('Pegawai')
    return { instansiId, pegawaiId: target, access, index }
  }

  /** 404 when the actor may not see the person's records, 403 when they may but are not the owner. */
  async function requireOwner(
    actor: Actor,
    row: { instansiId: string; pegawaiId: string },
    what: string,
    message: string,
  ): Promise<void> {
    const access = await accessTo(actor, row.instansiId, row.pegawaiId)
    if (!access) throw notFound(what)
    if (access !== 'owner') throw forbidden(message, 'NOT_OWNER')
  }

  /** The actor's own entry: 404 when missing or not visible, 403 when not the owner. */
  async function ownProgress(actor: Actor, id: string, message: string) {
    const instansiId = requireInstansi(actor)
    const found = await repo.findProgress(db, instansiId, id)
    if (!found) throw notFound('Kegiatan')
    await requireOwner(actor, found, 'Kegiatan', message)
    return { instansiId, found }
  }

  /** The actor's own rencana aksi: 404 when missing or not visible, 403 when not the owner. */
  async function ownRencanaAksi(actor: Actor, id: string, message: string) {
    const instansiId = requireInstansi(actor)
    const found = await repo.findRencanaAksi(db, instansiId, id)
    if (!found) throw notFound('Rencana aksi')
    await requireOwner(actor, found, 'Rencana aksi', message)
    return { instansiId, found }
  }

  function assertNotVerified(row: repo.ProgressRow) {
    if (row.verificationStatus === 'sesuai')
      throw conflict(
        'PROGRESS_VERIFIED',
        'Kegiatan ini sudah diverifikasi sesuai oleh atasan sehingga tidak dapat diubah atau dihapus.',
      )
  }

  const calendars = (instansiId: string) => {
    const cache = new Map<number, Promise<WorkingCalendar>>()
    return (year: number) => {
      let cal = cache.get(year)
      if (!cal) {
        cal = periods.calendarFor(instansiId, year)
        cache.set(year, cal)
      }
      return cal
    }
  }

  // ---------- links to RHK / rencana aksi ----------
  /**
   * Checks the RHK and rencana aksi an entry of `date` links to: the RHK must be in the person's
   * own SKP of that year; the rencana aksi must be theirs, under that RHK, for a period that
   * contains the date. A rencana aksi alone implies its RHK.
   */
  async function resolveLink(
    instansiId: string,
    pegawaiId: string,
    date: string,
    rhkId: string | null,
    rencanaAksiId: string | null,
  ): Promise<{ skpId: string | null; rhkId: string | null; rencanaAksiId: string | null }> {
    const ra = rencanaAksiId
      ? ((await repo.findRencanaAksi(db, instansiId, rencanaAksiId)) ?? null)
      : null
    const link = await checkLink(instansiId, pegawaiId, date, {
      rhkId,
      rencanaAksiId,
      ra,
      refs: null,
    })
    return { skpId: link.skpId, rhkId: link.rhkId, rencanaAksiId: link.rencanaAksiId }
  }

  /**
   * resolveLink with the rencana aksi already read (`ra`: the row of `rencanaAksiId` in the
   * instansi, or null) and maybe the RHK too (`refs`); also gives the texts to present.
   */
  async function checkLink(
    instansiId: string,
    pegawaiId: string,
    date: string,
    p: {
      rhkId: string | null
      rencanaAksiId: string | null
      ra: Pick<
        repo.RencanaAksiRow,
        'id' | 'pegawaiId' | 'rhkId' | 'periodId' | 'description'
      > | null
      refs: Map<string, RhkRef> | null
      /** The rencana aksi's period when already read (null: none); undefined reads it. */
      period?: { name: string; startDate: string; endDate: string } | null
    },
  ) {
    const { ra } = p
    let linkedRhk = p.rhkId
    if (p.rencanaAksiId) {
      if (ra?.pegawaiId !== pegawaiId)
        throw validationFailed(
          { rencanaAksiId: 'Rencana aksi tidak ditemukan di antara rencana aksi Anda' },
          'RENCANA_AKSI_NOT_YOURS',
        )
      if (linkedRhk && ra.rhkId !== linkedRhk)
        throw validationFailed(
          { rencanaAksiId: 'Rencana aksi ini bukan di bawah RHK yang dipilih' },
          'RENCANA_AKSI_OTHER_RHK',
        )
      linkedRhk = ra.rhkId
    }
    if (!linkedRhk)
      return {
        skpId: null,
        rhkId: null,
        rencanaAksiId: null,
        rhkText: null,
        rencanaAksiText: null,
      }
    const year = yearOf(date)
    const rhk = linkedRhk
    const [ref, period] = await Promise.all([
      // Given refs are complete (a missing RHK is not in the instansi): no read.
      p.refs ? p.refs.get(rhk) : skp.rhkRefs(instansiId, [rhk]).then((m) => m.get(rhk)),
      ra && p.rencanaAksiId
        ? p.period === undefined
          ? periods.periodById(instansiId, ra.periodId)
          : p.period
        : null,
    ])
    if (ref?.pegawaiId !== pegawaiId || ref.year !== year)
      throw validationFailed(
        {
          rhkId: `RHK ini tidak ada di SKP Anda tahun ${year}. Pilih RHK dari SKP ${year} Anda atau kosongkan.`,
        },
        'RHK_NOT_YOURS',
      )
    if (period && (date < period.startDate || date > period.endDate))
      throw validationFailed(
        {
          rencanaAksiId: `Rencana aksi ini untuk periode ${period.name} (${period.startDate} s.d. ${period.endDate}); tanggal kegiatan di luar periode itu.`,
        },
        'RENCANA_AKSI_OTHER_PERIOD',
      )
    return {
      skpId: ref.skpId,
      rhkId: rhk,
      rencanaAksiId: ra && p.rencanaAksiId ? ra.id : null,
      rhkText: ref.text,
      rencanaAksiText: ra && p.rencanaAksiId ? ra.description : null,
    }
  }

  // ---------- alignment flags ----------
  /**
   * Recomputes the stored flags (unlinked, vague, overlap, too_long) of the person's entries on
   * these days; `duplicate` depends on colleagues and is added when reading.
   */
  async function refreshFlags(
    tx: Executor,
    instansiId: string,
    pegawaiId: string,
    days: readonly string[],
    alignment: AlignmentSettings,
  ) {
    const rows = await repo.entriesOnDays(tx, instansiId, pegawaiId, [...new Set(days)])
    const flags = flagEntries(
      rows.map((r) => ({ ...r, sameTextCount: 0 })),
      alignment,
    )
    const changed = rows.flatMap((r) => {
      const next = flags.get(r.id) ?? []
      return next.join(',') === r.flags.join(',') ? [] : [{ id: r.id, date: r.date, flags: next }]
    })
    await repo.setFlags(tx, changed)
  }

  // ---------- who may verify (the atasan side's policy, shown on each entry) ----------
  /**
   * The pejabat penilai snapshotted on these SKPs (skp id → atasan pegawai id), batched.
   * workPlansByIds keys by pegawai, so a person with two SKPs in one batch (a page spanning a
   * mutasi or a new year) needs a second round; each round resolves at least one SKP per person.
   */
  async function snapshotAtasanOf(instansiId: string, skpIds: readonly string[]) {
    const out = new Map<string, string | null>()
    let remaining = [...new Set(skpIds)]
    while (remaining.length > 0) {
      const plans = await skp.workPlansByIds(instansiId, remaining)
      if (plans.size === 0) break
      for (const plan of plans.values()) out.set(plan.id, plan.atasanPegawaiId)
      remaining = remaining.filter((id) => !out.has(id))
    }
    return out
  }

  /**
   * The entries the actor may verify, by the policy the verify route applies (atasanAccess):
   * today's direct atasan, the SKP's snapshotted atasan, or an admin acting for them; never the
   * owner. Per page, not per entry: the owner's own list costs no query at all, and the SKP
   * snapshots are read only for entries today's relation does not already decide.
   */
  async function verifiableIds(
    actor: Actor,
    instansiId: string,
    rows: readonly repo.ProgressRow[],
    known: AtasanIndex | undefined,
  ): Promise<Set<string>> {
    const others = rows.filter((p) => p.pegawaiId !== actor.pegawaiId)
    if (others.length === 0) return new Set()
    const index = known ?? (await org.atasanIndex(instansiId))
    const allowed = new Set<string>()
    const undecided: repo.ProgressRow[] = []
    for (const p of others) {
      if (atasanAccess(actor, { instansiId, pegawaiId: p.pegawaiId }, index, null))
        allowed.add(p.id)
      else if (actor.pegawaiId && p.skpId) undecided.push(p)
    }
    if (undecided.length === 0) return allowed
    const snapshots = await snapshotAtasanOf(
      instansiId,
      undecided.map((p) => p.skpId!),
    )
    for (const p of undecided) {
      const snapshot = snapshots.get(p.skpId!) ?? null
      if (atasanAccess(actor, { instansiId, pegawaiId: p.pegawaiId }, index, snapshot))
        allowed.add(p.id)
    }
    return allowed
  }

  // ---------- presenting entries (a bounded number of queries for any page size) ----------
  async function presentRows(
    ex: Executor,
    instansiId: string,
    rows: readonly repo.ProgressWithText[],
    viewer: { actor: Actor; access: ReadAccess; index?: AtasanIndex | undefined },
  ): Promise<Progress[]> {
    if (rows.length === 0) return []
    const { access } = viewer
    const ids = rows.map((r) => r.p.id)
    const rhkIds = [...new Set(rows.map((r) => r.p.rhkId).filter((x): x is string => !!x))]
    const [extras, refs, verifiable] = await Promise.all([
      repo.presentationExtras(
        ex,
        instansiId,
        ids,
        rows.map((r) => r.p.textHash),
      ),
      rhkIds.length ? skp.rhkRefs(instansiId, rhkIds) : new Map<string, RhkRef>(),
      verifiableIds(
        viewer.actor,
        instansiId,
        rows.map((r) => r.p),
        viewer.index,
      ),
    ])
    const evidenceOf = new Map<string, repo.EvidenceItem[]>()
    for (const e of extras.evidence)
      evidenceOf.set(e.progressId, [...(evidenceOf.get(e.progressId) ?? []), e])
    const verificationOf = new Map(extras.verifications.map((v) => [v.progressId, v]))
    return rows.map(({ p, rencanaAksiText }) =>
      presentProgress(p, {
        rhkText: p.rhkId ? (refs.get(p.rhkId)?.text ?? null) : null,
        rencanaAksiText,
        evidence: evidenceOf.get(p.id) ?? [],
        verification: verificationOf.get(p.id) ?? null,
        duplicate: extras.duplicates.has(p.textHash),
        editable: access === 'owner' && p.verificationStatus !== 'sesuai',
        canVerify: verifiable.has(p.id),
      }),
    )
  }

  async function presentOne(
    ex: Executor,
    instansiId: string,
    id: string,
    viewer: { actor: Actor; access: ReadAccess; index?: AtasanIndex | undefined },
  ) {
    const rows = await repo.listProgressByIds(ex, instansiId, [id])
    const [entry] = await presentRows(ex, instansiId, rows, viewer)
    if (!entry) throw notFound('Kegiatan')
    return entry
  }

  // ---------- stored files ----------
  /**
   * Removes stored files that no evidence row references any more. Runs after the commit that
   * dropped the rows; a failure leaves an unreferenced file behind, never a broken reference.
   */
  async function releaseFiles(keys: readonly string[]) {
    for (const key of new Set(keys)) {
      try {
        await db.transaction(async (tx) => {
          await repo.lockFileKey(tx, key)
          if ((await repo.countFileKeyRefs(tx, key)) === 0) await fileStore.remove(key)
        })
      } catch {
        // The bytes stay on disk unreferenced (content-addressed, so a later upload reuses them).
      }
    }
  }

  function evidenceStager(): EvidenceStager {
    return (source, truncated) =>
      fileStore.stage(source, {
        maxBytes: MAX_EVIDENCE_BYTES,
        allowedTypes: EVIDENCE_MIME_TYPES,
        typeMessage: EVIDENCE_TYPE_MESSAGE,
        truncated,
      })
  }

  const importer = createProgressImport({
    db,
    clock,
    audit,
    skp,
    zoneOf,
    ruleContext,
    calendars,
    refreshFlags,
    textHashOf,
  })

  const service = {
    // ---------- read ports for assessments (no actor: the caller authorises) ----------
    /**
     * A person's daily progress of [from, to] per RHK, for an assessment: entries, realisasi
     * per satuan (the dominant satuan = most entries), verification states, late entries, the
     * rencana aksi with their realisasi, and up to 50 evidence items newest first. The rencana
     * aksi are those of `rencanaAksiPeriodId`, or of every period when it is null (the annual
     * assessment). Three queries for any number of RHK; every RHK asked for has an entry.
     */
    async periodProgress(
      instansiId: string,
      pegawaiId: string,
      rhkIds: readonly string[],
      from: string,
      to: string,
      rencanaAksiPeriodId: string | null = null,
    ): Promise<Map<string, RhkProgress>> {
      const scope = { instansiId, pegawaiId, rhkIds: [...new Set(rhkIds)], from, to }
      const [totals, ras, evidence] = await Promise.all([
        repo.periodEntryTotals(db, scope),
        repo.rencanaAksiOfRhk(db, { ...scope, periodId: rencanaAksiPeriodId }),
        repo.periodEvidence(db, { ...scope, limit: MAX_PERIOD_EVIDENCE }),
      ])
      const out = new Map<string, RhkProgress>()
      for (const rhkId of scope.rhkIds) {
        const rows = totals
          .filter((r) => r.rhkId === rhkId)
          .sort(
            (a, b) =>
              b.entries - a.entries ||
              b.realisasi - a.realisasi ||
              a.satuan.localeCompare(b.satuan),
          )
        const sum = (pick: (r: (typeof rows)[number]) => number) =>
          rows.reduce((n, r) => n + pick(r), 0)
        const dominant = rows[0]
        out.set(rhkId, {
          entries: sum((r) => r.entries),
          realisasiTotal: dominant?.realisasi ?? 0,
          satuan: dominant?.satuan ?? null,
          bySatuan: rows.map((r) => ({
            satuan: r.satuan,
            realisasi: r.realisasi,
            entries: r.entries,
          })),
          verifiedSesuai: sum((r) => r.sesuai),
          perluPerbaikan: sum((r) => r.perluPerbaikan),
          pending: sum((r) => r.pending),
          late: sum((r) => r.late),
          rencanaAksi: ras
            .filter((x) => x.ra.rhkId === rhkId)
            .map((x) => ({
              id: x.ra.id,
              description: x.ra.description,
              targetValue: x.ra.targetValue,
              satuan: x.ra.targetUnit,
              realisasi: x.realisasi,
            })),
          evidence: evidence
            .filter((e) => e.rhkId === rhkId)
            .map((e) => ({
              id: e.id,
              progressId: e.progressId,
              date: e.date,
              name: e.kind === 'file' ? displayFileName(e.fileName ?? undefined) : (e.url ?? ''),
              mimeType: e.mimeType,
              url: e.kind === 'file' ? `${EVIDENCE_URL_PREFIX}/${e.id}/file` : e.url,
            })),
        })
      }
      return out
    },

    /**
     * One daily-progress evidence item with its entry's owner, day and RHK (to copy it into an
     * assessment); `open` reads a file's bytes. Null when the instansi has no such item.
     */
    async progressEvidenceItem(instansiId: string, evidenceId: string) {
      const row = await repo.findEvidenceWithEntry(db, instansiId, evidenceId)
      if (!row) return null
      const { e } = row
      return {
        id: e.id,
        progressId: e.progressId,
        pegawaiId: e.pegawaiId,
        date: row.date,
        rhkId: row.rhkId,
        kind: e.kind,
        fileKey: e.fileKey,
        fileName: e.fileName,
        mimeType: e.mimeType,
        size: e.size,
        url: e.url,
        open: () => (e.fileKey ? fileStore.open(e.fileKey) : Promise.resolve(null)),
      }
    },

    // ---------- settings ----------
    /** The instansi's lateness rule and alignment thresholds: every member reads them. */
    async getSettings(actor: Actor): Promise<ActivitySettings> {
      const instansiId = requireInstansi(actor)
      return presentSettings(await repo.findSettings(db, instansiId))
    },

    /**
     * The admin changes the settings (stale `version` → 409 with the current ones). A new
     * lateness rule gets a new rule_version: entries keep the verdict of the rule they were
     * judged by.
     */
    async updateSettings(actor: Actor, input: ActivitySettings): Promise<ActivitySettings> {
      const instansiId = requireInstansi(actor)
      if (!isActivitiesAdmin(actor, instansiId))
        throw forbidden('Hanya admin instansi yang dapat mengubah pengaturan ini', 'NOT_ADMIN')
      const after = await db.transaction(async (tx) => {
        const before = await repo.lockSettings(tx, instansiId)
        if (before.version !== input.version)
          throw new ActivitiesVersionConflict(presentSettings(before))
        const ruleChanged = before.lateWorkingDays !== input.lateWorkingDays
        const row = await repo.updateSettings(tx, instansiId, {
          lateWorkingDays: input.lateWorkingDays,
          reminderHour: input.reminderHour,
          deadlineReminderDays: input.deadlineReminderDays,
          minDescriptionChars: input.minDescriptionChars,
          maxEntryHours: input.maxEntryHours,
          staleRhkWeeks: input.staleRhkWeeks,
          duplicateMinCount: input.duplicateMinCount,
          ruleVersion: ruleChanged ? before.ruleVersion + 1 : before.ruleVersion,
          version: before.version + 1,
        })
        await audit.record(tx, actor, {
          action: 'activity_settings.updated',
          entity: 'activity_settings',
          entityId: instansiId,
          before,
          after: row,
        })
        return row
      })
      return presentSettings(after)
    },

    // ---------- rencana aksi ----------
    /**
     * The RHK of the person's SKP for a period, each with its rencana aksi, realisasi and
     * entries of the period, last activity and staleness. The person, their supervisors and
     * admins read it; others 404.
     */
    async rencanaAksiBoard(actor: Actor, q: RencanaAksiQuery): Promise<RencanaAksiBoard> {
      const { instansiId, pegawaiId, access } = await visibleTarget(actor, q.pegawaiId)
      const period = await periods.periodById(instansiId, q.periodId)
      if (!period) throw notFound('Periode')
      const { today } = await zoneOf(instansiId)
      // The SKP in force for the period: today's while it runs, else the one at its edge.
      const day =
        today < period.startDate
          ? period.startDate
          : today > period.endDate
            ? period.endDate
            : today
      const [plans, ctx, ras] = await Promise.all([
        skp.workPlansOn(instansiId, [pegawaiId], day),
        ruleContext(db, instansiId),
        repo.listRencanaAksi(db, instansiId, pegawaiId, period.id),
      ])
      const plan = plans.get(pegawaiId) ?? null
      const activity = plan
        ? await repo.rhkActivity(db, {
            instansiId,
            pegawaiId,
            rhkIds: plan.rhk.map((r) => r.id),
            from: period.startDate,
            to: period.endDate,
            upTo: today,
          })
        : []
      const activityOf = new Map(activity.map((a) => [a.rhkId, a]))
      const since = plan && plan.startDate > period.startDate ? plan.startDate : period.startDate
      return {
        pegawaiId,
        period: {
          id: period.id,
          name: period.name,
          startDate: period.startDate,
          endDate: period.endDate,
          deadline: period.deadline,
        },
        skp: plan ? { id: plan.id, year: plan.year, status: plan.status } : null,
        editable:
          access === 'owner' && !!plan && plan.status !== 'ditutup' && period.kind !== 'annual',
        rhk: (plan?.rhk ?? []).map((r) => {
          const a = activityOf.get(r.id)
          const last = a?.lastDate ?? null
          return {
            id: r.id,
            seq: r.seq,
            jenis: r.jenis,
            text: r.text,
            indikator: r.indikator,
            rencanaAksi: ras
              .filter((x) => x.ra.rhkId === r.id)
              .map((x) => presentRencanaAksi(x.ra, x)),
            realisasi: a?.realisasi ?? 0,
            entryCount: a?.entryCount ?? 0,
            lastActivityDate: last,
            stale: isStaleRhk(last, since, today, ctx.settings.staleRhkWeeks),
          }
        }),
      }
    },

    /**
     * The SKP owner adds a rencana aksi under one of their RHK for a periodic period of the
     * SKP's year. Supervisors and admins see the person's rencana aksi but never write them (403).
     */
    async createRencanaAksi(actor: Actor, input: RencanaAksiInput): Promise<RencanaAksi> {
      const ref = (await skp.rhkRefs(requireInstansi(actor), [input.rhkId])).get(input.rhkId)
      // Someone who sees the person's plans (atasan, admin) is told why they cannot write here.
      if (
        ref &&
        ref.pegawaiId !== actor.pegawaiId &&
        (await accessTo(actor, requireInstansi(actor), ref.pegawaiId))
      )
        throw forbidden('Hanya pemilik SKP yang dapat menyusun rencana aksinya', 'NOT_OWNER')
      const { instansiId, pegawaiId } = self(actor)
      if (ref?.pegawaiId !== pegawaiId)
        throw validationFailed({ rhkId: 'RHK tidak ditemukan di SKP Anda' }, 'RHK_NOT_YOURS')
      const period = await periods.periodById(instansiId, input.periodId)
      if (!period)
        throw validationFailed({ periodId: 'Periode tidak ditemukan' }, 'PERIOD_NOT_FOUND')
      if (period.kind === 'annual')
        throw validationFailed(
          {
            periodId:
              'Rencana aksi disusun per periode penilaian (bulanan, triwulan atau semester), bukan untuk periode tahunan',
          },
          'PERIOD_ANNUAL',
        )
      if (period.year !== ref.year)
        throw validationFailed(
          { periodId: `Pilih periode tahun ${ref.year}, tahun SKP ini` },
          'PERIOD_OTHER_YEAR',
        )
      if (ref.status === 'ditutup')
        throw conflict('SKP_CLOSED', 'SKP ini sudah ditutup; rencana aksi tidak dapat ditambah')
      const row = await db.transaction(async (tx) => {
        await repo.lockRencanaAksiSlot(tx, ref.id, period.id)
        const created = await repo.insertRencanaAksi(tx, {
          instansiId,
          pegawaiId,
          skpId: ref.skpId,
          rhkId: ref.id,
          periodId: period.id,
          seq: await repo.nextRencanaAksiSeq(tx, ref.id, period.id),
          description: input.description,
          targetValue: input.targetValue,
          targetUnit: input.targetUnit,
        })
        await audit.record(tx, actor, {
          action: 'rencana_aksi.created',
          entity: 'rencana_aksi',
          entityId: created.id,
          after: created,
        })
        return created
      })
      return presentRencanaAksi(row, { realisasi: 0, entryCount: 0 })
    },

    /** The owner edits a rencana aksi (description, target) while the SKP is not closed. */
    async updateRencanaAksi(
      actor: Actor,
      id: string,
      patch: RencanaAksiPatch,
    ): Promise<RencanaAksi> {
      const { instansiId, found } = await ownRencanaAksi(
        actor,
        id,
        'Hanya pemilik SKP yang dapat mengubah rencana aksinya',
      )
      const ref = (await skp.rhkRefs(instansiId, [found.rhkId])).get(found.rhkId)
      if (!ref || ref.status === 'ditutup')
        throw conflict('SKP_CLOSED', 'SKP ini sudah ditutup; rencana aksi tidak dapat diubah')
      await db.transaction(async (tx) => {
        const before = await repo.findRencanaAksi(tx, instansiId, id, { lock: true })
        if (!before) throw notFound('Rencana aksi')
        const after = await repo.updateRencanaAksi(tx, id, {
          ...(patch.description === undefined ? {} : { description: patch.description }),
          ...(patch.targetValue === undefined ? {} : { targetValue: patch.targetValue }),
          ...(patch.targetUnit === undefined ? {} : { targetUnit: patch.targetUnit }),
        })
        await audit.record(tx, actor, {
          action: 'rencana_aksi.updated',
          entity: 'rencana_aksi',
          entityId: id,
          before,
          after,
        })
      })
      const row = await repo.findRencanaAksiWithTotals(db, instansiId, id)
      if (!row) throw notFound('Rencana aksi')
      return presentRencanaAksi(row.ra, row)
    },

    /** The owner deletes a rencana aksi no daily progress uses (409 RENCANA_AKSI_IN_USE). */
    async deleteRencanaAksi(actor: Actor, id: string): Promise<void> {
      const { instansiId } = await ownRencanaAksi(
        actor,
        id,
        'Hanya pemilik SKP yang dapat menghapus rencana aksinya',
      )
      await db.transaction(async (tx) => {
        const before = await repo.findRencanaAksi(tx, instansiId, id, { lock: true })
        if (!before) throw notFound('Rencana aksi')
        const used = await repo.countProgressOfRencanaAksi(tx, id)
        if (used > 0)
          throw conflict(
            'RENCANA_AKSI_IN_USE',
            `Rencana aksi ini dipakai oleh ${used} progres harian; pindahkan kegiatan itu ke rencana aksi lain lebih dulu`,
          )
        await repo.deleteRencanaAksi(tx, id)
        await audit.record(tx, actor, {
          action: 'rencana_aksi.deleted',
          entity: 'rencana_aksi',
          entityId: id,
          before,
        })
      })
    },

    // ---------- daily progress ----------
    /** Entries of a person (default: the actor), newest day first; owner, supervisors, admins. */
    async listProgress(actor: Actor, q: ProgressListQuery): Promise<ProgressPage> {
      const { instansiId, pegawaiId, access, index } = await visibleTarget(actor, q.pegawaiId)
      const filter: repo.ProgressFilter = {
        instansiId,
        pegawaiId,
        from: q.from,
        to: q.to,
        rhkId: q.rhkId,
        verification: q.verification,
        lateOnly: q.lateOnly === 'true',
      }
      // One statement: the page with its total and everything presented with it.
      const rows = await repo.listProgressPagePresented(
        db,
        filter,
        q.pageSize,
        (q.page - 1) * q.pageSize,
      )
      // Past the last page no row carries the total: count alone.
      const [total, verifiable] = await Promise.all([
        rows[0]?.total ?? (q.page > 1 ? repo.countProgress(db, filter) : 0),
        verifiableIds(
          actor,
          instansiId,
          rows.map((r) => r.p),
          index,
        ),
      ])
      return {
        items: rows.map((r) =>
          presentProgress(r.p, {
            rhkText: r.rhkText,
            rencanaAksiText: r.rencanaAksiText,
            evidence: r.evidence,
            verification: r.verification,
            duplicate: r.duplicate,
            editable: access === 'owner' && r.p.verificationStatus !== 'sesuai',
            canVerify: verifiable.has(r.p.id),
          }),
        ),
        total,
        page: q.page,
        pageSize: q.pageSize,
      }
    },

    /** One entry; 404 when the actor may not see the person's entries. */
    async getProgress(actor: Actor, id: string): Promise<Progress> {
      const instansiId = requireInstansi(actor)
      const row = await repo.findProgress(db, instansiId, id)
      if (!row) throw notFound('Kegiatan')
      const index = await org.atasanIndex(instansiId)
      const access = readAccess(actor, { instansiId, pegawaiId: row.pegawaiId }, index)
      if (!access) throw notFound('Kegiatan')
      return presentOne(db, instansiId, id, { actor, access, index })
    },

    /**
     * The pegawai records an activity of their own. Idempotent by `clientId`: a retry returns the
     * stored entry (`created: false`). Lateness is judged now, by the instansi's rule, and kept.
     */
    async createProgress(
      actor: Actor,
      input: ProgressInputParsed,
    ): Promise<{ entry: Progress; created: boolean }> {
      const { instansiId, pegawaiId } = self(actor)
      const receivedAt = clock.now()
      const { timeZone, today } = await zoneOf(instansiId, actor)
      const textHash = textHashOf(input.description)
      const year = yearOf(input.date)
      // Decision 0027: one statement reads what the checks need (retry, settings, rencana aksi
      // with its period, RHK, the day's entries with their fingerprint, the text's count),
      // beside the calendar; one statement (activities_record_progress) writes the entry, its
      // links, the neighbours' flags and the audit row under the person's lock, after checking
      // the clientId again and that the day is still the one the flags were computed from.
      // No begin/commit: one statement is one transaction.
      const read = (ex: Executor) =>
        repo.submitContext(ex, {
          instansiId,
          pegawaiId,
          clientId: input.clientId,
          rhkId: input.rhkId,
          rencanaAksiId: input.rencanaAksiId,
          date: input.date,
          textHash,
        })
      const [first, calendar] = await Promise.all([
        read(db),
        periods.calendarsFor(instansiId, [year]),
      ])
      const cal = calendar.calendars.get(year) ?? (await periods.calendarFor(instansiId, year))

      /** Checks, judges and writes from one reading; reads nothing else (it may run in `tx`). */
      const record = async (ex: Executor, context: Awaited<ReturnType<typeof read>>) => {
        // A retry returns the stored entry, whatever the checks below would say today.
        if (context.prior) return { prior: context.prior }
        if (input.date > today)
          throw validationFailed(
            { date: 'Tanggal kegiatan tidak boleh setelah hari ini' },
            'FUTURE_DATE',
          )
        const rhk = context.rhk
        const link = await checkLink(instansiId, pegawaiId, input.date, {
          rhkId: input.rhkId,
          rencanaAksiId: input.rencanaAksiId,
          ra: context.ra,
          refs: new Map(rhk ? [[rhk.id, rhk]] : []),
          period: context.period,
        })
        const ctx = ruleContextOf(context.settings)
        const judged = timeliness({
          day: input.date,
          receivedAt,
          deviceRecordedAt: input.deviceRecordedAt ?? null,
          rule: ctx.rule,
          cal,
          timeZone,
        })
        const id = randomUUID()
        const flags = flagEntries(
          [
            ...context.day,
            {
              id,
              date: input.date,
              startTime: input.startTime,
              endTime: input.endTime,
              description: input.description,
              rhkId: link.rhkId,
              flags: [],
            },
          ].map((r) => ({ ...r, sameTextCount: 0 })),
          ctx.alignment,
        )
        const outcome = await repo.recordProgress(ex, {
          row: {
            id,
            instansiId,
            pegawaiId,
            clientId: input.clientId,
            date: input.date,
            startTime: input.startTime,
            endTime: input.endTime,
            description: input.description,
            textHash,
            skpId: link.skpId,
            rhkId: link.rhkId,
            rencanaAksiId: link.rencanaAksiId,
            realisasi: input.realisasi,
            satuan: input.satuan,
            flags: flags.get(id) ?? [],
            recordedAt: receivedAt,
            deviceRecordedAt: input.deviceRecordedAt ? new Date(input.deviceRecordedAt) : null,
            deadlineAt: new Date(judged.deadlineAt),
            late: judged.late,
            syncedLate: judged.syncedLate,
            ruleVersion: ctx.ruleVersion,
            createdByUserId: actor.userId,
          },
          dayKey: context.dayKey,
          links: input.links,
          // The new entry may change its neighbours' flags (an overlap).
          neighbours: context.day.flatMap((r) => {
            const next = flags.get(r.id) ?? []
            return next.join(',') === r.flags.join(',')
              ? []
              : [{ id: r.id, date: r.date, flags: next }]
          }),
          // What audit.record writes (the audit row is part of the same statement).
          audit: {
            instansiId: actor.instansiId,
            actorUserId: actor.userId,
            actorLabel: `${actor.displayName} (${actor.username})`,
            ip: actor.ip,
          },
        })
        if (!('row' in outcome)) return outcome
        // The count left out this entry; the answer is built from the stored row.
        const duplicate = context.sameText + 1 >= ctx.settings.duplicateMinCount
        return {
          entry: presentProgress(outcome.row, {
            rhkText: link.rhkText,
            rencanaAksiText: link.rencanaAksiText,
            evidence: outcome.links,
            verification: null,
            duplicate,
            editable: true,
            canVerify: false,
          }),
        }
      }

      let outcome = await record(db, first)
      // Another write changed the person's day in between: read and judge it again, this time
      // holding the person's lock from the reading on (concurrent submits queue instead of
      // retrying each other out).
      for (let attempt = 1; 'dayChanged' in outcome; attempt++) {
        if (attempt > 3) throw conflict('RETRY', 'Data sedang disimpan; coba lagi')
        outcome = await db.transaction(async (tx) => {
          await repo.lockNewProgress(tx, pegawaiId)
          return record(tx, await read(tx))
        })
      }
      if ('prior' in outcome) {
        if (outcome.prior.instansiId !== instansiId) throw notFound('Kegiatan')
        return {
          entry: await presentOne(db, instansiId, outcome.prior.id, { actor, access: 'owner' }),
          created: false,
        }
      }
      return { entry: outcome.entry, created: true }
    },

    /**
     * The owner edits an entry (stale `version` → 409 with the current entry). An entry verified
     * "sesuai" is final (409 PROGRESS_VERIFIED); one marked "perlu perbaikan" goes back to
     * pending. Lateness stays as first judged: an edit is not a new recording. Moving the entry
     * to another day judges that day against the entry's original recording time.
     */
    async updateProgress(actor: Actor, id: string, patch: ProgressPatch): Promise<Progress> {
      const { instansiId, found } = await ownProgress(
        actor,
        id,
        'Hanya pemilik yang dapat mengubah progres hariannya',
      )
      const stale = async (row: repo.ProgressRow) =>
        new ActivitiesVersionConflict(
          await presentOne(db, instansiId, row.id, { actor, access: 'owner' }),
        )
      assertNotVerified(found)
      if (found.version !== patch.version) throw await stale(found)

      const next = {
        date: patch.date ?? found.date,
        startTime: patch.startTime ?? found.startTime,
        endTime: patch.endTime ?? found.endTime,
      }
      const { timeZone, today } = await zoneOf(instansiId)
      const fields: Record<string, string> = {}
      if (next.date > today) fields.date = 'Tanggal kegiatan tidak boleh setelah hari ini'
      if (next.endTime <= next.startTime) fields.endTime = 'Jam selesai harus setelah jam mulai'
      if (Object.keys(fields).length)
        throw validationFailed(fields, fields.date ? 'FUTURE_DATE' : 'TIMES_INVALID')

      const rhkChanged = patch.rhkId !== undefined && patch.rhkId !== found.rhkId
      const linkTouched =
        patch.rhkId !== undefined || patch.rencanaAksiId !== undefined || next.date !== found.date
      const link = linkTouched
        ? await resolveLink(
            instansiId,
            found.pegawaiId,
            next.date,
            patch.rhkId === undefined ? found.rhkId : patch.rhkId,
            patch.rencanaAksiId !== undefined
              ? patch.rencanaAksiId
              : // A new RHK drops the old rencana aksi unless one is given.
                rhkChanged
                ? null
                : found.rencanaAksiId,
          )
        : null
      const ctx = await ruleContext(db, instansiId)
      const rejudged =
        next.date !== found.date
          ? timeliness({
              day: next.date,
              receivedAt: found.recordedAt,
              deviceRecordedAt: found.deviceRecordedAt,
              rule: ctx.rule,
              cal: await periods.calendarFor(instansiId, yearOf(next.date)),
              timeZone,
            })
          : null

      const outcome = await db.transaction(async (tx) => {
        const before = await repo.findProgress(tx, instansiId, id, { lock: true })
        if (!before) throw notFound('Kegiatan')
        assertNotVerified(before)
        // Presented after the transaction: inside it, presentOne would take a second connection.
        if (before.version !== patch.version) return 'stale' as const
        const after = await repo.updateProgress(tx, id, {
          ...next,
          ...(patch.description === undefined
            ? {}
            : { description: patch.description, textHash: textHashOf(patch.description) }),
          ...(link ?? {}),
          ...(patch.realisasi === undefined ? {} : { realisasi: patch.realisasi }),
          ...(patch.satuan === undefined ? {} : { satuan: patch.satuan }),
          ...(rejudged
            ? {
                deadlineAt: new Date(rejudged.deadlineAt),
                late: rejudged.late,
                syncedLate: rejudged.syncedLate,
                ruleVersion: ctx.ruleVersion,
              }
            : {}),
          ...(before.verificationStatus === 'perlu_perbaikan'
            ? { verificationStatus: 'pending' as const, verifiedAt: null }
            : {}),
          version: before.version + 1,
        })
        let links: { before: string[]; after: string[] } | undefined
        if (patch.links !== undefined) {
          const removed = await repo.deleteLinkEvidence(tx, id)
          const added = await repo.insertLinks(tx, [
            {
              instansiId,
              progressId: id,
              progressDate: after.date,
              pegawaiId: before.pegawaiId,
              urls: patch.links,
            },
          ])
          links = { before: removed.map((l) => l.url ?? ''), after: added.map((l) => l.url ?? '') }
        }
        await refreshFlags(
          tx,
          instansiId,
          before.pegawaiId,
          [before.date, after.date],
          ctx.alignment,
        )
        await audit.record(tx, actor, {
          action: 'progress.updated',
          entity: 'daily_progress',
          entityId: id,
          before: { ...before, ...(links ? { links: links.before } : {}) },
          after: { ...after, ...(links ? { links: links.after } : {}) },
        })
        return 'updated' as const
      })
      if (outcome === 'stale') throw await stale(found)
      return presentOne(db, instansiId, id, { actor, access: 'owner' })
    },

    /** The owner deletes an entry (not one verified "sesuai"); its evidence files go with it. */
    async deleteProgress(actor: Actor, id: string): Promise<void> {
      const { instansiId } = await ownProgress(
        actor,
        id,
        'Hanya pemilik yang dapat menghapus progres hariannya',
      )
      const ctx = await ruleContext(db, instansiId)
      const keys = await db.transaction(async (tx) => {
        const before = await repo.findProgress(tx, instansiId, id, { lock: true })
        if (!before) throw notFound('Kegiatan')
        assertNotVerified(before)
        const fileKeys = await repo.fileKeysOfProgress(tx, id)
        await repo.deleteProgress(tx, id)
        await refreshFlags(tx, instansiId, before.pegawaiId, [before.date], ctx.alignment)
        await audit.record(tx, actor, {
          action: 'progress.deleted',
          entity: 'daily_progress',
          entityId: id,
          before,
        })
        return fileKeys
      })
      await releaseFiles(keys)
    },

    // ---------- evidence ----------
    /**
     * The owner attaches a file to an entry. Visibility and ownership are checked before a byte
     * is stored; the type comes from the content. Idempotent by `clientId` (a retry returns the
     * stored evidence, `created: false`). A rejected upload leaves no file and no row.
     */
    async addEvidence(
      actor: Actor,
      progressId: string,
      read: (stage: EvidenceStager) => Promise<EvidenceUpload>,
    ): Promise<{ evidence: Evidence; created: boolean }> {
      const { instansiId, found } = await ownProgress(
        actor,
        progressId,
        'Hanya pemilik yang dapat menambah bukti kegiatannya',
      )
      assertNotVerified(found)
      const upload = await read(evidenceStager())
      const { staged } = upload
      let placed = false
      try {
        if (upload.clientId) {
          const existing = await repo.findEvidenceByClientId(db, progressId, upload.clientId)
          if (existing) {
            await staged.discard()
            return { evidence: presentEvidence(existing), created: false }
          }
        }
        const result = await db.transaction(async (tx) => {
          await repo.lockFileKey(tx, staged.key)
          const current = await repo.findProgress(tx, instansiId, progressId, { lock: true })
          if (!current) throw notFound('Kegiatan')
          assertNotVerified(current)
          if (upload.clientId) {
            const existing = await repo.findEvidenceByClientId(tx, progressId, upload.clientId)
            if (existing) return { evidence: presentEvidence(existing), created: false }
          }
          if ((await repo.countFileEvidence(tx, progressId)) >= MAX_EVIDENCE_PER_ENTRY)
            throw conflict(
              'EVIDENCE_LIMIT',
              `Satu kegiatan paling banyak memiliki ${MAX_EVIDENCE_PER_ENTRY} berkas bukti`,
            )
          const [row] = await repo.insertEvidence(tx, [
            {
              instansiId,
              progressId,
              progressDate: current.date,
              pegawaiId: current.pegawaiId,
              clientId: upload.clientId,
              kind: 'file',
              fileKey: staged.key,
              fileName: upload.fileName,
              mimeType: staged.mimeType,
              size: staged.size,
            },
          ])
          if (!row) throw new AppError('INTERNAL', 'Bukti tidak tersimpan')
          // New evidence answers an atasan's "perlu perbaikan": the entry waits for review again.
          if (current.verificationStatus === 'perlu_perbaikan')
            await repo.updateProgress(tx, progressId, {
              verificationStatus: 'pending',
              verifiedAt: null,
            })
          await audit.record(tx, actor, {
            action: 'progress.evidence_added',
            entity: 'daily_progress',
            entityId: progressId,
            after: row,
          })
          // Placed while the key's lock is held and before the row commits: a concurrent
          // cleanup of the same content waits for this transaction and then sees the row.
          await staged.commit()
          placed = true
          return { evidence: presentEvidence(row), created: true }
        })
        if (!result.created) await staged.discard()
        return result
      } catch (e) {
        if (placed) await releaseFiles([staged.key])
        else await staged.discard()
        throw e
      }
    },

    /** The owner removes one evidence item of an entry (file or link). */
    async deleteEvidence(actor: Actor, progressId: string, evidenceId: string): Promise<void> {
      const { instansiId } = await ownProgress(
        actor,
        progressId,
        'Hanya pemilik yang dapat menghapus bukti kegiatannya',
      )
      const evidence = await repo.findEvidence(db, instansiId, evidenceId)
      if (evidence?.progressId !== progressId) throw notFound('Bukti')
      await db.transaction(async (tx) => {
        const current = await repo.findProgress(tx, instansiId, progressId, { lock: true })
        if (!current) throw notFound('Kegiatan')
        assertNotVerified(current)
        await repo.deleteEvidence(tx, evidenceId)
        if (current.verificationStatus === 'perlu_perbaikan')
          await repo.updateProgress(tx, progressId, {
            verificationStatus: 'pending',
            verifiedAt: null,
          })
        await audit.record(tx, actor, {
          action: 'progress.evidence_deleted',
          entity: 'daily_progress',
          entityId: progressId,
          before: evidence,
        })
      })
      if (evidence.fileKey) await releaseFiles([evidence.fileKey])
    },

    /**
     * The bytes of an evidence file, for whoever may see the entry (owner, supervisors, admins);
     * everyone else gets 404, as if the file did not exist.
     */
    async evidenceFile(actor: Actor, evidenceId: string): Promise<EvidenceDownload> {
      const instansiId = requireInstansi(actor)
      const row = await repo.findEvidence(db, instansiId, evidenceId)
      if (row?.kind !== 'file' || !row.fileKey) throw notFound('Berkas')
      if (!(await accessTo(actor, instansiId, row.pegawaiId))) throw notFound('Berkas')
      const file = await fileStore.open(row.fileKey)
      if (!file) throw notFound('Berkas')
      const mimeType = row.mimeType ?? 'application/octet-stream'
      return {
        stream: file.stream,
        size: file.size,
        mimeType,
        contentDisposition: contentDisposition(
          downloadFileName(displayFileName(row.fileName ?? undefined), mimeType),
        ),
      }
    },

    // ---------- calendar ----------
    /** A person's days in a range (≤ 62 days): working day or holiday, entries, minutes, late. */
    async calendar(
      actor: Actor,
      q: z.output<typeof calendarQuerySchema>,
    ): Promise<ProgressCalendar> {
      const { instansiId, pegawaiId } = await visibleTarget(actor, q.pegawaiId)
      if (q.to < q.from)
        throw validationFailed(
          { to: 'Tanggal akhir tidak boleh sebelum tanggal awal' },
          'RANGE_INVALID',
        )
      const span = dayNumber(q.to) - dayNumber(q.from) + 1
      if (span > MAX_CALENDAR_DAYS)
        throw validationFailed(
          { to: `Rentang paling panjang ${MAX_CALENDAR_DAYS} hari` },
          'RANGE_TOO_LONG',
        )
      const { timeZone, today } = await zoneOf(instansiId, actor)
      const years = [...new Set([yearOf(q.from), yearOf(q.to), yearOf(today)])]
      // Two statements: settings with the day totals, and the calendars with their days off.
      const [stored, cals] = await Promise.all([
        repo.calendarDays(db, instansiId, pegawaiId, q.from, q.to),
        periods.calendarsFor(instansiId, years),
      ])
      const ctx = ruleContextOf(stored.settings)
      const calByYear = cals.calendars
      const totalOf = new Map(stored.totals.map((t) => [t.date, t]))
      const namesOf = new Map<string, string[]>()
      for (const h of cals.holidays)
        if (h.date >= q.from && h.date <= q.to)
          namesOf.set(h.date, [...(namesOf.get(h.date) ?? []), h.name])
      const days: ProgressCalendar['days'] = []
      for (let d = q.from; d <= q.to; d = addDays(d, 1)) {
        const cal = calByYear.get(yearOf(d))
        const t = totalOf.get(d)
        days.push({
          date: d,
          working: cal ? isWorkingDay(d, cal) : true,
          holiday: namesOf.get(d)?.join(' / ') ?? null,
          entries: t?.entries ?? 0,
          minutes: t?.minutes ?? 0,
          late: t?.late ?? 0,
        })
      }
      const todayCal =
        calByYear.get(yearOf(today)) ?? (await periods.calendarFor(instansiId, yearOf(today)))
      return {
        pegawaiId,
        timeZone,
        today,
        todayDeadlineAt: entryDeadlineIso(today, ctx.rule, todayCal, timeZone),
        days,
      }
    },

    // ---------- templates ----------
    /** The actor's saved templates and their most frequent descriptions of the last 60 days. */
    async templates(actor: Actor): Promise<Templates> {
      const { instansiId, pegawaiId } = self(actor)
      const { today } = await zoneOf(instansiId)
      const [saved, frequent] = await Promise.all([
        repo.listTemplates(db, instansiId, pegawaiId),
        repo.frequentDescriptions(db, {
          instansiId,
          pegawaiId,
          since: addDays(today, -FREQUENT_DAYS),
          minCount: 2,
          limit: FREQUENT_LIMIT,
        }),
      ])
      return { saved: saved.map(presentTemplate), frequent }
    },

    /** The pegawai saves a quick-entry template (at most 50). */
    async createTemplate(
      actor: Actor,
      input: z.output<typeof templateInputSchema>,
    ): Promise<Template> {
      const { instansiId, pegawaiId } = self(actor)
      const fields: Record<string, string> = {}
      if (input.rhkId) {
        const ref = (await skp.rhkRefs(instansiId, [input.rhkId])).get(input.rhkId)
        if (ref?.pegawaiId !== pegawaiId) fields.rhkId = 'RHK tidak ditemukan di SKP Anda'
      }
      if (input.startTime && input.endTime && input.endTime <= input.startTime)
        fields.endTime = 'Jam selesai harus setelah jam mulai'
      if (Object.keys(fields).length) throw validationFailed(fields)
      const row = await db.transaction(async (tx) => {
        await repo.lockTemplates(tx, pegawaiId)
        if ((await repo.countTemplates(tx, instansiId, pegawaiId)) >= MAX_TEMPLATES)
          throw conflict(
            'TEMPLATE_LIMIT',
            `Templat paling banyak ${MAX_TEMPLATES}; hapus templat yang tidak dipakai lagi`,
          )
        return repo.insertTemplate(tx, { instansiId, pegawaiId, ...input })
      })
      return presentTemplate(row)
    },

    /** The pegawai deletes one of their templates; anyone else's answers 404. */
    async deleteTemplate(actor: Actor, id: string): Promise<void> {
      const { instansiId, pegawaiId } = self(actor)
      const row = await repo.deleteTemplate(db, instansiId, pegawaiId, id)
      if (!row) throw notFound('Templat')
    },

    // ---------- import ----------
    /** The import sheet for the actor, with their RHK numbers of the year on a second sheet. */
    async importTemplate(actor: Actor) {
      return importer.template(actor, self(actor))
    },

    /**
     * The pegawai imports their own daily progress from XLSX (or CSV). Every row is validated
     * first; nothing is written when a row is invalid unless `validOnly`; `dryRun` only reports.
     * Re-importing the same file creates nothing twice.
     */
    async importProgress(
      actor: Actor,
      opts: { dryRun: boolean; validOnly: boolean },
      read: () => Promise<ImportUpload>,
    ) {
      return importer.importFile(actor, self(actor), opts, read)
    },
  }
  return service
}

export type ActivitiesService = ReturnType<typeof createActivitiesService>
