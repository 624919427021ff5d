import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  Evidence,
  Progress,
  ProgressCalendar,
  ProgressImportResult,
  ProgressInput,
  ProgressPage,
  ProgressPatch,
  RencanaAksi,
  RencanaAksiBoard,
  RencanaAksiInput,
  RencanaAksiPatch,
  Template,
  TemplateInput,
  Templates,
} from '../../../../shared/activities.ts'
import { api, apiUrl } from '../../lib/api-client.ts'

/**
 * Daily progress, rencana aksi, templates and import: TanStack Query hooks over
 * /api/activities (contracts in shared/activities.ts).
 */

export const progressKeys = {
  all: ['progress'] as const,
  calendar: (from: string, to: string) => ['progress', 'calendar', from, to] as const,
  range: (from: string, to: string) => ['progress', 'range', from, to] as const,
  board: (periodId: string) => ['progress', 'rencana-aksi', periodId] as const,
  templates: ['progress', 'templates'] as const,
}

/** The page size the week view asks for: a week of one person fits easily. */
const WEEK_PAGE_SIZE = 200

// ---------- reads ----------
export function useProgressCalendar(from: string, to: string, enabled = true) {
  return useQuery({
    queryKey: progressKeys.calendar(from, to),
    queryFn: ({ signal }) =>
      api.get<ProgressCalendar>('/activities/calendar', { from, to }, signal),
    placeholderData: keepPreviousData,
    enabled,
  })
}

/** The person's own entries from `from` to `to` (both included). */
export function useProgressRange(from: string, to: string, enabled = true) {
  return useQuery({
    queryKey: progressKeys.range(from, to),
    queryFn: ({ signal }) => fetchProgressRange(from, to, signal),
    placeholderData: keepPreviousData,
    enabled,
  })
}

export function fetchProgressRange(from: string, to: string, signal?: AbortSignal) {
  return api.get<ProgressPage>(
    '/activities/progress',
    { from, to, page: 1, pageSize: WEEK_PAGE_SIZE },
    signal,
  )
}

export function fetchCalendar(from: string, to: string, signal?: AbortSignal) {
  return api.get<ProgressCalendar>('/activities/calendar', { from, to }, signal)
}

export function useRencanaAksiBoard(periodId: string | null) {
  return useQuery({
    queryKey: progressKeys.board(periodId ?? 'none'),
    queryFn: ({ signal }) =>
      api.get<RencanaAksiBoard>('/activities/rencana-aksi', { periodId }, signal),
    enabled: periodId !== null,
    placeholderData: keepPreviousData,
  })
}

export function useTemplates(enabled = true) {
  return useQuery({
    queryKey: progressKeys.templates,
    queryFn: ({ signal }) => api.get<Templates>('/activities/templates', undefined, signal),
    enabled,
    staleTime: 5 * 60_000,
  })
}

// ---------- daily progress ----------
/** Everything of this feature may change after a write: the week, the calendar, the board. */
export function useInvalidateProgress() {
  const qc = useQueryClient()
  return () => qc.invalidateQueries({ queryKey: progressKeys.all })
}

export function postProgress(input: ProgressInput): Promise<Progress> {
  return api.post<Progress>('/activities/progress', input)
}

/** One evidence file; the field `clientId` goes before the file so the server reads it first. */
export function uploadEvidence(
  entryId: string,
  file: { clientId: string; blob: Blob; name: string },
): Promise<Evidence> {
  const form = new FormData()
  form.append('clientId', file.clientId)
  form.append('file', file.blob, file.name)
  return api.upload<Evidence>(`/activities/progress/${entryId}/evidence`, form)
}

export function useUpdateProgress() {
  const invalidate = useInvalidateProgress()
  return useMutation({
    mutationFn: ({ id, ...patch }: ProgressPatch & { id: string }) =>
      api.patch<Progress>(`/activities/progress/${id}`, patch),
    onSuccess: invalidate,
  })
}

export function useDeleteProgress() {
  const invalidate = useInvalidateProgress()
  return useMutation({
    mutationFn: (id: string) => api.delete<{ ok: true }>(`/activities/progress/${id}`),
    onSuccess: invalidate,
  })
}

export function deleteEvidence(entryId: string, evidenceId: string) {
  return api.delete<{ ok: true }>(`/activities/progress/${entryId}/evidence/${evidenceId}`)
}

// ---------- templates ----------
export function useCreateTemplate() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: TemplateInput) => api.post<Template>('/activities/templates', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: progressKeys.templates }),
  })
}

export function useDeleteTemplate() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => api.delete<{ ok: true }>(`/activities/templates/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: progressKeys.templates }),
  })
}

// ---------- rencana aksi ----------
export function useCreateRencanaAksi() {
  const invalidate = useInvalidateProgress()
  return useMutation({
    mutationFn: (input: RencanaAksiInput) =>
      api.post<RencanaAksi>('/activities/rencana-aksi', input),
    onSuccess: invalidate,
  })
}

export function useUpdateRencanaAksi() {
  const invalidate = useInvalidateProgress()
  return useMutation({
    mutationFn: ({ id, ...patch }: RencanaAksiPatch & { id: string }) =>
      api.patch<RencanaAksi>(`/activities/rencana-aksi/${id}`, patch),
    onSuccess: invalidate,
  })
}

export function useDeleteRencanaAksi() {
  const invalidate = useInvalidateProgress()
  return useMutation({
    mutationFn: (id: string) => api.delete<{ ok: true }>(`/activities/rencana-aksi/${id}`),
    onSuccess: invalidate,
  })
}

// ---------- import ----------
export type ProgressImportRun = { file: File; dryRun: boolean; validOnly: boolean }

export function useProgressImport() {
  const invalidate = useInvalidateProgress()
  return useMutation({
    mutationFn: (run: ProgressImportRun) => {
      const form = new FormData()
      form.append('file', run.file, run.file.name)
      const qs = new URLSearchParams({
        dryRun: String(run.dryRun),
        validOnly: String(run.validOnly),
      })
      return api.upload<ProgressImportResult>(`/activities/progress/import?${qs.toString()}`, form)
    },
    onSuccess: async (result) => {
      if (!result.dryRun) await invalidate()
    },
  })
}

/** The XLSX template of the import (an authorised download; the cookie goes along). */
export const progressImportTemplateUrl = apiUrl('/activities/progress/import/template')
