import { Group, NativeSelect, Stack, Tabs, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import {
  IconAdjustments,
  IconBook2,
  IconChartBar,
  IconInbox,
  IconListDetails,
  IconSearch,
} from '@tabler/icons-react'
import { Suspense, lazy, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { TICKET_STATUSES } from '../../../../../shared/helpdesk.ts'
import type { TicketStatus } from '../../../../../shared/helpdesk.ts'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { ButtonLink } from '../../../components/ui/links.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { PaginationBar } from '../../../components/ui/pagination-bar.tsx'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { isAdmin, useSessionUser } from '../../auth/api.ts'
import { useTakeTicket, useTickets } from '../api.ts'
import { TicketList } from '../components/ticket-list.tsx'

// The chart library is its own chunk, loaded when the statistics tab opens.
const StatsPanel = lazy(() =>
  import('../components/stats-panel.tsx').then((m) => ({ default: m.StatsPanel })),
)

const PAGE_SIZE = 25

function Queue() {
  const { t } = useTranslation()
  const [status, setStatus] = useState<TicketStatus | ''>('')
  const [search, setSearch] = useState('')
  const [q] = useDebouncedValue(search.trim(), 300)
  const [page, setPage] = useState(1)
  const filters = {
    scope: 'queue' as const,
    status: status || undefined,
    q: q || undefined,
    page,
    pageSize: PAGE_SIZE,
  }
  const tickets = useTickets(filters)
  const take = useTakeTicket()
  const filtered = status !== '' || q !== ''
  return (
    <Stack gap="md" data-testid="helpdesk-queue">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('helpdesk.queue.filterStatus')}
          value={status}
          onChange={(e) => {
            setStatus(e.currentTarget.value as TicketStatus | '')
            setPage(1)
          }}
          data={[
            { value: '', label: t('helpdesk.queue.allStatuses') },
            ...TICKET_STATUSES.map((s) => ({ value: s, label: t(`helpdesk.status.${s}`) })),
          ]}
          w={{ base: '100%', xs: 220 }}
          data-testid="queue-status-filter"
        />
        <TextInput
          type="search"
          label={t('helpdesk.queue.search')}
          placeholder={t('helpdesk.queue.searchHint')}
          leftSection={<IconSearch size={18} aria-hidden />}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value)
            setPage(1)
          }}
          maxLength={100}
          style={{ flex: '1 1 240px' }}
          data-testid="queue-search"
        />
      </Group>
      {tickets.isPending ? (
        <LoadingState rows={5} />
      ) : tickets.isError ? (
        <ErrorState error={tickets.error} onRetry={() => void tickets.refetch()} />
      ) : tickets.data.total === 0 ? (
        <EmptyState
          testId="queue-empty"
          icon={<IconInbox size={30} />}
          title={filtered ? t('helpdesk.queue.noMatchTitle') : t('helpdesk.queue.emptyTitle')}
          description={filtered ? t('helpdesk.queue.noMatch') : t('helpdesk.queue.empty')}
        />
      ) : (
        <>
          <TicketList
            items={tickets.data.items}
            variant="queue"
            caption={t('helpdesk.queue.caption')}
            takingId={take.isPending ? (take.variables ?? null) : null}
            onTake={(tk) =>
              take.mutate(tk.id, {
                onSuccess: () => notifySuccess(t('helpdesk.ticket.taken', { number: tk.number })),
                onError: (e) => notifyError(e),
              })
            }
          />
          <PaginationBar
            page={page}
            pageSize={PAGE_SIZE}
            total={tickets.data.total}
            onChange={setPage}
          />
        </>
      )}
    </Stack>
  )
}

/** `/helpdesk` (PIC, admin): the ticket queue and the response-time statistics. */
export function HelpdeskQueuePage() {
  const { t } = useTranslation()
  const me = useSessionUser()
  const [tab, setTab] = useState<string | null>('antrian')
  return (
    <Stack gap="md">
      <PageHeader
        title={t('helpdesk.queue.title')}
        description={t('helpdesk.queue.description')}
        actions={
          <>
            <ButtonLink
              to="/helpdesk/faq"
              variant="default"
              leftSection={<IconBook2 size={18} aria-hidden />}
            >
              {t('helpdesk.queue.faqLink')}
            </ButtonLink>
            {isAdmin(me) ? (
              <ButtonLink
                to="/helpdesk/pengaturan"
                variant="default"
                leftSection={<IconAdjustments size={18} aria-hidden />}
              >
                {t('helpdesk.queue.settingsLink')}
              </ButtonLink>
            ) : null}
          </>
        }
      />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="antrian" leftSection={<IconListDetails size={18} aria-hidden />}>
            {t('helpdesk.queue.tabQueue')}
          </Tabs.Tab>
          <Tabs.Tab
            value="statistik"
            leftSection={<IconChartBar size={18} aria-hidden />}
            data-testid="tab-stats"
          >
            {t('helpdesk.queue.tabStats')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="antrian">
          <Queue />
        </Tabs.Panel>
        <Tabs.Panel value="statistik">
          <Suspense fallback={<LoadingState rows={3} />}>
            <StatsPanel />
          </Suspense>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  )
}
