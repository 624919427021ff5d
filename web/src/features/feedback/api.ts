import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { FeedbackInput, FeedbackList, FeedbackThread } from '../../../../shared/activities.ts'
import { api } from '../../lib/api-client.ts'

export type { FeedbackList, FeedbackThread }

export const feedbackKeys = {
  all: ['activities', 'feedback'] as const,
  list: (skpId: string) => ['activities', 'feedback', skpId] as const,
}

/** The umpan balik threads of one SKP; refreshed on focus so a reply shows up by itself. */
export function useFeedback(skpId: string) {
  return useQuery({
    queryKey: feedbackKeys.list(skpId),
    queryFn: ({ signal }) => api.get<FeedbackList>('/activities/feedback', { skpId }, signal),
    refetchOnWindowFocus: true,
  })
}

/** The answer is the whole thread: put it into the list in place (new threads first). */
function useThreadWritten(skpId: string) {
  const qc = useQueryClient()
  return (thread: FeedbackThread) => {
    qc.setQueryData<FeedbackList>(feedbackKeys.list(skpId), (list) =>
      list
        ? {
            ...list,
            threads: [thread, ...list.threads.filter((t) => t.id !== thread.id)],
          }
        : list,
    )
    void qc.invalidateQueries({ queryKey: feedbackKeys.list(skpId) })
  }
}

export function useStartFeedback(skpId: string) {
  const written = useThreadWritten(skpId)
  return useMutation({
    mutationFn: (input: FeedbackInput) => api.post<FeedbackThread>('/activities/feedback', input),
    onSuccess: written,
  })
}

export function useReplyFeedback(skpId: string) {
  const written = useThreadWritten(skpId)
  return useMutation({
    mutationFn: (input: { threadId: string; body: string }) =>
      api.post<FeedbackThread>(`/activities/feedback/${input.threadId}/messages`, {
        body: input.body,
      }),
    onSuccess: written,
  })
}
