import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { IconRefresh } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Skp } from '../../../../../shared/skp.ts'
import { notifyError } from '../../../lib/notify.tsx'
import { skpKeys, useSaveSkpContent } from '../api.ts'
import type { SkpContent } from '../skp-content.ts'
import { conflictCurrent, isVersionConflict } from '../version-conflict.ts'

export type ConflictState = { current: Skp | null } | null

/**
 * "Dokumen diubah di tempat lain": shown when a write was based on an old version. The
 * person chooses to load the current version; what they typed in an open dialog stays, so
 * they can save it again on top of the new version.
 */
export function ConflictModal(props: {
  skpId: string
  conflict: ConflictState
  onClose: () => void
}) {
  const { t } = useTranslation()
  const qc = useQueryClient()
  const reload = () => {
    if (props.conflict?.current)
      qc.setQueryData(skpKeys.detail(props.skpId), props.conflict.current)
    else void qc.invalidateQueries({ queryKey: skpKeys.detail(props.skpId) })
    void qc.invalidateQueries({ queryKey: skpKeys.dialog(props.skpId) })
    props.onClose()
  }
  return (
    <Modal
      opened={props.conflict !== null}
      onClose={props.onClose}
      title={t('skp.conflict.title')}
      centered
      zIndex={400}
    >
      <Stack gap="md" data-testid="skp-conflict">
        <Text size="sm">{t('skp.conflict.text')}</Text>
        <Text size="sm">{t('skp.conflict.whatToDo')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onClose}>
            {t('skp.conflict.later')}
          </Button>
          <Button
            leftSection={<IconRefresh size={18} aria-hidden />}
            onClick={reload}
            data-testid="skp-conflict-reload"
          >
            {t('skp.conflict.reload')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}

export type SkpWriter = {
  /** PUT the whole content on top of the version on screen. */
  saveContent: (
    content: SkpContent,
    handlers?: { onSuccess?: (skp: Skp) => void; onError?: (e: unknown) => boolean | undefined },
  ) => void
  saving: boolean
  /** For other writes (actions, ekspektasi): true when the error was a version conflict. */
  handleConflict: (e: unknown) => boolean
}

/** The SKP page's one way to write content, with the version check handled in one place. */
export function useSkpWriter(skp: Skp): { writer: SkpWriter; conflictModal: ReactNode } {
  const save = useSaveSkpContent(skp.id)
  const [conflict, setConflict] = useState<ConflictState>(null)
  const handleConflict = (e: unknown) => {
    if (!isVersionConflict(e)) return false
    setConflict({ current: conflictCurrent<Skp>(e) })
    return true
  }
  const writer: SkpWriter = {
    saving: save.isPending,
    handleConflict,
    saveContent: (content, handlers) =>
      save.mutate(
        { version: skp.version, content },
        {
          onSuccess: (s) => handlers?.onSuccess?.(s),
          onError: (e) => {
            if (handleConflict(e)) return
            // The caller may show the error itself (field errors on its inputs).
            if (handlers?.onError?.(e)) return
            notifyError(e)
          },
        },
      ),
  }
  return {
    writer,
    conflictModal: (
      <ConflictModal skpId={skp.id} conflict={conflict} onClose={() => setConflict(null)} />
    ),
  }
}
