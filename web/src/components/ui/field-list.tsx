import { SimpleGrid, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'

/** Label/value pairs as a description list, readable on a phone (one column) and desktop. */
export function FieldList(props: {
  items: { label: string; value: ReactNode; testId?: string }[]
  cols?: number
}) {
  return (
    <SimpleGrid
      component="dl"
      cols={{ base: 1, xs: 2, md: props.cols ?? 2 }}
      spacing="md"
      verticalSpacing="sm"
      m={0}
    >
      {props.items.map((item) => (
        <Stack key={item.label} gap={2} data-testid={item.testId}>
          <Text component="dt" size="xs" c="dimmed" fw={600} tt="uppercase">
            {item.label}
          </Text>
          <Text component="dd" m={0} fw={500} style={{ wordBreak: 'break-word' }}>
            {item.value ?? '—'}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  )
}
