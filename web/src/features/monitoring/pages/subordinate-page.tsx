import { Group, NativeSelect, Paper, Stack, Tabs, Text } from '@mantine/core'
import { IconCalendarOff, IconChartBar, IconClipboardList, IconMessages } from '@tabler/icons-react'
import { useNavigate, useParams, useSearch } from '@tanstack/react-router'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNip } from '../../../../../shared/rules/nip.ts'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { AnchorLink } from '../../../components/ui/links.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { formatDate } from '../../../lib/format.ts'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { useSessionUser } from '../../auth/api.ts'
import { FeedbackThreads } from '../../feedback/components/feedback-threads.tsx'
import { usePegawai } from '../../org/api.ts'
import { useCurrentPeriod, useYear } from '../../periods/api.ts'
import type { Period } from '../../periods/api.ts'
import { useRencanaAksiBoard } from '../api.ts'
import { EntriesPanel } from '../components/entries-panel.tsx'
import { RhkProgress } from '../components/rhk-progress.tsx'

type Tab = 'kegiatan' | 'rhk' | 'umpan-balik'

function Back() {
  const { t } = useTranslation()
  return (
    <AnchorLink to="/pemantauan" size="sm">
      ← {t('monitoring.detail.back')}
    </AnchorLink>
  )
}

/** The RHK progress and the feedback threads both hang on the person's SKP of the period's year. */
function RhkAndFeedback(props: { tab: 'rhk' | 'umpan-balik'; pegawaiId: string; period: Period }) {
  const board = useRencanaAksiBoard(props.period.id, props.pegawaiId)
  if (board.isPending) return <LoadingState rows={3} />
  if (board.isError) return <ErrorState error={board.error} onRetry={() => void board.refetch()} />
  if (props.tab === 'rhk') return <RhkProgress board={board.data} year={props.period.year} />
  if (!board.data.skp) return <RhkProgress board={board.data} year={props.period.year} />
  return (
    <FeedbackThreads
      skpId={board.data.skp.id}
      rhk={board.data.rhk.map((r) => ({ id: r.id, seq: r.seq, text: r.text }))}
    />
  )
}

/**
 * `/pemantauan/:pegawaiId`: one subordinate as the atasan sees them — their entries of a
 * period (verify one or several), progress per RHK against the rencana aksi targets, and the
 * umpan balik threads of their SKP.
 */
export function SubordinatePage() {
  const { t } = useTranslation()
  const me = useSessionUser()
  const isPhone = useIsPhone()
  const navigate = useNavigate()
  const { pegawaiId = '' } = useParams({ strict: false })
  const search = useSearch({ strict: false })
  // useSearch is not strict: narrow to this page's tabs (other routes use `tab` too).
  const tab: Tab = search.tab === 'rhk' || search.tab === 'umpan-balik' ? search.tab : 'kegiatan'
  const person = usePegawai(pegawaiId)
  const current = useCurrentPeriod()
  const year = useYear(current.data?.year?.year ?? null)
  const [periodId, setPeriodId] = useState<string | null>(null)
  const timeZone = me.instansiTimeZone ?? undefined

  if (person.isPending || current.isPending)
    return (
      <Stack>
        <Back />
        <PageHeader title={t('monitoring.detail.loadingTitle')} />
        <LoadingState rows={5} />
      </Stack>
    )
  if (person.isError || current.isError)
    return (
      <Stack>
        <Back />
        <PageHeader title={t('monitoring.detail.loadingTitle')} />
        <ErrorState
          error={person.error ?? current.error}
          onRetry={() => {
            void person.refetch()
            void current.refetch()
          }}
        />
      </Stack>
    )

  const p = person.data
  const periods = year.data?.periods ?? []
  const period =
    periods.find((x) => x.id === (periodId ?? current.data.period?.id)) ??
    periods.find((x) => x.kind !== 'annual') ??
    null
  const today = current.data.today
  const to = period && period.endDate < today ? period.endDate : today

  return (
    <Stack gap="md">
      <Back />
      <PageHeader
        title={p.fullName}
        description={
          <>
            {p.jabatanName} · {p.unitName}
            <br />
            <Text span size="sm" ff="monospace">
              {t('monitoring.detail.nip')} {formatNip(p.nip)}
            </Text>
          </>
        }
      />

      {current.data.year === null || (year.isSuccess && periods.length === 0) ? (
        <EmptyState
          icon={<IconCalendarOff size={30} />}
          title={t('monitoring.detail.noYearTitle')}
          description={t('monitoring.detail.noYear')}
        />
      ) : year.isPending ? (
        <LoadingState rows={3} />
      ) : year.isError ? (
        <ErrorState error={year.error} onRetry={() => void year.refetch()} />
      ) : period ? (
        <>
          <Paper withBorder radius="md" p="sm">
            <Group align="flex-end" gap="sm" wrap="wrap">
              <NativeSelect
                label={t('monitoring.detail.periodLabel')}
                description={`${formatDate(period.startDate)} – ${formatDate(period.endDate)}. ${t('monitoring.detail.periodHint')}`}
                value={period.id}
                onChange={(e) => setPeriodId(e.currentTarget.value)}
                data={periods.map((x) => ({ value: x.id, label: x.name }))}
                style={{ flex: '1 1 260px', maxWidth: 520 }}
                data-testid="subordinate-period"
              />
            </Group>
          </Paper>

          <Tabs
            value={tab}
            onChange={(v) =>
              void navigate({
                to: '/pemantauan/$pegawaiId',
                params: { pegawaiId },
                search: { tab: v === 'rhk' || v === 'umpan-balik' ? v : undefined },
                replace: true,
              })
            }
          >
            <Tabs.List mb="md" grow={isPhone}>
              <Tabs.Tab
                value="kegiatan"
                px={isPhone ? 4 : undefined}
                leftSection={isPhone ? null : <IconClipboardList size={16} aria-hidden />}
              >
                {t('monitoring.detail.tabs.entries')}
              </Tabs.Tab>
              <Tabs.Tab
                value="rhk"
                px={isPhone ? 4 : undefined}
                leftSection={isPhone ? null : <IconChartBar size={16} aria-hidden />}
              >
                {t('monitoring.detail.tabs.rhk')}
              </Tabs.Tab>
              <Tabs.Tab
                value="umpan-balik"
                px={isPhone ? 4 : undefined}
                leftSection={isPhone ? null : <IconMessages size={16} aria-hidden />}
              >
                {t('monitoring.detail.tabs.feedback')}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="kegiatan">
              {tab === 'kegiatan' ? (
                <EntriesPanel
                  key={period.id}
                  pegawaiId={pegawaiId}
                  personName={p.name}
                  from={period.startDate}
                  to={to < period.startDate ? period.startDate : to}
                  timeZone={timeZone}
                  atasanName={p.atasanName}
                />
              ) : null}
            </Tabs.Panel>
            <Tabs.Panel value="rhk">
              {tab === 'rhk' ? (
                <RhkAndFeedback tab="rhk" pegawaiId={pegawaiId} period={period} />
              ) : null}
            </Tabs.Panel>
            <Tabs.Panel value="umpan-balik">
              {tab === 'umpan-balik' ? (
                <RhkAndFeedback tab="umpan-balik" pegawaiId={pegawaiId} period={period} />
              ) : null}
            </Tabs.Panel>
          </Tabs>
        </>
      ) : null}
    </Stack>
  )
}
