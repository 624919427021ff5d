/**
 * Queries and mutations of /api/followup (issue 6; contract and route map in
 * shared/followup.ts): angka kredit, TPP, recommendations and coaching plans, the talent
 * 9-box and the SIASN export. Files (PAK PDF, TPP and SIASN exports) are plain downloads
 * through the authorised routes, so the session cookie goes along.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import type {
  AkLedger,
  AkList,
  AkManualEntryInput,
  AkSettings,
  AkSettingsUpdate,
  CoachingPlan,
  RecommendationList,
  SiasnExport,
  Talent,
  TppCalculation,
  TppSettings,
  akEntrySchema,
  akGenerateResultSchema,
  coachingPlanInputSchema,
  coachingPlanUpdateSchema,
  potensiInputSchema,
  tppSettingsUpdateSchema,
} from '../../../../shared/followup.ts'
import { api, apiUrl } from '../../lib/api-client.ts'

export type AkGenerateResult = z.infer<typeof akGenerateResultSchema>
export type AkEntryRecord = z.infer<typeof akEntrySchema>
export type CoachingPlanInput = z.input<typeof coachingPlanInputSchema>
export type CoachingPlanUpdate = z.input<typeof coachingPlanUpdateSchema>
export type PotensiInput = z.input<typeof potensiInputSchema>
export type TppSettingsUpdate = z.input<typeof tppSettingsUpdateSchema>

export const followupKeys = {
  all: ['followup'] as const,
  akAll: ['followup', 'ak'] as const,
  akList: (year: number) => ['followup', 'ak', 'list', year] as const,
  akLedger: (pegawaiId: string) => ['followup', 'ak', 'ledger', pegawaiId] as const,
  akSettings: ['followup', 'ak-settings'] as const,
  tppSettings: ['followup', 'tpp-settings'] as const,
  tpp: (periodId: string) => ['followup', 'tpp', periodId] as const,
  recommendations: (year: number) => ['followup', 'recommendations', year] as const,
  talent: (year: number) => ['followup', 'talent', year] as const,
  siasn: (year: number, periodId: string | undefined) =>
    ['followup', 'siasn', year, periodId ?? 'all'] as const,
}

// ---------- angka kredit ----------
export function useAkList(year: number, enabled = true) {
  return useQuery({
    queryKey: followupKeys.akList(year),
    queryFn: ({ signal }) => api.get<AkList>('/followup/angka-kredit', { year }, signal),
    enabled,
  })
}

/** A person's ledger; `retry: false` so a 403/404 (not JF, not visible) answers at once. */
export function useAkLedger(pegawaiId: string | null, enabled = true) {
  return useQuery({
    queryKey: followupKeys.akLedger(pegawaiId ?? ''),
    queryFn: ({ signal }) =>
      api.get<AkLedger>(`/followup/angka-kredit/pegawai/${pegawaiId}`, undefined, signal),
    enabled: enabled && !!pegawaiId,
    retry: false,
  })
}

export function useAkSettings() {
  return useQuery({
    queryKey: followupKeys.akSettings,
    queryFn: ({ signal }) =>
      api.get<AkSettings>('/followup/angka-kredit/settings', undefined, signal),
  })
}

export function useSaveAkSettings() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: AkSettingsUpdate) =>
      api.put<AkSettings>('/followup/angka-kredit/settings', input),
    onSuccess: (s) => {
      qc.setQueryData(followupKeys.akSettings, s)
      // The hints (AK needed for the next jenjang) follow the settings.
      void qc.invalidateQueries({ queryKey: followupKeys.akAll })
    },
  })
}

/** Ledger lines of a year from the final annual results (admin); idempotent on the server. */
export function useGenerateAk() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (year: number) =>
      api.post<AkGenerateResult>('/followup/angka-kredit/generate', { year }),
    onSuccess: () => qc.invalidateQueries({ queryKey: followupKeys.akAll }),
  })
}

export function useAddAkEntry(pegawaiId: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: AkManualEntryInput) =>
      api.post<AkEntryRecord>(`/followup/angka-kredit/pegawai/${pegawaiId}/entries`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: followupKeys.akAll }),
  })
}

export function useDeleteAkEntry() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (entryId: string) =>
      api.delete<{ ok: true }>(`/followup/angka-kredit/entries/${entryId}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: followupKeys.akAll }),
  })
}

// ---------- TPP ----------
export function useTppSettings(enabled = true) {
  return useQuery({
    queryKey: followupKeys.tppSettings,
    queryFn: ({ signal }) => api.get<TppSettings>('/followup/tpp/settings', undefined, signal),
    enabled,
  })
}

export function useSaveTppSettings() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: TppSettingsUpdate) => api.put<TppSettings>('/followup/tpp/settings', input),
    onSuccess: (s) => {
      qc.setQueryData(followupKeys.tppSettings, s)
      void qc.invalidateQueries({ queryKey: ['followup', 'tpp'] })
    },
  })
}

export function useTpp(periodId: string | undefined) {
  return useQuery({
    queryKey: followupKeys.tpp(periodId ?? ''),
    queryFn: ({ signal }) => api.get<TppCalculation>('/followup/tpp', { periodId }, signal),
    enabled: !!periodId,
  })
}

// ---------- recommendations and coaching ----------
export function useRecommendations(year: number) {
  return useQuery({
    queryKey: followupKeys.recommendations(year),
    queryFn: ({ signal }) =>
      api.get<RecommendationList>('/followup/recommendations', { year }, signal),
  })
}

export function useCreateCoaching() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: CoachingPlanInput) => api.post<CoachingPlan>('/followup/coaching', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['followup', 'recommendations'] }),
  })
}

export function useUpdateCoaching() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: ({ id, ...input }: CoachingPlanUpdate & { id: string }) =>
      api.put<CoachingPlan>(`/followup/coaching/${id}`, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['followup', 'recommendations'] }),
  })
}

// ---------- talent 9-box ----------
export function useTalent(year: number) {
  return useQuery({
    queryKey: followupKeys.talent(year),
    queryFn: ({ signal }) => api.get<Talent>('/followup/talent', { year }, signal),
  })
}

export function useSetPotensi() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: PotensiInput) => api.put<unknown>('/followup/talent/potensi', input),
    onSuccess: (_r, input) => qc.invalidateQueries({ queryKey: followupKeys.talent(input.year) }),
  })
}

// ---------- SIASN ----------
export function useSiasn(year: number, periodId: string | undefined) {
  return useQuery({
    queryKey: followupKeys.siasn(year, periodId),
    queryFn: ({ signal }) => api.get<SiasnExport>('/followup/siasn', { year, periodId }, signal),
  })
}

/** Download links (the browser fetches them with the session cookie). */
export const followupUrls = {
  pak: (pegawaiId: string) => apiUrl(`/followup/angka-kredit/pegawai/${pegawaiId}/pak.pdf`),
  tppExport: (format: 'xlsx' | 'csv', periodId: string) =>
    apiUrl(`/followup/tpp/export.${format}`, { periodId }),
  siasnExport: (format: 'xlsx' | 'csv', year: number, periodId: string | undefined) =>
    apiUrl(`/followup/siasn/export.${format}`, { year, periodId }),
  /** The API reference for integrators (Swagger UI of /api/openapi.json). */
  docs: '/api/docs',
}
