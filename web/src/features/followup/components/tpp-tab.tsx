import { Button, Card, Group, Paper, Stack, Table, Text } from '@mantine/core'
import {
  IconCalendarOff,
  IconCash,
  IconFileSpreadsheet,
  IconFileTypeCsv,
  IconSettings,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { formatNip } from '../../../../../shared/rules/nip.ts'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ButtonLink } from '../../../components/ui/links.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { ResponsiveTable } from '../../../components/ui/responsive-table.tsx'
import { ApiError } from '../../../lib/api-client.ts'
import { formatDate } from '../../../lib/format.ts'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { defaultPeriodId } from '../../assessments/admin-view.ts'
import { PredikatBadge } from '../../assessments/components/badges.tsx'
import { useYear } from '../../periods/api.ts'
import { followupUrls, useTpp } from '../api.ts'
import { formatPercent, formatRupiah, tppSummary, type TppRow } from '../followup-view.ts'
import { TppExampleBanner } from './example-banner.tsx'
import { FollowupError } from './followup-error.tsx'
import { PeriodSelect } from './period-select.tsx'
import { YearSelect } from './year-select.tsx'

const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const

function Predikat(props: { row: TppRow }) {
  const { t } = useTranslation()
  return props.row.predikat ? (
    <PredikatBadge predikat={props.row.predikat} size="sm" />
  ) : (
    <Text size="sm" c="dimmed">
      {t('followup.noFinalPredikat')}
    </Text>
  )
}

/**
 * TPP (admin): the performance component per person of a period from the instansi's table,
 * with the total, exportable for payroll. The example table of the demo is marked "Contoh".
 */
export function TppTab(props: {
  year: number
  onYearChange: (y: number) => void
  periodId: string | undefined
  onPeriodChange: (id: string | undefined) => void
}) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const yearDetail = useYear(props.year)
  const periods = yearDetail.data?.periods ?? []
  const periodId =
    (props.periodId && periods.some((p) => p.id === props.periodId) ? props.periodId : null) ??
    (yearDetail.data ? defaultPeriodId(periods, yearDetail.data.today) : null) ??
    undefined
  const calc = useTpp(periodId)
  const noYear =
    (yearDetail.error instanceof ApiError && yearDetail.error.status === 404) ||
    (yearDetail.data && periods.length === 0)

  return (
    <Stack gap="md" data-testid="tpp-tab">
      <Paper withBorder radius="md" p="sm" role="search" aria-label={t('followup.filters')}>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <YearSelect value={props.year} onChange={props.onYearChange} testId="tpp-year" />
          <PeriodSelect
            periods={periods}
            value={periodId}
            onChange={props.onPeriodChange}
            loading={yearDetail.isPending}
            testId="tpp-period"
          />
          <ButtonLink
            to="/tindak-lanjut/tpp/pengaturan"
            variant="default"
            leftSection={<IconSettings size={18} aria-hidden />}
            data-testid="tpp-settings-link"
          >
            {t('followup.tpp.settingsLink')}
          </ButtonLink>
        </Group>
      </Paper>

      {noYear ? (
        <EmptyState
          testId="tpp-no-period"
          icon={<IconCalendarOff size={30} />}
          title={t('followup.noYearTitle', { year: props.year })}
          description={t('followup.noYearText')}
        />
      ) : yearDetail.isError ? (
        <FollowupError error={yearDetail.error} onRetry={() => void yearDetail.refetch()} />
      ) : !periodId || calc.isPending ? (
        <LoadingState rows={5} />
      ) : calc.isError ? (
        <FollowupError error={calc.error} onRetry={() => void calc.refetch()} />
      ) : (
        <Stack gap="sm">
          {calc.data.isExample ? (
            <TppExampleBanner
              action={
                <ButtonLink to="/tindak-lanjut/tpp/pengaturan" size="xs" variant="white">
                  {t('followup.tpp.exampleAction')}
                </ButtonLink>
              }
            />
          ) : null}
          <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
            <Stack gap={2}>
              <Text fw={600}>{calc.data.period.name}</Text>
              <Text size="sm" c="dimmed">
                {t('followup.tpp.range', {
                  start: formatDate(calc.data.period.startDate),
                  end: formatDate(calc.data.period.endDate),
                })}
              </Text>
            </Stack>
            <Group gap="xs" wrap="wrap">
              <Button
                component="a"
                href={followupUrls.tppExport('xlsx', calc.data.period.id)}
                download
                leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
                data-testid="tpp-export-xlsx"
              >
                {t('common.exportXlsx')}
              </Button>
              <Button
                component="a"
                href={followupUrls.tppExport('csv', calc.data.period.id)}
                download
                variant="default"
                leftSection={<IconFileTypeCsv size={18} aria-hidden />}
                data-testid="tpp-export-csv"
              >
                {t('followup.exportCsv')}
              </Button>
            </Group>
          </Group>
          {calc.data.rows.length === 0 ? (
            <EmptyState
              testId="tpp-empty"
              icon={<IconCash size={30} />}
              title={t('followup.tpp.emptyTitle')}
              description={t('followup.tpp.emptyText')}
            />
          ) : (
            <>
              <Paper withBorder radius="md" p="sm" data-testid="tpp-total">
                <Group justify="space-between" gap="xs" wrap="wrap">
                  <Text size="sm">
                    {t('followup.tpp.summary', {
                      count: tppSummary(calc.data).people,
                      without: tppSummary(calc.data).withoutPredikat,
                    })}
                  </Text>
                  <Text fw={700} style={num}>
                    {t('followup.tpp.total')}: {formatRupiah(calc.data.totalPaid)}
                  </Text>
                </Group>
              </Paper>
              <ResponsiveTable
                isPhone={isPhone}
                items={calc.data.rows}
                minWidth={900}
                caption={t('followup.tpp.caption', { period: calc.data.period.name })}
                head={
                  <>
                    <Table.Th scope="col">{t('followup.pegawai')}</Table.Th>
                    <Table.Th scope="col">{t('followup.predikat')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('followup.tpp.basis')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('followup.tpp.percent')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('followup.tpp.perMonth')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('followup.tpp.months')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('followup.tpp.paidTotal')}
                    </Table.Th>
                  </>
                }
                renderRow={(r) => (
                  <Table.Tr key={r.pegawaiId} data-testid={`tpp-row-${r.pegawaiId}`}>
                    <Table.Td>
                      <Stack gap={0}>
                        <Text size="sm" fw={600}>
                          {r.name}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {formatNip(r.nip)}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {r.jabatanName} · {r.unitName}
                        </Text>
                        {r.note ? (
                          <Text size="xs" fs="italic">
                            {r.note}
                          </Text>
                        ) : null}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Predikat row={r} />
                    </Table.Td>
                    <Table.Td ta="right" style={num}>
                      {formatRupiah(r.basis)}
                      <Text size="xs" c="dimmed" style={num}>
                        {t('followup.tpp.partLine', { part: formatRupiah(r.performancePart) })}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right" style={num}>
                      {formatPercent(r.percent)}
                    </Table.Td>
                    <Table.Td ta="right" style={num}>
                      {formatRupiah(r.paidPerMonth)}
                    </Table.Td>
                    <Table.Td ta="right" style={num}>
                      {r.months}
                    </Table.Td>
                    <Table.Td ta="right" fw={700} style={num}>
                      {formatRupiah(r.paidTotal)}
                    </Table.Td>
                  </Table.Tr>
                )}
                renderCard={(r) => (
                  <Card
                    key={r.pegawaiId}
                    withBorder
                    radius="md"
                    p="sm"
                    data-testid={`tpp-row-${r.pegawaiId}`}
                  >
                    <Stack gap={6}>
                      <div>
                        <Text fw={600}>{r.name}</Text>
                        <Text size="xs" c="dimmed">
                          {formatNip(r.nip)}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {r.jabatanName}
                        </Text>
                      </div>
                      <Predikat row={r} />
                      <Text size="sm">
                        {t('followup.tpp.cardLine', {
                          perMonth: formatRupiah(r.paidPerMonth),
                          months: r.months,
                          percent: formatPercent(r.percent),
                        })}
                      </Text>
                      <Group justify="space-between">
                        <Text size="sm">{t('followup.tpp.paidTotal')}</Text>
                        <Text fw={700} style={num}>
                          {formatRupiah(r.paidTotal)}
                        </Text>
                      </Group>
                      {r.note ? (
                        <Text size="xs" fs="italic">
                          {r.note}
                        </Text>
                      ) : null}
                    </Stack>
                  </Card>
                )}
              />
            </>
          )}
        </Stack>
      )}
    </Stack>
  )
}
