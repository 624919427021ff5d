import {
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  ThemeIcon,
  UnstyledButton,
} from '@mantine/core'
import {
  IconAlarm,
  IconArrowBackUp,
  IconBell,
  IconCalendarDue,
  IconChecks,
  IconCircleCheck,
  IconClipboardCheck,
  IconFileCheck,
  IconGavel,
  IconHeadset,
  IconHourglass,
  IconLockOpen,
  IconMessageReport,
  IconMessages,
  IconSend,
  IconSettings,
  IconTrophy,
} from '@tabler/icons-react'
import type { Icon } from '@tabler/icons-react'
import { useNavigate } from '@tanstack/react-router'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { ButtonLink } from '../../../components/ui/links.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { PaginationBar } from '../../../components/ui/pagination-bar.tsx'
import { formatDate, formatDateTime } from '../../../lib/format.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useSessionUser } from '../../auth/api.ts'
import { useMarkAllRead, useMarkRead, useNotifications, useUnreadCount } from '../api.ts'
import type { Notification } from '../api.ts'
import { relativeTime } from '../relative-time.ts'
import type { NotificationKind } from '../../../../../shared/notifications.ts'

const PAGE_SIZE = 20

/** One icon per kind (shared/notifications.ts); a kind this page does not know gets the bell. */
const KIND_ICONS: Record<NotificationKind, Icon> = {
  'skp.submitted': IconSend,
  'skp.returned': IconArrowBackUp,
  'skp.approved': IconCircleCheck,
  'progress.verified': IconClipboardCheck,
  'feedback.posted': IconMessages,
  'reminder.no_entry': IconAlarm,
  'reminder.deadline': IconCalendarDue,
  'reminder.waiting': IconHourglass,
  'assessment.submitted': IconFileCheck,
  'assessment.finalised': IconTrophy,
  'assessment.objected': IconMessageReport,
  'assessment.decided': IconGavel,
  'assessment.reopened': IconLockOpen,
  'helpdesk.created': IconHeadset,
  'helpdesk.replied': IconMessages,
  'helpdesk.status': IconHeadset,
}

function KindIcon(props: { kind: string }) {
  const Kind = Object.hasOwn(KIND_ICONS, props.kind)
    ? KIND_ICONS[props.kind as NotificationKind]
    : IconBell
  return <Kind size={20} aria-hidden />
}

/** Only paths inside this app are followed (the link comes from stored data). */
const isAppPath = (link: string | null): link is string =>
  !!link && link.startsWith('/') && !link.startsWith('//')

function NotificationItem(props: { item: Notification; timeZone?: string | undefined }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const markRead = useMarkRead()
  const { item } = props
  const unread = item.readAt === null
  const open = () => {
    const go = () => {
      if (isAppPath(item.link)) void navigate({ href: item.link })
    }
    if (!unread) return go()
    markRead.mutate(item.id, {
      onSuccess: go,
      onError: (e) => notifyError(e, t('notifications.markFailed')),
    })
  }
  const when = relativeTime(item.createdAt, new Date(), currentLanguage(), (iso) => formatDate(iso))
  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      style={{
        listStyle: 'none',
        borderLeftWidth: unread ? 4 : undefined,
      }}
      data-testid="notification-item"
      data-unread={unread}
    >
      <UnstyledButton
        onClick={open}
        disabled={markRead.isPending}
        p="sm"
        w="100%"
        style={{ borderRadius: 'inherit' }}
        aria-describedby={`notification-${item.id}-state`}
      >
        <Group align="flex-start" wrap="nowrap" gap="sm">
          <ThemeIcon variant="light" radius="xl" size={36} aria-hidden>
            <KindIcon kind={item.kind} />
          </ThemeIcon>
          <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
            <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
              <Text fw={unread ? 700 : 400} style={{ flex: '1 1 200px', wordBreak: 'break-word' }}>
                {item.title}
              </Text>
              <Badge
                id={`notification-${item.id}-state`}
                size="sm"
                variant={unread ? 'filled' : 'outline'}
                color={unread ? 'kinerja' : 'gray'}
              >
                {unread ? t('notifications.unread') : t('notifications.read')}
              </Badge>
            </Group>
            <Text size="sm" c={unread ? undefined : 'dimmed'} style={{ wordBreak: 'break-word' }}>
              {item.body}
            </Text>
            <Text size="xs" c="dimmed">
              <time
                dateTime={item.createdAt}
                title={formatDateTime(item.createdAt, props.timeZone)}
              >
                {when}
              </time>
            </Text>
          </Stack>
        </Group>
      </UnstyledButton>
    </Paper>
  )
}

/** The inbox: newest first; opening an item marks it read and follows its link. */
export function NotificationsPage() {
  const { t } = useTranslation()
  const me = useSessionUser()
  const [filter, setFilter] = useState<'all' | 'unread'>('all')
  const [page, setPage] = useState(1)
  const list = useNotifications({ unreadOnly: filter === 'unread', page, pageSize: PAGE_SIZE })
  const unreadCount = useUnreadCount().data?.count ?? 0
  const markAll = useMarkAllRead()

  const markAllRead = () =>
    markAll.mutate(undefined, {
      onSuccess: (r) => notifySuccess(t('notifications.allMarked', { count: r.updated })),
      onError: (e) => notifyError(e, t('notifications.markFailed')),
    })

  return (
    <Stack gap="md">
      <PageHeader
        title={t('notifications.title')}
        description={t('notifications.description')}
        actions={
          <>
            <Button
              leftSection={<IconChecks size={18} aria-hidden />}
              variant="light"
              onClick={markAllRead}
              loading={markAll.isPending}
              disabled={unreadCount === 0}
            >
              {t('notifications.markAllRead')}
            </Button>
            <ButtonLink
              to="/notifikasi/pengaturan"
              variant="default"
              leftSection={<IconSettings size={18} aria-hidden />}
              data-testid="notification-settings-link"
            >
              {t('notificationPrefs.link')}
            </ButtonLink>
          </>
        }
      />
      <SegmentedControl
        value={filter}
        onChange={(v) => {
          setFilter(v === 'unread' ? 'unread' : 'all')
          setPage(1)
        }}
        data={[
          { value: 'all', label: t('notifications.filterAll') },
          {
            value: 'unread',
            label: t('notifications.filterUnread', { count: unreadCount }),
          },
        ]}
        aria-label={t('notifications.filterLabel')}
        fullWidth
        maw={420}
      />
      {list.isPending ? (
        <LoadingState rows={4} />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState
          icon={<IconBell size={30} />}
          title={
            filter === 'unread' ? t('notifications.noUnreadTitle') : t('notifications.emptyTitle')
          }
          description={filter === 'unread' ? t('notifications.noUnread') : t('notifications.empty')}
        />
      ) : (
        <>
          <Stack
            component="ul"
            gap="xs"
            p={0}
            m={0}
            aria-label={t('notifications.listLabel')}
            aria-busy={list.isFetching}
          >
            {list.data.items.map((item) => (
              <NotificationItem
                key={item.id}
                item={item}
                timeZone={me.instansiTimeZone ?? undefined}
              />
            ))}
          </Stack>
          <PaginationBar
            page={page}
            pageSize={PAGE_SIZE}
            total={list.data.total}
            onChange={setPage}
          />
        </>
      )}
    </Stack>
  )
}
