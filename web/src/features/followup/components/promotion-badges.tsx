import { Badge, Group, Tooltip } from '@mantine/core'
import { IconCircleCheck, IconHourglassHigh } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { PromotionHint } from '../../../../../shared/followup.ts'
import { promotionBadges } from '../followup-view.ts'

/**
 * Kenaikan pangkat / jenjang hints as words with an icon; the reason shows on hover, focus or
 * a tap, and is part of the badge's accessible name (never by colour alone).
 */
export function PromotionBadges(props: { hint: PromotionHint }) {
  const { t } = useTranslation()
  return (
    <Group gap={4} wrap="wrap">
      {promotionBadges(props.hint).map((b) => {
        const label = t(`followup.ak.hint.${b.kind}${b.eligible ? 'Yes' : 'No'}`)
        return (
          <Tooltip
            key={b.kind}
            label={b.reason}
            multiline
            w={260}
            events={{ hover: true, focus: true, touch: true }}
          >
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
              tabIndex={0}
              aria-label={`${label}. ${b.reason}`}
              style={{ textTransform: 'none', cursor: 'help' }}
              data-testid={`hint-${b.kind}`}
              data-eligible={b.eligible}
            >
              {label}
            </Badge>
          </Tooltip>
        )
      })}
    </Group>
  )
}
