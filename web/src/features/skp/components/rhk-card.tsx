import { Badge, Card, Group, List, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconArrowUpRight, IconTarget } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { PerjanjianKinerja, Rhk, Skp } from '../../../../../shared/skp.ts'
import { formatNumber } from '../../../lib/format.ts'
import { needsIntervention } from '../submit-check.ts'

type PkTarget = PerjanjianKinerja['targets'][number]

/** "12 Laporan", "100%" — the number in the user's format followed by its satuan (as the PDF prints it). */
export function formatTarget(value: number | null, unit: string | null): string {
  if (value == null) return '—'
  if (!unit) return formatNumber(value)
  return unit.trim() === '%' ? `${formatNumber(value)}%` : `${formatNumber(value)} ${unit}`
}

/**
 * One RHK as the document shows it: text, what it intervenes (JA/JF) or its perspektif
 * and Perjanjian Kinerja target (JPT), and its indicators with targets.
 */
export function RhkCard(props: {
  rhk: Rhk
  number: number
  skp: Pick<Skp, 'pendekatan' | 'variant'>
  pkTargets?: PkTarget[] | undefined
  actions?: ReactNode
  testId?: string
}) {
  const { t } = useTranslation()
  const r = props.rhk
  const pk = r.pkTargetId ? props.pkTargets?.find((p) => p.id === r.pkTargetId) : undefined
  const missingIntervention = needsIntervention(props.skp.variant, r)
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="article"
      aria-label={t('skp.rhk.cardLabel', { n: props.number, jenis: t(`skp.jenis.${r.jenis}`) })}
      data-testid={props.testId ?? 'rhk-card'}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Group gap={6}>
            <Text fw={700} size="sm">
              {t('skp.rhk.numbered', { n: props.number })}
            </Text>
            <Badge variant="outline" color={r.jenis === 'utama' ? 'kinerja' : 'gray'} size="sm">
              {t(`skp.jenis.${r.jenis}`)}
            </Badge>
            {missingIntervention ? (
              <Badge
                color="orange"
                size="sm"
                leftSection={<IconAlertTriangle size={12} aria-hidden />}
                data-testid="rhk-missing-intervention"
              >
                {t('skp.rhk.noIntervention')}
              </Badge>
            ) : null}
          </Group>
          {props.actions}
        </Group>
        <Text fw={600} style={{ wordBreak: 'break-word', whiteSpace: 'pre-wrap' }}>
          {r.text}
        </Text>

        {props.skp.variant === 'ja_jf' && r.interventions.length > 0 ? (
          <Stack gap={2}>
            <Text size="xs" c="dimmed" fw={700} tt="uppercase">
              {r.penugasanDariPegawaiId ? t('skp.rhk.penugasanOf') : t('skp.rhk.intervenes')}
            </Text>
            {r.interventions.map((i) => (
              <Group key={i.rhkId} gap={6} wrap="nowrap" align="flex-start">
                <IconArrowUpRight size={16} aria-hidden style={{ flexShrink: 0, marginTop: 3 }} />
                <Text size="sm" style={{ wordBreak: 'break-word' }}>
                  {i.text}{' '}
                  <Text span size="xs" c="dimmed">
                    ({i.ownerName})
                  </Text>
                </Text>
              </Group>
            ))}
          </Stack>
        ) : null}

        {props.skp.variant === 'jpt' ? (
          <Stack gap={2}>
            <Text size="sm">
              <Text span fw={600}>
                {t('skp.rhk.perspektif')}:
              </Text>{' '}
              {r.perspektif ? t(`skp.perspektif.${r.perspektif}`) : t('common.notSet')}
            </Text>
            {r.pkTargetId ? (
              <Text size="sm" style={{ wordBreak: 'break-word' }}>
                <Text span fw={600}>
                  {t('skp.rhk.pkTarget')}:
                </Text>{' '}
                {pk ? `${pk.sasaranStrategis} — ${pk.indikator}` : t('skp.rhk.pkTargetLinked')}
              </Text>
            ) : null}
          </Stack>
        ) : null}

        <Stack gap={4}>
          <Text size="xs" c="dimmed" fw={700} tt="uppercase">
            {t('skp.rhk.indikatorTitle')}
          </Text>
          {r.indikator.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('skp.rhk.noIndikator')}
            </Text>
          ) : (
            <List spacing={6} size="sm" icon={<IconTarget size={16} aria-hidden />} center={false}>
              {[...r.indikator]
                .sort((a, b) => a.seq - b.seq)
                .map((k) => (
                  <List.Item key={k.id}>
                    <Stack gap={0}>
                      <Text size="sm" style={{ wordBreak: 'break-word' }}>
                        {k.aspek ? (
                          <Badge size="xs" variant="light" color="gray" mr={6}>
                            {t(`skp.aspek.${k.aspek}`)}
                          </Badge>
                        ) : null}
                        {k.text}
                      </Text>
                      <Text size="sm" fw={600}>
                        {props.skp.pendekatan === 'kuantitatif'
                          ? `${t('skp.rhk.target')}: ${formatTarget(k.targetValue, k.targetUnit)}`
                          : `${t('skp.rhk.expected')}: ${k.targetText ?? '—'}`}
                      </Text>
                    </Stack>
                  </List.Item>
                ))}
            </List>
          )}
        </Stack>
      </Stack>
    </Card>
  )
}
