import { Badge, Checkbox, Group, Paper, Stack, Table, Text } from '@mantine/core'
import { IconClockExclamation } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { AssessmentSummary } from '../../../../../shared/assessments.ts'
import { formatNip } from '../../../../../shared/rules/nip.ts'
import { ButtonLink } from '../../../components/ui/links.tsx'
import { ResponsiveTable } from '../../../components/ui/responsive-table.tsx'
import { formatDate, formatDateTimeParts } from '../../../lib/format.ts'
import { isBulkFinalisable } from '../atasan-view.ts'
import { AssessmentStatusBadge, PredikatBadge } from './badges.tsx'

/** Rate when the workflow lets the atasan act, otherwise just open. */
const needsAction = (a: AssessmentSummary, scope: 'direct' | 'review') =>
  scope === 'review'
    ? a.status === 'objected'
    : a.status === 'submitted' || a.status === 'rated' || a.status === 'reopened'

function LateBadge() {
  const { t } = useTranslation()
  return (
    <Badge
      color="orange"
      variant="light"
      size="sm"
      leftSection={<IconClockExclamation size={12} aria-hidden />}
      data-testid="bawahan-late"
      style={{ flexShrink: 0 }}
    >
      {t('penilaianBawahan.late')}
    </Badge>
  )
}

function PredikatCell(props: { a: AssessmentSummary }) {
  const { t } = useTranslation()
  const { a } = props
  if (!a.predikat)
    return (
      <Text size="sm" c="dimmed">
        {t('penilaianBawahan.list.noPredikat')}
      </Text>
    )
  return (
    <Stack gap={2} align="flex-start">
      <PredikatBadge predikat={a.predikat} size="sm" />
      {a.status === 'rated' ? (
        <Text size="xs" c="dimmed">
          {t('penilaianBawahan.list.notFinal')}
        </Text>
      ) : null}
    </Stack>
  )
}

function OpenButton(props: { a: AssessmentSummary; scope: 'direct' | 'review' }) {
  const { t } = useTranslation()
  const action = needsAction(props.a, props.scope)
  return (
    <ButtonLink
      to="/penilaian/bawahan/$assessmentId"
      params={{ assessmentId: props.a.id }}
      size="xs"
      variant={action ? 'filled' : 'default'}
      aria-label={`${
        action
          ? props.scope === 'review'
            ? t('penilaianBawahan.list.decide')
            : t('penilaianBawahan.list.rate')
          : t('penilaianBawahan.list.open')
      }: ${props.a.pegawai.name}`}
      data-testid="bawahan-open"
    >
      {action
        ? props.scope === 'review'
          ? t('penilaianBawahan.list.decide')
          : t('penilaianBawahan.list.rate')
        : t('penilaianBawahan.list.open')}
    </ButtonLink>
  )
}

/**
 * The subordinates of a period with their status, lateness and predikat (a rated one is
 * marked "belum final"): cards on a phone, a table elsewhere. Rated assessments can be ticked
 * for a bulk finalise.
 */
export function BawahanTable(props: {
  items: AssessmentSummary[]
  isPhone: boolean
  scope: 'direct' | 'review'
  selected: ReadonlySet<string>
  timeZone: string | undefined
  onToggle: (id: string, on: boolean) => void
}) {
  const { t } = useTranslation()
  const selectBox = (a: AssessmentSummary): ReactNode =>
    props.scope === 'direct' && isBulkFinalisable(a) ? (
      <Checkbox
        checked={props.selected.has(a.id)}
        onChange={(e) => props.onToggle(a.id, e.currentTarget.checked)}
        aria-label={t('penilaianBawahan.list.select', { name: a.pegawai.name })}
        size="md"
        data-testid="bawahan-assess-select"
      />
    ) : null
  return (
    <ResponsiveTable
      isPhone={props.isPhone}
      items={props.items}
      minWidth={820}
      caption={t('penilaianBawahan.list.caption')}
      renderCard={(a) => (
        <Paper
          key={a.id}
          withBorder
          radius="md"
          p="sm"
          data-testid="bawahan-assess-row"
          data-status={a.status}
        >
          <Stack gap={8}>
            <Group gap="sm" wrap="nowrap" align="flex-start">
              {selectBox(a)}
              <div style={{ minWidth: 0, flex: 1 }}>
                <Text fw={700} size="sm" style={{ wordBreak: 'break-word' }}>
                  {a.pegawai.name}
                </Text>
                <Text size="xs" ff="monospace" c="dimmed">
                  {formatNip(a.pegawai.nip)}
                </Text>
                <Text size="xs" c="dimmed" style={{ wordBreak: 'break-word' }}>
                  {a.pegawai.jabatanName} · {a.pegawai.unitName}
                </Text>
              </div>
            </Group>
            <Group gap={6} wrap="wrap">
              <AssessmentStatusBadge status={a.status} size="sm" />
              {a.late ? <LateBadge /> : null}
            </Group>
            <Group justify="space-between" gap="xs" wrap="wrap">
              <PredikatCell a={a} />
              <OpenButton a={a} scope={props.scope} />
            </Group>
          </Stack>
        </Paper>
      )}
      head={
        <>
          <Table.Th scope="col" w={48}>
            <span className="visually-hidden">{t('penilaianBawahan.list.colSelect')}</span>
          </Table.Th>
          <Table.Th scope="col">{t('penilaianBawahan.list.colPegawai')}</Table.Th>
          <Table.Th scope="col">{t('penilaianBawahan.list.colJabatan')}</Table.Th>
          <Table.Th scope="col">{t('penilaianBawahan.list.colStatus')}</Table.Th>
          <Table.Th scope="col">{t('penilaianBawahan.list.colPredikat')}</Table.Th>
          <Table.Th scope="col">{t('common.actions')}</Table.Th>
        </>
      }
      renderRow={(a) => (
        <Table.Tr key={a.id} data-testid="bawahan-assess-row" data-status={a.status}>
          <Table.Td>{selectBox(a)}</Table.Td>
          <Table.Td>
            <Text fw={600} size="sm">
              {a.pegawai.name}
            </Text>
            <Text size="xs" ff="monospace" c="dimmed">
              {formatNip(a.pegawai.nip)}
            </Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{a.pegawai.jabatanName}</Text>
            <Text size="xs" c="dimmed">
              {a.pegawai.unitName}
            </Text>
          </Table.Td>
          <Table.Td>
            <Stack gap={4} align="flex-start">
              <Group gap={4}>
                <AssessmentStatusBadge status={a.status} size="sm" />
                {a.late ? <LateBadge /> : null}
              </Group>
              {a.submittedAt ? (
                <Text size="xs" c="dimmed">
                  {t('penilaianBawahan.list.submittedOn', {
                    date: formatDateTimeParts(a.submittedAt, props.timeZone).date,
                  })}
                </Text>
              ) : a.extendedUntil ? (
                <Text size="xs" c="dimmed">
                  {t('penilaianBawahan.list.extended', { date: formatDate(a.extendedUntil) })}
                </Text>
              ) : null}
            </Stack>
          </Table.Td>
          <Table.Td>
            <PredikatCell a={a} />
          </Table.Td>
          <Table.Td>
            <OpenButton a={a} scope={props.scope} />
          </Table.Td>
        </Table.Tr>
      )}
    />
  )
}
