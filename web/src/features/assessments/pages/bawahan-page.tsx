import {
  Alert,
  Button,
  Checkbox,
  Grid,
  Group,
  List,
  NativeSelect,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import {
  IconCalendarOff,
  IconCircleCheck,
  IconInbox,
  IconLock,
  IconUserQuestion,
} from '@tabler/icons-react'
import { useNavigate, useSearch } from '@tanstack/react-router'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DistributionView } from '../../../../../shared/assessments.ts'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { HelpLink } from '../../guide/help-link.tsx'
import { formatDate, formatNumber, todayIn } from '../../../lib/format.ts'
import { notifyError } from '../../../lib/notify.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { useSessionUser } from '../../auth/api.ts'
import { useYear, useYears } from '../../periods/api.ts'
import { useCurrentYear } from '../../skp/use-current-year.ts'
import { useBawahan, useFinaliseBulk } from '../api.ts'
import type { FinaliseBulkResult } from '../api.ts'
import {
  bulkFinaliseNeed,
  defaultPeriodId,
  finaliseRefusal,
  isBulkFinalisable,
  orderedPeriods,
  sortBawahan,
} from '../atasan-view.ts'
import { AssessFinaliseDialog, type FinaliseNeed } from '../components/assess-finalise-dialog.tsx'
import { BawahanTable } from '../components/bawahan-table.tsx'
import { DistributionChart } from '../components/distribution-chart.tsx'

type Scope = 'direct' | 'review'
type BulkState = {
  opened: boolean
  need: FinaliseNeed
  distribution: DistributionView | null
  message: string | null
}
const CLOSED: BulkState = { opened: false, need: 'none', distribution: null, message: null }

/** What a bulk finalise did: who was finalised, who was skipped and why. */
function BulkResult(props: {
  result: FinaliseBulkResult
  names: Map<string, string>
  onClose: () => void
}) {
  const { t } = useTranslation()
  const { result } = props
  const skipped = result.skipped.length
  return (
    <Alert
      color={skipped > 0 ? 'orange' : 'teal'}
      variant="light"
      icon={<IconCircleCheck aria-hidden />}
      title={t('penilaianBawahan.bulk.resultTitle', {
        finalised: formatNumber(result.finalised.length),
        skipped: formatNumber(skipped),
      })}
      withCloseButton
      closeButtonLabel={t('penilaianBawahan.bulk.close')}
      onClose={props.onClose}
      role="status"
      data-testid="bulk-result"
    >
      {skipped > 0 ? (
        <>
          <Text size="sm" fw={600} mb={4}>
            {t('penilaianBawahan.bulk.skippedTitle')}
          </Text>
          <List size="sm" spacing={2} data-testid="bulk-skipped">
            {result.skipped.map((s) => (
              <List.Item key={s.id}>
                <Text span fw={600} size="sm">
                  {s.name ?? props.names.get(s.id) ?? s.id}
                </Text>
                {' — '}
                {s.reason}
              </List.Item>
            ))}
          </List>
        </>
      ) : (
        <Text size="sm">{t('penilaianBawahan.bulk.allDone')}</Text>
      )}
    </Alert>
  )
}

/**
 * `/penilaian/bawahan`: the atasan's subordinates for one assessment period — status,
 * lateness and predikat, who has no assessment and why, the predikat distribution of each
 * group against its pattern, and finalising several rated assessments at once (with a written
 * justification when the distribution is outside the pattern).
 */
export function BawahanPage() {
  const { t } = useTranslation()
  const me = useSessionUser()
  const isPhone = useIsPhone()
  const navigate = useNavigate()
  const search = useSearch({ strict: false })
  const currentYear = useCurrentYear()
  const year = search.tahun ?? currentYear
  const years = useYears()
  const yearDetail = useYear(year)
  const [scope, setScope] = useState<Scope>('direct')
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [bulk, setBulk] = useState<BulkState>(CLOSED)
  const [result, setResult] = useState<{
    result: FinaliseBulkResult
    names: Map<string, string>
  } | null>(null)
  const finaliseBulk = useFinaliseBulk()

  const periods = orderedPeriods(yearDetail.data?.periods ?? [])
  const today = yearDetail.data?.today ?? todayIn(me.instansiTimeZone ?? undefined)
  const periodId =
    (search.periode && periods.some((p) => p.id === search.periode) ? search.periode : null) ??
    defaultPeriodId(periods, today)
  const period = periods.find((p) => p.id === periodId) ?? null
  const list = useBawahan(period?.id, scope)

  const go = (next: { tahun?: number | undefined; periode?: string | undefined }) => {
    setSelected(new Set())
    setResult(null)
    void navigate({ to: '/penilaian/bawahan', search: next, replace: true })
  }

  const yearOptions = new Set<number>((years.data ?? []).map((y) => y.year))
  yearOptions.add(currentYear)
  yearOptions.add(year)

  const items = sortBawahan(list.data?.items ?? [])
  const selectable = scope === 'direct' ? items.filter(isBulkFinalisable) : []
  const chosen = selectable.filter((a) => selected.has(a.id))
  const allOn = selectable.length > 0 && selectable.every((a) => selected.has(a.id))
  const someOn = selectable.some((a) => selected.has(a.id))
  const toggle = (id: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })

  const openBulk = () => {
    const predicted = bulkFinaliseNeed(
      list.data?.distributions ?? [],
      new Set(chosen.map((a) => a.id)),
    )
    setBulk({ opened: true, ...predicted, message: null })
  }

  const confirmBulk = (justification: string | undefined) => {
    if (!period) return
    const names = new Map(chosen.map((a) => [a.id, a.pegawai.name]))
    finaliseBulk.mutate(
      {
        periodId: period.id,
        items: chosen.map((a) => ({ id: a.id, version: a.version })),
        ...(justification ? { justification } : {}),
      },
      {
        onSuccess: (r) => {
          setBulk(CLOSED)
          setSelected(new Set())
          setResult({ result: r, names })
        },
        onError: (e) => {
          const r = finaliseRefusal(e)
          if (r?.kind === 'outside' || r?.kind === 'blocked') {
            setBulk({
              opened: true,
              need: r.kind,
              distribution: r.distribution ?? bulk.distribution,
              message: r.message,
            })
            return
          }
          setBulk(CLOSED)
          notifyError(e, t('penilaianBawahan.bulk.failed'))
        },
      },
    )
  }

  return (
    <Stack gap="md">
      <PageHeader
        title={t('penilaianBawahan.title')}
        description={t('penilaianBawahan.description')}
        actions={<HelpLink topic="menilai-bawahan" />}
      />

      <Paper withBorder radius="md" p="sm" role="search" aria-label={t('penilaianBawahan.filters')}>
        <Grid gutter="sm" align="flex-end">
          <Grid.Col span={{ base: 4, sm: 2 }}>
            <NativeSelect
              label={t('penilaianBawahan.year')}
              value={String(year)}
              onChange={(e) => go({ tahun: Number(e.currentTarget.value) })}
              data={[...yearOptions]
                .sort((a, b) => b - a)
                .map((y) => ({ value: String(y), label: String(y) }))}
              data-testid="bawahan-year"
            />
          </Grid.Col>
          <Grid.Col span={{ base: 8, sm: 5 }}>
            <NativeSelect
              label={t('penilaianBawahan.period')}
              value={period?.id ?? ''}
              onChange={(e) => go({ tahun: search.tahun, periode: e.currentTarget.value })}
              disabled={periods.length === 0}
              data={
                periods.length === 0
                  ? [{ value: '', label: t('penilaianBawahan.noPeriodsShort') }]
                  : periods.map((p) => ({
                      value: p.id,
                      label:
                        p.kind === 'annual'
                          ? t('penilaianBawahan.periodAnnual', { name: p.name })
                          : p.name,
                    }))
              }
              data-testid="bawahan-period"
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 5 }}>
            <SegmentedControl
              value={scope}
              onChange={(v) => {
                setScope(v === 'review' ? 'review' : 'direct')
                setSelected(new Set())
                setResult(null)
              }}
              data={[
                { value: 'direct', label: t('penilaianBawahan.scope.direct') },
                { value: 'review', label: t('penilaianBawahan.scope.review') },
              ]}
              fullWidth
              aria-label={t('penilaianBawahan.scope.label')}
              data-testid="bawahan-scope"
            />
          </Grid.Col>
        </Grid>
        {period ? (
          <Text size="xs" c="dimmed" mt="xs" data-testid="bawahan-period-info">
            {t('penilaianBawahan.periodHint', {
              from: formatDate(period.startDate),
              to: formatDate(period.endDate),
              deadline: formatDate(period.deadline),
            })}
          </Text>
        ) : null}
      </Paper>

      {result ? (
        <BulkResult result={result.result} names={result.names} onClose={() => setResult(null)} />
      ) : null}

      {yearDetail.isPending ? (
        <LoadingState rows={4} />
      ) : yearDetail.isError ? (
        <EmptyState
          icon={<IconCalendarOff size={30} />}
          title={t('penilaianBawahan.noYearTitle', { year })}
          description={t('penilaianBawahan.noYear')}
          testId="bawahan-no-year"
        />
      ) : !period ? (
        <EmptyState
          icon={<IconCalendarOff size={30} />}
          title={t('penilaianBawahan.noYearTitle', { year })}
          description={t('penilaianBawahan.noPeriods')}
          testId="bawahan-no-year"
        />
      ) : list.isPending ? (
        <LoadingState rows={5} />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <Stack gap="xs" component="section" aria-labelledby="bawahan-list-title">
            <Title order={2} fz={20} id="bawahan-list-title">
              {scope === 'review'
                ? t('penilaianBawahan.list.reviewTitle')
                : t('penilaianBawahan.list.title', { count: items.length })}
            </Title>
            {items.length === 0 ? (
              <EmptyState
                icon={<IconInbox size={30} />}
                title={
                  scope === 'review'
                    ? t('penilaianBawahan.list.emptyReviewTitle')
                    : t('penilaianBawahan.list.emptyTitle')
                }
                description={
                  scope === 'review'
                    ? t('penilaianBawahan.list.emptyReview')
                    : t('penilaianBawahan.list.empty')
                }
                testId="bawahan-assess-empty"
              />
            ) : (
              <div data-testid="bawahan-assess-list" aria-busy={list.isFetching}>
                {selectable.length > 0 ? (
                  <Checkbox
                    mb="xs"
                    checked={allOn}
                    indeterminate={someOn && !allOn}
                    onChange={(e) =>
                      setSelected(
                        e.currentTarget.checked ? new Set(selectable.map((a) => a.id)) : new Set(),
                      )
                    }
                    label={t('penilaianBawahan.list.selectAll', { count: selectable.length })}
                    data-testid="bawahan-assess-select-all"
                  />
                ) : null}
                <BawahanTable
                  items={items}
                  isPhone={isPhone}
                  scope={scope}
                  selected={selected}
                  timeZone={me.instansiTimeZone ?? undefined}
                  onToggle={toggle}
                />
              </div>
            )}
          </Stack>

          {scope === 'direct' && list.data.missing.length > 0 ? (
            <Paper
              withBorder
              radius="md"
              p={{ base: 'sm', sm: 'md' }}
              component="section"
              aria-labelledby="bawahan-missing-title"
              data-testid="bawahan-missing"
            >
              <Group gap={6} mb="xs">
                <IconUserQuestion size={18} aria-hidden />
                <Title order={2} fz={18} id="bawahan-missing-title">
                  {t('penilaianBawahan.missing.title', { count: list.data.missing.length })}
                </Title>
              </Group>
              <Text size="sm" c="dimmed" mb="xs">
                {t('penilaianBawahan.missing.hint')}
              </Text>
              <List size="sm" spacing={4}>
                {list.data.missing.map((m) => (
                  <List.Item key={m.pegawaiId} data-testid="bawahan-missing-item">
                    <Text span fw={600} size="sm">
                      {m.name}
                    </Text>
                    {' — '}
                    {m.reason}
                  </List.Item>
                ))}
              </List>
            </Paper>
          ) : null}

          {list.data.distributions.length > 0 ? (
            <Stack gap="xs" component="section" aria-labelledby="bawahan-dist-title">
              <Title order={2} fz={20} id="bawahan-dist-title">
                {t('penilaianBawahan.distributions.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('penilaianBawahan.distributions.hint')}
              </Text>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                {list.data.distributions.map((g) => (
                  <DistributionChart key={g.unitId} view={g} />
                ))}
              </SimpleGrid>
            </Stack>
          ) : null}
        </>
      )}

      {chosen.length > 0 ? (
        <Paper
          withBorder
          shadow="md"
          radius="md"
          p="sm"
          style={{ position: 'sticky', bottom: isPhone ? 76 : 16, zIndex: 5 }}
          data-testid="bawahan-bulk-bar"
        >
          <Group justify="space-between" gap="xs">
            <Text fw={600} size="sm" aria-live="polite">
              {t('penilaianBawahan.bulk.selected', { count: chosen.length })}
            </Text>
            <Group gap="xs">
              <Button variant="default" size="sm" onClick={() => setSelected(new Set())}>
                {t('penilaianBawahan.bulk.clear')}
              </Button>
              <Button
                color="teal"
                size="sm"
                leftSection={<IconLock size={18} aria-hidden />}
                onClick={openBulk}
                data-testid="finalise-selected"
              >
                {t('penilaianBawahan.bulk.finaliseSelected')}
              </Button>
            </Group>
          </Group>
        </Paper>
      ) : null}

      <AssessFinaliseDialog
        opened={bulk.opened}
        title={t('penilaianBawahan.bulk.confirmTitle', { count: chosen.length })}
        names={chosen.map((a) => a.pegawai.name)}
        need={bulk.need}
        distribution={bulk.distribution}
        serverMessage={bulk.message}
        loading={finaliseBulk.isPending}
        onConfirm={confirmBulk}
        onClose={() => setBulk(CLOSED)}
      />
    </Stack>
  )
}
