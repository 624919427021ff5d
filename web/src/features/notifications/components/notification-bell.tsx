import { ActionIcon, Indicator } from '@mantine/core'
import type { ActionIconProps } from '@mantine/core'
import { IconBell } from '@tabler/icons-react'
import { createLink } from '@tanstack/react-router'
import type { AnchorHTMLAttributes, Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { useUnreadCount } from '../api.ts'

type ActionIconAnchorProps = ActionIconProps &
  AnchorHTMLAttributes<HTMLAnchorElement> & { ref?: Ref<HTMLAnchorElement> }
function ActionIconAnchor(props: ActionIconAnchorProps) {
  return <ActionIcon component="a" {...props} />
}
const ActionIconLink = createLink(ActionIconAnchor)

/** Badges show at most two digits; the label still says the exact number. */
const badgeText = (n: number) => (n > 99 ? '99+' : String(n))

/**
 * The header bell: a link to the inbox whose accessible name carries the unread count
 * ("Notifikasi (3 belum dibaca)"); the count is polled every minute.
 */
export function NotificationBell() {
  const { t } = useTranslation()
  const { data } = useUnreadCount()
  const count = data?.count ?? 0
  // Until the first answer the label claims nothing about unread items.
  const label = !data
    ? t('notifications.title')
    : count > 0
      ? t('notifications.bellLabel', { count })
      : t('notifications.bellLabelNone')
  return (
    <Indicator
      label={<span aria-hidden>{badgeText(count)}</span>}
      disabled={count === 0}
      size={18}
      offset={6}
      color="red"
      withBorder
    >
      <ActionIconLink
        to="/notifikasi"
        variant="subtle"
        color="gray"
        size={44}
        radius="xl"
        aria-label={label}
        title={label}
        data-testid="notification-bell"
      >
        <IconBell size={24} aria-hidden />
      </ActionIconLink>
    </Indicator>
  )
}
