import { Badge, Card, Group, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Pegawai } from '../../../../../shared/org.ts'
import { formatNip } from '../../../../../shared/rules/nip.ts'
import { ActiveBadge } from '../../../components/ui/status-badge.tsx'

/** One person as a card: the phone layout of every pegawai list. */
export function PegawaiCard(props: {
  pegawai: Pegawai
  action?: ReactNode
  showAtasan?: boolean
  testId?: string
}) {
  const { t } = useTranslation()
  const p = props.pegawai
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      data-testid={props.testId ?? 'pegawai-card'}
      component="article"
      aria-label={p.fullName}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <div style={{ minWidth: 0 }}>
            <Text fw={700} style={{ wordBreak: 'break-word' }}>
              {p.fullName}
            </Text>
            <Text size="sm" ff="monospace" c="dimmed">
              <span className="visually-hidden">NIP </span>
              {formatNip(p.nip)}
            </Text>
          </div>
          <Badge variant="outline" color="gray" style={{ flexShrink: 0 }}>
            {p.status}
          </Badge>
        </Group>
        <Text size="sm">
          {p.jabatanName}
          {p.headsUnit ? (
            <Text component="span" size="xs" c="dimmed">
              {' '}
              ({t('pegawai.headsUnit')})
            </Text>
          ) : null}
        </Text>
        <Text size="sm" c="dimmed">
          {p.unitName}
        </Text>
        {p.golongan ? (
          <Text size="sm">
            {t('pegawai.golongan')}: {p.golongan}
            {p.pangkat ? ` — ${p.pangkat}` : ''}
          </Text>
        ) : null}
        {props.showAtasan && p.atasanName ? (
          <Text size="sm">
            {t('pegawai.atasan')}: {p.atasanName}
          </Text>
        ) : null}
        <Group justify="space-between" gap="xs" mt={4}>
          {p.active ? <span /> : <ActiveBadge active={false} />}
          {props.action}
        </Group>
      </Stack>
    </Card>
  )
}
