import { Badge, Group, List, Stack, Text } from '@mantine/core'
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconClockHour4,
  IconListCheck,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { RhkProgress } from '../../../../../shared/assessments.ts'
import { formatNumber } from '../../../lib/format.ts'

/**
 * What daily progress recorded under this RHK in the period: entries, how the atasan verified
 * them, and the rencana aksi with their realisasi. The numbers the suggestion came from.
 */
export function RealisasiProgress(props: { progress: RhkProgress; rhkId: string }) {
  const { t } = useTranslation()
  const p = props.progress
  return (
    <Stack gap={6} data-testid={`progress-summary-${props.rhkId}`}>
      <Text size="xs" c="dimmed" fw={700} tt="uppercase">
        {t('penilaian.rhk.progressTitle')}
      </Text>
      {p.entries === 0 ? (
        <Text size="sm" c="dimmed">
          {t('penilaian.rhk.noEntries')}
        </Text>
      ) : (
        <Group gap={6}>
          <Badge variant="light" color="gray" leftSection={<IconListCheck size={12} aria-hidden />}>
            {t('penilaian.rhk.entries', { count: p.entries, formatted: formatNumber(p.entries) })}
          </Badge>
          <Badge
            variant="light"
            color="teal"
            leftSection={<IconCircleCheck size={12} aria-hidden />}
          >
            {t('penilaian.rhk.verified', { count: p.verifiedSesuai })}
          </Badge>
          {p.perluPerbaikan > 0 ? (
            <Badge
              variant="light"
              color="orange"
              leftSection={<IconAlertTriangle size={12} aria-hidden />}
            >
              {t('penilaian.rhk.perluPerbaikan', { count: p.perluPerbaikan })}
            </Badge>
          ) : null}
          {p.pending > 0 ? (
            <Badge
              variant="light"
              color="gray"
              leftSection={<IconClockHour4 size={12} aria-hidden />}
            >
              {t('penilaian.rhk.pending', { count: p.pending })}
            </Badge>
          ) : null}
        </Group>
      )}
      {p.realisasiTotal > 0 ? (
        <Text size="sm">
          {t('penilaian.rhk.realisasiTotal', {
            value: [formatNumber(p.realisasiTotal), p.satuan].filter(Boolean).join(' '),
          })}
        </Text>
      ) : null}
      {p.rencanaAksi.length > 0 ? (
        <div>
          <Text size="sm" fw={600}>
            {t('penilaian.rhk.rencanaAksi')}
          </Text>
          <List size="sm" spacing={2} data-testid={`rencana-aksi-${props.rhkId}`}>
            {p.rencanaAksi.map((ra) => (
              <List.Item key={ra.id} style={{ wordBreak: 'break-word' }}>
                {ra.description} —{' '}
                <strong>
                  {ra.targetValue !== null
                    ? t('penilaian.rhk.rencanaAksiOf', {
                        realisasi: formatNumber(ra.realisasi),
                        target: [formatNumber(ra.targetValue), ra.satuan].filter(Boolean).join(' '),
                      })
                    : [formatNumber(ra.realisasi), ra.satuan].filter(Boolean).join(' ')}
                </strong>
              </List.Item>
            ))}
          </List>
        </div>
      ) : null}
    </Stack>
  )
}
