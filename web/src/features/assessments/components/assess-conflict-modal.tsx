import { Text } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { AssessmentDetail } from '../../../../../shared/assessments.ts'
import { VersionConflictDialog } from '../../../components/ui/version-conflict-dialog.tsx'
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
    <VersionConflictDialog
      opened={props.conflict !== null}
      title={t('penilaianBawahan.conflict.title')}
      laterLabel={t('penilaianBawahan.conflict.later')}
      reloadLabel={t('penilaianBawahan.conflict.reload')}
      onReload={reload}
      onClose={props.onClose}
      testId="assess-conflict"
      reloadTestId="assess-conflict-reload"
      zIndex={400}
    >
      <Text size="sm">{t('penilaianBawahan.conflict.text')}</Text>
      <Text size="sm">{t('penilaianBawahan.conflict.whatToDo')}</Text>
    </VersionConflictDialog>
  )
}
