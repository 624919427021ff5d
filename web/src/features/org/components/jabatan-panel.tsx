import { Badge, Button, Card, Group, Stack, Switch, Text, Title } from '@mantine/core'
import { IconBriefcase, IconCrown, IconPencil, IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { JABATAN_JENIS_LABEL } from '../../../../../shared/org.ts'
import type { Jabatan } from '../../../../../shared/org.ts'
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { ActiveBadge } from '../../../components/ui/status-badge.tsx'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useJabatan, useUpdateJabatan } from '../api.ts'
import { JabatanFormModal } from './jabatan-form-modal.tsx'

/** The positions of one unit, with add/edit and (de)activation. */
export function JabatanPanel(props: { unitId: string; unitName: string }) {
  const { t } = useTranslation()
  const jabatan = useJabatan(props.unitId)
  const update = useUpdateJabatan()
  const [formOpen, setFormOpen] = useState(false)
  const [editing, setEditing] = useState<Jabatan | null>(null)
  const [toggling, setToggling] = useState<Jabatan | null>(null)
  const [showInactive, setShowInactive] = useState(false)

  const items = (jabatan.data ?? [])
    .filter((j) => showInactive || j.active)
    .sort((a, b) => Number(b.headsUnit) - Number(a.headsUnit) || a.name.localeCompare(b.name, 'id'))

  const openAdd = () => {
    setEditing(null)
    setFormOpen(true)
  }

  const confirmToggle = () => {
    if (!toggling) return
    const active = !toggling.active
    update.mutate(
      { id: toggling.id, active },
      {
        onSuccess: () => {
          notifySuccess(
            active
              ? t('jabatan.activated', { name: toggling.name })
              : t('jabatan.deactivated', { name: toggling.name }),
          )
          setToggling(null)
        },
        onError: (e) => notifyError(e),
      },
    )
  }

  return (
    <section aria-labelledby="jabatan-title" data-testid="jabatan-list">
      <Group justify="space-between" mb="xs" gap="xs">
        <Title order={3} fz={17} id="jabatan-title">
          {t('jabatan.title')}
        </Title>
        <Button size="xs" leftSection={<IconPlus size={16} aria-hidden />} onClick={openAdd}>
          {t('jabatan.add')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('jabatan.explain')}
      </Text>
      <Switch
        size="sm"
        mb="sm"
        label={t('jabatan.showInactive')}
        checked={showInactive}
        onChange={(e) => setShowInactive(e.currentTarget.checked)}
      />
      {jabatan.isPending ? (
        <LoadingState rows={2} />
      ) : jabatan.isError ? (
        <ErrorState error={jabatan.error} onRetry={() => void jabatan.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          icon={<IconBriefcase size={30} />}
          title={t('jabatan.emptyTitle')}
          description={t('jabatan.empty')}
          action={
            <Button size="xs" variant="light" onClick={openAdd}>
              {t('jabatan.add')}
            </Button>
          }
        />
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((j) => (
            <Card
              key={j.id}
              withBorder
              padding="sm"
              radius="md"
              component="li"
              data-testid="jabatan-item"
            >
              <Group justify="space-between" gap="xs" align="flex-start">
                <Stack gap={4} style={{ flex: '1 1 220px', minWidth: 0 }}>
                  <Text fw={600} style={{ wordBreak: 'break-word' }}>
                    {j.name}
                  </Text>
                  <Group gap={6}>
                    <Badge variant="light" color="gray" maw="100%">
                      {JABATAN_JENIS_LABEL[j.jenis]}
                    </Badge>
                    {j.headsUnit ? (
                      <Badge variant="light" leftSection={<IconCrown size={12} aria-hidden />}>
                        {t('jabatan.headsUnitBadge')}
                      </Badge>
                    ) : null}
                    {!j.active ? <ActiveBadge active={false} /> : null}
                  </Group>
                </Stack>
                <Group gap={4} wrap="nowrap" ml="auto">
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    leftSection={<IconPencil size={16} aria-hidden />}
                    aria-label={t('jabatan.editNamed', { name: j.name })}
                    onClick={() => {
                      setEditing(j)
                      setFormOpen(true)
                    }}
                  >
                    {t('jabatan.editShort')}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color={j.active ? 'red' : 'teal'}
                    aria-label={
                      j.active
                        ? t('jabatan.deactivateNamed', { name: j.name })
                        : t('jabatan.activateNamed', { name: j.name })
                    }
                    onClick={() => setToggling(j)}
                  >
                    {j.active ? t('common.deactivate') : t('common.activate')}
                  </Button>
                </Group>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
      <JabatanFormModal
        opened={formOpen}
        onClose={() => setFormOpen(false)}
        unitId={props.unitId}
        unitName={props.unitName}
        editing={editing}
      />
      <ConfirmDialog
        opened={toggling !== null}
        onClose={() => setToggling(null)}
        title={toggling?.active ? t('jabatan.deactivateTitle') : t('jabatan.activateTitle')}
        message={
          toggling?.active
            ? t('jabatan.deactivateText', { name: toggling.name })
            : t('jabatan.activateText', { name: toggling?.name ?? '' })
        }
        confirmLabel={toggling?.active ? t('common.deactivate') : t('common.activate')}
        danger={toggling?.active}
        loading={update.isPending}
        onConfirm={confirmToggle}
      />
    </section>
  )
}
