import { Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core'
import { IconMessageQuestion } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ButtonLink } from '../../../components/ui/links.tsx'

/** "Masih bingung? Buat tiket": the way from the guide to a person at the helpdesk. */
export function AskForHelp() {
  const { t } = useTranslation()
  return (
    <Paper withBorder radius="md" p="md" bg="var(--mantine-color-gray-0)">
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <ThemeIcon size={40} radius="xl" variant="light" aria-hidden>
          <IconMessageQuestion size={22} />
        </ThemeIcon>
        <Stack gap="xs" style={{ flex: 1, minWidth: 0 }}>
          <Text fw={700}>{t('guide.stillConfused')}</Text>
          <Text size="sm" c="dimmed">
            {t('guide.stillConfusedText')}
          </Text>
          <div>
            <ButtonLink to="/bantuan" variant="light" data-testid="guide-create-ticket">
              {t('guide.createTicket')}
            </ButtonLink>
          </div>
        </Stack>
      </Group>
    </Paper>
  )
}
