import { notifications } from '@mantine/notifications'
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react'
import i18next from 'i18next'
import { errorMessage } from './error-message.ts'

/** Toasts always carry an icon and words, not only a colour. */
export function notifySuccess(message: string, title?: string): void {
  notifications.show({ color: 'teal', icon: <IconCheck size={18} aria-hidden />, title, message })
}

export function notifyError(error: unknown, title?: string): void {
  notifications.show({
    color: 'red',
    icon: <IconAlertTriangle size={18} aria-hidden />,
    title: title ?? i18next.t('errors.saveFailed'),
    message: errorMessage(error),
    autoClose: 8000,
  })
}
