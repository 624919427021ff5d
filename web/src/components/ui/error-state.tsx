import { Alert, Button, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '../../lib/error-message.ts'

/** A failed load: what went wrong, in words, and a way to try again. */
export function ErrorState(props: { error: unknown; onRetry?: () => void; title?: string }) {
  const { t } = useTranslation()
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={props.title ?? t('errors.loadFailed')}
      role="alert"
      data-testid="error-state"
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{errorMessage(props.error)}</Text>
        {props.onRetry ? (
          <Button
            size="xs"
            variant="default"
            leftSection={<IconRefresh size={16} aria-hidden />}
            onClick={props.onRetry}
          >
            {t('common.retry')}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  )
}
