import { List, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AssessmentDetail } from '../../../../../shared/assessments.ts'
import type { CoreValue } from '../../../../../shared/rules/berakhlak.ts'

/**
 * Perilaku kerja: the seven BerAKHLAK values with their panduan and the atasan's ekspektasi
 * khusus from the SKP, each with the atasan's umpan balik for this period.
 */
export function AssessPerilaku(props: {
  perilaku: AssessmentDetail['perilaku']
  values: Record<CoreValue, string>
  editable: boolean
  onChange: (coreValue: CoreValue, body: string) => void
}) {
  const { t } = useTranslation()
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
      {props.perilaku.map((p) => (
        <Paper
          key={p.coreValue}
          withBorder
          radius="md"
          p="sm"
          component="section"
          aria-label={p.label}
          data-testid="assess-perilaku"
          data-value={p.coreValue}
        >
          <Stack gap="xs">
            <Title order={3} fz={16}>
              {p.label}
            </Title>
            <div>
              <Text size="xs" c="dimmed" fw={700} tt="uppercase">
                {t('penilaianBawahan.perilaku.panduan')}
              </Text>
              <List size="sm" spacing={2} type="ordered">
                {p.panduan.map((x) => (
                  <List.Item key={x}>{x}</List.Item>
                ))}
              </List>
            </div>
            <div>
              <Text size="xs" c="dimmed" fw={700} tt="uppercase">
                {t('penilaianBawahan.perilaku.ekspektasi')}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                {p.ekspektasiKhusus ?? t('penilaianBawahan.perilaku.noEkspektasi')}
              </Text>
            </div>
            {props.editable ? (
              <Textarea
                label={t('penilaianBawahan.perilaku.feedback', { value: p.label })}
                autosize
                minRows={2}
                maxLength={4000}
                value={props.values[p.coreValue]}
                onChange={(e) => props.onChange(p.coreValue, e.currentTarget.value)}
                data-testid={`feedback-perilaku-${p.coreValue}`}
              />
            ) : (
              <div>
                <Text size="xs" c="dimmed" fw={700} tt="uppercase">
                  {t('penilaianBawahan.perilaku.feedbackRead')}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                  {props.values[p.coreValue] || t('penilaianBawahan.perilaku.noFeedback')}
                </Text>
              </div>
            )}
          </Stack>
        </Paper>
      ))}
    </SimpleGrid>
  )
}
