import { Button, Group, Modal, NativeSelect, Stack, Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  TALENT_LEVELS,
  TALENT_LEVEL_LABEL,
  type TalentLevel,
} from '../../../../../shared/rules/talent.ts'
import { requiredField } from '../../../components/ui/required-field.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useSetPotensi } from '../api.ts'
import type { TalentItem } from '../followup-view.ts'

/** Admin: change a person's potensi for the year (moves them to another box; audited). */
export function PotensiDialog(props: {
  person: TalentItem | null
  year: number
  onClose: () => void
}) {
  const { t } = useTranslation()
  const save = useSetPotensi()
  const p = props.person
  const [potensi, setPotensi] = useState<TalentLevel | ''>(p?.potensi ?? '')
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | null>(null)
  return (
    <Modal
      opened={p !== null}
      onClose={props.onClose}
      title={p ? t('followup.talent.changeTitle', { name: p.name }) : ''}
      centered
    >
      {p ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault()
            if (!potensi) {
              setError(t('followup.talent.potensiRequired'))
              return
            }
            save.mutate(
              { pegawaiId: p.pegawaiId, year: props.year, potensi, note: note.trim() || null },
              {
                onSuccess: () => {
                  notifySuccess(t('followup.talent.saved', { name: p.name }))
                  props.onClose()
                },
                onError: (err) => notifyError(err),
              },
            )
          }}
          data-testid="potensi-form"
        >
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t('followup.talent.changeIntro')}
            </Text>
            <NativeSelect
              label={t('followup.talent.potensi')}
              {...requiredField}
              value={potensi}
              onChange={(e) => {
                setPotensi(e.currentTarget.value as TalentLevel | '')
                setError(null)
              }}
              data={[
                { value: '', label: t('followup.talent.choose') },
                ...TALENT_LEVELS.map((l) => ({ value: l, label: TALENT_LEVEL_LABEL[l] })),
              ]}
              error={error}
              data-testid="potensi-select"
            />
            <Textarea
              label={t('followup.talent.note')}
              description={t('followup.talent.noteHint')}
              autosize
              minRows={2}
              maxLength={1000}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={props.onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={save.isPending} data-testid="potensi-save">
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Modal>
  )
}
