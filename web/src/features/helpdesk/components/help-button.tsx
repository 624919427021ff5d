import { ActionIcon, Loader } from '@mantine/core'
import { IconHelpCircle } from '@tabler/icons-react'
import { Suspense, lazy, useState } from 'react'
import { useTranslation } from 'react-i18next'

// The form (zod, react-hook-form) is its own chunk: the header stays in the first load.
const loadDrawer = () => import('./ticket-form-drawer.tsx')
const TicketFormDrawer = lazy(() => loadDrawer().then((m) => ({ default: m.TicketFormDrawer })))

/**
 * "Minta bantuan" in the header of every screen: opens the ticket form in a drawer, with the
 * screen the person is on as the ticket's context.
 */
export function HelpButton() {
  const { t } = useTranslation()
  const [opened, setOpened] = useState(false)
  // Mounted from the first open on, so closing animates and the chunk loads once.
  const [mounted, setMounted] = useState(false)
  const label = t('helpdesk.helpButton')
  const open = () => {
    setMounted(true)
    setOpened(true)
  }
  return (
    <>
      <ActionIcon
        variant="subtle"
        color="gray"
        size={44}
        radius="xl"
        aria-label={label}
        title={label}
        aria-haspopup="dialog"
        aria-expanded={opened}
        onClick={open}
        onPointerEnter={() => void loadDrawer().catch(() => undefined)}
        onFocus={() => void loadDrawer().catch(() => undefined)}
        data-testid="help-button"
      >
        <IconHelpCircle size={24} aria-hidden />
      </ActionIcon>
      {mounted ? (
        <Suspense
          fallback={
            <Loader
              size="sm"
              aria-label={t('common.loading')}
              style={{ position: 'fixed', top: 20, right: 20 }}
            />
          }
        >
          <TicketFormDrawer opened={opened} onClose={() => setOpened(false)} />
        </Suspense>
      ) : null}
    </>
  )
}
