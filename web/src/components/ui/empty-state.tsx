import { Paper, Stack, Text, ThemeIcon } from '@mantine/core'
import { IconInbox } from '@tabler/icons-react'
import type { ReactNode } from 'react'

/** A designed "nothing here yet": says why the list is empty and what to do next. */
export function EmptyState(props: {
  title: string
  description?: ReactNode
  icon?: ReactNode
  action?: ReactNode
  testId?: string
}) {
  return (
    <Paper withBorder radius="md" p="xl" data-testid={props.testId ?? 'empty-state'}>
      <Stack align="center" gap="xs" ta="center">
        <ThemeIcon size={56} radius="xl" variant="light" aria-hidden>
          {props.icon ?? <IconInbox size={30} />}
        </ThemeIcon>
        <Text fw={600} size="lg">
          {props.title}
        </Text>
        {props.description ? (
          <Text c="dimmed" size="sm" maw={480}>
            {props.description}
          </Text>
        ) : null}
        {props.action}
      </Stack>
    </Paper>
  )
}
