import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useBlocker } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'

/** Asks before leaving the page (or closing the tab) while something is not saved. */
export function UnsavedGuard(props: { dirty: boolean }) {
  const { t } = useTranslation()
  const { dirty } = props
  const blocker = useBlocker({
    shouldBlockFn: () => dirty,
    enableBeforeUnload: () => dirty,
    withResolver: true,
  })
  return (
    <Modal
      opened={blocker.status === 'blocked'}
      onClose={() => blocker.reset?.()}
      title={t('skp.unsaved.title')}
      centered
      zIndex={500}
    >
      <Stack gap="md" data-testid="unsaved-dialog">
        <Text size="sm">{t('skp.unsaved.text')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => blocker.reset?.()}>
            {t('skp.unsaved.stay')}
          </Button>
          <Button color="red" onClick={() => blocker.proceed?.()} data-testid="unsaved-leave">
            {t('skp.unsaved.leave')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
