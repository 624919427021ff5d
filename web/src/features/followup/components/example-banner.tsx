import { Alert, Badge, Group, Text } from '@mantine/core'
import { IconFlask } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * The demo's TPP table is an example (no national table exists): every screen that uses it
 * says so with the word "Contoh", until an admin saves the instansi's own table.
 */
export function TppExampleBanner(props: { action?: ReactNode }) {
  const { t } = useTranslation()
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconFlask aria-hidden />}
      data-testid="tpp-example-banner"
      title={
        <Group gap="xs">
          <Badge color="yellow" variant="filled" style={{ textTransform: 'none' }}>
            {t('followup.tpp.exampleBadge')}
          </Badge>
          <span>{t('followup.tpp.exampleTitle')}</span>
        </Group>
      }
    >
      <Text size="sm">{t('followup.tpp.exampleText')}</Text>
      {props.action ? <div style={{ marginTop: 8 }}>{props.action}</div> : null}
    </Alert>
  )
}
