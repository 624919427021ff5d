import { Group, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { useEffect } from 'react'

/** The top of every page: the title is the page's only h1. */
export function PageHeader(props: { title: string; description?: ReactNode; actions?: ReactNode }) {
  useEffect(() => {
    document.title = `${props.title} · Kinerja`
  }, [props.title])
  return (
    <Group justify="space-between" align="flex-start" gap="sm" mb="lg" wrap="wrap">
      <Stack gap={4} style={{ flex: '1 1 240px', minWidth: 0 }}>
        <Title order={1} fz={{ base: 22, sm: 28 }}>
          {props.title}
        </Title>
        {props.description ? (
          <Text c="dimmed" size="sm" maw={720}>
            {props.description}
          </Text>
        ) : null}
      </Stack>
      {props.actions ? <Group gap="xs">{props.actions}</Group> : null}
    </Group>
  )
}
