import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  Calendar,
  CurrentPeriod,
  Holiday,
  Instansi,
  LoadDefaults,
  LoadDefaultsResult,
  NewHoliday,
  NewYear,
  Period,
  UpdateInstansi,
  UpdatePeriod,
  UpdateYear,
  YearDetail,
  YearSummary,
} from '../../../../shared/periods.ts'
import { api } from '../../lib/api-client.ts'
import { meQueryKey } from '../auth/api.ts'

export type { Holiday, Period, YearDetail, YearSummary }

const periodKeys = {
  all: ['periods'] as const,
  years: ['periods', 'years'] as const,
  year: (year: number) => ['periods', 'years', year] as const,
  current: ['periods', 'current'] as const,
  instansi: ['org', 'instansi'] as const,
}

// ---------- reads ----------
export const currentPeriodQueryOptions = queryOptions({
  queryKey: periodKeys.current,
  queryFn: ({ signal }) => api.get<CurrentPeriod>('/periods/current', undefined, signal),
})

/** Today's period and the nearest batas pengisian (home page). */
export function useCurrentPeriod(enabled = true) {
  return useQuery({ ...currentPeriodQueryOptions, enabled })
}

export function useYears() {
  return useQuery({
    queryKey: periodKeys.years,
    queryFn: ({ signal }) =>
      api.get<{ items: YearSummary[] }>('/periods/years', undefined, signal).then((r) => r.items),
  })
}

export function useYear(year: number | null) {
  return useQuery({
    queryKey: periodKeys.year(year ?? 0),
    queryFn: ({ signal }) => api.get<YearDetail>(`/periods/years/${year}`, undefined, signal),
    enabled: year !== null,
  })
}

export function useInstansi() {
  return useQuery({
    queryKey: periodKeys.instansi,
    queryFn: ({ signal }) => api.get<Instansi>('/org/instansi', undefined, signal),
  })
}

// ---------- writes (admin) ----------
/** Any write may change periods, deadlines or counts: refetch everything of this module. */
function useInvalidateAll() {
  const qc = useQueryClient()
  return () => qc.invalidateQueries({ queryKey: periodKeys.all })
}

export function useCreateYear() {
  const invalidate = useInvalidateAll()
  return useMutation({
    mutationFn: (input: NewYear) => api.post<YearDetail>('/periods/years', input),
    onSuccess: invalidate,
  })
}

export function useUpdateYear(year: number) {
  const invalidate = useInvalidateAll()
  return useMutation({
    mutationFn: (input: UpdateYear) => api.patch<YearDetail>(`/periods/years/${year}`, input),
    onSuccess: invalidate,
  })
}

export function useUpdatePeriod() {
  const invalidate = useInvalidateAll()
  return useMutation({
    mutationFn: ({ id, ...input }: UpdatePeriod & { id: string }) =>
      api.patch<Period>(`/periods/periods/${id}`, input),
    onSuccess: invalidate,
  })
}

export function useSetWorkingWeekdays(year: number) {
  const invalidate = useInvalidateAll()
  return useMutation({
    mutationFn: (workingWeekdays: number[]) =>
      api.put<Calendar>(`/periods/years/${year}/calendar`, { workingWeekdays }),
    onSuccess: invalidate,
  })
}

export function useAddHoliday(year: number) {
  const invalidate = useInvalidateAll()
  return useMutation({
    mutationFn: (input: NewHoliday) => api.post<Holiday>(`/periods/years/${year}/holidays`, input),
    onSuccess: invalidate,
  })
}

export function useDeleteHoliday() {
  const invalidate = useInvalidateAll()
  return useMutation({
    mutationFn: (id: string) => api.delete<{ ok: true }>(`/periods/holidays/${id}`),
    onSuccess: invalidate,
  })
}

export function useLoadDefaults(year: number) {
  const invalidate = useInvalidateAll()
  return useMutation({
    mutationFn: (input: LoadDefaults) =>
      api.post<LoadDefaultsResult>(`/periods/years/${year}/holidays/load-defaults`, input),
    onSuccess: invalidate,
  })
}

/** A new time zone changes "today" everywhere: the session (me) and every period view. */
export function useUpdateInstansi() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: UpdateInstansi) => api.patch<Instansi>('/org/instansi', input),
    onSuccess: async () => {
      await Promise.all([
        qc.invalidateQueries({ queryKey: periodKeys.instansi }),
        qc.invalidateQueries({ queryKey: periodKeys.all }),
        qc.invalidateQueries({ queryKey: meQueryKey }),
      ])
    },
  })
}
