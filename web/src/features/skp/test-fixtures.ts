import type { Rhk, Skp } from '../../../../shared/skp.ts'

/** Small SKP documents for the pure helpers' tests. */
export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`

export function rhk(n: number, over: Partial<Rhk> = {}): Rhk {
  return {
    id: uuid(n),
    seq: n,
    jenis: 'utama',
    text: `RHK ${n}`,
    perspektif: null,
    pkTargetId: null,
    penugasanDariPegawaiId: null,
    interventions: [
      { rhkId: uuid(900 + n), text: 'RHK atasan', ownerPegawaiId: uuid(800), ownerName: 'Atasan' },
    ],
    indikator: [
      {
        id: uuid(100 + n),
        seq: 1,
        aspek: 'kuantitas',
        text: 'Jumlah laporan',
        targetValue: 12,
        targetUnit: 'Laporan',
        targetText: null,
      },
    ],
    ...over,
  }
}

const person = {
  pegawaiId: uuid(500),
  name: 'I Made Contoh',
  nip: '199006092014081003',
  golongan: 'III/a',
  pangkat: 'Penata Muda',
  jabatanName: 'Pengelola Data',
  jabatanJenis: 'pelaksana' as const,
  unitName: 'Sub Bagian Kepegawaian dan Umum',
}

export function skp(over: Partial<Skp> = {}): Skp {
  return {
    id: uuid(1),
    pegawaiId: person.pegawaiId,
    year: 2026,
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    pendekatan: 'kuantitatif',
    variant: 'ja_jf',
    status: 'draft',
    version: 3,
    revision: 0,
    pegawai: person,
    atasan: { ...person, pegawaiId: uuid(800), name: 'Atasan', jabatanJenis: 'pengawas' },
    rhkCount: 2,
    submittedAt: null,
    approvedAt: null,
    updatedAt: '2026-01-10T00:00:00.000Z',
    returnReason: null,
    rhk: [rhk(1), rhk(2, { jenis: 'tambahan' })],
    perilaku: [],
    lampiran: { dukunganSumberDaya: ['Komputer'], skemaPertanggungjawaban: [], konsekuensi: [] },
    actions: ['submit'],
    canEditContent: true,
    canEditEkspektasi: false,
    ...over,
  }
}
