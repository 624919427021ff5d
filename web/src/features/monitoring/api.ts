import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import type {
  BulkVerifyInput,
  Monitoring,
  ProgressPage,
  RencanaAksiBoard,
  VerificationStatus,
  VerifyInput,
  bulkVerifyResultSchema,
  verificationSchema,
} from '../../../../shared/activities.ts'
import { api } from '../../lib/api-client.ts'

export type BulkVerifyResult = z.infer<typeof bulkVerifyResultSchema>
export type Verification = z.infer<typeof verificationSchema>
export type VerifyResult = {
  id: string
  verificationStatus: VerificationStatus
  verification: Verification | null
}

export type MonitoringScope = 'direct' | 'all'

/** How often the atasan's live view refreshes itself (issue #4: "live"). */
export const MONITORING_POLL_MS = 30_000

export type ProgressFilters = {
  pegawaiId: string
  from: string
  to: string
  verification?: VerificationStatus | undefined
  lateOnly?: boolean | undefined
  page: number
  pageSize: number
}

export const monitoringKeys = {
  all: ['activities'] as const,
  monitoring: (date: string | undefined, scope: MonitoringScope) =>
    ['activities', 'monitoring', date ?? 'today', scope] as const,
  progressLists: ['activities', 'progress', 'list'] as const,
  progressList: (f: ProgressFilters) => ['activities', 'progress', 'list', f] as const,
  verifications: (id: string) => ['activities', 'progress', id, 'verifications'] as const,
  board: (periodId: string, pegawaiId: string) =>
    ['activities', 'rencana-aksi', periodId, pegawaiId] as const,
  evidence: (url: string) => ['activities', 'evidence', url] as const,
}

/**
 * Who logged on a day and who did not. Live: refetched every 30 seconds while the page is
 * open and whenever the window gets focus again (the atasan comes back from another app).
 */
export function useMonitoring(date: string | undefined, scope: MonitoringScope, enabled = true) {
  return useQuery({
    enabled,
    queryKey: monitoringKeys.monitoring(date, scope),
    queryFn: ({ signal }) => api.get<Monitoring>('/activities/monitoring', { date, scope }, signal),
    refetchInterval: MONITORING_POLL_MS,
    refetchOnWindowFocus: true,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  })
}

export function useProgressList(filters: ProgressFilters, enabled = true) {
  return useQuery({
    queryKey: monitoringKeys.progressList(filters),
    queryFn: ({ signal }) =>
      api.get<ProgressPage>(
        '/activities/progress',
        {
          pegawaiId: filters.pegawaiId,
          from: filters.from,
          to: filters.to,
          verification: filters.verification,
          lateOnly: filters.lateOnly ? 'true' : undefined,
          page: filters.page,
          pageSize: filters.pageSize,
        },
        signal,
      ),
    placeholderData: keepPreviousData,
    refetchOnWindowFocus: true,
    enabled,
  })
}

export function useVerificationHistory(id: string, enabled: boolean) {
  return useQuery({
    queryKey: monitoringKeys.verifications(id),
    queryFn: ({ signal }) =>
      api.get<Verification[]>(`/activities/progress/${id}/verifications`, undefined, signal),
    enabled,
  })
}

export function useRencanaAksiBoard(periodId: string | null, pegawaiId: string) {
  return useQuery({
    queryKey: monitoringKeys.board(periodId ?? '', pegawaiId),
    queryFn: ({ signal }) =>
      api.get<RencanaAksiBoard>('/activities/rencana-aksi', { periodId, pegawaiId }, signal),
    enabled: periodId !== null,
  })
}

/** A verification changes the entry, its history, the board's counts and the live view. */
function useInvalidateAfterVerify() {
  const qc = useQueryClient()
  return () => qc.invalidateQueries({ queryKey: monitoringKeys.all })
}

export function useVerify() {
  const invalidate = useInvalidateAfterVerify()
  return useMutation({
    mutationFn: (input: { id: string } & VerifyInput) =>
      api.post<VerifyResult>(`/activities/progress/${input.id}/verify`, {
        verdict: input.verdict,
        note: input.note ?? null,
      }),
    onSuccess: invalidate,
  })
}

export function useBulkVerify() {
  const invalidate = useInvalidateAfterVerify()
  return useMutation({
    mutationFn: (input: BulkVerifyInput) =>
      api.post<BulkVerifyResult>('/activities/progress/verify-bulk', input),
    onSettled: invalidate,
  })
}

/** `/api/…` or a path under it: the authorised download route of an evidence file. */
export function evidenceHref(downloadUrl: string): string {
  return downloadUrl.startsWith('/api/') ? downloadUrl : `/api${downloadUrl}`
}

/** A download URL of the API (`/api/…`) as the API client's path (relative to `/api`). */
export function evidencePath(downloadUrl: string): string {
  return downloadUrl.startsWith('/api/') ? downloadUrl.slice('/api'.length) : downloadUrl
}

export function useEvidenceBlob(downloadUrl: string | null) {
  return useQuery({
    queryKey: monitoringKeys.evidence(downloadUrl ?? ''),
    // The file route answers with an attachment (never inline, quality.md), so the image is
    // fetched with the session and shown through an object URL instead of pointing an <img> at
    // the route.
    queryFn: ({ signal }) => api.blob(evidencePath(downloadUrl ?? ''), undefined, signal),
    enabled: downloadUrl !== null,
    staleTime: 5 * 60_000,
    gcTime: 60_000,
  })
}
