import { Badge, Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconClockHour4 } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** A page whose feature is planned: says what it will do, so it is never a blank screen. */
export function ComingSoon(props: {
  title: string
  description: string
  points: string[]
  icon?: ReactNode
  action?: ReactNode
}) {
  const { t } = useTranslation()
  return (
    <Paper withBorder radius="lg" p={{ base: 'lg', sm: 'xl' }} data-testid="coming-soon" maw={760}>
      <Stack gap="md">
        <Group gap="md" wrap="nowrap" align="flex-start">
          <ThemeIcon size={56} radius="xl" variant="light" aria-hidden>
            {props.icon ?? <IconClockHour4 size={30} />}
          </ThemeIcon>
          <Stack gap={6}>
            <Badge variant="outline" leftSection={<IconClockHour4 size={12} aria-hidden />}>
              {t('comingSoon.badge')}
            </Badge>
            <Title order={1} fz={{ base: 22, sm: 28 }}>
              {props.title}
            </Title>
          </Stack>
        </Group>
        <Text>{props.description}</Text>
        <div>
          <Text fw={600} mb={6}>
            {t('comingSoon.willDo')}
          </Text>
          <List spacing={6} size="sm">
            {props.points.map((p) => (
              <List.Item key={p}>{p}</List.Item>
            ))}
          </List>
        </div>
        <Text size="sm" c="dimmed">
          {t('comingSoon.meanwhile')}
        </Text>
        {props.action}
      </Stack>
    </Paper>
  )
}
