import { Affix, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import {
  IconCalendarOff,
  IconClipboardPlus,
  IconCopy,
  IconFileImport,
  IconListDetails,
  IconPlus,
  IconUserOff,
} from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { useNavigate, useSearch } from '@tanstack/react-router'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addDays } from '../../../../../shared/rules/working-days.ts'
import { ConfirmDeleteDialog } from '../../../components/ui/confirm-delete-dialog.tsx'
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { ButtonLink } from '../../../components/ui/links.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { HelpLink } from '../../guide/help-link.tsx'
import { formatDate, todayIn } from '../../../lib/format.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { useSessionUser } from '../../auth/api.ts'
import { formatDayLong } from '../../periods/labels.ts'
import {
  fetchCalendar,
  fetchProgressRange,
  progressKeys,
  useDeleteProgress,
  useProgressCalendar,
  useProgressRange,
} from '../api.ts'
import { EntryCard } from '../components/entry-card.tsx'
import { EntryFormModal } from '../components/entry-form-modal.tsx'
import type { EntryFormMode } from '../components/entry-form-modal.tsx'
import { OfflineBanner } from '../components/offline-banner.tsx'
import { PendingEntryCard } from '../components/pending-entry-card.tsx'
import { WeekStrip } from '../components/week-strip.tsx'
import { byTime, copyToDay, emptyEntry, previousDayWithEntries } from '../entry-form.ts'
import type { EntryFormValues } from '../entry-form.ts'
import { discard, useOfflineState } from '../offline/offline-sync.ts'
import { itemsOf, mergeDay, pendingCountByDay } from '../offline/queue.ts'
import type { QueueItem } from '../offline/queue.ts'
import { formatDuration, formatInstant } from '../progress-format.ts'
import { usePeriodOfDay } from '../use-period-of-day.ts'
import { isAfter, parseDay, suggestTimes, toMinutes, weekDays } from '../week.ts'
import type { Progress } from '../../../../../shared/activities.ts'

/** How far back "Salin kemarin" looks for the last day with entries. */
const COPY_LOOKBACK_DAYS = 30

function formKey(mode: EntryFormMode): string {
  switch (mode.kind) {
    case 'new':
      return 'new'
    case 'draft':
      return `draft-${mode.index}`
    case 'edit':
      return `edit-${mode.entry.id}-${mode.entry.version}`
    case 'fix':
      return `fix-${mode.item.clientId}`
  }
}

type Drafts = { fromDate: string; values: EntryFormValues[]; index: number }

/**
 * "Progres Harian": the week strip, the chosen day's entries (from the server and from this
 * device's queue), and the entry form. `?tanggal=YYYY-MM-DD` picks the day (notifications
 * link to it). Phone first: one column, the main action always within thumb reach.
 */
export function ProgressPage() {
  const { t } = useTranslation()
  const me = useSessionUser()
  if (!me.pegawaiId) {
    return (
      <Stack>
        <PageHeader title={t('progress.title')} />
        <EmptyState
          icon={<IconUserOff size={30} />}
          title={t('progress.noPegawaiTitle')}
          description={t('progress.noPegawai')}
        />
      </Stack>
    )
  }
  return <ProgressDays owner={me.pegawaiId} timeZone={me.instansiTimeZone ?? 'Asia/Jakarta'} />
}

function ProgressDays(props: { owner: string; timeZone: string }) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const qc = useQueryClient()
  const navigate = useNavigate()
  const search = useSearch({ from: '/app/progres-harian' })
  // The signed-in layout runs the offline sync; this page shows its queue.
  const offline = useOfflineState()

  const localToday = todayIn(props.timeZone)
  const asked = parseDay(search.tanggal)
  const [calendarToday, setCalendarToday] = useState<string | null>(null)
  // The server says what today is (the instansi's zone); the device's clock is only the start.
  const today = calendarToday ?? localToday
  const selected = asked && !isAfter(asked, today) ? asked : today
  const days = useMemo(() => weekDays(selected), [selected])
  const from = days[0]!
  const to = days[6]!

  const calendar = useProgressCalendar(from, to)
  const range = useProgressRange(from, to)
  const periodIdFor = usePeriodOfDay(today)
  const del = useDeleteProgress()

  if (calendar.data && calendar.data.today !== today) setCalendarToday(calendar.data.today)

  const select = (day: string) =>
    void navigate({
      to: '/progres-harian',
      search: { tanggal: day === today ? undefined : day },
      replace: true,
    })

  const mine = useMemo(() => itemsOf(offline.items, props.owner), [offline.items, props.owner])
  const serverEntries = useMemo(() => range.data?.items ?? [], [range.data])
  const merged = useMemo(
    () => mergeDay(selected, serverEntries, mine),
    [selected, serverEntries, mine],
  )
  const pendingByDay = useMemo(
    () => pendingCountByDay(mine, new Set(serverEntries.map((e) => e.clientId))),
    [mine, serverEntries],
  )
  const calendarByDay = useMemo(
    () => new Map((calendar.data?.days ?? []).map((d) => [d.date, d])),
    [calendar.data],
  )
  const dayInfo = calendarByDay.get(selected)

  type Row = { key: string; start: string; end: string } & (
    | { kind: 'entry'; entry: Progress; queued: QueueItem | null }
    | { kind: 'pending'; item: QueueItem }
  )
  const rows: Row[] = [
    ...merged.entries.map((r): Row => ({
      key: r.entry.id,
      start: r.entry.startTime,
      end: r.entry.endTime,
      kind: 'entry',
      entry: r.entry,
      queued: r.queued,
    })),
    ...merged.pending.map((item): Row => ({
      key: item.clientId,
      start: item.input.startTime,
      end: item.input.endTime,
      kind: 'pending',
      item,
    })),
  ].sort((a, b) =>
    byTime({ startTime: a.start, endTime: a.end }, { startTime: b.start, endTime: b.end }),
  )
  const totalMinutes = rows.reduce(
    (sum, r) => sum + Math.max(0, toMinutes(r.end) - toMinutes(r.start)),
    0,
  )

  // ---------- the form ----------
  const [mode, setMode] = useState<EntryFormMode | null>(null)
  const [drafts, setDrafts] = useState<Drafts | null>(null)
  const [toDelete, setToDelete] = useState<Progress | null>(null)
  const [toDiscard, setToDiscard] = useState<QueueItem | null>(null)
  const [copying, setCopying] = useState(false)

  const openNew = () => {
    const times = suggestTimes(rows.map((r) => ({ endTime: r.end })))
    setDrafts(null)
    setMode({ kind: 'new', values: emptyEntry(selected, times) })
  }
  const openDraft = (d: Drafts) => {
    const values = d.values[d.index]
    if (!values) {
      setDrafts(null)
      setMode(null)
      return
    }
    setDrafts(d)
    setMode({ kind: 'draft', values, index: d.index, total: d.values.length, fromDate: d.fromDate })
  }
  const onDone = () => {
    if (drafts) openDraft({ ...drafts, index: drafts.index + 1 })
    else setMode(null)
  }
  const close = () => {
    setDrafts(null)
    setMode(null)
  }

  const copyYesterday = async () => {
    setCopying(true)
    try {
      const lookFrom = addDays(selected, -COPY_LOOKBACK_DAYS)
      const lookTo = addDays(selected, -1)
      const cal = await qc.query({
        queryKey: progressKeys.calendar(lookFrom, lookTo),
        queryFn: ({ signal }) => fetchCalendar(lookFrom, lookTo, signal),
      })
      const day = previousDayWithEntries(cal.days, selected)
      if (!day) {
        notifySuccess(t('progress.copy.none'))
        return
      }
      const page = await qc.query({
        queryKey: progressKeys.range(day, day),
        queryFn: ({ signal }) => fetchProgressRange(day, day, signal),
      })
      const entries = page.items.filter((e) => e.date === day).sort(byTime)
      if (entries.length === 0) {
        notifySuccess(t('progress.copy.none'))
        return
      }
      notifySuccess(t('progress.copy.found', { count: entries.length, date: formatDate(day) }))
      openDraft({ fromDate: day, values: entries.map((e) => copyToDay(e, selected)), index: 0 })
    } catch (e) {
      notifyError(e)
    } finally {
      setCopying(false)
    }
  }

  const isToday = selected === (calendar.data?.today ?? today)
  const offDay = dayInfo ? !dayInfo.working : false

  return (
    <Stack gap="md">
      <PageHeader
        title={t('progress.title')}
        description={isPhone ? undefined : t('progress.description')}
        actions={
          <>
            <ButtonLink
              to="/progres-harian/rencana-aksi"
              variant="default"
              size="sm"
              leftSection={<IconListDetails size={18} aria-hidden />}
            >
              {t('progress.rencanaAksiLink')}
            </ButtonLink>
            <ButtonLink
              to="/progres-harian/impor"
              variant="default"
              size="sm"
              leftSection={<IconFileImport size={18} aria-hidden />}
            >
              {t('progress.importLink')}
            </ButtonLink>
            <HelpLink topic="progres-harian" />
          </>
        }
      />

      <OfflineBanner state={offline} owner={props.owner} />

      <WeekStrip
        days={days}
        selected={selected}
        today={today}
        calendar={calendarByDay}
        pendingByDay={pendingByDay}
        onSelect={select}
      />

      <section aria-labelledby="day-title">
        <Stack gap="sm">
          <div>
            <Group gap="xs" align="center">
              <Title order={2} fz={{ base: 18, sm: 20 }} id="day-title" data-testid="day-title">
                {formatDayLong(selected)}
              </Title>
              {dayInfo?.holiday ? (
                <Badge
                  color="red"
                  variant="light"
                  leftSection={<IconCalendarOff size={12} aria-hidden />}
                >
                  {t('progress.day.holiday', { name: dayInfo.holiday })}
                </Badge>
              ) : offDay ? (
                <Badge color="gray" leftSection={<IconCalendarOff size={12} aria-hidden />}>
                  {t('progress.day.weekend')}
                </Badge>
              ) : null}
            </Group>
            {rows.length > 0 ? (
              <Text size="sm" c="dimmed" data-testid="day-summary">
                {t('progress.day.summary', {
                  count: rows.length,
                  duration: formatDuration(totalMinutes),
                })}
              </Text>
            ) : null}
            {isToday && calendar.data ? (
              <Text size="sm" mt={4} data-testid="today-deadline">
                {t('progress.day.deadlineToday', {
                  when: formatInstant(calendar.data.todayDeadlineAt, calendar.data.timeZone, true),
                })}
              </Text>
            ) : null}
          </div>

          <Group gap="xs">
            {/* On a phone the same action floats above the bottom bar, within thumb reach. */}
            {isPhone ? null : (
              <Button
                size="sm"
                leftSection={<IconPlus size={18} aria-hidden />}
                onClick={openNew}
                data-testid="entry-add"
              >
                {t('progress.add')}
              </Button>
            )}
            <Button
              size="sm"
              variant="light"
              leftSection={<IconCopy size={18} aria-hidden />}
              onClick={() => void copyYesterday()}
              loading={copying}
              disabled={!offline.online}
              data-testid="copy-yesterday"
            >
              {t('progress.copy.button')}
            </Button>
          </Group>

          {range.isPending && rows.length === 0 ? (
            <LoadingState rows={2} />
          ) : range.isError && offline.online && rows.length === 0 ? (
            <ErrorState error={range.error} onRetry={() => void range.refetch()} />
          ) : rows.length === 0 ? (
            <EmptyState
              icon={<IconClipboardPlus size={30} />}
              title={t('progress.day.emptyTitle')}
              description={offDay ? t('progress.day.emptyNonWorking') : t('progress.day.emptyText')}
              testId="day-empty"
            />
          ) : (
            <Stack gap="sm" data-testid="day-entries">
              {rows.map((r) =>
                r.kind === 'entry' ? (
                  <EntryCard
                    key={r.key}
                    entry={r.entry}
                    queued={r.queued}
                    timeZone={props.timeZone}
                    onEdit={() => setMode({ kind: 'edit', entry: r.entry })}
                    onDelete={() => setToDelete(r.entry)}
                    onDismissQueued={() => void discard(r.entry.clientId)}
                  />
                ) : (
                  <PendingEntryCard
                    key={r.key}
                    item={r.item}
                    onFix={() => setMode({ kind: 'fix', item: r.item })}
                    onDiscard={() => setToDiscard(r.item)}
                  />
                ),
              )}
            </Stack>
          )}
          {isToday && calendar.data ? (
            <Paper p="sm" radius="md" bg="gray.0">
              <Text size="xs" c="dimmed">
                {t('progress.day.deadlineHint')}
              </Text>
            </Paper>
          ) : null}
        </Stack>
      </section>

      {/* Room under the last card, so the floating button never covers its actions. */}
      {isPhone ? <div style={{ height: 56 }} aria-hidden /> : null}
      {isPhone && !mode ? (
        <Affix position={{ bottom: 80, right: 16 }} zIndex={150}>
          <Button
            radius="xl"
            size="md"
            leftSection={<IconPlus size={20} aria-hidden />}
            onClick={openNew}
            style={{ boxShadow: 'var(--mantine-shadow-md)' }}
            aria-label={t('progress.addForDay', { date: formatDate(selected) })}
            data-testid="entry-add"
          >
            {t('progress.add')}
          </Button>
        </Affix>
      ) : null}

      {mode ? (
        <EntryFormModal
          key={formKey(mode)}
          opened
          mode={mode}
          onClose={close}
          onDone={onDone}
          owner={props.owner}
          today={today}
          periodIdFor={periodIdFor}
        />
      ) : null}

      <ConfirmDeleteDialog
        target={toDelete}
        onClose={() => setToDelete(null)}
        mutation={del}
        title={t('progress.entry.deleteTitle')}
        message={
          toDelete
            ? t('progress.entry.deleteText', {
                description: toDelete.description.slice(0, 80),
                date: formatDate(toDelete.date),
              })
            : ''
        }
        deletedMessage={() => t('progress.entry.deleted')}
      />
      <ConfirmDialog
        opened={toDiscard !== null}
        onClose={() => setToDiscard(null)}
        title={t('progress.pending.discardTitle')}
        message={t('progress.pending.discardText', {
          description: toDiscard?.input.description.slice(0, 80) ?? '',
        })}
        confirmLabel={t('progress.pending.discard')}
        danger
        onConfirm={() => {
          const item = toDiscard
          setToDiscard(null)
          if (item)
            void discard(item.clientId).then(() => notifySuccess(t('progress.pending.discarded')))
        }}
      />
    </Stack>
  )
}
