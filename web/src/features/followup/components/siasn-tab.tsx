import { Alert, Anchor, Button, Code, Group, Paper, Stack, Table, Text } from '@mantine/core'
import {
  IconApi,
  IconDatabaseExport,
  IconFileSpreadsheet,
  IconFileTypeCsv,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { formatNip } from '../../../../../shared/rules/nip.ts'
import { PREDIKAT_LABEL } from '../../../../../shared/rules/predikat.ts'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { useYear } from '../../periods/api.ts'
import { followupUrls, useSiasn } from '../api.ts'
import { siasnPreview } from '../followup-view.ts'
import { FollowupError } from './followup-error.tsx'
import { PeriodSelect } from './period-select.tsx'
import { YearSelect } from './year-select.tsx'

/**
 * SIASN export (admin): final results per employee per period — NIP, year, period, ratings,
 * predikat and the annual result — previewed here, downloaded as CSV/XLSX, and served as JSON
 * to integrators (documented in /api/docs).
 */
export function SiasnTab(props: {
  year: number
  onYearChange: (y: number) => void
  periodId: string | undefined
  onPeriodChange: (id: string | undefined) => void
}) {
  const { t } = useTranslation()
  const yearDetail = useYear(props.year)
  const periods = yearDetail.data?.periods ?? []
  // A period of another year (left from the TPP tab) does not filter this one.
  const periodId =
    props.periodId && periods.some((p) => p.id === props.periodId) ? props.periodId : undefined
  const data = useSiasn(props.year, periodId)
  const preview = data.data ? siasnPreview(data.data) : null
  const apiPath = `GET /api/followup/siasn?year=${props.year}${periodId ? `&periodId=${periodId}` : ''}`

  return (
    <Stack gap="md" data-testid="siasn-tab">
      <Paper withBorder radius="md" p="sm" role="search" aria-label={t('followup.filters')}>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <YearSelect value={props.year} onChange={props.onYearChange} testId="siasn-year" />
          <PeriodSelect
            periods={periods}
            value={periodId}
            onChange={props.onPeriodChange}
            allLabel={t('followup.siasn.allPeriods')}
            testId="siasn-period"
          />
        </Group>
      </Paper>
      <Group gap="xs" wrap="wrap">
        <Button
          component="a"
          href={followupUrls.siasnExport('csv', props.year, periodId)}
          download
          leftSection={<IconFileTypeCsv size={18} aria-hidden />}
          data-testid="siasn-export-csv"
        >
          {t('followup.exportCsv')}
        </Button>
        <Button
          component="a"
          href={followupUrls.siasnExport('xlsx', props.year, periodId)}
          download
          variant="default"
          leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
          data-testid="siasn-export-xlsx"
        >
          {t('common.exportXlsx')}
        </Button>
      </Group>

      {data.isPending ? (
        <LoadingState rows={5} />
      ) : data.isError ? (
        <FollowupError error={data.error} onRetry={() => void data.refetch()} />
      ) : !preview || preview.rows.length === 0 ? (
        <EmptyState
          testId="siasn-empty"
          icon={<IconDatabaseExport size={30} />}
          title={t('followup.siasn.emptyTitle', { year: props.year })}
          description={t('followup.siasn.emptyText')}
        />
      ) : (
        <Stack gap="xs">
          <Text size="sm" aria-live="polite" data-testid="siasn-summary">
            {t('followup.siasn.summary', {
              count: data.data.rows.length,
              people: preview.people,
              shown: preview.rows.length,
            })}
          </Text>
          <Paper withBorder radius="md">
            <Table.ScrollContainer minWidth={900}>
              <Table striped verticalSpacing="xs" data-testid="siasn-preview">
                <Table.Caption>{t('followup.siasn.caption', { year: props.year })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('followup.nip')}</Table.Th>
                    <Table.Th scope="col">{t('followup.name')}</Table.Th>
                    <Table.Th scope="col">{t('followup.period')}</Table.Th>
                    <Table.Th scope="col">{t('followup.siasn.hasil')}</Table.Th>
                    <Table.Th scope="col">{t('followup.siasn.perilaku')}</Table.Th>
                    <Table.Th scope="col">{t('followup.predikat')}</Table.Th>
                    <Table.Th scope="col">{t('followup.siasn.annual')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {preview.rows.map((r) => (
                    <Table.Tr
                      key={`${r.nip}-${r.periode}`}
                      data-testid="siasn-row"
                      data-nip={r.nip}
                    >
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatNip(r.nip)}</Table.Td>
                      <Table.Td>{r.nama}</Table.Td>
                      <Table.Td>{r.periode}</Table.Td>
                      <Table.Td>{r.ratingHasilKerjaLabel}</Table.Td>
                      <Table.Td>{r.ratingPerilakuKerjaLabel}</Table.Td>
                      <Table.Td>{r.predikatLabel}</Table.Td>
                      <Table.Td>
                        {r.predikatTahunan ? PREDIKAT_LABEL[r.predikatTahunan] : '—'}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
          {preview.more > 0 ? (
            <Text size="sm" c="dimmed">
              {t('followup.siasn.more', { count: preview.more })}
            </Text>
          ) : null}
        </Stack>
      )}

      <Alert
        color="gray"
        variant="light"
        icon={<IconApi aria-hidden />}
        title={t('followup.siasn.apiTitle')}
        data-testid="siasn-api-note"
      >
        <Stack gap={6}>
          <Text size="sm">{t('followup.siasn.apiText')}</Text>
          <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
            {apiPath}
          </Code>
          <Anchor href={followupUrls.docs} target="_blank" rel="noopener" size="sm" fw={600}>
            {t('followup.siasn.apiDocs')}
          </Anchor>
        </Stack>
      </Alert>
    </Stack>
  )
}
