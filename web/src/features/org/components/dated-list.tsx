import { ActionIcon, Button, Card, Group, Stack, Text, Title } from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PeriodBadge, PeriodText } from './period-badge.tsx'

/**
 * A section of a person's page that lists dated entries (atasan overrides, exclusions,
 * PLT/PLH): title with an add button, an intro, then loading / error / empty / the cards.
 */
export function DatedListSection<T>(props: {
  /** id of the title, which labels the section */
  titleId: string
  testId: string
  title: string
  addLabel: string
  onAdd: () => void
  intro: ReactNode
  query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown }
  items: T[]
  emptyText: string
  renderItem: (item: T) => ReactNode
  /** the add modal and the delete dialog */
  children: ReactNode
}) {
  const { query } = props
  return (
    <section aria-labelledby={props.titleId} data-testid={props.testId}>
      <Group justify="space-between" mb={4}>
        <Title order={2} fz={18} id={props.titleId}>
          {props.title}
        </Title>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={props.onAdd}
        >
          {props.addLabel}
        </Button>
      </Group>
      {props.intro}
      {query.isPending ? (
        <LoadingState rows={1} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : props.items.length === 0 ? (
        <Text size="sm" fs="italic" c="dimmed">
          {props.emptyText}
        </Text>
      ) : (
        <Stack gap="xs">{props.items.map(props.renderItem)}</Stack>
      )}
      {props.children}
    </section>
  )
}

/** One dated entry: heading and period badge, the dates, an optional note, a delete button. */
export function DatedItemCard(props: {
  testId: string
  heading: ReactNode
  startDate: string
  endDate: string | null
  today: string
  note?: string | null
  deleteLabel: string
  onDelete: () => void
}) {
  return (
    <Card withBorder padding="sm" radius="md" data-testid={props.testId}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2}>
          <Group gap="xs">
            {props.heading}
            <PeriodBadge startDate={props.startDate} endDate={props.endDate} today={props.today} />
          </Group>
          <PeriodText startDate={props.startDate} endDate={props.endDate} />
          {props.note ? (
            <Text size="sm" c="dimmed">
              {props.note}
            </Text>
          ) : null}
        </Stack>
        <ActionIcon
          variant="subtle"
          color="red"
          size="lg"
          aria-label={props.deleteLabel}
          onClick={props.onDelete}
        >
          <IconTrash size={18} aria-hidden />
        </ActionIcon>
      </Group>
    </Card>
  )
}
