import { Badge, Group, Modal, Paper, Stack, Text } from '@mantine/core'
import { IconUsers } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ReportKey } from '../../../../../shared/reports.ts'
import { formatNip } from '../../../../../shared/rules/nip.ts'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { useReportPeople } from '../api.ts'
import type { ReportFilters } from '../api.ts'
import { formatCount } from '../report-view.ts'
import type { DrillTarget } from './report-table.tsx'

/**
 * The names behind one number of a report (drill-down): who they are, where they work and
 * what puts them in the cell. Full screen on a phone.
 */
export function PeopleDialog(props: {
  reportKey: ReportKey
  filters: ReportFilters
  target: DrillTarget | null
  onClose: () => void
}) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const { target } = props
  const query = useReportPeople(
    props.reportKey,
    target ? { ...props.filters, rowKey: target.rowKey, column: target.column.key } : null,
  )
  const title = query.data?.title ?? (target ? `${target.column.label} · ${target.rowLabel}` : '')
  return (
    <Modal
      opened={target !== null}
      onClose={props.onClose}
      title={
        <Text fw={700} component="span" style={{ wordBreak: 'break-word' }}>
          {title}
        </Text>
      }
      size="lg"
      fullScreen={isPhone}
      closeButtonProps={{ 'aria-label': t('reports.people.close') }}
    >
      <div data-testid="report-people">
        {target === null ? null : query.isPending ? (
          <LoadingState rows={4} label={t('reports.people.loading')} />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : query.data.items.length === 0 ? (
          <EmptyState
            icon={<IconUsers size={30} />}
            title={t('reports.people.emptyTitle')}
            description={t('reports.people.empty')}
          />
        ) : (
          <Stack gap="xs">
            <Text size="sm" c="dimmed" data-testid="report-people-count">
              {t('reports.people.count', {
                count: query.data.items.length,
                formatted: formatCount(query.data.items.length),
              })}
            </Text>
            <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {query.data.items.map((p) => (
                <Paper
                  key={p.pegawaiId}
                  component="li"
                  withBorder
                  radius="md"
                  p="sm"
                  data-testid="report-person"
                >
                  <Group justify="space-between" gap={6} wrap="wrap" align="flex-start">
                    <div style={{ minWidth: 0, flex: '1 1 220px' }}>
                      <Text size="sm" fw={700} style={{ wordBreak: 'break-word' }}>
                        {p.name}
                      </Text>
                      <Text size="xs" ff="monospace">
                        NIP {formatNip(p.nip)}
                      </Text>
                      <Text size="xs" c="dimmed" style={{ wordBreak: 'break-word' }}>
                        {p.jabatanName} · {p.unitName}
                      </Text>
                    </div>
                    {p.detail ? (
                      <Badge
                        variant="light"
                        color="gray"
                        size="md"
                        radius="sm"
                        style={{ textTransform: 'none', maxWidth: '100%', whiteSpace: 'normal' }}
                        h="auto"
                        py={4}
                      >
                        {p.detail}
                      </Badge>
                    ) : null}
                  </Group>
                </Paper>
              ))}
            </Stack>
          </Stack>
        )}
      </div>
    </Modal>
  )
}
