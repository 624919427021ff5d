import { IconBook2 } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { AnchorLink } from '../../components/ui/links.tsx'
import type { GuideTopicId } from './topics.ts'

export type { GuideTopicId } from './topics.ts'

/**
 * A small "Panduan" link for a page header: opens the built-in guide at the topic that
 * explains this screen. Put it in `PageHeader`'s `actions` (or next to the title).
 */
export function HelpLink(props: { topic: GuideTopicId }) {
  const { t } = useTranslation()
  return (
    <AnchorLink
      to="/bantuan/panduan/$topic"
      params={{ topic: props.topic }}
      size="sm"
      fw={600}
      data-testid={`help-link-${props.topic}`}
      aria-label={t('guide.helpLinkLabel')}
      style={{ display: 'inline-flex', alignItems: 'center', gap: 4, whiteSpace: 'nowrap' }}
    >
      <IconBook2 size={18} aria-hidden />
      {t('guide.helpLink')}
    </AnchorLink>
  )
}
