/**
 * Queries and mutations of /api/assessments (stage 3). Every write answers with the new
 * document (or list); caches of lists, distribution and organisational predikat are refreshed.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import type {
  AssessmentDetail,
  AssessmentEvidence,
  AssessmentSettings,
  BawahanList,
  DistributionView,
  Extension,
  FeedbackInput,
  MyAssessments,
  OrgPredikatList,
  RateInput,
  RealisasiInput,
  decideInputSchema,
  extensionInputSchema,
  finaliseBulkInputSchema,
  finaliseBulkResultSchema,
  orgPredikatInputSchema,
  orgPredikatItemSchema,
  unitFinaliseInputSchema,
  unitReopenInputSchema,
} from '../../../../shared/assessments.ts'
import { api, apiUrl } from '../../lib/api-client.ts'

export type DecideInput = z.input<typeof decideInputSchema>
export type ExtensionInput = z.input<typeof extensionInputSchema>
export type FinaliseBulkInput = z.input<typeof finaliseBulkInputSchema>
export type FinaliseBulkResult = z.infer<typeof finaliseBulkResultSchema>
export type OrgPredikatInput = z.input<typeof orgPredikatInputSchema>
export type OrgPredikatItem = z.infer<typeof orgPredikatItemSchema>
export type UnitFinaliseInput = z.input<typeof unitFinaliseInputSchema>
export type UnitReopenInput = z.input<typeof unitReopenInputSchema>

export const assessmentKeys = {
  all: ['assessments'] as const,
  mine: (year: number | undefined) => ['assessments', 'mine', year ?? 'current'] as const,
  detail: (id: string) => ['assessments', 'detail', id] as const,
  bawahan: (periodId: string, scope: 'direct' | 'review') =>
    ['assessments', 'bawahan', periodId, scope] as const,
  distribution: (periodId: string, unitId: string) =>
    ['assessments', 'distribution', periodId, unitId] as const,
  orgPredikat: (periodId: string) => ['assessments', 'org-predikat', periodId] as const,
  settings: ['assessments', 'settings'] as const,
  extensions: (periodId: string) => ['assessments', 'extensions', periodId] as const,
}

// ---------- reads ----------
export function useMyAssessments(year: number | undefined) {
  return useQuery({
    queryKey: assessmentKeys.mine(year),
    queryFn: ({ signal }) => api.get<MyAssessments>('/assessments/mine', { year }, signal),
  })
}

export function useAssessment(id: string) {
  return useQuery({
    queryKey: assessmentKeys.detail(id),
    queryFn: ({ signal }) => api.get<AssessmentDetail>(`/assessments/${id}`, undefined, signal),
  })
}

export function useBawahan(periodId: string | undefined, scope: 'direct' | 'review' = 'direct') {
  return useQuery({
    queryKey: assessmentKeys.bawahan(periodId ?? '', scope),
    queryFn: ({ signal }) =>
      api.get<BawahanList>('/assessments/bawahan', { periodId, scope }, signal),
    enabled: !!periodId,
  })
}

export function useDistribution(periodId: string | undefined, unitId: string | undefined) {
  return useQuery({
    queryKey: assessmentKeys.distribution(periodId ?? '', unitId ?? ''),
    queryFn: ({ signal }) =>
      api.get<DistributionView>('/assessments/distribution', { periodId, unitId }, signal),
    enabled: !!periodId && !!unitId,
  })
}

export function useOrgPredikat(periodId: string | undefined) {
  return useQuery({
    queryKey: assessmentKeys.orgPredikat(periodId ?? ''),
    queryFn: ({ signal }) =>
      api.get<OrgPredikatList>('/assessments/org-predikat', { periodId }, signal),
    enabled: !!periodId,
  })
}

export function useAssessmentSettings() {
  return useQuery({
    queryKey: assessmentKeys.settings,
    queryFn: ({ signal }) =>
      api.get<AssessmentSettings>('/assessments/settings', undefined, signal),
  })
}

export function useExtensions(periodId: string | undefined) {
  return useQuery({
    queryKey: assessmentKeys.extensions(periodId ?? ''),
    queryFn: ({ signal }) =>
      api.get<{ items: Extension[] }>('/assessments/extensions', { periodId }, signal),
    enabled: !!periodId,
  })
}

/** Links to the generated documents (the browser downloads them with the session cookie). */
export const documentUrls = {
  evaluation: (id: string) => apiUrl(`/assessments/${id}/document.pdf`),
  penetapanPdf: (unitId: string, periodId: string) =>
    apiUrl('/assessments/org-predikat/document.pdf', { unitId, periodId }),
  penetapanXlsx: (unitId: string, periodId: string) =>
    apiUrl('/assessments/org-predikat/document.xlsx', { unitId, periodId }),
  evidenceFile: (evidenceId: string) => apiUrl(`/assessments/evidence/${evidenceId}/file`),
}

// ---------- writes ----------
/** After a write: store the new document and refresh everything derived from it. */
function useWritten() {
  const qc = useQueryClient()
  return (detail?: AssessmentDetail) => {
    if (detail) qc.setQueryData(assessmentKeys.detail(detail.id), detail)
    void qc.invalidateQueries({ queryKey: ['assessments', 'mine'] })
    void qc.invalidateQueries({ queryKey: ['assessments', 'bawahan'] })
    void qc.invalidateQueries({ queryKey: ['assessments', 'distribution'] })
    void qc.invalidateQueries({ queryKey: ['assessments', 'org-predikat'] })
  }
}

function useDetailMutation<I>(send: (input: I) => Promise<AssessmentDetail>) {
  const written = useWritten()
  return useMutation({ mutationFn: send, onSuccess: (d) => written(d) })
}

export const useSaveRealisasi = (id: string) =>
  useDetailMutation((input: RealisasiInput) =>
    api.put<AssessmentDetail>(`/assessments/${id}/realisasi`, input),
  )
export const useSubmitAssessment = (id: string) =>
  useDetailMutation((input: { version: number }) =>
    api.post<AssessmentDetail>(`/assessments/${id}/submit`, input),
  )
export const useAcknowledge = (id: string) =>
  useDetailMutation((input: { version: number }) =>
    api.post<AssessmentDetail>(`/assessments/${id}/acknowledge`, input),
  )
export const useFileObjection = (id: string) =>
  useDetailMutation((input: { version: number; reason: string }) =>
    api.post<AssessmentDetail>(`/assessments/${id}/objection`, input),
  )
export const useSaveFeedback = (id: string) =>
  useDetailMutation((input: FeedbackInput) =>
    api.put<AssessmentDetail>(`/assessments/${id}/feedback`, input),
  )
export const useRate = (id: string) =>
  useDetailMutation((input: RateInput) =>
    api.post<AssessmentDetail>(`/assessments/${id}/rate`, input),
  )
export const useFinalise = (id: string) =>
  useDetailMutation((input: { version: number; justification?: string | undefined }) =>
    api.post<AssessmentDetail>(`/assessments/${id}/finalise`, input),
  )
export const useDecideObjection = (id: string) =>
  useDetailMutation((input: DecideInput) =>
    api.post<AssessmentDetail>(`/assessments/${id}/objection/decide`, input),
  )
export const useReopen = (id: string) =>
  useDetailMutation((input: { version: number; reason: string }) =>
    api.post<AssessmentDetail>(`/assessments/${id}/reopen`, input),
  )

export function useFinaliseBulk() {
  const written = useWritten()
  return useMutation({
    mutationFn: (input: FinaliseBulkInput) =>
      api.post<FinaliseBulkResult>('/assessments/finalise-bulk', input),
    onSuccess: () => written(),
  })
}

/** Evidence: upload a file, add a link, or pick one of the period's daily-progress files. */
export function useAddEvidence(id: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (
      input:
        | { kind: 'file'; rhkId: string; file: File }
        | { kind: 'link'; rhkId: string; url: string; name?: string | undefined }
        | { kind: 'progress'; rhkId: string; progressEvidenceId: string },
    ) => {
      if (input.kind === 'file') {
        const form = new FormData()
        form.append('rhkId', input.rhkId)
        form.append('file', input.file)
        return api.upload<AssessmentEvidence>(`/assessments/${id}/evidence`, form)
      }
      if (input.kind === 'link')
        return api.post<AssessmentEvidence>(`/assessments/${id}/evidence/link`, {
          rhkId: input.rhkId,
          url: input.url,
          ...(input.name ? { name: input.name } : {}),
        })
      return api.post<AssessmentEvidence>(`/assessments/${id}/evidence/pick`, {
        rhkId: input.rhkId,
        progressEvidenceId: input.progressEvidenceId,
      })
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: assessmentKeys.detail(id) }),
  })
}

export function useDeleteEvidence(id: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (evidenceId: string) =>
      api.delete<{ ok: true }>(`/assessments/${id}/evidence/${evidenceId}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: assessmentKeys.detail(id) }),
  })
}

export function useSetOrgPredikat() {
  const written = useWritten()
  return useMutation({
    mutationFn: (input: OrgPredikatInput) =>
      api.put<OrgPredikatItem>('/assessments/org-predikat', input),
    onSuccess: () => written(),
  })
}
export function useFinaliseUnit() {
  const written = useWritten()
  return useMutation({
    mutationFn: (input: UnitFinaliseInput) =>
      api.post<OrgPredikatItem>('/assessments/org-predikat/finalise', input),
    onSuccess: () => written(),
  })
}
export function useReopenUnit() {
  const written = useWritten()
  return useMutation({
    mutationFn: (input: UnitReopenInput) =>
      api.post<OrgPredikatItem>('/assessments/org-predikat/reopen', input),
    onSuccess: () => written(),
  })
}

export function useSaveAssessmentSettings() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: Omit<AssessmentSettings, 'version'> & { version: number }) =>
      api.put<AssessmentSettings>('/assessments/settings', input),
    onSuccess: (s) => qc.setQueryData(assessmentKeys.settings, s),
  })
}
export function useCreateExtension() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: ExtensionInput) => api.post<Extension>('/assessments/extensions', input),
    onSuccess: (e) => {
      void qc.invalidateQueries({ queryKey: assessmentKeys.extensions(e.periodId) })
      void qc.invalidateQueries({ queryKey: ['assessments', 'mine'] })
    },
  })
}
export function useDeleteExtension(periodId: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (extensionId: string) =>
      api.delete<{ ok: true }>(`/assessments/extensions/${extensionId}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: assessmentKeys.extensions(periodId) }),
  })
}
