import { Accordion, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Faq } from '../api.ts'
import { groupFaq } from '../helpdesk-view.ts'

/**
 * The FAQ by category, each question a disclosure (keyboard and screen-reader friendly).
 * Answers are plain text with their line breaks kept; nothing is rendered as HTML.
 */
export function FaqAccordion(props: { items: readonly Faq[] }) {
  const { t } = useTranslation()
  const groups = groupFaq(props.items)
  return (
    <Stack gap="lg" data-testid="faq-list">
      {groups.map((g) => (
        <section key={g.category} aria-labelledby={`faq-cat-${g.category}`}>
          <Title order={3} fz={16} mb={6} id={`faq-cat-${g.category}`}>
            {t(`helpdesk.category.${g.category}`)}
          </Title>
          <Accordion variant="separated" radius="md" chevronPosition="right">
            {g.items.map((f) => (
              <Accordion.Item key={f.id} value={f.id} data-testid="faq-item">
                <Accordion.Control>
                  <Text fw={600} size="sm">
                    {f.question}
                  </Text>
                </Accordion.Control>
                <Accordion.Panel>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {f.answer}
                  </Text>
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </section>
      ))}
    </Stack>
  )
}
