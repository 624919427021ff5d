import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ActivitySettings } from '../../../../shared/activities.ts'
import { api } from '../../lib/api-client.ts'

export type { ActivitySettings }

export const activitySettingsKey = ['activities', 'settings'] as const

/** The instansi's rules for daily progress: lateness, reminders, alignment thresholds. */
export function useActivitySettings() {
  return useQuery({
    queryKey: activitySettingsKey,
    queryFn: ({ signal }) => api.get<ActivitySettings>('/activities/settings', undefined, signal),
  })
}

/** PUT with the version on screen; a stale one gets 409 with the current settings. */
export function useSaveActivitySettings() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: ActivitySettings) =>
      api.put<ActivitySettings>('/activities/settings', input),
    onSuccess: (saved) => {
      qc.setQueryData(activitySettingsKey, saved)
      // Lateness and flags of every entry follow the new rules.
      void qc.invalidateQueries({ queryKey: ['activities'] })
    },
  })
}
