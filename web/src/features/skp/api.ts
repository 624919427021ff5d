import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import type { SkpStatus } from '../../../../shared/rules/skp-workflow.ts'
import type {
  Matriks,
  NewSkp,
  PerjanjianKinerja,
  PerjanjianKinerjaInput,
  Skp,
  SkpSummary,
  TreeNode,
  atasanRhkOptionsSchema,
  bulkApproveResultSchema,
  dialogNoteSchema,
  ekspektasiInputSchema,
  skpRevisionSchema,
} from '../../../../shared/skp.ts'
import { api, apiUrl } from '../../lib/api-client.ts'
import type { Page } from '../../lib/api-client.ts'
import type { SkpContent } from './skp-content.ts'

export type AtasanRhkOptions = z.infer<typeof atasanRhkOptionsSchema>
export type BulkApproveResult = z.infer<typeof bulkApproveResultSchema>
export type DialogNote = z.infer<typeof dialogNoteSchema>
export type SkpRevision = z.infer<typeof skpRevisionSchema>
export type EkspektasiInput = z.infer<typeof ekspektasiInputSchema>

export type SkpScope = 'mine' | 'bawahan' | 'all'
export type SkpListFilters = {
  scope: SkpScope
  year?: number | undefined
  status?: SkpStatus | undefined
  page: number
  pageSize: number
}

export const skpKeys = {
  all: ['skp'] as const,
  lists: ['skp', 'list'] as const,
  list: (f: SkpListFilters) => ['skp', 'list', f] as const,
  detail: (id: string) => ['skp', 'detail', id] as const,
  revisions: (id: string) => ['skp', 'detail', id, 'revisions'] as const,
  dialog: (id: string) => ['skp', 'detail', id, 'dialog'] as const,
  atasanRhk: (id: string, penugasanDari: string | null) =>
    ['skp', 'detail', id, 'atasan-rhk', penugasanDari ?? 'atasan'] as const,
  matriks: (year: number) => ['skp', 'matriks', year] as const,
  tree: (year: number, unitId: string | null) =>
    ['skp', 'tree', year, unitId ?? 'default'] as const,
  pk: (year: number, unitId: string | null) => ['skp', 'pk', year, unitId ?? 'mine'] as const,
}

/** The contract's lists come as `{ items }`; a bare array is read the same way. */
function itemsOf<T>(r: T[] | { items: T[] }): T[] {
  return Array.isArray(r) ? r : r.items
}

// ---------- lists ----------
export function useSkpList(filters: SkpListFilters, enabled = true) {
  return useQuery({
    queryKey: skpKeys.list(filters),
    queryFn: ({ signal }) => api.get<Page<SkpSummary>>('/skp', filters, signal),
    placeholderData: keepPreviousData,
    enabled,
  })
}

// ---------- one SKP ----------
export function useSkp(id: string) {
  return useQuery({
    queryKey: skpKeys.detail(id),
    queryFn: ({ signal }) => api.get<Skp>(`/skp/${id}`, undefined, signal),
  })
}

/** After any write the answer is the new document; lists and the matrix may change too. */
function useSkpWritten() {
  const qc = useQueryClient()
  return (skp: Skp) => {
    qc.setQueryData(skpKeys.detail(skp.id), skp)
    void qc.invalidateQueries({ queryKey: skpKeys.lists })
    void qc.invalidateQueries({ queryKey: ['skp', 'matriks'] })
    void qc.invalidateQueries({ queryKey: ['skp', 'tree'] })
    void qc.invalidateQueries({ queryKey: skpKeys.revisions(skp.id) })
  }
}

export function useCreateSkp() {
  const written = useSkpWritten()
  return useMutation({
    mutationFn: (input: NewSkp) => api.post<Skp>('/skp', input),
    onSuccess: written,
  })
}

export function useSaveSkpContent(id: string) {
  const written = useSkpWritten()
  return useMutation({
    mutationFn: (input: { version: number; content: SkpContent }) =>
      api.put<Skp>(`/skp/${id}`, { version: input.version, ...input.content }),
    onSuccess: written,
  })
}

export type SkpActionInput =
  | { action: 'submit' | 'approve' | 'revise'; version: number }
  | { action: 'return' | 'close'; version: number; reason: string }

export function useSkpAction(id: string) {
  const written = useSkpWritten()
  return useMutation({
    mutationFn: (input: SkpActionInput) =>
      input.action === 'return' || input.action === 'close'
        ? api.post<Skp>(`/skp/${id}/${input.action}`, {
            version: input.version,
            reason: input.reason,
          })
        : api.post<Skp>(`/skp/${id}/${input.action}`, { version: input.version }),
    onSuccess: written,
  })
}

export function useBulkApprove() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (items: { id: string; version: number }[]) =>
      api.post<BulkApproveResult>('/skp/bulk-approve', { items }),
    onSettled: () => qc.invalidateQueries({ queryKey: skpKeys.all }),
  })
}

export function useSaveEkspektasi(id: string) {
  const written = useSkpWritten()
  return useMutation({
    mutationFn: (input: EkspektasiInput) => api.put<Skp>(`/skp/${id}/ekspektasi`, input),
    onSuccess: written,
  })
}

export function useSkpRevisions(id: string, enabled = true) {
  return useQuery({
    queryKey: skpKeys.revisions(id),
    queryFn: ({ signal }) =>
      api
        .get<SkpRevision[] | { items: SkpRevision[] }>(`/skp/${id}/revisions`, undefined, signal)
        .then((r) => itemsOf<SkpRevision>(r)),
    enabled,
  })
}

export function useAtasanRhk(id: string, penugasanDari: string | null, enabled = true) {
  return useQuery({
    queryKey: skpKeys.atasanRhk(id, penugasanDari),
    queryFn: ({ signal }) =>
      api.get<AtasanRhkOptions>(
        `/skp/${id}/atasan-rhk`,
        { penugasanDari: penugasanDari ?? undefined },
        signal,
      ),
    enabled,
  })
}

export function useDialogNotes(id: string) {
  return useQuery({
    queryKey: skpKeys.dialog(id),
    queryFn: ({ signal }) =>
      api
        .get<DialogNote[] | { items: DialogNote[] }>(`/skp/${id}/dialog`, undefined, signal)
        .then((r) => itemsOf<DialogNote>(r)),
  })
}

export function useAddDialogNote(id: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: { text: string }) => api.post<DialogNote>(`/skp/${id}/dialog`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: skpKeys.dialog(id) }),
  })
}

/** Official document downloads go through the authorised route (the cookie goes along). */
export function skpDownloadUrl(id: string, format: 'pdf' | 'xlsx'): string {
  return apiUrl(`/skp/${id}/${format}`)
}

// ---------- cascade views ----------
export function useMatriks(year: number) {
  return useQuery({
    queryKey: skpKeys.matriks(year),
    queryFn: ({ signal }) => api.get<Matriks>('/skp/matriks', { year }, signal),
    placeholderData: keepPreviousData,
  })
}

export function useSkpTree(year: number, unitId: string | null) {
  return useQuery<TreeNode[]>({
    queryKey: skpKeys.tree(year, unitId),
    queryFn: ({ signal }) =>
      api
        .get<TreeNode[] | { items: TreeNode[] }>('/skp/tree', { year, unitId }, signal)
        .then((r) => itemsOf<TreeNode>(r)),
    placeholderData: keepPreviousData,
  })
}

// ---------- Perjanjian Kinerja ----------
/** A unit's Perjanjian Kinerja; the API needs the unit, so nothing is asked without one. */
export function usePerjanjianKinerja(year: number, unitId: string | null, enabled = true) {
  return useQuery({
    queryKey: skpKeys.pk(year, unitId),
    queryFn: ({ signal }) => api.get<PerjanjianKinerja>('/skp/pk', { year, unitId }, signal),
    enabled: enabled && unitId !== null,
  })
}

export function useSavePerjanjianKinerja() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: { unitId: string; year: number; body: PerjanjianKinerjaInput }) =>
      api.put<PerjanjianKinerja>(`/skp/pk/${input.unitId}/${input.year}`, input.body),
    onSuccess: (pk) => {
      qc.setQueryData(skpKeys.pk(pk.year, pk.unitId), pk)
      void qc.invalidateQueries({ queryKey: ['skp', 'pk'] })
      void qc.invalidateQueries({ queryKey: ['skp', 'tree'] })
    },
  })
}
