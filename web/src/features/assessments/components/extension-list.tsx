import { ActionIcon, Badge, Card, Group, Stack, Table, Text } from '@mantine/core'
import { IconSitemap, IconTrash, IconUser } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Extension } from '../../../../../shared/assessments.ts'
import { ConfirmDeleteDialog } from '../../../components/ui/confirm-delete-dialog.tsx'
import { ResponsiveTable } from '../../../components/ui/responsive-table.tsx'
import { formatDate, formatDateTime } from '../../../lib/format.ts'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { extensionTarget, sortExtensions } from '../admin-view.ts'
import { useDeleteExtension } from '../api.ts'

function TargetLabel(props: { extension: Extension }) {
  const { t } = useTranslation()
  const target = extensionTarget(props.extension)
  const Icon = target.kind === 'unit' ? IconSitemap : IconUser
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <Badge
        size="sm"
        variant="light"
        color={target.kind === 'unit' ? 'indigo' : 'kinerja'}
        leftSection={<Icon size={12} aria-hidden />}
        style={{ flexShrink: 0 }}
      >
        {t(`penilaianAdmin.extensions.kind.${target.kind}`)}
      </Badge>
      <Text size="sm" fw={600} style={{ wordBreak: 'break-word' }}>
        {target.name}
      </Text>
    </Group>
  )
}

/** The period's extensions of the batas pengisian, latest first, each deletable (asks first). */
export function ExtensionList(props: {
  periodId: string
  periodName: string
  items: Extension[]
  timeZone: string | undefined
}) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const remove = useDeleteExtension(props.periodId)
  const [target, setTarget] = useState<Extension | null>(null)
  const items = sortExtensions(props.items)
  const nameOf = (e: Extension) => extensionTarget(e).name

  const deleteButton = (e: Extension) => (
    <ActionIcon
      variant="subtle"
      color="red"
      size="lg"
      onClick={() => setTarget(e)}
      aria-label={t('penilaianAdmin.extensions.deleteLabel', { name: nameOf(e) })}
      data-testid="extension-delete"
    >
      <IconTrash size={18} aria-hidden />
    </ActionIcon>
  )
  const by = (e: Extension) =>
    t('penilaianAdmin.extensions.byLine', {
      name: e.createdByName,
      at: formatDateTime(e.createdAt, props.timeZone),
    })

  return (
    <>
      <ResponsiveTable
        isPhone={isPhone}
        items={items}
        minWidth={720}
        caption={t('penilaianAdmin.extensions.caption', { period: props.periodName })}
        head={
          <>
            <Table.Th>{t('penilaianAdmin.extensions.colTarget')}</Table.Th>
            <Table.Th>{t('penilaianAdmin.extensions.colUntil')}</Table.Th>
            <Table.Th>{t('penilaianAdmin.extensions.colReason')}</Table.Th>
            <Table.Th>{t('penilaianAdmin.extensions.colBy')}</Table.Th>
            <Table.Th>
              <span className="visually-hidden">{t('common.actions')}</span>
            </Table.Th>
          </>
        }
        renderRow={(e) => (
          <Table.Tr key={e.id} data-testid="extension-row" data-id={e.id}>
            <Table.Td>
              <TargetLabel extension={e} />
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(e.until)}</Table.Td>
            <Table.Td style={{ wordBreak: 'break-word' }}>{e.reason}</Table.Td>
            <Table.Td>
              <Text size="sm">{by(e)}</Text>
            </Table.Td>
            <Table.Td>{deleteButton(e)}</Table.Td>
          </Table.Tr>
        )}
        renderCard={(e) => (
          <Card
            key={e.id}
            withBorder
            radius="md"
            padding="sm"
            component="article"
            data-testid="extension-row"
            data-id={e.id}
          >
            <Stack gap={6}>
              <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                <div style={{ minWidth: 0 }}>
                  <TargetLabel extension={e} />
                </div>
                {deleteButton(e)}
              </Group>
              <Text size="sm">
                {t('penilaianAdmin.extensions.untilLine', { date: formatDate(e.until) })}
              </Text>
              <Text size="sm" style={{ wordBreak: 'break-word' }}>
                {e.reason}
              </Text>
              <Text size="xs" c="dimmed">
                {by(e)}
              </Text>
            </Stack>
          </Card>
        )}
      />
      <ConfirmDeleteDialog
        target={target}
        onClose={() => setTarget(null)}
        mutation={remove}
        title={t('penilaianAdmin.extensions.deleteTitle')}
        message={
          target
            ? t('penilaianAdmin.extensions.deleteText', {
                name: nameOf(target),
                date: formatDate(target.until),
              })
            : ''
        }
        deletedMessage={(e) => t('penilaianAdmin.extensions.deleted', { name: nameOf(e) })}
      />
    </>
  )
}
