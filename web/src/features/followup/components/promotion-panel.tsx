import { Badge, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core'
import { IconCircleCheck, IconHourglassHigh, IconStairsUp } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { PromotionHint } from '../../../../../shared/followup.ts'
import { JF_JENJANG_LABEL } from '../../../../../shared/rules/angka-kredit.ts'
import { akProgress, formatAk, promotionBadges } from '../followup-view.ts'

/** The promotion hints spelled out: eligible or not, and why (a hint, not a decision). */
export function PromotionPanel(props: { hint: PromotionHint }) {
  const { t } = useTranslation()
  const progress = akProgress(props.hint)
  const jenjang = props.hint.jenjang
  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'sm', sm: 'md' }}
      component="section"
      aria-labelledby="promotion-title"
    >
      <Stack gap="sm">
        <Title
          order={2}
          fz={18}
          id="promotion-title"
          style={{ display: 'flex', gap: 8, alignItems: 'center' }}
        >
          <IconStairsUp size={20} aria-hidden />
          {t('followup.ledger.promotionTitle')}
        </Title>
        {promotionBadges(props.hint).map((b) => (
          <Stack
            key={b.kind}
            gap={4}
            data-testid={`promotion-${b.kind}`}
            data-eligible={b.eligible}
          >
            <Group gap="xs">
              <Badge
                variant={b.eligible ? 'light' : 'outline'}
                color={b.eligible ? 'teal' : 'gray'}
                leftSection={
                  b.eligible ? (
                    <IconCircleCheck size={12} aria-hidden />
                  ) : (
                    <IconHourglassHigh size={12} aria-hidden />
                  )
                }
                style={{ textTransform: 'none' }}
              >
                {t(`followup.ak.hint.${b.kind}${b.eligible ? 'Yes' : 'No'}`)}
              </Badge>
            </Group>
            <Text size="sm">{b.reason}</Text>
          </Stack>
        ))}
        {jenjang && progress !== null && jenjang.next && jenjang.akNeeded !== null ? (
          <Stack gap={4}>
            <Text size="sm" id="ak-progress-label">
              {t('followup.ledger.progress', {
                total: formatAk(jenjang.akTotal),
                needed: formatAk(jenjang.akNeeded),
                next: JF_JENJANG_LABEL[jenjang.next],
              })}
            </Text>
            <Progress
              value={progress}
              size="lg"
              radius="xl"
              aria-labelledby="ak-progress-label"
              data-testid="ak-progress"
            />
          </Stack>
        ) : jenjang && !jenjang.next ? (
          <Text size="sm" c="dimmed">
            {t('followup.ledger.topJenjang')}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          {t('followup.ledger.hintDisclaimer')}
        </Text>
      </Stack>
    </Paper>
  )
}
