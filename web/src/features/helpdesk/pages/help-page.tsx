import {
  Alert,
  Button,
  Grid,
  List,
  Paper,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  Title,
} from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import {
  IconBook2,
  IconMessageDots,
  IconMessagePlus,
  IconSearch,
  IconTicket,
} from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { AnchorLink, ButtonLink } from '../../../components/ui/links.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { PaginationBar } from '../../../components/ui/pagination-bar.tsx'
import { useFaq, useTickets } from '../api.ts'
import { FaqAccordion } from '../components/faq-accordion.tsx'
import { TicketFormDrawer } from '../components/ticket-form-drawer.tsx'
import { TicketList } from '../components/ticket-list.tsx'

const PAGE_SIZE = 10

function FaqSection(props: { onNewTicket: () => void }) {
  const { t } = useTranslation()
  const [search, setSearch] = useState('')
  const [q] = useDebouncedValue(search.trim(), 300)
  const faq = useFaq(q || undefined)
  return (
    <Stack gap="sm" component="section" aria-labelledby="faq-title">
      <Title order={2} fz={20} id="faq-title">
        {t('helpdesk.help.faqTitle')}
      </Title>
      <TextInput
        type="search"
        label={t('helpdesk.help.search')}
        description={t('helpdesk.help.searchHint')}
        leftSection={<IconSearch size={18} aria-hidden />}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        maxLength={100}
        data-testid="faq-search"
      />
      {faq.isPending ? (
        <LoadingState rows={4} />
      ) : faq.isError ? (
        <ErrorState error={faq.error} onRetry={() => void faq.refetch()} />
      ) : faq.data.items.length === 0 ? (
        <EmptyState
          testId="faq-empty"
          icon={<IconSearch size={30} />}
          title={q ? t('helpdesk.help.faqNoMatchTitle') : t('helpdesk.help.faqEmptyTitle')}
          description={q ? t('helpdesk.help.faqNoMatch', { q }) : t('helpdesk.help.faqEmpty')}
          action={
            <Button
              variant="light"
              leftSection={<IconMessagePlus size={18} aria-hidden />}
              onClick={props.onNewTicket}
            >
              {t('helpdesk.help.newTicket')}
            </Button>
          }
        />
      ) : (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {q
              ? t('helpdesk.help.faqFound', { count: faq.data.items.length, q })
              : t('helpdesk.help.faqCount', { count: faq.data.items.length })}
          </Text>
          <FaqAccordion items={faq.data.items} />
          <Paper withBorder radius="md" p="md" bg="gray.0">
            <Stack gap="xs" align="flex-start">
              <Text size="sm" fw={600}>
                {t('helpdesk.help.stillStuck')}
              </Text>
              <Text size="sm">{t('helpdesk.help.stillStuckText')}</Text>
              <Button
                variant="light"
                leftSection={<IconMessagePlus size={18} aria-hidden />}
                onClick={props.onNewTicket}
              >
                {t('helpdesk.help.newTicket')}
              </Button>
            </Stack>
          </Paper>
        </>
      )}
    </Stack>
  )
}

function GuideCard() {
  const { t } = useTranslation()
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="guide-card-title">
      <Stack gap="sm" align="flex-start">
        <ThemeIcon size={44} radius="xl" variant="light" aria-hidden>
          <IconBook2 size={24} />
        </ThemeIcon>
        <Title order={2} fz={18} id="guide-card-title">
          {t('helpdesk.help.guideTitle')}
        </Title>
        <Text size="sm">{t('helpdesk.help.guideText')}</Text>
        <ButtonLink to="/bantuan/panduan" variant="light" data-testid="guide-link">
          {t('helpdesk.help.guideOpen')}
        </ButtonLink>
      </Stack>
    </Paper>
  )
}

function MyTickets(props: { onNewTicket: () => void }) {
  const { t } = useTranslation()
  const [page, setPage] = useState(1)
  const tickets = useTickets({ scope: 'mine', page, pageSize: PAGE_SIZE })
  return (
    <Stack gap="sm" component="section" aria-labelledby="my-tickets-title">
      <Title order={2} fz={18} id="my-tickets-title">
        {t('helpdesk.help.myTickets')}
      </Title>
      {tickets.isPending ? (
        <LoadingState rows={2} />
      ) : tickets.isError ? (
        <ErrorState error={tickets.error} onRetry={() => void tickets.refetch()} />
      ) : tickets.data.total === 0 ? (
        <EmptyState
          testId="my-tickets-empty"
          icon={<IconTicket size={30} />}
          title={t('helpdesk.help.myTicketsEmptyTitle')}
          description={t('helpdesk.help.myTicketsEmpty')}
          action={
            <Button
              variant="light"
              leftSection={<IconMessagePlus size={18} aria-hidden />}
              onClick={props.onNewTicket}
            >
              {t('helpdesk.help.newTicket')}
            </Button>
          }
        />
      ) : (
        <>
          <TicketList
            items={tickets.data.items}
            variant="mine"
            caption={t('helpdesk.help.myTicketsCaption')}
            compact
          />
          {tickets.data.total > PAGE_SIZE ? (
            <PaginationBar
              page={page}
              pageSize={PAGE_SIZE}
              total={tickets.data.total}
              onChange={setPage}
            />
          ) : null}
        </>
      )}
    </Stack>
  )
}

/** A reply waits for the person: say so at the top, whatever the page's order below. */
function WaitingNotice() {
  const { t } = useTranslation()
  const mine = useTickets({ scope: 'mine', page: 1, pageSize: PAGE_SIZE })
  const waiting = mine.data?.items.filter((tk) => tk.waitingForViewer) ?? []
  if (waiting.length === 0) return null
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconMessageDots aria-hidden />}
      data-testid="tickets-waiting-notice"
    >
      <Text size="sm">{t('helpdesk.help.waitingNotice', { count: waiting.length })}</Text>
      <List size="sm" mt={4}>
        {waiting.map((tk) => (
          <List.Item key={tk.id}>
            <AnchorLink to="/bantuan/tiket/$ticketId" params={{ ticketId: tk.id }} fw={600}>
              {tk.number}: {tk.subject}
            </AnchorLink>
          </List.Item>
        ))}
      </List>
    </Alert>
  )
}

/** `/bantuan` (everyone): the FAQ with search, the guide, the person's tickets, a new ticket. */
export function BantuanPage() {
  const { t } = useTranslation()
  const [formOpen, setFormOpen] = useState(false)
  const openForm = () => setFormOpen(true)
  return (
    <Stack gap="md">
      <PageHeader
        title={t('helpdesk.help.title')}
        description={t('helpdesk.help.description')}
        actions={
          <Button
            leftSection={<IconMessagePlus size={18} aria-hidden />}
            onClick={openForm}
            data-testid="ticket-new"
          >
            {t('helpdesk.help.newTicket')}
          </Button>
        }
      />
      <WaitingNotice />
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <FaqSection onNewTicket={openForm} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <GuideCard />
            <MyTickets onNewTicket={openForm} />
          </Stack>
        </Grid.Col>
      </Grid>
      <TicketFormDrawer opened={formOpen} onClose={() => setFormOpen(false)} />
    </Stack>
  )
}
