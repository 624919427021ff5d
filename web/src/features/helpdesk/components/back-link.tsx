import { IconArrowLeft } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ButtonLink } from '../../../components/ui/links.tsx'

/** "← back" above a helpdesk page header: to the reporter's help page or to the PIC queue. */
export function HelpdeskBackLink(props: { to: '/bantuan' | '/helpdesk' }) {
  const { t } = useTranslation()
  return (
    <ButtonLink
      to={props.to}
      variant="subtle"
      size="compact-sm"
      leftSection={<IconArrowLeft size={16} aria-hidden />}
      mb={4}
    >
      {props.to === '/bantuan' ? t('helpdesk.ticket.back') : t('helpdesk.ticket.backQueue')}
    </ButtonLink>
  )
}
