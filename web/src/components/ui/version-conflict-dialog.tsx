import { Button, Group, Modal, Stack } from '@mantine/core'
import { IconRefresh } from '@tabler/icons-react'
import type { ReactNode } from 'react'

/**
 * "Changed elsewhere": a save was based on an old version (409 VERSION_CONFLICT). The person
 * loads the current version (`onReload`) or closes the dialog to decide later.
 */
export function VersionConflictDialog(props: {
  opened: boolean
  title: string
  /** What happened and what to do, as paragraphs. */
  children: ReactNode
  laterLabel: string
  reloadLabel: string
  onReload: () => void
  onClose: () => void
  testId: string
  reloadTestId?: string
  zIndex?: number
}) {
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.title}
      centered
      zIndex={props.zIndex}
    >
      <Stack gap="md" data-testid={props.testId}>
        {props.children}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onClose}>
            {props.laterLabel}
          </Button>
          <Button
            leftSection={<IconRefresh size={18} aria-hidden />}
            onClick={props.onReload}
            data-testid={props.reloadTestId}
          >
            {props.reloadLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
