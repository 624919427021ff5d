/**
 * Assessment rows → API shapes (shared/assessments.ts). Pure: the service loads everything
 * first (a fixed number of queries), then these functions decide what the viewer sees. The
 * owner never sees ratings, predikat or the assessor's umpan balik before the result is final
 * (isResultVisibleToOwner).
 */
import type {
  AssessmentDetail,
  AssessmentEvidence,
  AssessmentPeriod,
  AssessmentRhk,
  AssessmentSummary,
  RhkProgress,
} from '../../../shared/assessments.ts'
import { pangkatFor, type JabatanJenis } from '../../../shared/org.ts'
import {
  availableAssessmentActions,
  isFeedbackEditable,
  isRealisasiEditable,
  isResultVisibleToOwner,
  objectionOpenUntil,
  type AssessmentActorRole,
} from '../../../shared/rules/assessment-workflow.ts'
import type { OrgPredikat } from '../../../shared/rules/predikat.ts'
import { suggestRealisasi } from '../../../shared/rules/realisasi.ts'
import type { Skp } from '../../../shared/skp.ts'
import { dayIn } from '../../lib/clock.ts'
import type {
  AssessmentEvidenceRow,
  AssessmentFeedbackRow,
  AssessmentRow,
  ObjectionRow,
  RealisasiRow,
} from './assessments.repository.ts'

export const ASSESSMENT_EVIDENCE_URL_PREFIX = '/api/assessments/evidence'

const iso = (d: Date | null) => (d ? d.toISOString() : null)

/** The period fields an assessment shows (from the periods port or a period row). */
export function presentPeriod(p: {
  id: string
  year: number
  kind: AssessmentPeriod['kind']
  seq: number
  name: string
  startDate: string
  endDate: string
  deadline: string
}): AssessmentPeriod {
  return {
    id: p.id,
    year: p.year,
    kind: p.kind,
    seq: p.seq,
    name: p.name,
    startDate: p.startDate,
    endDate: p.endDate,
    deadline: p.deadline,
  }
}

export type SummaryContext = {
  period: AssessmentPeriod
  /** The viewer's roles on the assessment (empty for a supervisor above: read only). */
  roles: readonly AssessmentActorRole[]
  /** max(period deadline, applicable extensions). */
  effectiveDeadline: string
  extendedUntil: string | null
  objectionDays: number
  timeZone: string
}

/** Whether the viewer is the owner and the result is not final yet (ratings hidden). */
export const resultHiddenFrom = (roles: readonly AssessmentActorRole[], row: AssessmentRow) =>
  roles.includes('owner') && !isResultVisibleToOwner(row.status)

/** The last local day of the keberatan window; null unless final and not acknowledged. */
export function objectionDeadlineOf(
  row: AssessmentRow,
  objectionDays: number,
  timeZone: string,
): string | null {
  if (row.status !== 'finalised' || !row.finalisedAt || row.acknowledgedAt) return null
  return objectionOpenUntil(dayIn(row.finalisedAt, timeZone), objectionDays)
}

export function presentSummary(row: AssessmentRow, ctx: SummaryContext): AssessmentSummary {
  const hidden = resultHiddenFrom(ctx.roles, row)
  return {
    id: row.id,
    period: ctx.period,
    skpId: row.skpId,
    status: row.status,
    version: row.version,
    pegawai: {
      pegawaiId: row.pegawaiId,
      name: row.pegawaiName,
      nip: row.pegawaiNip,
      golongan: row.pegawaiGolongan,
      pangkat: row.pegawaiGolongan ? pangkatFor(row.pegawaiGolongan) : null,
      jabatanName: row.jabatanName,
      jabatanJenis: row.jabatanJenis as JabatanJenis,
      unitId: row.unitId,
      unitName: row.unitName,
      headsUnitId: row.headsUnitId,
    },
    assessor: row.assessorPegawaiId
      ? {
          pegawaiId: row.assessorPegawaiId,
          name: row.assessorName ?? '',
          nip: row.assessorNip ?? '',
          golongan: row.assessorGolongan,
          pangkat: row.assessorGolongan ? pangkatFor(row.assessorGolongan) : null,
          jabatanName: row.assessorJabatanName ?? '',
          unitName: row.assessorUnitName ?? '',
        }
      : null,
    reviewer: row.reviewerPegawaiId
      ? { pegawaiId: row.reviewerPegawaiId, name: row.reviewerName ?? '' }
      : null,
    effectiveDeadline: ctx.effectiveDeadline,
    extendedUntil: ctx.extendedUntil,
    submittedAt: iso(row.submittedAt),
    late: row.late,
    ratingHasil: hidden ? null : row.ratingHasil,
    ratingPerilaku: hidden ? null : row.ratingPerilaku,
    predikat: hidden ? null : row.predikat,
    ratingHasilSource: hidden ? null : row.ratingHasilSource,
    ratedAt: hidden ? null : iso(row.ratedAt),
    finalisedAt: iso(row.finalisedAt),
    acknowledgedAt: iso(row.acknowledgedAt),
    objectionOpenUntil: objectionDeadlineOf(row, ctx.objectionDays, ctx.timeZone),
    updatedAt: row.updatedAt.toISOString(),
  }
}

export function presentEvidence(e: AssessmentEvidenceRow): AssessmentEvidence {
  const stored = !!e.fileKey
  return {
    id: e.id,
    rhkId: e.rhkId,
    kind: e.kind,
    name: e.fileName ?? e.url ?? 'bukti',
    // A stored file downloads through the API; a link opens where it points.
    url: stored ? `${ASSESSMENT_EVIDENCE_URL_PREFIX}/${e.id}/file` : e.url,
    mimeType: stored ? e.mimeType : null,
    size: stored ? e.size : null,
    progressEvidenceId: e.progressEvidenceId,
    createdAt: e.createdAt.toISOString(),
  }
}

const EMPTY_PROGRESS: RhkProgress = {
  entries: 0,
  realisasiTotal: 0,
  satuan: null,
  bySatuan: [],
  verifiedSesuai: 0,
  perluPerbaikan: 0,
  pending: 0,
  late: 0,
  rencanaAksi: [],
  evidence: [],
}

export type DetailParts = {
  summary: SummaryContext
  /** Read only: a supervisor above the pegawai (or any viewer without a workflow role). */
  skp: Skp
  realisasi: readonly RealisasiRow[]
  evidence: readonly AssessmentEvidenceRow[]
  feedback: readonly AssessmentFeedbackRow[]
  objection: ObjectionRow | null
  progress: ReadonlyMap<string, RhkProgress>
  orgPredikat: { unitId: string; unitName: string; value: OrgPredikat } | null
  /** Names of the people RHK were assigned by (penugasan), by pegawai id. */
  penugasanNames: ReadonlyMap<string, string>
  /** A submission would be accepted now (period started and, for a draft, before the deadline). */
  submitOpen: boolean
  /** Today (local) is within the keberatan window. */
  objectionOpen: boolean
}

function rhkSource(r: Skp['rhk'][number], names: ReadonlyMap<string, string>): string | null {
  if (r.interventions.length > 0)
    return `RHK atasan yang diintervensi: ${r.interventions.map((i) => i.text).join('; ')}`
  if (r.penugasanDariPegawaiId)
    return `Penugasan dari ${names.get(r.penugasanDariPegawaiId) ?? 'pimpinan'}`
  return null
}

/** The viewer's actions: the workflow table, narrowed by deadlines and acknowledgement. */
export function assessmentActions(
  row: AssessmentRow,
  roles: readonly AssessmentActorRole[],
  p: { submitOpen: boolean; objectionOpen: boolean },
) {
  return availableAssessmentActions(row.status, roles).filter((a) => {
    if (a === 'submit') return p.submitOpen
    if (a === 'object') return p.objectionOpen && !row.acknowledgedAt
    if (a === 'acknowledge') return !row.acknowledgedAt
    return true
  })
}

export function presentDetail(row: AssessmentRow, parts: DetailParts): AssessmentDetail {
  const { roles } = parts.summary
  const hidden = resultHiddenFrom(roles, row)
  const realisasiOf = new Map(parts.realisasi.map((r) => [r.indikatorId, r]))
  const rhkFeedback = new Map(
    parts.feedback.flatMap((f) => (f.rhkId ? [[f.rhkId, f] as const] : [])),
  )
  const perilakuFeedback = new Map(
    parts.feedback.flatMap((f) => (f.coreValue ? [[f.coreValue, f] as const] : [])),
  )
  const seqInJenis = { utama: 0, tambahan: 0 }
  const rhk: AssessmentRhk[] = parts.skp.rhk.map((r) => {
    const n = ++seqInJenis[r.jenis]
    const progress = parts.progress.get(r.id) ?? EMPTY_PROGRESS
    const fb = rhkFeedback.get(r.id)
    return {
      id: r.id,
      seq: r.seq,
      jenis: r.jenis,
      label: `${r.jenis === 'utama' ? 'Utama' : 'Tambahan'} ${n}`,
      text: r.text,
      source: rhkSource(r, parts.penugasanNames),
      indikator: r.indikator.map((k) => {
        const saved = realisasiOf.get(k.id)
        return {
          id: k.id,
          seq: k.seq,
          aspek: k.aspek,
          text: k.text,
          targetValue: k.targetValue,
          targetUnit: k.targetUnit,
          targetText: k.targetText,
          realisasi: saved
            ? {
                value: saved.value,
                text: saved.text,
                suggestedValue: saved.suggestedValue,
                editReason: saved.editReason,
                updatedAt: saved.updatedAt.toISOString(),
              }
            : null,
          suggestion: suggestRealisasi(k.targetUnit, {
            entries: progress.entries,
            bySatuan: progress.bySatuan ?? [],
            rencanaAksi: progress.rencanaAksi,
          }),
        }
      }),
      evidence: parts.evidence.filter((e) => e.rhkId === r.id).map(presentEvidence),
      progress,
      feedback:
        fb && !hidden
          ? { rating: fb.rating, body: fb.body, updatedAt: fb.updatedAt.toISOString() }
          : null,
    }
  })
  const objection = parts.objection
  return {
    ...presentSummary(row, parts.summary),
    pendekatan: parts.skp.pendekatan,
    variant: parts.skp.variant,
    rhk,
    perilaku: parts.skp.perilaku.map((p) => {
      const fb = perilakuFeedback.get(p.coreValue)
      return {
        coreValue: p.coreValue,
        label: p.label,
        panduan: p.panduan,
        ekspektasiKhusus: p.ekspektasiKhusus,
        feedback:
          fb?.body && !hidden ? { body: fb.body, updatedAt: fb.updatedAt.toISOString() } : null,
      }
    }),
    justification: hidden ? null : row.justification,
    objection: objection
      ? {
          id: objection.id,
          reason: objection.reason,
          filedAt: objection.filedAt.toISOString(),
          decision: objection.decision,
          decisionNote: objection.decisionNote,
          decidedByName: objection.decidedByName,
          decidedAt: iso(objection.decidedAt),
          previousRatingHasil: hidden ? null : objection.previousRatingHasil,
          previousRatingPerilaku: hidden ? null : objection.previousRatingPerilaku,
          previousPredikat: hidden ? null : objection.previousPredikat,
        }
      : null,
    roles: [...roles],
    actions: assessmentActions(row, roles, parts),
    canEditRealisasi: roles.includes('owner') && isRealisasiEditable(row.status),
    canEditFeedback: roles.includes('assessor') && isFeedbackEditable(row.status),
    // For a unit head the organisational predikat is their rating hasil: hidden like it.
    orgPredikat: hidden ? null : parts.orgPredikat,
  }
}
