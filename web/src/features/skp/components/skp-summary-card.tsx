import { Card, Group, Stack, Text } from '@mantine/core'
import { IconChevronRight } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNip } from '../../../../../shared/rules/nip.ts'
import type { SkpSummary } from '../../../../../shared/skp.ts'
import { AnchorLink } from '../../../components/ui/links.tsx'
import { formatDate, formatNumber } from '../../../lib/format.ts'
import { SkpStatusBadge } from './skp-status-badge.tsx'

/**
 * One SKP as a card: the phone layout of every SKP list. `showPegawai` puts the person
 * first (the atasan's list); otherwise the year and position come first (own list).
 */
export function SkpSummaryCard(props: {
  skp: SkpSummary
  showPegawai?: boolean
  leading?: ReactNode
  openLabel?: string
}) {
  const { t } = useTranslation()
  const s = props.skp
  const title = props.showPegawai ? s.pegawai.name : t('skp.skpOfYear', { year: s.year })
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="article"
      aria-label={title}
      data-testid="skp-card"
    >
      <Group align="flex-start" wrap="nowrap" gap="sm">
        {props.leading}
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          {props.showPegawai ? (
            // The atasan's list: the name gets the whole width, the NIP stays on one line.
            <div style={{ minWidth: 0 }}>
              <Text fw={700} style={{ wordBreak: 'break-word' }}>
                {title}
              </Text>
              <Text size="sm" ff="monospace" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                <span className="visually-hidden">NIP </span>
                {formatNip(s.pegawai.nip)}
              </Text>
              <Group gap={4} mt={4}>
                <SkpStatusBadge status={s.status} />
              </Group>
            </div>
          ) : (
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <Text fw={700} style={{ wordBreak: 'break-word' }}>
                {title}
              </Text>
              <SkpStatusBadge status={s.status} />
            </Group>
          )}
          <Text size="sm">{s.pegawai.jabatanName}</Text>
          {props.showPegawai ? (
            <Text size="sm" c="dimmed">
              {t('skp.skpOfYear', { year: s.year })} · {t(`skp.pendekatan.${s.pendekatan}`)}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {formatDate(s.startDate)} – {formatDate(s.endDate)} ·{' '}
              {t(`skp.pendekatan.${s.pendekatan}`)}
            </Text>
          )}
          {!props.showPegawai ? (
            <Text size="sm">
              {t('skp.pejabatPenilai')}: {s.atasan?.name ?? t('skp.person.none')}
            </Text>
          ) : null}
          <Text size="sm">
            {t('skp.rhkCount', { count: s.rhkCount, formatted: formatNumber(s.rhkCount) })}
            {s.revision > 0 ? ` · ${t('skp.revisionN', { n: s.revision })}` : ''}
          </Text>
          {s.status === 'diajukan' && s.submittedAt ? (
            <Text size="xs" c="dimmed">
              {t('skp.submittedOn', { date: formatDate(s.submittedAt) })}
            </Text>
          ) : s.status === 'disetujui' && s.approvedAt ? (
            <Text size="xs" c="dimmed">
              {t('skp.approvedOn', { date: formatDate(s.approvedAt) })}
            </Text>
          ) : s.status === 'dikembalikan' ? (
            <Text size="xs">{t('skp.returnedOpenHint')}</Text>
          ) : null}
          <Group justify="flex-end">
            <AnchorLink
              to="/skp/$skpId"
              params={{ skpId: s.id }}
              fw={600}
              size="sm"
              data-testid="skp-open"
            >
              {props.openLabel ?? t('skp.open')}
              <IconChevronRight size={14} aria-hidden style={{ verticalAlign: 'middle' }} />
            </AnchorLink>
          </Group>
        </Stack>
      </Group>
    </Card>
  )
}
