import { Button, Stack, Text, Title } from '@mantine/core'
import { IconLock, IconMapOff } from '@tabler/icons-react'
import { Outlet, useRouter } from '@tanstack/react-router'
import type { ErrorComponentProps } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../components/ui/empty-state.tsx'
import { ErrorState } from '../components/ui/error-state.tsx'
import { ButtonLink } from '../components/ui/links.tsx'
import { isAdmin, useSessionUser } from '../features/auth/api.ts'

export function NotFoundPage() {
  const { t } = useTranslation()
  return (
    <Stack p="xl" maw={640} mx="auto">
      <EmptyState
        testId="not-found"
        icon={<IconMapOff size={30} />}
        title={t('errors.pageNotFoundTitle')}
        description={t('errors.pageNotFoundText')}
        action={<ButtonLink to="/">{t('errors.backHome')}</ButtonLink>}
      />
    </Stack>
  )
}

export function RouteErrorPage(props: ErrorComponentProps) {
  const { t } = useTranslation()
  const router = useRouter()
  return (
    <Stack p="xl" maw={640} mx="auto">
      <Title order={1} fz={24}>
        {t('errors.pageFailedTitle')}
      </Title>
      <ErrorState error={props.error} onRetry={() => void router.invalidate()} />
      <Text size="sm" c="dimmed">
        {t('errors.pageFailedHint')}
      </Text>
      <div>
        <Button variant="default" component="a" href="/">
          {t('errors.backHome')}
        </Button>
      </div>
    </Stack>
  )
}

/** Admin pages explain a missing role instead of failing on the first request. */
export function AdminGate() {
  const { t } = useTranslation()
  const me = useSessionUser()
  if (!isAdmin(me)) {
    return (
      <EmptyState
        testId="forbidden"
        icon={<IconLock size={30} />}
        title={t('errors.adminOnlyTitle')}
        description={t('errors.adminOnlyText')}
        action={<ButtonLink to="/">{t('errors.backHome')}</ButtonLink>}
      />
    )
  }
  return <Outlet />
}
