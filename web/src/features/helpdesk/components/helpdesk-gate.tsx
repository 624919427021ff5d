import { IconLock } from '@tabler/icons-react'
import { Outlet } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ButtonLink } from '../../../components/ui/links.tsx'
import { isAdmin, isHelpdesk, useSessionUser } from '../../auth/api.ts'

/** The PIC's pages: the server enforces the role; the gate explains it and points to Bantuan. */
export function HelpdeskGate() {
  const { t } = useTranslation()
  const me = useSessionUser()
  if (!isHelpdesk(me) && !isAdmin(me)) {
    return (
      <EmptyState
        testId="forbidden"
        icon={<IconLock size={30} />}
        title={t('helpdesk.gate.title')}
        description={t('helpdesk.gate.text')}
        action={<ButtonLink to="/bantuan">{t('helpdesk.gate.toHelp')}</ButtonLink>}
      />
    )
  }
  return <Outlet />
}
