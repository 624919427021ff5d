import { Badge, Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core'
import {
  IconFileSpreadsheet,
  IconFileText,
  IconFileTypeCsv,
  IconInfoCircle,
  IconLock,
  IconUserMinus,
} from '@tabler/icons-react'
import type { Icon } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Report, ReportFormat, ReportKey } from '../../../../../shared/reports.ts'
import { REPORT_FORMATS } from '../../../../../shared/reports.ts'
import { formatNip } from '../../../../../shared/rules/nip.ts'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ButtonLink } from '../../../components/ui/links.tsx'
import { formatDate } from '../../../lib/format.ts'
import { reportExportHref } from '../api.ts'
import type { ReportFilters } from '../api.ts'
import { STUDY_TABLE } from '../report-view.ts'

/** "Tabel 2 kajian": the study's table a report reproduces, so admins find it by number. */
export function StudyTableBadge(props: { reportKey: ReportKey; size?: 'sm' | 'md' }) {
  const { t } = useTranslation()
  const n = STUDY_TABLE[props.reportKey]
  if (n === undefined) return null
  return (
    <Badge
      variant="outline"
      color="kinerja"
      size={props.size ?? 'sm'}
      style={{ textTransform: 'none', flexShrink: 0 }}
    >
      {t('reports.studyTable', { n })}
    </Badge>
  )
}

/** Reports are for unit leaders and admins; anyone else is told why, not shown an error. */
export function ReportsForbidden() {
  const { t } = useTranslation()
  return (
    <EmptyState
      testId="reports-forbidden"
      icon={<IconLock size={30} />}
      title={t('reports.forbidden.title')}
      description={t('reports.forbidden.text')}
      action={<ButtonLink to="/">{t('reports.forbidden.back')}</ButtonLink>}
    />
  )
}

const FORMAT_ICON: Record<ReportFormat, Icon> = {
  xlsx: IconFileSpreadsheet,
  csv: IconFileTypeCsv,
  pdf: IconFileText,
}

/**
 * XLSX / CSV / PDF of the report as filtered: plain links with `download`, so the browser
 * streams the file from the authorised route and names it from the server's header.
 */
export function ExportButtons(props: { reportKey: ReportKey; filters: ReportFilters }) {
  const { t } = useTranslation()
  return (
    <Group gap="xs" wrap="wrap" role="group" aria-label={t('reports.export.title')}>
      {REPORT_FORMATS.map((format) => {
        const FormatIcon = FORMAT_ICON[format]
        return (
          <Button
            key={format}
            component="a"
            href={reportExportHref(props.reportKey, format, props.filters)}
            download
            variant="default"
            size="sm"
            leftSection={<FormatIcon size={18} aria-hidden />}
            aria-label={t('reports.export.label', { format: format.toUpperCase() })}
            data-testid={`report-export-${format}`}
          >
            {format.toUpperCase()}
          </Button>
        )
      })}
    </Group>
  )
}

/** How the numbers are counted, in the server's words (the same text goes into exports). */
export function ReportNotes(props: { notes: readonly string[] }) {
  const { t } = useTranslation()
  if (props.notes.length === 0) return null
  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-labelledby="report-notes-title">
      <Group gap={6} mb={4}>
        <IconInfoCircle size={16} aria-hidden />
        <Title order={2} fz={14} id="report-notes-title">
          {t('reports.notes')}
        </Title>
      </Group>
      <List size="sm" spacing={2} data-testid="report-notes">
        {props.notes.map((n, i) => (
          <List.Item key={i}>{n}</List.Item>
        ))}
      </List>
    </Paper>
  )
}

function ExclusionDates(props: { exclusion: Report['exclusions'][number] }) {
  const { t } = useTranslation()
  const e = props.exclusion
  return (
    <Text size="xs">
      {e.endDate
        ? t('reports.exclusions.range', {
            start: formatDate(e.startDate),
            end: formatDate(e.endDate),
          })
        : t('reports.exclusions.since', { start: formatDate(e.startDate) })}
    </Text>
  )
}

/** Who was left out of the counts and why: compliance never counts them as "not done". */
export function ExclusionsSection(props: { exclusions: Report['exclusions']; isPhone: boolean }) {
  const { t } = useTranslation()
  const { exclusions } = props
  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'sm', sm: 'md' }}
      component="section"
      aria-labelledby="report-exclusions-title"
      data-testid="report-exclusions"
    >
      <Stack gap="xs">
        <Group gap={6}>
          <IconUserMinus size={18} aria-hidden />
          <Title order={2} fz={16} id="report-exclusions-title">
            {t('reports.exclusions.title')}
          </Title>
          {exclusions.length > 0 ? <Badge variant="light">{exclusions.length}</Badge> : null}
        </Group>
        <Text size="sm" c="dimmed">
          {t('reports.exclusions.hint')}
        </Text>
        {exclusions.length === 0 ? (
          <Text size="sm" data-testid="report-exclusions-none">
            {t('reports.exclusions.none')}
          </Text>
        ) : props.isPhone ? (
          <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {exclusions.map((e) => (
              <Paper
                key={`${e.pegawaiId}-${e.startDate}`}
                component="li"
                withBorder
                radius="md"
                p="sm"
                data-testid="report-exclusion"
              >
                <Text size="sm" fw={700} style={{ wordBreak: 'break-word' }}>
                  {e.name}
                </Text>
                <Text size="xs" ff="monospace">
                  NIP {formatNip(e.nip)}
                </Text>
                <Text size="xs" c="dimmed">
                  {e.unitName}
                </Text>
                <Group gap={6} mt={4} wrap="wrap">
                  <Badge variant="light" color="orange" style={{ textTransform: 'none' }}>
                    {e.reasonLabel}
                  </Badge>
                  <ExclusionDates exclusion={e} />
                </Group>
                {e.note ? (
                  <Text size="xs" c="dimmed" mt={2}>
                    {e.note}
                  </Text>
                ) : null}
              </Paper>
            ))}
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={720} type="native">
            <Table verticalSpacing="xs" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('reports.exclusions.name')}</Table.Th>
                  <Table.Th scope="col">{t('reports.exclusions.unit')}</Table.Th>
                  <Table.Th scope="col">{t('reports.exclusions.reason')}</Table.Th>
                  <Table.Th scope="col">{t('reports.exclusions.dates')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {exclusions.map((e) => (
                  <Table.Tr key={`${e.pegawaiId}-${e.startDate}`} data-testid="report-exclusion">
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {e.name}
                      </Text>
                      <Text size="xs" ff="monospace">
                        NIP {formatNip(e.nip)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{e.unitName}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {e.reasonLabel}
                      </Text>
                      {e.note ? (
                        <Text size="xs" c="dimmed">
                          {e.note}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <ExclusionDates exclusion={e} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  )
}
