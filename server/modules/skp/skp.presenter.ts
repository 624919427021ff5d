import { pangkatFor, type JabatanJenis } from '../../../shared/org.ts'
import { BERAKHLAK, CORE_VALUES } from '../../../shared/rules/berakhlak.ts'
import { availableActions, type SkpActorRole } from '../../../shared/rules/skp-workflow.ts'
import type {
  LampiranKind,
  PerjanjianKinerja,
  PersonSnapshot,
  Rhk,
  Skp,
  SkpSummary,
} from '../../../shared/skp.ts'
import { skpRevisionSchema } from '../../../shared/skp.ts'
import { canEditContent, canEditEkspektasi } from './skp.policy.ts'
import type { PkRow, PkTargetRow, SkpContent, SkpRow } from './skp.repository.ts'

const iso = (d: Date | null) => (d ? d.toISOString() : null)

export const LAMPIRAN_KEY = {
  dukungan_sumber_daya: 'dukunganSumberDaya',
  skema_pertanggungjawaban: 'skemaPertanggungjawaban',
  konsekuensi: 'konsekuensi',
} as const satisfies Record<LampiranKind, string>

function pegawaiSnapshot(row: SkpRow): PersonSnapshot {
  return {
    pegawaiId: row.pegawaiId,
    name: row.pegawaiName,
    nip: row.pegawaiNip,
    golongan: row.pegawaiGolongan,
    pangkat: row.pegawaiGolongan ? pangkatFor(row.pegawaiGolongan) : null,
    jabatanName: row.jabatanName,
    jabatanJenis: row.jabatanJenis as JabatanJenis,
    unitName: row.unitName,
  }
}

function atasanSnapshot(row: SkpRow): PersonSnapshot | null {
  if (!row.atasanPegawaiId) return null
  return {
    pegawaiId: row.atasanPegawaiId,
    name: row.atasanName ?? '',
    nip: row.atasanNip ?? '',
    golongan: row.atasanGolongan,
    pangkat: row.atasanGolongan ? pangkatFor(row.atasanGolongan) : null,
    jabatanName: row.atasanJabatanName ?? '',
    jabatanJenis: (row.atasanJabatanJenis ?? 'pelaksana') as JabatanJenis,
    unitName: row.atasanUnitName ?? '',
  }
}

export function presentSummary(row: SkpRow, rhkCount: number): SkpSummary {
  return {
    id: row.id,
    pegawaiId: row.pegawaiId,
    year: row.year,
    startDate: row.startDate,
    endDate: row.endDate,
    pendekatan: row.pendekatan,
    variant: row.variant,
    status: row.status,
    version: row.version,
    revision: row.revision,
    pegawai: pegawaiSnapshot(row),
    atasan: atasanSnapshot(row),
    rhkCount,
    submittedAt: iso(row.submittedAt),
    approvedAt: iso(row.approvedAt),
    updatedAt: row.updatedAt.toISOString(),
  }
}

/** RHK with indicators and the intervened RHK, in the order the owner wrote them. */
export function presentRhk(content: SkpContent): Rhk[] {
  return content.rhk.map((r) => ({
    id: r.id,
    seq: r.seq,
    jenis: r.jenis,
    text: r.text,
    perspektif: r.perspektif,
    pkTargetId: r.pkTargetId,
    penugasanDariPegawaiId: r.penugasanDariPegawaiId,
    interventions: content.interventions
      .filter((i) => i.rhkId === r.id)
      .map((i) => ({
        rhkId: i.parentRhkId,
        text: i.parentText,
        ownerPegawaiId: i.ownerPegawaiId,
        ownerName: i.ownerName,
      })),
    indikator: content.indikator
      .filter((k) => k.rhkId === r.id)
      .map((k) => ({
        id: k.id,
        seq: k.seq,
        aspek: k.aspek,
        text: k.text,
        targetValue: k.targetValue,
        targetUnit: k.targetUnit,
        targetText: k.targetText,
      })),
  }))
}

export function presentLampiran(content: SkpContent): Skp['lampiran'] {
  const out: Skp['lampiran'] = {
    dukunganSumberDaya: [],
    skemaPertanggungjawaban: [],
    konsekuensi: [],
  }
  for (const l of content.lampiran) out[LAMPIRAN_KEY[l.kind]].push(l.text)
  return out
}

/** The whole document as the viewer sees it: `actions` come from the shared workflow table. */
export function presentSkp(row: SkpRow, content: SkpContent, roles: readonly SkpActorRole[]): Skp {
  const ekspektasi = new Map(content.perilaku.map((p) => [p.coreValue, p.ekspektasiKhusus]))
  return {
    ...presentSummary(row, content.rhk.length),
    returnReason: row.returnReason,
    rhk: presentRhk(content),
    perilaku: CORE_VALUES.map((cv) => ({
      coreValue: cv,
      label: BERAKHLAK[cv].label,
      panduan: [...BERAKHLAK[cv].panduan],
      ekspektasiKhusus: ekspektasi.get(cv) ?? null,
    })),
    lampiran: presentLampiran(content),
    actions: availableActions(row.status, roles),
    canEditContent: canEditContent(roles, row.status),
    canEditEkspektasi: canEditEkspektasi(roles, row.status),
  }
}

/** What a revision row keeps: the document without the viewer-dependent fields. */
export function revisionContent(doc: Skp) {
  // The schema strips the keys it does not name, so the stored content is exactly its shape.
  return skpRevisionSchema.shape.content.parse(doc)
}

export function presentPk(
  p: { unitId: string; unitName: string; year: number; canEdit: boolean },
  pk: PkRow | undefined,
  targets: readonly PkTargetRow[],
): PerjanjianKinerja {
  return {
    id: pk?.id ?? null,
    unitId: p.unitId,
    unitName: p.unitName,
    year: p.year,
    version: pk?.version ?? 0,
    targets: targets.map((t) => ({
      id: t.id,
      seq: t.seq,
      sasaranStrategis: t.sasaranStrategis,
      indikator: t.indikator,
      targetValue: t.targetValue,
      targetUnit: t.targetUnit,
      targetText: t.targetText,
    })),
    canEdit: p.canEdit,
  }
}
