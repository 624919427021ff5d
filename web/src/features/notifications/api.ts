import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  Notification,
  NotificationPreferences,
  NotificationPreferencesInput,
  UnreadCount,
} from '../../../../shared/notifications.ts'
import { api } from '../../lib/api-client.ts'
import type { Page } from '../../lib/api-client.ts'

export type { Notification, NotificationPreferences }

const notificationsKey = ['notifications'] as const

/** How often the bell asks for the unread count (the inbox has no push channel yet). */
export const UNREAD_POLL_MS = 60_000

export function useUnreadCount() {
  return useQuery({
    queryKey: [...notificationsKey, 'unread-count'],
    queryFn: ({ signal }) => api.get<UnreadCount>('/notifications/unread-count', undefined, signal),
    refetchInterval: UNREAD_POLL_MS,
    // A failed poll keeps the last count instead of flashing an error in the header.
    retry: false,
  })
}

export function useNotifications(filters: { unreadOnly: boolean; page: number; pageSize: number }) {
  return useQuery({
    queryKey: [...notificationsKey, 'list', filters],
    queryFn: ({ signal }) =>
      api.get<Page<Notification>>(
        '/notifications',
        {
          unreadOnly: filters.unreadOnly ? 'true' : undefined,
          page: filters.page,
          pageSize: filters.pageSize,
        },
        signal,
      ),
    placeholderData: keepPreviousData,
  })
}

export function useMarkRead() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => api.post<Notification>(`/notifications/${id}/read`),
    onSuccess: () => qc.invalidateQueries({ queryKey: notificationsKey }),
  })
}

export function useMarkAllRead() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: () => api.post<{ updated: number }>('/notifications/read-all'),
    onSuccess: () => qc.invalidateQueries({ queryKey: notificationsKey }),
  })
}

// ---------- preferences ----------
const preferencesKey = [...notificationsKey, 'preferences'] as const

/** Which categories reach the person in the inbox and by email. */
export function useNotificationPreferences() {
  return useQuery({
    queryKey: preferencesKey,
    queryFn: ({ signal }) =>
      api.get<NotificationPreferences>('/notifications/preferences', undefined, signal),
  })
}

export function useSaveNotificationPreferences() {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: NotificationPreferencesInput) =>
      api.put<NotificationPreferences>('/notifications/preferences', input),
    onSuccess: (saved) => qc.setQueryData(preferencesKey, saved),
  })
}
