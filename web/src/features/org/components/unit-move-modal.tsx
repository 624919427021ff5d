import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useUpdateUnit } from '../api.ts'
import type { UnitNode } from '../unit-tree.ts'
import { descendantIds } from '../unit-tree.ts'
import { UnitSelect } from './unit-select.tsx'

/** Moves a unit under another parent (or to the top); its sub-units move with it. */
export function UnitMoveModal(props: {
  opened: boolean
  onClose: () => void
  unit: UnitNode | null
}) {
  const { t } = useTranslation()
  if (!props.unit) return null
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('units.moveTitle', { name: props.unit.name })}
      size="lg"
    >
      {/* Keyed so each opening starts from the unit's current parent. */}
      {props.opened ? (
        <MoveForm key={props.unit.id} unit={props.unit} onClose={props.onClose} />
      ) : null}
    </Modal>
  )
}

function MoveForm(props: { unit: UnitNode; onClose: () => void }) {
  const { t } = useTranslation()
  const update = useUpdateUnit()
  const unit = props.unit
  const [parentId, setParentId] = useState<string | null>(unit.parentId)
  const save = () =>
    update.mutate(
      { id: unit.id, parentId },
      {
        onSuccess: () => {
          notifySuccess(t('units.moved', { name: unit.name }))
          props.onClose()
        },
        onError: (e) => notifyError(e),
      },
    )
  return (
    <Stack gap="md">
      <Text size="sm">
        {t('units.currentPath')}: <strong>{unit.path.join(' › ')}</strong>
      </Text>
      <UnitSelect
        label={t('units.newParent')}
        description={t('units.newParentHint')}
        value={parentId}
        onChange={setParentId}
        exclude={descendantIds(unit)}
      />
      <Alert variant="light" color="kinerja" icon={<IconInfoCircle aria-hidden />}>
        {t('units.moveExplain')}
      </Alert>
      <Group justify="flex-end">
        <Button variant="default" onClick={props.onClose}>
          {t('common.cancel')}
        </Button>
        <Button onClick={save} loading={update.isPending} disabled={parentId === unit.parentId}>
          {t('units.move')}
        </Button>
      </Group>
    </Stack>
  )
}
