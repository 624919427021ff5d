import { Badge, Button, Group, Modal, Paper, Stack, Text } from '@mantine/core'
import { IconCheck, IconFileDescription, IconLink, IconPhoto, IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AssessmentRhk } from '../../../../../shared/assessments.ts'
import { formatDate } from '../../../lib/format.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { useAddEvidence } from '../api.ts'

/**
 * Picks bukti dukung from the files already attached to this RHK's daily-progress entries
 * of the period (newest first), so nothing has to be uploaded twice.
 */
export function EvidencePickModal(props: {
  opened: boolean
  onClose: () => void
  assessmentId: string
  rhk: AssessmentRhk
}) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const add = useAddEvidence(props.assessmentId)
  const [pending, setPending] = useState<string | null>(null)
  const picked = new Set(
    props.rhk.evidence.map((e) => e.progressEvidenceId).filter((id): id is string => !!id),
  )
  const items = props.rhk.progress.evidence

  const pick = (progressEvidenceId: string) => {
    setPending(progressEvidenceId)
    add.mutate(
      { kind: 'progress', rhkId: props.rhk.id, progressEvidenceId },
      {
        onSuccess: () => notifySuccess(t('penilaian.evidence.pickedDone')),
        onError: (e) => notifyError(e),
        onSettled: () => setPending(null),
      },
    )
  }

  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('penilaian.evidence.pickTitle')}
      fullScreen={isPhone}
      radius={isPhone ? 0 : 'md'}
      size="lg"
      centered
    >
      <Stack gap="sm" data-testid="evidence-pick-list">
        <Text size="sm" c="dimmed">
          {t('penilaian.evidence.pickIntro', { rhk: props.rhk.label })}
        </Text>
        {items.length === 0 ? (
          <Paper withBorder radius="md" p="md">
            <Text size="sm">{t('penilaian.evidence.pickNone')}</Text>
          </Paper>
        ) : (
          items.map((e) => {
            const done = picked.has(e.id)
            const image = (e.mimeType ?? '').startsWith('image/')
            return (
              <Paper key={e.id} withBorder radius="md" p="sm" data-testid="evidence-pick-item">
                <Group gap="sm" wrap="nowrap">
                  {image ? (
                    <IconPhoto size={22} aria-hidden style={{ flexShrink: 0 }} />
                  ) : e.mimeType === null && e.url && /^https?:\/\//i.test(e.url) ? (
                    <IconLink size={22} aria-hidden style={{ flexShrink: 0 }} />
                  ) : (
                    <IconFileDescription size={22} aria-hidden style={{ flexShrink: 0 }} />
                  )}
                  <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                    <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {e.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('penilaian.evidence.entryOf', { date: formatDate(e.date) })}
                    </Text>
                  </Stack>
                  {done ? (
                    <Badge
                      color="teal"
                      variant="light"
                      leftSection={<IconCheck size={12} aria-hidden />}
                      style={{ flexShrink: 0 }}
                    >
                      {t('penilaian.evidence.picked')}
                    </Badge>
                  ) : (
                    <Button
                      size="compact-md"
                      variant="light"
                      leftSection={<IconPlus size={16} aria-hidden />}
                      loading={pending === e.id}
                      disabled={pending !== null && pending !== e.id}
                      onClick={() => pick(e.id)}
                      aria-label={t('penilaian.evidence.pickOne', { name: e.name })}
                      style={{ flexShrink: 0 }}
                      data-testid="evidence-pick-add"
                    >
                      {t('penilaian.evidence.pickAdd')}
                    </Button>
                  )}
                </Group>
              </Paper>
            )
          })
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} data-testid="evidence-pick-close">
            {t('penilaian.evidence.pickClose')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
