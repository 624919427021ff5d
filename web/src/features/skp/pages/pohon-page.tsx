import {
  ActionIcon,
  Badge,
  Button,
  Grid,
  Group,
  Paper,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import {
  IconBinaryTree,
  IconChevronDown,
  IconChevronRight,
  IconPoint,
  IconSearch,
} from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TreeNode } from '../../../../../shared/skp.ts'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { AnchorLink } from '../../../components/ui/links.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { formatNumber } from '../../../lib/format.ts'
import { UnitSelect } from '../../org/components/unit-select.tsx'
import { useSkpTree } from '../api.ts'
import { YearSelect } from '../components/year-select.tsx'
import { branchIds, countRhkBelow, filterTree } from '../tree-view.ts'
import { useCurrentYear } from '../use-current-year.ts'

type RowProps = {
  node: TreeNode
  depth: number
  open: Set<string>
  onToggle: (id: string) => void
}

/** One node: its own expand button (aria-expanded) so the tree works by keyboard and touch. */
function TreeRow(props: RowProps) {
  const { t } = useTranslation()
  const n = props.node
  const hasChildren = n.children.length > 0
  const isOpen = props.open.has(n.id)
  const below = countRhkBelow(n)
  return (
    <li data-testid="tree-node" data-kind={n.kind}>
      <Group gap={4} wrap="nowrap" align="flex-start" py={4}>
        {hasChildren ? (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={() => props.onToggle(n.id)}
            aria-expanded={isOpen}
            aria-label={
              isOpen
                ? t('skp.pohon.collapse', { text: n.text })
                : t('skp.pohon.expand', { text: n.text })
            }
            style={{ flexShrink: 0 }}
          >
            {isOpen ? (
              <IconChevronDown size={18} aria-hidden />
            ) : (
              <IconChevronRight size={18} aria-hidden />
            )}
          </ActionIcon>
        ) : (
          <ActionIcon
            variant="transparent"
            color="gray"
            size="lg"
            component="span"
            aria-hidden
            tabIndex={-1}
            style={{ flexShrink: 0 }}
          >
            <IconPoint size={14} />
          </ActionIcon>
        )}
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }} pt={4}>
          <Group gap={6} wrap="wrap">
            <Badge
              size="xs"
              variant={n.kind === 'pk_target' ? 'filled' : 'light'}
              color={n.kind === 'pk_target' ? 'grape' : 'kinerja'}
            >
              {n.kind === 'pk_target' ? t('skp.pohon.pkTarget') : t('skp.pohon.rhk')}
            </Badge>
            {hasChildren ? (
              <Text size="xs" c="dimmed">
                {t('skp.pohon.below', { count: below, formatted: formatNumber(below) })}
              </Text>
            ) : null}
          </Group>
          <Text
            size="sm"
            fw={n.kind === 'pk_target' ? 700 : 500}
            style={{ wordBreak: 'break-word' }}
          >
            {n.text}
          </Text>
          {n.ownerName ? (
            <Text size="xs" c="dimmed" style={{ wordBreak: 'break-word' }}>
              {n.ownerName}
              {n.ownerJabatan ? ` · ${n.ownerJabatan}` : ''}
            </Text>
          ) : null}
        </Stack>
      </Group>
      {hasChildren && isOpen ? (
        <ul
          style={{
            listStyle: 'none',
            margin: 0,
            padding: 0,
            paddingLeft: 10,
            marginLeft: 17,
            borderLeft: '1px dashed var(--mantine-color-gray-5)',
          }}
        >
          {n.children.map((c) => (
            <TreeRow key={c.id} {...props} node={c} depth={props.depth + 1} />
          ))}
        </ul>
      ) : null}
    </li>
  )
}

/**
 * Pohon Kinerja: from the unit's Perjanjian Kinerja targets down to every pegawai's RHK.
 * A nested list with expand/collapse and small indentation, so it reads on a 360 px phone.
 */
export function PohonPage() {
  const { t } = useTranslation()
  const currentYear = useCurrentYear()
  const [year, setYear] = useState(currentYear)
  const [unitId, setUnitId] = useState<string | null>(null)
  const [query, setQuery] = useState('')
  const [debounced] = useDebouncedValue(query, 250)
  const [open, setOpen] = useState<Set<string> | null>(null)
  const tree = useSkpTree(year, unitId)

  const nodes = tree.data ?? []
  const filtered = filterTree(nodes, debounced)
  // Until the person opens or closes something, the first level is open.
  const baseOpen = open ?? new Set(nodes.map((n) => n.id))
  const effectiveOpen = debounced.trim() ? new Set([...baseOpen, ...filtered.open]) : baseOpen
  const toggle = (id: string) => {
    const next = new Set(effectiveOpen)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    setOpen(next)
  }

  return (
    <Stack gap="md">
      <AnchorLink to="/skp" size="sm">
        ← {t('skp.detail.backMine')}
      </AnchorLink>
      <PageHeader title={t('skp.pohon.title')} description={t('skp.pohon.description')} />
      <Paper withBorder radius="md" p="sm" role="search" aria-label={t('skp.pohon.filters')}>
        <Grid gutter="sm" align="flex-end">
          <Grid.Col span={{ base: 4, sm: 2 }}>
            <YearSelect value={year} onChange={setYear} currentYear={currentYear} />
          </Grid.Col>
          <Grid.Col span={{ base: 8, sm: 5 }}>
            <UnitSelect
              label={t('skp.pohon.unit')}
              placeholder={t('skp.pohon.unitDefault')}
              value={unitId}
              onChange={(v) => {
                setUnitId(v)
                setOpen(null)
              }}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 5 }}>
            <TextInput
              label={t('skp.pohon.search')}
              description={t('skp.pohon.searchHint')}
              type="search"
              leftSection={<IconSearch size={16} aria-hidden />}
              value={query}
              onChange={(e) => setQuery(e.currentTarget.value)}
            />
          </Grid.Col>
        </Grid>
      </Paper>

      {tree.isPending ? (
        <LoadingState rows={5} />
      ) : tree.isError ? (
        <ErrorState error={tree.error} onRetry={() => void tree.refetch()} />
      ) : nodes.length === 0 ? (
        <EmptyState
          icon={<IconBinaryTree size={30} />}
          title={t('skp.pohon.emptyTitle', { year })}
          description={t('skp.pohon.empty')}
          action={
            <AnchorLink to="/skp/perjanjian-kinerja" fw={600}>
              {t('skp.pohon.toPk')}
            </AnchorLink>
          }
          testId="tree-empty"
        />
      ) : (
        <Paper withBorder radius="md" p={{ base: 'xs', sm: 'md' }}>
          <Group gap="xs" mb="xs">
            <Button size="xs" variant="default" onClick={() => setOpen(new Set(branchIds(nodes)))}>
              {t('skp.pohon.expandAll')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setOpen(new Set())}>
              {t('skp.pohon.collapseAll')}
            </Button>
          </Group>
          {filtered.nodes.length === 0 ? (
            <Text size="sm" c="dimmed" fs="italic" p="sm">
              {t('common.nothingFound')}
            </Text>
          ) : (
            <ul
              aria-label={t('skp.pohon.treeLabel')}
              style={{ listStyle: 'none', margin: 0, padding: 0 }}
              data-testid="skp-tree"
            >
              {filtered.nodes.map((n) => (
                <TreeRow key={n.id} node={n} depth={0} open={effectiveOpen} onToggle={toggle} />
              ))}
            </ul>
          )}
        </Paper>
      )}
    </Stack>
  )
}
