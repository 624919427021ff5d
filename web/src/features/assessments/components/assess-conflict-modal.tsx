import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { IconRefresh } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { AssessmentDetail } from '../../../../../shared/assessments.ts'
import { assessmentKeys } from '../api.ts'

export type AssessConflict = { current: AssessmentDetail | null } | null

/**
 * "Penilaian diubah di tempat lain": a write was based on an old version (409
 * VERSION_CONFLICT). Loading the current version keeps what the atasan typed on the screen,
 * so it can be saved again on top of it.
 */
export function AssessConflictModal(props: {
  assessmentId: string
  conflict: AssessConflict
  onClose: () => void
}) {
  const { t } = useTranslation()
  const qc = useQueryClient()
  const reload = () => {
    if (props.conflict?.current)
      qc.setQueryData(assessmentKeys.detail(props.assessmentId), props.conflict.current)
    else void qc.invalidateQueries({ queryKey: assessmentKeys.detail(props.assessmentId) })
    void qc.invalidateQueries({ queryKey: ['assessments', 'bawahan'] })
    void qc.invalidateQueries({ queryKey: ['assessments', 'distribution'] })
    props.onClose()
  }
  return (
    <Modal
      opened={props.conflict !== null}
      onClose={props.onClose}
      title={t('penilaianBawahan.conflict.title')}
      centered
      zIndex={400}
    >
      <Stack gap="md" data-testid="assess-conflict">
        <Text size="sm">{t('penilaianBawahan.conflict.text')}</Text>
        <Text size="sm">{t('penilaianBawahan.conflict.whatToDo')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onClose}>
            {t('penilaianBawahan.conflict.later')}
          </Button>
          <Button
            leftSection={<IconRefresh size={18} aria-hidden />}
            onClick={reload}
            data-testid="assess-conflict-reload"
          >
            {t('penilaianBawahan.conflict.reload')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
