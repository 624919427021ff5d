import { Accordion, Alert, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core'
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconClockHour4,
  IconInfoCircle,
} from '@tabler/icons-react'
import type { Icon } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { DistributionView } from '../../../../../shared/assessments.ts'
import {
  CURRENT_PATTERNS,
  ROUNDING_RULE_TEXT,
  type RuleStatus,
} from '../../../../../shared/rules/distribution.ts'
import { ASSESSMENT_STATUS_LABEL } from '../../../../../shared/rules/assessment-workflow.ts'
import {
  ORG_PREDIKAT_LABEL,
  PREDIKAT,
  PREDIKAT_LABEL,
  type Predikat,
} from '../../../../../shared/rules/predikat.ts'
import {
  distributionWarnings,
  previewDistribution,
  ruleMarkers,
  sharePercent,
  type RuleMarker,
} from '../atasan-view.ts'
import { OrgPredikatBadge, PREDIKAT_COLOR } from './badges.tsx'

const STATUS_LOOK: Record<RuleStatus, { color: string; icon: Icon }> = {
  ok: { color: 'teal', icon: IconCircleCheck },
  open: { color: 'gray', icon: IconClockHour4 },
  violated: { color: 'red', icon: IconAlertTriangle },
}

/** One predikat's bar: its share of the group, with the limit lines of the pattern drawn on it. */
function Bar(props: {
  predikat: Predikat
  count: number
  total: number
  markers: RuleMarker[]
  delta: number
}) {
  const { t } = useTranslation()
  const { predikat, count, total } = props
  const percent = sharePercent(count, total)
  const color = PREDIKAT_COLOR[predikat]
  const limits = props.markers
    .map((m) =>
      m.kind === 'max'
        ? t('penilaianBawahan.chart.max', { count: m.limit })
        : t('penilaianBawahan.chart.min', { count: m.limit }),
    )
    .join(' · ')
  return (
    <li data-testid="distribution-bar" data-predikat={predikat} data-count={count}>
      <Group justify="space-between" gap={6} wrap="wrap" mb={2}>
        <Text size="sm" fw={600}>
          {PREDIKAT_LABEL[predikat]}
        </Text>
        <Group gap={6} wrap="wrap">
          <Text size="sm" fw={700}>
            {t('penilaianBawahan.chart.count', { count, percent })}
          </Text>
          {props.delta !== 0 ? (
            <Badge size="xs" variant="outline" color="kinerja" data-testid="distribution-delta">
              {props.delta > 0
                ? t('penilaianBawahan.chart.plusPreview')
                : t('penilaianBawahan.chart.minusPreview')}
            </Badge>
          ) : null}
          {limits ? (
            <Text size="xs" c="dimmed">
              {limits}
            </Text>
          ) : null}
        </Group>
      </Group>
      <div
        aria-hidden
        style={{
          position: 'relative',
          height: 14,
          borderRadius: 4,
          background: 'var(--mantine-color-gray-1)',
          overflow: 'visible',
        }}
      >
        <div
          style={{
            width: `${total > 0 ? Math.min(100, (count / total) * 100) : 0}%`,
            height: '100%',
            borderRadius: 4,
            background: `var(--mantine-color-${color}-filled)`,
            outline: props.delta > 0 ? '2px dashed var(--mantine-color-kinerja-filled)' : undefined,
            outlineOffset: 1,
          }}
        />
        {total > 0
          ? props.markers.map((m, i) => (
              <div
                key={i}
                style={{
                  position: 'absolute',
                  top: -3,
                  bottom: -3,
                  left: `calc(${Math.min(100, (m.limit / total) * 100)}% - 1px)`,
                  width: 2,
                  background:
                    m.kind === 'max'
                      ? 'var(--mantine-color-red-filled)'
                      : 'var(--mantine-color-dark-6)',
                }}
              />
            ))
          : null}
      </div>
    </li>
  )
}

/**
 * The predikat distribution of one group (a unit with its predikat kinerja organisasi) against
 * the pattern: a bar per predikat with counts and shares, the limit lines of single-predikat
 * rules, every rule in words with its status (icon + word, never colour alone), the rounding
 * rule, and a warning listing the broken rules. With `preview`, this person's predikat is
 * replaced by the one being chosen and everything is checked again on the spot.
 */
export function DistributionChart(props: {
  view: DistributionView
  preview?: { assessmentId: string; predikat: Predikat | null } | null
  /** Hide the names list (e.g. inside a dialog). */
  compact?: boolean
}) {
  const { t } = useTranslation()
  const { view } = props
  const p = previewDistribution(view, props.preview ?? null)
  const { violated, open } = distributionWarnings(p.check)
  const markers = ruleMarkers(p.check)
  const titleId = `distribution-${view.unitId}-title`
  const rated = PREDIKAT.reduce((s, x) => s + p.counts[x], 0)
  const named = view.people.filter((x) => x.name)

  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'sm', sm: 'md' }}
      component="section"
      aria-labelledby={titleId}
      data-testid="distribution-chart"
      data-unit={view.unitId}
      data-within={p.check ? String(p.check.withinPattern) : 'none'}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <div style={{ minWidth: 0, flex: '1 1 200px' }}>
            <Title order={3} fz={16} id={titleId} style={{ wordBreak: 'break-word' }}>
              {t('penilaianBawahan.chart.title', { unit: view.unitName })}
            </Title>
            <Text size="xs" c="dimmed">
              {t('penilaianBawahan.chart.rated', { rated, total: p.total })}
            </Text>
          </div>
          {view.orgPredikat ? (
            <Group gap={6} wrap="wrap">
              <Text size="xs" c="dimmed">
                {t('penilaianBawahan.chart.orgPredikat')}
              </Text>
              <OrgPredikatBadge value={view.orgPredikat.value} size="sm" />
            </Group>
          ) : null}
        </Group>

        {p.check === null ? (
          <Alert
            variant="light"
            color="gray"
            icon={<IconInfoCircle aria-hidden />}
            data-testid="distribution-no-org"
          >
            <Text size="sm" fw={600}>
              {t('penilaianBawahan.chart.noOrg')}
            </Text>
            <Text size="sm">{t('penilaianBawahan.chart.noOrgHint')}</Text>
          </Alert>
        ) : null}

        {p.changed ? (
          <Text size="xs" c="dimmed" data-testid="distribution-preview-note">
            {t('penilaianBawahan.chart.previewNote', {
              predikat: p.next ? PREDIKAT_LABEL[p.next] : '—',
            })}
          </Text>
        ) : null}

        <Stack gap={10} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {PREDIKAT.map((x) => (
            <Bar
              key={x}
              predikat={x}
              count={p.counts[x]}
              total={p.total}
              markers={markers.filter((m) => m.predikat === x)}
              delta={p.changed ? (p.next === x ? 1 : 0) - (p.previous === x ? 1 : 0) : 0}
            />
          ))}
        </Stack>
        {markers.length > 0 ? (
          <Text size="xs" c="dimmed">
            {t('penilaianBawahan.chart.legend')}
          </Text>
        ) : null}

        {p.check ? (
          <div>
            <Text size="sm" fw={700} mb={4}>
              {t('penilaianBawahan.chart.rules', {
                predikat: ORG_PREDIKAT_LABEL[p.check.orgPredikat],
              })}
            </Text>
            <List spacing={4} size="sm" listStyleType="none" p={0} m={0}>
              {p.check.rules.map((r, i) => {
                const look = STATUS_LOOK[r.status]
                return (
                  <List.Item
                    key={i}
                    data-testid="distribution-rule"
                    data-status={r.status}
                    icon={
                      <look.icon
                        size={16}
                        color={`var(--mantine-color-${look.color}-text)`}
                        aria-hidden
                      />
                    }
                  >
                    <Text span size="sm">
                      {r.text}
                    </Text>{' '}
                    <Text span size="sm" fw={700} c={`${look.color}.9`}>
                      — {t(`penilaianBawahan.chart.status.${r.status}`)}
                    </Text>{' '}
                    <Text span size="xs" c="dimmed">
                      {t('penilaianBawahan.chart.actual', { count: r.actual })}
                    </Text>
                  </List.Item>
                )
              })}
            </List>
          </div>
        ) : null}

        {violated.length > 0 ? (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title={
              p.changed
                ? t('penilaianBawahan.chart.warningPreviewTitle')
                : t('penilaianBawahan.chart.warningTitle')
            }
            role="alert"
            data-testid="distribution-warning"
          >
            <List size="sm" spacing={2}>
              {violated.map((r, i) => (
                <List.Item key={i}>{r.text}</List.Item>
              ))}
            </List>
            <Text size="sm" mt={6}>
              {view.enforcement === 'block'
                ? t('penilaianBawahan.chart.enforcementBlock')
                : t('penilaianBawahan.chart.enforcementWarn')}
            </Text>
          </Alert>
        ) : open.length > 0 ? (
          <Text size="xs" c="dimmed" data-testid="distribution-open">
            {t('penilaianBawahan.chart.openNote')}
          </Text>
        ) : null}

        <Text size="xs" c="dimmed" data-testid="distribution-rounding">
          {t('penilaianBawahan.chart.rounding')} {view.roundingRule || ROUNDING_RULE_TEXT}
        </Text>
        <Text size="xs" c="dimmed">
          {t('penilaianBawahan.chart.source', { source: CURRENT_PATTERNS.source })}
        </Text>

        {!props.compact && named.length > 0 ? (
          <Accordion variant="contained" chevronPosition="left">
            <Accordion.Item value="people">
              <Accordion.Control>
                <Text size="sm">{t('penilaianBawahan.chart.people', { count: named.length })}</Text>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                  {named.map((x) => (
                    <Group
                      key={x.assessmentId}
                      component="li"
                      justify="space-between"
                      gap={6}
                      wrap="wrap"
                    >
                      <div style={{ minWidth: 0 }}>
                        <Text size="sm" fw={600} style={{ wordBreak: 'break-word' }}>
                          {x.name}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {x.unitName}
                        </Text>
                      </div>
                      {/* Plain badges: the page's own status/predikat test ids stay unique. */}
                      <Group gap={4} wrap="wrap">
                        <Badge size="sm" variant="light" color="gray">
                          {ASSESSMENT_STATUS_LABEL[x.status]}
                        </Badge>
                        {x.predikat ? (
                          <Badge size="sm" variant="light" color={PREDIKAT_COLOR[x.predikat]}>
                            {PREDIKAT_LABEL[x.predikat]}
                          </Badge>
                        ) : null}
                      </Group>
                    </Group>
                  ))}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
        ) : null}
      </Stack>
    </Paper>
  )
}
