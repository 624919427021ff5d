import { Group, Loader, Skeleton, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** Loading that keeps the page's shape (skeleton rows) and tells screen readers. */
export function LoadingState(props: { label?: string; rows?: number }) {
  const { t } = useTranslation()
  const rows = props.rows ?? 3
  return (
    <Stack gap="sm" role="status" aria-live="polite" data-testid="loading-state">
      <Group gap="xs">
        <Loader size="sm" />
        <Text size="sm" c="dimmed">
          {props.label ?? t('common.loading')}
        </Text>
      </Group>
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} height={44} radius="md" />
      ))}
    </Stack>
  )
}

/** Full-page loading while a lazy page or the session loads. */
export function PageLoader() {
  const { t } = useTranslation()
  return (
    <Group justify="center" p="xl" role="status" aria-live="polite">
      <Loader />
      <Text c="dimmed">{t('common.loading')}</Text>
    </Group>
  )
}
