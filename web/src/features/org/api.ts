import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query'
import type { z } from 'zod'
import type {
  ActingKind,
  ExclusionReason,
  Jabatan,
  NewJabatan,
  NewUnit,
  Pegawai,
  PegawaiStatus,
  Unit,
  UpdateJabatan,
  UpdatePegawai,
  UpdateUnit,
  actingAssignmentSchema,
  atasanOverrideSchema,
  exclusionSchema,
  newPegawaiSchema,
} from '../../../../shared/org.ts'
import type { ImportKind, ImportMode, ImportRowError } from '../../../../shared/org-import.ts'
import { ApiError, api } from '../../lib/api-client.ts'
import type { Page } from '../../lib/api-client.ts'

export type Exclusion = z.infer<typeof exclusionSchema>
export type ActingAssignment = z.infer<typeof actingAssignmentSchema>
export type AtasanOverride = z.infer<typeof atasanOverrideSchema>
export type NewPegawaiOutput = z.output<typeof newPegawaiSchema>

const orgKeys = {
  all: ['org'] as const,
  units: ['org', 'units'] as const,
  jabatan: (unitId?: string | null) => ['org', 'jabatan', unitId ?? 'all'] as const,
  pegawaiLists: ['org', 'pegawai', 'list'] as const,
  pegawaiList: (f: PegawaiFilters) => ['org', 'pegawai', 'list', f] as const,
  pegawai: (id: string) => ['org', 'pegawai', 'detail', id] as const,
  exclusions: (id: string) => ['org', 'pegawai', 'detail', id, 'exclusions'] as const,
  overrides: (id: string) => ['org', 'pegawai', 'detail', id, 'atasan-overrides'] as const,
  acting: ['org', 'acting'] as const,
  subordinates: ['org', 'me', 'subordinates'] as const,
  profile: ['org', 'me', 'profile'] as const,
}

// ---------- units ----------
export const unitsQueryOptions = queryOptions({
  queryKey: orgKeys.units,
  queryFn: ({ signal }) =>
    api.get<{ items: Unit[] }>('/org/units', undefined, signal).then((r) => r.items),
})

export function useUnits() {
  return useQuery(unitsQueryOptions)
}

export function useCreateUnit() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: NewUnit) => api.post<Unit>('/org/units', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: orgKeys.units }),
  })
}

export function useUpdateUnit() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateUnit & { id: string }) =>
      api.patch<Unit>(`/org/units/${id}`, input),
    // A rename or move shows up in pegawai lists (unitName) as well.
    onSuccess: () => qc.invalidateQueries({ queryKey: orgKeys.all }),
  })
}

// ---------- jabatan ----------
export function useJabatan(unitId?: string | null, enabled = true) {
  return useQuery({
    queryKey: orgKeys.jabatan(unitId),
    queryFn: ({ signal }) =>
      api
        .get<{ items: Jabatan[] }>('/org/jabatan', { unitId: unitId ?? undefined }, signal)
        .then((r) => r.items),
    enabled,
  })
}

export function useCreateJabatan() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: NewJabatan) => api.post<Jabatan>('/org/jabatan', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['org', 'jabatan'] }),
  })
}

export function useUpdateJabatan() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateJabatan & { id: string }) =>
      api.patch<Jabatan>(`/org/jabatan/${id}`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: orgKeys.all }),
  })
}

// ---------- pegawai ----------
export type PegawaiFilters = {
  q?: string | undefined
  unitId?: string | undefined
  status?: PegawaiStatus | undefined
  active?: 'true' | 'false' | undefined
  page: number
  pageSize: number
}

export function usePegawaiList(filters: PegawaiFilters, enabled = true) {
  return useQuery({
    queryKey: orgKeys.pegawaiList(filters),
    queryFn: ({ signal }) => api.get<Page<Pegawai>>('/org/pegawai', filters, signal),
    placeholderData: keepPreviousData,
    enabled,
  })
}

export function usePegawai(id: string | undefined) {
  return useQuery({
    queryKey: orgKeys.pegawai(id ?? ''),
    queryFn: ({ signal }) => api.get<Pegawai>(`/org/pegawai/${id ?? ''}`, undefined, signal),
    enabled: Boolean(id),
  })
}

export function useCreatePegawai() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: NewPegawaiOutput) => api.post<Pegawai>('/org/pegawai', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: orgKeys.all }),
  })
}

export function useUpdatePegawai() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...input }: UpdatePegawai & { id: string }) =>
      api.patch<Pegawai>(`/org/pegawai/${id}`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: orgKeys.all }),
  })
}

// ---------- exclusions, atasan overrides, acting heads ----------
export function useExclusions(pegawaiId: string) {
  return useQuery({
    queryKey: orgKeys.exclusions(pegawaiId),
    queryFn: ({ signal }) =>
      api
        .get<{ items: Exclusion[] }>(`/org/pegawai/${pegawaiId}/exclusions`, undefined, signal)
        .then((r) => r.items),
  })
}

export type NewExclusionInput = {
  reason: ExclusionReason
  startDate: string
  endDate: string | null
  note: string | null
}

export function useAddExclusion(pegawaiId: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: NewExclusionInput) =>
      api.post<Exclusion>(`/org/pegawai/${pegawaiId}/exclusions`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: orgKeys.pegawai(pegawaiId) }),
  })
}

export function useDeleteExclusion(pegawaiId: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (exclusionId: string) =>
      api.delete<unknown>(`/org/pegawai/${pegawaiId}/exclusions/${exclusionId}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: orgKeys.pegawai(pegawaiId) }),
  })
}

export function useAtasanOverrides(pegawaiId: string) {
  return useQuery({
    queryKey: orgKeys.overrides(pegawaiId),
    queryFn: ({ signal }) =>
      api
        .get<{ items: AtasanOverride[] }>(
          `/org/pegawai/${pegawaiId}/atasan-overrides`,
          undefined,
          signal,
        )
        .then((r) => r.items),
  })
}

export type NewOverrideInput = {
  atasanId: string
  startDate: string
  endDate: string | null
  reason: string | null
}

export function useAddAtasanOverride(pegawaiId: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: NewOverrideInput) =>
      api.post<AtasanOverride>(`/org/pegawai/${pegawaiId}/atasan-overrides`, input),
    // The derived atasan on every pegawai may change.
    onSuccess: () => qc.invalidateQueries({ queryKey: orgKeys.all }),
  })
}

export function useDeleteAtasanOverride(pegawaiId: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (overrideId: string) =>
      api.delete<unknown>(`/org/pegawai/${pegawaiId}/atasan-overrides/${overrideId}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: orgKeys.all }),
  })
}

export function useActingAssignments() {
  return useQuery({
    queryKey: orgKeys.acting,
    queryFn: ({ signal }) =>
      api.get<{ items: ActingAssignment[] }>('/org/acting', undefined, signal).then((r) => r.items),
  })
}

export type NewActingInput = {
  pegawaiId: string
  unitId: string
  kind: ActingKind
  startDate: string
  endDate: string | null
}

export function useAddActing() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: NewActingInput) => api.post<ActingAssignment>('/org/acting', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: orgKeys.all }),
  })
}

export function useDeleteActing() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => api.delete<unknown>(`/org/acting/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: orgKeys.all }),
  })
}

// ---------- the signed-in person ----------
export function useMySubordinates() {
  return useQuery({
    queryKey: orgKeys.subordinates,
    queryFn: ({ signal }) =>
      api.get<{ direct: Pegawai[]; indirect: Pegawai[] }>(
        '/org/me/subordinates',
        undefined,
        signal,
      ),
  })
}

export function useMyProfile(enabled = true) {
  return useQuery({
    queryKey: orgKeys.profile,
    queryFn: ({ signal }) =>
      api.get<{ pegawai: Pegawai | null; atasan: Pegawai | null }>(
        '/org/me/profile',
        undefined,
        signal,
      ),
    enabled,
  })
}

// ---------- import ----------
export type { ImportKind, ImportMode }

/** What the import page shows: the 200 result or the 400 IMPORT_ROWS_INVALID body, read alike. */
export type ImportResult = {
  dryRun: boolean
  mode: ImportMode
  totalRows: number | null
  validRows: number | null
  created: number
  updated: number
  errors: ImportRowError[]
  rejectedFileId: string | null
  /** True when the server refused the whole file (mode "all" with invalid rows). */
  refused: boolean
  message: string | null
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null
}

function rowErrors(v: unknown): ImportRowError[] {
  if (!Array.isArray(v)) return []
  return v.flatMap((e: unknown) => {
    if (typeof e !== 'object' || e === null) return []
    const r = e as Record<string, unknown>
    return [
      {
        row: typeof r.row === 'number' ? r.row : Number(r.row ?? 0),
        field: typeof r.field === 'string' ? r.field : '',
        message: typeof r.message === 'string' ? r.message : '',
      },
    ]
  })
}

/** Reads both the 200 body and the 400 IMPORT_ROWS_INVALID body into one shape. */
function toImportResult(
  body: unknown,
  fallback: { dryRun: boolean; mode: ImportMode },
  refused: boolean,
): ImportResult {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>
  const inner = (typeof b.error === 'object' && b.error !== null ? b.error : {}) as Record<
    string,
    unknown
  >
  const pick = (k: string): unknown => (b[k] !== undefined ? b[k] : inner[k])
  const rejected = pick('rejectedFileId')
  return {
    dryRun: typeof pick('dryRun') === 'boolean' ? (pick('dryRun') as boolean) : fallback.dryRun,
    mode:
      pick('mode') === 'valid-only' ? 'valid-only' : pick('mode') === 'all' ? 'all' : fallback.mode,
    totalRows: num(pick('totalRows')),
    validRows: num(pick('validRows')),
    created: num(pick('created')) ?? 0,
    updated: num(pick('updated')) ?? 0,
    errors: rowErrors(pick('errors')),
    rejectedFileId: typeof rejected === 'string' ? rejected : null,
    refused,
    message: typeof inner.message === 'string' ? inner.message : null,
  }
}

export function useImport() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: async (input: {
      kind: ImportKind
      file: File
      mode: ImportMode
      dryRun: boolean
    }) => {
      const form = new FormData()
      form.set('mode', input.mode)
      if (input.dryRun) form.set('dryRun', 'true')
      // The file goes last: multipart parsers read fields that come before it.
      form.set('file', input.file, input.file.name)
      const fallback = { dryRun: input.dryRun, mode: input.mode }
      try {
        const body = await api.upload<unknown>(`/org/import/${input.kind}`, form)
        return toImportResult(body, fallback, false)
      } catch (e) {
        if (e instanceof ApiError && e.reason === 'IMPORT_ROWS_INVALID')
          return toImportResult(e.body, fallback, true)
        throw e
      }
    },
    onSuccess: (result) => {
      if (!result.dryRun && result.created + result.updated > 0)
        void qc.invalidateQueries({ queryKey: orgKeys.all })
    },
  })
}
