import { Badge, Group, Paper, Stack, Text } from '@mantine/core'
import { IconChevronRight } from '@tabler/icons-react'
import { Link } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import type { GuideTopic } from '../content/types.ts'

/** One topic in the guide's list: the whole card opens it. */
export function TopicCard(props: { topic: GuideTopic; showRoles?: boolean }) {
  const { t } = useTranslation()
  const { topic } = props
  return (
    <Link
      to="/bantuan/panduan/$topic"
      params={{ topic: topic.id }}
      style={{ textDecoration: 'none', color: 'inherit', display: 'block' }}
      data-testid={`guide-topic-${topic.id}`}
    >
      <Paper withBorder radius="md" p="md" className="guide-topic-card">
        <Group justify="space-between" wrap="nowrap" align="center" gap="sm">
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Text fw={700} c="kinerja.8">
              {topic.title}
            </Text>
            <Text size="sm" c="dimmed">
              {topic.summary}
            </Text>
            <Group gap={6} mt={2}>
              <Badge variant="light" color="gray" size="sm">
                {t('guide.stepCount', { count: topic.steps.length })}
              </Badge>
              {props.showRoles
                ? topic.roles.map((role) => (
                    <Badge key={role} variant="outline" size="sm">
                      {t(`guide.role.${role}`)}
                    </Badge>
                  ))
                : null}
            </Group>
          </Stack>
          <IconChevronRight size={20} aria-hidden style={{ flexShrink: 0 }} />
        </Group>
      </Paper>
    </Link>
  )
}
