import { IconLock } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { ApiError } from '../../../lib/api-client.ts'

export function isForbidden(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403
}

/**
 * A failed follow-up load: 403 is not a failure to retry but a screen for someone else (admin
 * instansi or a unit leader), said in words; anything else is the usual error with a retry.
 */
export function FollowupError(props: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation()
  if (isForbidden(props.error))
    return (
      <EmptyState
        testId="followup-forbidden"
        icon={<IconLock size={30} />}
        title={t('followup.forbiddenTitle')}
        description={t('followup.forbiddenText')}
      />
    )
  return <ErrorState error={props.error} onRetry={props.onRetry} />
}
