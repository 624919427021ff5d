import {
  Button,
  Divider,
  Grid,
  Group,
  Paper,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import {
  IconAlertTriangle,
  IconArrowsMove,
  IconBuildingCommunity,
  IconCircleOff,
  IconPencil,
  IconPlus,
  IconRefresh,
  IconSearch,
  IconUsers,
} from '@tabler/icons-react'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { FieldList } from '../../../components/ui/field-list.tsx'
import { ButtonLink } from '../../../components/ui/links.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { HelpLink } from '../../guide/help-link.tsx'
import { ActiveBadge } from '../../../components/ui/status-badge.tsx'
import { formatNumber } from '../../../lib/format.ts'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useUnits, useUpdateUnit } from '../api.ts'
import { ExportMenu } from '../components/export-menu.tsx'
import { JabatanPanel } from '../components/jabatan-panel.tsx'
import { UnitFormModal } from '../components/unit-form-modal.tsx'
import { UnitMoveModal } from '../components/unit-move-modal.tsx'
import { UnitTreeView } from '../components/unit-tree-view.tsx'
import { buildUnitTree, flattenTree } from '../unit-tree.ts'
import type { UnitNode } from '../unit-tree.ts'

/** Keeps matching units and the ancestors that lead to them. */
function filterTree(nodes: UnitNode[], keep: (n: UnitNode) => boolean): UnitNode[] {
  return nodes.flatMap((n) => {
    const children = filterTree(n.children, keep)
    return keep(n) || children.length > 0 ? [{ ...n, children }] : []
  })
}

function UnitDetail(props: {
  unit: UnitNode
  onAddChild: () => void
  onRename: () => void
  onMove: () => void
  onToggleActive: () => void
}) {
  const { t } = useTranslation()
  const u = props.unit
  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'md', sm: 'lg' }}
      data-testid="unit-detail"
      id="unit-detail"
      style={{ scrollMarginTop: 72 }}
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div style={{ minWidth: 0 }}>
            <Text size="xs" c="dimmed">
              {u.path.slice(0, -1).join(' › ') || t('units.topLevel')}
            </Text>
            <Title order={2} fz={20} style={{ wordBreak: 'break-word' }}>
              {u.name}
            </Title>
          </div>
          <ActiveBadge active={u.active} />
        </Group>
        <FieldList
          items={[
            { label: t('units.code'), value: u.code ?? '—' },
            { label: t('units.head'), value: u.headName ?? t('units.noHead') },
            { label: t('units.employeeCount'), value: formatNumber(u.employeeCount) },
            { label: t('units.subUnits'), value: formatNumber(u.children.length) },
          ]}
        />
        <Group gap="xs">
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={props.onAddChild}
            disabled={!u.active}
          >
            {t('units.addChild')}
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPencil size={16} aria-hidden />}
            onClick={props.onRename}
          >
            {t('units.rename')}
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconArrowsMove size={16} aria-hidden />}
            onClick={props.onMove}
          >
            {t('units.move')}
          </Button>
          <Button
            size="xs"
            variant={u.active ? 'outline' : 'light'}
            color={u.active ? 'red' : 'teal'}
            leftSection={
              u.active ? (
                <IconCircleOff size={16} aria-hidden />
              ) : (
                <IconRefresh size={16} aria-hidden />
              )
            }
            onClick={props.onToggleActive}
          >
            {u.active ? t('units.deactivate') : t('units.reactivate')}
          </Button>
          <ButtonLink
            size="xs"
            variant="subtle"
            leftSection={<IconUsers size={16} aria-hidden />}
            to="/pegawai"
            search={{ unitId: u.id }}
          >
            {t('units.seePegawai')}
          </ButtonLink>
        </Group>
        <Divider />
        <JabatanPanel unitId={u.id} unitName={u.name} />
      </Stack>
    </Paper>
  )
}

export function UnitsPage() {
  const { t } = useTranslation()
  const units = useUnits()
  const update = useUpdateUnit()
  const [expandedState, setExpanded] = useState<Set<string> | null>(null)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [showInactive, setShowInactive] = useState(false)
  const [query, setQuery] = useState('')
  const [formOpen, setFormOpen] = useState<'add' | 'rename' | null>(null)
  const [addParentId, setAddParentId] = useState<string | null>(null)
  const [moveOpen, setMoveOpen] = useState(false)
  const [confirmToggle, setConfirmToggle] = useState(false)

  const isPhone = useIsPhone()
  // On a phone the details sit below the tree: bring them into view after a choice.
  useEffect(() => {
    if (isPhone && selectedId)
      document.getElementById('unit-detail')?.scrollIntoView({ behavior: 'smooth', block: 'start' })
  }, [isPhone, selectedId])

  const tree = useMemo(() => buildUnitTree(units.data ?? []), [units.data])
  const all = useMemo(() => flattenTree(tree), [tree])
  const selected = all.find((n) => n.id === selectedId) ?? null

  const q = query.trim().toLowerCase()
  const visible = useMemo(
    () =>
      filterTree(
        tree,
        (n) =>
          (showInactive || n.active) &&
          (!q || n.name.toLowerCase().includes(q) || (n.code ?? '').toLowerCase().includes(q)),
      ),
    [tree, showInactive, q],
  )
  // The top level starts open so the first screen shows the structure.
  const expanded = expandedState ?? new Set(tree.map((n) => n.id))
  // While searching, every branch that leads to a match is open.
  const effectiveExpanded = q ? new Set(flattenTree(visible).map((n) => n.id)) : expanded

  const toggle = (id: string) =>
    setExpanded(() => {
      const next = new Set(expanded)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })

  const doToggleActive = () => {
    if (!selected) return
    const active = !selected.active
    update.mutate(
      { id: selected.id, active },
      {
        onSuccess: () => {
          notifySuccess(
            active
              ? t('units.reactivated', { name: selected.name })
              : t('units.deactivated', { name: selected.name }),
          )
          setConfirmToggle(false)
        },
        onError: (e) => {
          setConfirmToggle(false)
          notifyError(e)
        },
      },
    )
  }

  return (
    <Stack>
      <PageHeader
        title={t('units.title')}
        description={t('units.description')}
        actions={
          <>
            <Button
              leftSection={<IconPlus size={18} aria-hidden />}
              onClick={() => {
                setAddParentId(selected?.active ? selected.id : null)
                setFormOpen('add')
              }}
            >
              {t('units.add')}
            </Button>
            <ExportMenu kind="units" />
            <HelpLink topic="organisasi" />
          </>
        }
      />
      {units.isPending ? (
        <LoadingState rows={6} />
      ) : units.isError ? (
        <ErrorState error={units.error} onRetry={() => void units.refetch()} />
      ) : units.data.length === 0 ? (
        <EmptyState
          icon={<IconBuildingCommunity size={30} />}
          title={t('units.emptyTitle')}
          description={t('units.empty')}
          action={
            <Group gap="xs" justify="center">
              <Button
                onClick={() => {
                  setAddParentId(null)
                  setFormOpen('add')
                }}
              >
                {t('units.add')}
              </Button>
              <ButtonLink to="/impor" variant="default">
                {t('units.importInstead')}
              </ButtonLink>
            </Group>
          }
        />
      ) : (
        <Grid gutter="md">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Paper withBorder radius="md" p="sm">
              <Stack gap="xs">
                <TextInput
                  label={t('units.search')}
                  leftSection={<IconSearch size={16} aria-hidden />}
                  type="search"
                  value={query}
                  onChange={(e) => setQuery(e.currentTarget.value)}
                />
                <Group justify="space-between" gap="xs">
                  <Switch
                    size="sm"
                    label={t('units.showInactive')}
                    checked={showInactive}
                    onChange={(e) => setShowInactive(e.currentTarget.checked)}
                  />
                  <Group gap={4}>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => setExpanded(new Set(all.map((n) => n.id)))}
                    >
                      {t('units.expandAll')}
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => setExpanded(new Set())}
                    >
                      {t('units.collapseAll')}
                    </Button>
                  </Group>
                </Group>
                <Text size="xs" c="dimmed">
                  {t('units.treeHint', { count: all.filter((n) => n.active).length })}
                </Text>
                {visible.length === 0 ? (
                  <Text size="sm" c="dimmed" fs="italic" p="sm">
                    {t('units.noMatch')}
                  </Text>
                ) : (
                  <UnitTreeView
                    label={t('units.treeLabel')}
                    nodes={visible}
                    expanded={effectiveExpanded}
                    selectedId={selectedId}
                    onToggle={toggle}
                    onSelect={setSelectedId}
                  />
                )}
              </Stack>
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            {selected ? (
              <UnitDetail
                unit={selected}
                onAddChild={() => {
                  setAddParentId(selected.id)
                  setFormOpen('add')
                }}
                onRename={() => setFormOpen('rename')}
                onMove={() => setMoveOpen(true)}
                onToggleActive={() => setConfirmToggle(true)}
              />
            ) : (
              <EmptyState
                testId="unit-detail-empty"
                icon={<IconBuildingCommunity size={30} />}
                title={t('units.pickTitle')}
                description={t('units.pick')}
              />
            )}
          </Grid.Col>
        </Grid>
      )}

      <UnitFormModal
        opened={formOpen !== null}
        onClose={() => setFormOpen(null)}
        editing={formOpen === 'rename' ? selected : null}
        defaultParentId={addParentId}
        onSaved={(unit) => {
          if (formOpen === 'add') {
            setSelectedId(unit.id)
            if (unit.parentId) setExpanded(new Set(expanded).add(unit.parentId))
          }
        }}
      />
      <UnitMoveModal opened={moveOpen} onClose={() => setMoveOpen(false)} unit={selected} />
      <ConfirmDialog
        opened={confirmToggle && selected !== null}
        onClose={() => setConfirmToggle(false)}
        title={
          selected?.active
            ? t('units.deactivateTitle', { name: selected.name })
            : t('units.reactivateTitle', { name: selected?.name ?? '' })
        }
        message={
          selected?.active ? (
            <Stack gap="xs">
              <Text size="sm">{t('units.deactivateText')}</Text>
              {selected.employeeCount > 0 || selected.children.some((c) => c.active) ? (
                <Group gap={6} wrap="nowrap" align="flex-start">
                  <IconAlertTriangle size={18} aria-hidden style={{ flexShrink: 0 }} />
                  <Text size="sm" fw={600}>
                    {t('units.deactivateWarning', { count: selected.employeeCount })}
                  </Text>
                </Group>
              ) : null}
            </Stack>
          ) : (
            t('units.reactivateText')
          )
        }
        confirmLabel={selected?.active ? t('units.deactivate') : t('units.reactivate')}
        danger={selected?.active}
        loading={update.isPending}
        onConfirm={doToggleActive}
      />
    </Stack>
  )
}
