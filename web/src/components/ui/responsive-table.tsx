import { Paper, SimpleGrid, Table } from '@mantine/core'
import type { ReactNode } from 'react'

/**
 * A list shown as one column of cards on a phone and as a bordered, striped table with a
 * caption (scrolling sideways below `minWidth`) elsewhere. The callers key their cards and rows.
 */
export function ResponsiveTable<T>(props: {
  isPhone: boolean
  items: readonly T[]
  renderCard: (item: T) => ReactNode
  minWidth: number
  caption: string
  /** the `Table.Th` cells of the header row */
  head: ReactNode
  /** one `Table.Tr` */
  renderRow: (item: T) => ReactNode
}) {
  if (props.isPhone)
    return (
      <SimpleGrid cols={1} spacing="sm">
        {props.items.map((item) => props.renderCard(item))}
      </SimpleGrid>
    )
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={props.minWidth}>
        <Table striped highlightOnHover verticalSpacing="sm">
          <Table.Caption>{props.caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>{props.head}</Table.Tr>
          </Table.Thead>
          <Table.Tbody>{props.items.map((item) => props.renderRow(item))}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  )
}
