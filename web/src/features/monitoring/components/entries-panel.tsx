import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  Paper,
  SegmentedControl,
  Stack,
  Text,
} from '@mantine/core'
import {
  IconCircleCheck,
  IconClipboardList,
  IconInfoCircle,
  IconPencilExclamation,
} from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Progress, Verdict } from '../../../../../shared/activities.ts'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PaginationBar } from '../../../components/ui/pagination-bar.tsx'
import { formatDate, formatNumber } from '../../../lib/format.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { useBulkVerify, useProgressList, useVerify } from '../api.ts'
import type { BulkVerifyResult } from '../api.ts'
import { EntryCard } from './entry-card.tsx'
import { VerifyModal } from './verify-modal.tsx'
import type { VerifyValues } from './verify-modal.tsx'

const PAGE_SIZE = 20

type Filter = 'all' | 'pending' | 'late'

/** What the verify dialog works on: one entry or the selection. */
type Target =
  { kind: 'one'; entry: Progress; verdict: Verdict } | { kind: 'many'; verdict: Verdict }

function SkippedAlert(props: {
  result: BulkVerifyResult
  labels: Map<string, string>
  onClose: () => void
}) {
  const { t } = useTranslation()
  const { skipped } = props.result
  return (
    <Alert
      color="orange"
      variant="light"
      title={t('monitoring.verify.skippedTitle', { count: skipped.length })}
      withCloseButton
      closeButtonLabel={t('monitoring.verify.close')}
      onClose={props.onClose}
      role="status"
      data-testid="bulk-skipped"
    >
      <Text size="sm" mb={4}>
        {t('monitoring.verify.skippedText')}
      </Text>
      <List size="sm" spacing={2}>
        {skipped.map((s) => (
          <List.Item key={s.id}>
            <Text span fw={600} size="sm">
              {props.labels.get(s.id) ?? s.id}
            </Text>
            {' — '}
            {s.reason}
          </List.Item>
        ))}
      </List>
    </Alert>
  )
}

/**
 * The person's entries in the period, newest first, with a filter (all, waiting verification,
 * late). The atasan verifies one entry with its own buttons, or several: tick them and use
 * the bar at the bottom; entries the server skips (e.g. changed meanwhile) are listed. Who may
 * verify comes with each entry (`canVerify`, the server's policy): today's direct atasan, the
 * SKP's pejabat penilai, or an admin for them; others above the person only read.
 */
export function EntriesPanel(props: {
  pegawaiId: string
  personName: string
  from: string
  to: string
  timeZone: string | undefined
  /** Today's direct atasan of the person, named when the viewer may not verify. */
  atasanName: string | null
}) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const [filter, setFilter] = useState<Filter>('all')
  const [page, setPage] = useState(1)
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [target, setTarget] = useState<Target | null>(null)
  const [skipped, setSkipped] = useState<{
    result: BulkVerifyResult
    labels: Map<string, string>
  } | null>(null)
  const list = useProgressList({
    pegawaiId: props.pegawaiId,
    from: props.from,
    to: props.to,
    verification: filter === 'pending' ? 'pending' : undefined,
    lateOnly: filter === 'late' ? true : undefined,
    page,
    pageSize: PAGE_SIZE,
  })
  const verify = useVerify()
  const bulk = useBulkVerify()

  const items = list.data?.items ?? []
  const chosen = items.filter((e) => selected.has(e.id))
  const verifiable = items.filter((e) => e.canVerify === true)
  const pendingOnPage = verifiable.filter((e) => e.verificationStatus === 'pending')
  const allPendingOn = pendingOnPage.length > 0 && pendingOnPage.every((e) => selected.has(e.id))
  const somePendingOn = pendingOnPage.some((e) => selected.has(e.id))
  const clear = () => setSelected(new Set())
  const label = (e: Progress) => `${formatDate(e.date)} ${e.startTime}–${e.endTime}`

  const verdictText = (v: Verdict) => t(`monitoring.verification.${v}`)

  const submit = (values: VerifyValues, placeError: (e: unknown) => boolean) => {
    if (!target) return
    if (target.kind === 'one') {
      verify.mutate(
        { id: target.entry.id, ...values },
        {
          onSuccess: () => {
            notifySuccess(t('monitoring.verify.doneOne', { verdict: verdictText(values.verdict) }))
            setTarget(null)
          },
          onError: (e) => {
            if (!placeError(e)) notifyError(e, t('monitoring.verify.failed'))
          },
        },
      )
      return
    }
    const labels = new Map(chosen.map((e) => [e.id, label(e)]))
    bulk.mutate(
      { ids: chosen.map((e) => e.id), verdict: values.verdict, note: values.note ?? null },
      {
        onSuccess: (r) => {
          notifySuccess(t('monitoring.verify.doneMany', { count: r.updated }))
          setSkipped(r.skipped.length > 0 ? { result: r, labels } : null)
          clear()
          setTarget(null)
        },
        onError: (e) => {
          if (!placeError(e)) notifyError(e, t('monitoring.verify.failed'))
        },
      },
    )
  }

  /** Sesuai on one entry needs no note: saved at once. Perlu perbaikan asks for the note. */
  const onVerifyOne = (entry: Progress, verdict: Verdict) => {
    if (verdict === 'perlu_perbaikan') {
      setTarget({ kind: 'one', entry, verdict })
      return
    }
    verify.mutate(
      { id: entry.id, verdict: 'sesuai', note: null },
      {
        onSuccess: () =>
          notifySuccess(t('monitoring.verify.doneOne', { verdict: verdictText('sesuai') })),
        onError: (e) => notifyError(e, t('monitoring.verify.failed')),
      },
    )
  }

  const emptyKey =
    filter === 'pending'
      ? {
          title: t('monitoring.detail.emptyPendingTitle'),
          text: t('monitoring.detail.emptyPending'),
        }
      : filter === 'late'
        ? { title: t('monitoring.detail.emptyLateTitle'), text: t('monitoring.detail.emptyLate') }
        : {
            title: t('monitoring.detail.emptyTitle'),
            text: t('monitoring.detail.empty', { name: props.personName }),
          }

  return (
    <Stack gap="sm">
      <SegmentedControl
        value={filter}
        onChange={(v) => {
          setFilter(v as Filter)
          setPage(1)
          clear()
        }}
        data={[
          { value: 'all', label: t('monitoring.detail.filterAll') },
          { value: 'pending', label: t('monitoring.detail.filterPending') },
          { value: 'late', label: t('monitoring.detail.filterLate') },
        ]}
        aria-label={t('monitoring.detail.filterLabel')}
        fullWidth={isPhone}
        style={{ alignSelf: isPhone ? undefined : 'flex-start' }}
        data-testid="entries-filter"
      />

      {skipped ? (
        <SkippedAlert
          result={skipped.result}
          labels={skipped.labels}
          onClose={() => setSkipped(null)}
        />
      ) : null}

      {items.length > 0 && verifiable.length === 0 ? (
        <Alert
          color="gray"
          variant="light"
          icon={<IconInfoCircle aria-hidden />}
          data-testid="verify-not-allowed"
        >
          {t('monitoring.detail.verifyNotAllowed', {
            person: props.personName,
            atasan: props.atasanName ?? '—',
          })}
        </Alert>
      ) : null}

      {list.isPending ? (
        <LoadingState rows={4} />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          icon={<IconClipboardList size={30} />}
          title={emptyKey.title}
          description={emptyKey.text}
          testId="entries-empty"
        />
      ) : (
        <>
          {pendingOnPage.length > 0 ? (
            <Checkbox
              checked={allPendingOn}
              indeterminate={somePendingOn && !allPendingOn}
              onChange={(e) =>
                setSelected(
                  e.currentTarget.checked ? new Set(pendingOnPage.map((x) => x.id)) : new Set(),
                )
              }
              label={t('monitoring.detail.selectAll', { count: pendingOnPage.length })}
              data-testid="entries-select-all"
            />
          ) : null}
          <Stack
            gap="sm"
            component="section"
            aria-label={t('monitoring.detail.entriesLabel', { name: props.personName })}
            aria-busy={list.isFetching}
            data-testid="entries-list"
          >
            {items.map((e) => (
              <EntryCard
                key={e.id}
                entry={e}
                timeZone={props.timeZone}
                canVerify={e.canVerify === true}
                selected={selected.has(e.id)}
                onSelect={(on) =>
                  setSelected((prev) => {
                    const next = new Set(prev)
                    if (on) next.add(e.id)
                    else next.delete(e.id)
                    return next
                  })
                }
                onVerify={(v) => onVerifyOne(e, v)}
                verifying={verify.isPending && verify.variables.id === e.id}
              />
            ))}
          </Stack>
          <PaginationBar
            page={list.data.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onChange={(p) => {
              setPage(p)
              clear()
            }}
          />
        </>
      )}

      {chosen.length > 0 ? (
        <Paper
          withBorder
          shadow="md"
          radius="md"
          p="sm"
          style={{ position: 'sticky', bottom: isPhone ? 76 : 16, zIndex: 5 }}
          data-testid="verify-bulk-bar"
        >
          <Stack gap="xs">
            <Group justify="space-between" gap="xs">
              <Text fw={600} size="sm" aria-live="polite">
                {t('monitoring.detail.selected', {
                  count: chosen.length,
                  formatted: formatNumber(chosen.length),
                })}
              </Text>
              <Button variant="subtle" size="compact-sm" onClick={clear}>
                {t('monitoring.detail.clearSelection')}
              </Button>
            </Group>
            <Group gap="xs" justify="flex-end">
              <Button
                color="teal"
                leftSection={<IconCircleCheck size={16} aria-hidden />}
                onClick={() => setTarget({ kind: 'many', verdict: 'sesuai' })}
                data-testid="bulk-verify-ok"
              >
                {t('monitoring.entry.verifyOk')}
              </Button>
              <Button
                color="orange"
                variant="light"
                leftSection={<IconPencilExclamation size={16} aria-hidden />}
                onClick={() => setTarget({ kind: 'many', verdict: 'perlu_perbaikan' })}
                data-testid="bulk-verify-fix"
              >
                {t('monitoring.entry.verifyFix')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : null}

      <VerifyModal
        opened={target !== null}
        count={target?.kind === 'one' ? 1 : chosen.length}
        initialVerdict={target?.verdict ?? 'sesuai'}
        summary={
          target?.kind === 'one'
            ? `${label(target.entry)} — ${target.entry.description}`
            : chosen.map(label).join(', ')
        }
        loading={verify.isPending || bulk.isPending}
        onClose={() => setTarget(null)}
        onSubmit={submit}
      />
    </Stack>
  )
}
