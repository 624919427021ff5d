import { notifications } from '@mantine/notifications'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import i18next from 'i18next'
import { lazy, Suspense, useCallback, useSyncExternalStore } from 'react'
import type { z } from 'zod'
import type { onboardingSchema } from '../../../../shared/helpdesk.ts'
import { ApiError, api } from '../../lib/api-client.ts'
import type { Me } from '../auth/api.ts'

/**
 * The first-login tour, remembered per person on the server (GET/POST
 * /api/helpdesk/onboarding). Mounted once in the signed-in layout; the modal itself is a lazy
 * chunk loaded only when the tour is shown. No answer, or an error, means no tour: the tour
 * must never stand between a person and their work.
 */

type Onboarding = z.infer<typeof onboardingSchema>

const onboardingKey = (userId: string) => ['guide', 'onboarding', userId] as const

async function fetchOnboarding(signal: AbortSignal): Promise<Onboarding> {
  try {
    return await api.get<Onboarding>('/helpdesk/onboarding', undefined, signal)
  } catch (e) {
    // Until the helpdesk module answers (404), or when it fails: no tour.
    if (e instanceof ApiError) return { tourDone: true, completedAt: null }
    throw e
  }
}

// "Ulangi tur" on the guide page: a flag outside React, read by the layout's tour.
let replayRequested = false
const listeners = new Set<() => void>()
function setReplay(value: boolean) {
  replayRequested = value
  for (const l of listeners) l()
}
function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Shows the tour again (the guide page's "Ulangi tur"). */
export function replayOnboardingTour(): void {
  setReplay(true)
}

const TourModal = lazy(() => import('./tour-modal.tsx').then((m) => ({ default: m.TourModal })))

export function OnboardingTour(props: { me: Me }) {
  const { me } = props
  const queryClient = useQueryClient()
  const replay = useSyncExternalStore(subscribe, () => replayRequested)
  const enabled = !me.offline && !me.mustChangePassword
  const query = useQuery({
    queryKey: onboardingKey(me.id),
    queryFn: ({ signal }) => fetchOnboarding(signal),
    enabled,
    staleTime: Infinity,
    retry: false,
  })

  const finish = useCallback(() => {
    setReplay(false)
    const key = onboardingKey(me.id)
    queryClient.setQueryData<Onboarding>(key, (old) => ({
      tourDone: true,
      completedAt: old?.completedAt ?? null,
    }))
    api.post<Onboarding>('/helpdesk/onboarding', { done: true }).then(
      (saved) => queryClient.setQueryData<Onboarding>(key, saved),
      (e: unknown) => {
        // 404: the helpdesk module is not there, so there is nothing to remember it in.
        if (e instanceof ApiError && e.status === 404) return
        notifications.show({ color: 'orange', message: i18next.t('guide.tour.saveFailed') })
      },
    )
  }, [me.id, queryClient])

  const open = enabled && (replay || query.data?.tourDone === false)
  if (!open) return null
  return (
    <Suspense fallback={null}>
      <TourModal me={me} onFinish={finish} />
    </Suspense>
  )
}
