import { ActionIcon, Badge, Group, Text, UnstyledButton } from '@mantine/core'
import { IconChevronDown, IconChevronRight, IconPoint } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '../../../lib/format.ts'
import type { UnitNode } from '../unit-tree.ts'

type Props = {
  nodes: UnitNode[]
  expanded: Set<string>
  selectedId: string | null
  onToggle: (id: string) => void
  onSelect: (id: string) => void
}

function UnitRow(props: Props & { node: UnitNode }) {
  const { t } = useTranslation()
  const n = props.node
  const hasChildren = n.children.length > 0
  const open = props.expanded.has(n.id)
  const selected = props.selectedId === n.id
  return (
    <li>
      <Group gap={4} wrap="nowrap" className="unit-row" data-selected={selected} py={2} pr={4}>
        {hasChildren ? (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={() => props.onToggle(n.id)}
            aria-expanded={open}
            aria-label={
              open ? t('units.collapse', { name: n.name }) : t('units.expand', { name: n.name })
            }
          >
            {open ? (
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
            aria-hidden
            tabIndex={-1}
            component="span"
          >
            <IconPoint size={14} />
          </ActionIcon>
        )}
        <UnstyledButton
          onClick={() => props.onSelect(n.id)}
          aria-pressed={selected}
          style={{ flex: 1, minWidth: 0, padding: '6px 4px', borderRadius: 6 }}
          data-testid="unit-node"
        >
          <Group gap={6} wrap="wrap">
            <Text
              fw={selected ? 700 : 500}
              size="sm"
              td={n.active ? undefined : 'line-through'}
              style={{ wordBreak: 'break-word' }}
            >
              {n.name}
            </Text>
            <Badge size="xs" variant="light" color="gray">
              {t('units.employees', {
                count: n.employeeCount,
                formatted: formatNumber(n.employeeCount),
              })}
            </Badge>
            {!n.active ? (
              <Badge size="xs" variant="outline" color="gray">
                {t('common.inactive')}
              </Badge>
            ) : null}
          </Group>
        </UnstyledButton>
      </Group>
      {hasChildren && open ? (
        <ul>
          {n.children.map((c) => (
            <UnitRow key={c.id} {...props} node={c} />
          ))}
        </ul>
      ) : null}
    </li>
  )
}

/**
 * The unit hierarchy. Each row has its own expand button (aria-expanded) and a select
 * button, both reachable with Tab, so the tree works without a mouse.
 */
export function UnitTreeView(props: Props & { label: string }) {
  return (
    <ul className="unit-tree" aria-label={props.label} data-testid="unit-tree">
      {props.nodes.map((n) => (
        <UnitRow key={n.id} {...props} node={n} />
      ))}
    </ul>
  )
}
