import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { notifyError, notifySuccess } from '../../lib/notify.tsx'
import { ConfirmDialog } from './confirm-dialog.tsx'

/** The delete mutation of a list: takes the id of the row. */
type DeleteMutation = {
  mutate: (
    id: string,
    options: { onSuccess: () => void; onError: (error: unknown) => void },
  ) => void
  isPending: boolean
}

/**
 * Asks before deleting `target` (open while it is not null), then deletes it with
 * `mutation`, tells the user and closes; a failure is shown and the dialog stays open.
 */
export function ConfirmDeleteDialog<T extends { id: string }>(props: {
  target: T | null
  onClose: () => void
  mutation: DeleteMutation
  title: string
  message: ReactNode
  deletedMessage: (target: T) => string
}) {
  const { t } = useTranslation()
  const { target, mutation } = props
  return (
    <ConfirmDialog
      opened={target !== null}
      onClose={props.onClose}
      title={props.title}
      message={props.message}
      confirmLabel={t('common.delete')}
      danger
      loading={mutation.isPending}
      onConfirm={() => {
        if (!target) return
        mutation.mutate(target.id, {
          onSuccess: () => {
            notifySuccess(props.deletedMessage(target))
            props.onClose()
          },
          onError: (e) => notifyError(e),
        })
      }}
    />
  )
}
