import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Grid,
  Group,
  List,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
} from '@mantine/core'
import { IconChecks, IconCircleCheck, IconCircleX, IconInbox } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNip } from '../../../../../shared/rules/nip.ts'
import { SKP_STATUSES } from '../../../../../shared/rules/skp-workflow.ts'
import type { SkpStatus } from '../../../../../shared/rules/skp-workflow.ts'
import type { SkpSummary } from '../../../../../shared/skp.ts'
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { AnchorLink } from '../../../components/ui/links.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { HelpLink } from '../../guide/help-link.tsx'
import { PaginationBar } from '../../../components/ui/pagination-bar.tsx'
import { formatDate, formatNumber } from '../../../lib/format.ts'
import { notifyError } from '../../../lib/notify.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { useBulkApprove, useSkpList } from '../api.ts'
import type { BulkApproveResult } from '../api.ts'
import { SkpStatusBadge } from '../components/skp-status-badge.tsx'
import { SkpSummaryCard } from '../components/skp-summary-card.tsx'
import { YearSelect } from '../components/year-select.tsx'
import { useCurrentYear } from '../use-current-year.ts'
import { ResponsiveTable } from '../../../components/ui/responsive-table.tsx'

const PAGE_SIZE = 50

type Outcome = { name: string; ok: boolean; message: string | null }

function BulkResults(props: { outcomes: Outcome[]; onClose: () => void }) {
  const { t } = useTranslation()
  const ok = props.outcomes.filter((o) => o.ok).length
  const failed = props.outcomes.length - ok
  return (
    <Alert
      color={failed > 0 ? 'orange' : 'teal'}
      variant="light"
      icon={failed > 0 ? <IconCircleX aria-hidden /> : <IconCircleCheck aria-hidden />}
      title={t('skp.bawahan.resultTitle', {
        ok: formatNumber(ok),
        failed: formatNumber(failed),
      })}
      withCloseButton
      closeButtonLabel={t('skp.refusal.close')}
      onClose={props.onClose}
      role="status"
      data-testid="bulk-results"
    >
      <List size="sm" spacing={4}>
        {props.outcomes.map((o, i) => (
          <List.Item
            key={i}
            icon={
              o.ok ? (
                <IconCircleCheck size={16} color="var(--mantine-color-teal-text)" aria-hidden />
              ) : (
                <IconCircleX size={16} color="var(--mantine-color-red-text)" aria-hidden />
              )
            }
            data-ok={o.ok}
          >
            <Text span fw={600} size="sm">
              {o.name}
            </Text>
            {' — '}
            {o.ok ? t('skp.bawahan.resultOk') : (o.message ?? t('skp.bawahan.resultFailed'))}
          </List.Item>
        ))}
      </List>
    </Alert>
  )
}

/**
 * "SKP Bawahan": the SKPs the atasan decides on, submitted ones first. Several can be
 * approved at once; each gets its own result (one may fail while the others pass).
 */
export function SkpBawahanPage() {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const currentYear = useCurrentYear()
  const [year, setYear] = useState(currentYear)
  const [status, setStatus] = useState<SkpStatus | ''>('diajukan')
  const [page, setPage] = useState(1)
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [confirming, setConfirming] = useState(false)
  const [outcomes, setOutcomes] = useState<Outcome[] | null>(null)
  const list = useSkpList({
    scope: 'bawahan',
    year,
    status: status || undefined,
    page,
    pageSize: PAGE_SIZE,
  })
  const bulk = useBulkApprove()

  const items = list.data?.items ?? []
  const selectable = items.filter((s) => s.status === 'diajukan')
  const chosen = items.filter((s) => selected.has(s.id))
  const toggle = (id: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })
  const allOn = selectable.length > 0 && selectable.every((s) => selected.has(s.id))
  const someOn = selectable.some((s) => selected.has(s.id))
  const resetSelection = () => setSelected(new Set())

  const approve = () => {
    const names = new Map(chosen.map((s) => [s.id, s.pegawai.name]))
    bulk.mutate(
      chosen.map((s) => ({ id: s.id, version: s.version })),
      {
        onSuccess: (r: BulkApproveResult) => {
          setOutcomes(
            r.results.map((x) => ({
              name: names.get(x.id) ?? x.id,
              ok: x.ok,
              message: x.message,
            })),
          )
          resetSelection()
          setConfirming(false)
        },
        onError: (e) => {
          setConfirming(false)
          notifyError(e, t('skp.actions.failed'))
        },
      },
    )
  }

  const selectBox = (s: SkpSummary) =>
    s.status === 'diajukan' ? (
      <Checkbox
        checked={selected.has(s.id)}
        onChange={(e) => toggle(s.id, e.currentTarget.checked)}
        aria-label={t('skp.bawahan.select', { name: s.pegawai.name })}
        size="md"
        mt={2}
        data-testid="bawahan-select"
      />
    ) : null

  return (
    <Stack gap="md">
      <PageHeader
        title={t('skp.bawahan.title')}
        description={t('skp.bawahan.description')}
        actions={<HelpLink topic="skp-bawahan" />}
      />
      <Paper withBorder radius="md" p="sm" role="search" aria-label={t('skp.bawahan.filters')}>
        <Grid gutter="sm" align="flex-end">
          <Grid.Col span={{ base: 7, sm: 4 }}>
            <NativeSelect
              label={t('skp.bawahan.status')}
              value={status}
              onChange={(e) => {
                setStatus(e.currentTarget.value as SkpStatus | '')
                setPage(1)
                resetSelection()
              }}
              data={[
                ...SKP_STATUSES.map((s) => ({ value: s, label: t(`skp.status.${s}`) })),
                { value: '', label: t('common.all') },
              ]}
              data-testid="bawahan-status"
            />
          </Grid.Col>
          <Grid.Col span={{ base: 5, sm: 3 }}>
            <YearSelect
              value={year}
              currentYear={currentYear}
              onChange={(y) => {
                setYear(y)
                setPage(1)
                resetSelection()
              }}
            />
          </Grid.Col>
        </Grid>
      </Paper>

      {outcomes ? <BulkResults outcomes={outcomes} onClose={() => setOutcomes(null)} /> : null}

      {list.isPending ? (
        <LoadingState rows={5} />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          icon={<IconInbox size={30} />}
          title={
            status === 'diajukan'
              ? t('skp.bawahan.emptySubmittedTitle')
              : t('skp.bawahan.emptyTitle')
          }
          description={
            status === 'diajukan' ? t('skp.bawahan.emptySubmitted') : t('skp.bawahan.empty')
          }
          testId="bawahan-empty"
        />
      ) : (
        <div data-testid="bawahan-list" aria-busy={list.isFetching}>
          {selectable.length > 0 ? (
            <Group justify="space-between" mb="xs" gap="xs">
              <Checkbox
                checked={allOn}
                indeterminate={someOn && !allOn}
                onChange={(e) =>
                  setSelected(
                    e.currentTarget.checked ? new Set(selectable.map((s) => s.id)) : new Set(),
                  )
                }
                label={t('skp.bawahan.selectAll', { count: selectable.length })}
                data-testid="bawahan-select-all"
              />
            </Group>
          ) : null}
          <ResponsiveTable
            isPhone={isPhone}
            items={items}
            renderCard={(s) => (
              <SkpSummaryCard
                key={s.id}
                skp={s}
                showPegawai
                leading={selectBox(s)}
                openLabel={s.status === 'diajukan' ? t('skp.bawahan.review') : t('skp.open')}
              />
            )}
            minWidth={820}
            caption={t('skp.bawahan.caption')}
            head={
              <>
                <Table.Th scope="col" w={48}>
                  <span className="visually-hidden">{t('skp.bawahan.selectColumn')}</span>
                </Table.Th>
                <Table.Th scope="col">{t('skp.bawahan.colPegawai')}</Table.Th>
                <Table.Th scope="col">{t('skp.bawahan.colJabatan')}</Table.Th>
                <Table.Th scope="col">{t('skp.bawahan.colRhk')}</Table.Th>
                <Table.Th scope="col">{t('skp.bawahan.colSubmitted')}</Table.Th>
                <Table.Th scope="col">{t('skp.bawahan.colStatus')}</Table.Th>
                <Table.Th scope="col">{t('common.actions')}</Table.Th>
              </>
            }
            renderRow={(s) => (
              <Table.Tr key={s.id} data-testid="bawahan-row">
                <Table.Td>{selectBox(s)}</Table.Td>
                <Table.Td>
                  <Text fw={600} size="sm">
                    {s.pegawai.name}
                  </Text>
                  <Text size="xs" ff="monospace" c="dimmed">
                    {formatNip(s.pegawai.nip)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{s.pegawai.jabatanName}</Text>
                  <Text size="xs" c="dimmed">
                    {s.pegawai.unitName}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatNumber(s.rhkCount)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDate(s.submittedAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <SkpStatusBadge status={s.status} />
                    {s.revision > 0 ? (
                      <Badge variant="outline" color="gray" size="sm">
                        {t('skp.revisionN', { n: s.revision })}
                      </Badge>
                    ) : null}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <AnchorLink
                    to="/skp/$skpId"
                    params={{ skpId: s.id }}
                    fw={600}
                    size="sm"
                    data-testid="skp-open"
                  >
                    {s.status === 'diajukan' ? t('skp.bawahan.review') : t('skp.open')}
                  </AnchorLink>
                </Table.Td>
              </Table.Tr>
            )}
          />
          <PaginationBar
            page={list.data.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onChange={(p) => {
              setPage(p)
              resetSelection()
            }}
          />
        </div>
      )}

      {chosen.length > 0 ? (
        <Paper
          withBorder
          shadow="md"
          radius="md"
          p="sm"
          style={{ position: 'sticky', bottom: isPhone ? 76 : 16, zIndex: 5 }}
          data-testid="bulk-bar"
        >
          <Group justify="space-between" gap="xs">
            <Text fw={600} size="sm" aria-live="polite">
              {t('skp.bawahan.selected', {
                count: chosen.length,
                formatted: formatNumber(chosen.length),
              })}
            </Text>
            <Group gap="xs">
              <Button variant="default" size="sm" onClick={resetSelection}>
                {t('skp.bawahan.clearSelection')}
              </Button>
              <Button
                color="teal"
                size="sm"
                leftSection={<IconChecks size={18} aria-hidden />}
                onClick={() => setConfirming(true)}
                data-testid="bulk-approve"
              >
                {t('skp.bawahan.approveSelected')}
              </Button>
            </Group>
          </Group>
        </Paper>
      ) : null}

      <ConfirmDialog
        opened={confirming}
        title={t('skp.bawahan.confirmTitle', { count: chosen.length })}
        message={
          <Stack gap="xs">
            <Text size="sm">{t('skp.bawahan.confirmText')}</Text>
            <List size="sm">
              {chosen.map((s) => (
                <List.Item key={s.id}>{s.pegawai.name}</List.Item>
              ))}
            </List>
          </Stack>
        }
        confirmLabel={t('skp.bawahan.approveSelected')}
        loading={bulk.isPending}
        onConfirm={approve}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  )
}
