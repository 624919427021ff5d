import {
  Alert,
  Box,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  Title,
} from '@mantine/core'
import {
  IconAlertTriangle,
  IconEye,
  IconEyeOff,
  IconLock,
  IconTargetArrow,
} from '@tabler/icons-react'
import { useRouter, useSearch } from '@tanstack/react-router'
import { useEffect } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../../lib/api-client.ts'
import { errorMessage } from '../../../lib/error-message.ts'
import { changeLanguage, currentLanguage } from '../../../lib/i18n.ts'
import { useLogin } from '../api.ts'
import { requiredField } from '../../../components/ui/required-field.ts'

type LoginForm = { username: string; password: string }

/** Only same-site paths are followed after login (no open redirect). */
function safeTarget(target: string | undefined): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/masuk'))
    return '/'
  return target
}

/**
 * A NIP typed with spaces ("19860926 201505 1 001") is sent as 18 digits. Same rule as
 * shared/rules/nip.ts `normaliseNip`, repeated here so the login chunk stays free of zod.
 */
function normaliseUsername(input: string): string {
  const trimmed = input.trim()
  return /^[\d\s.-]+$/.test(trimmed) ? trimmed.replace(/[\s.-]/g, '') : trimmed
}

function LoginError(props: { error: unknown }) {
  const { t } = useTranslation()
  const e = props.error
  let title = t('login.errors.generic')
  let text = errorMessage(e)
  if (e instanceof ApiError) {
    if (e.status === 429 || e.code === 'RATE_LIMITED') {
      title = t('login.errors.rateLimitedTitle')
      text = t('login.errors.rateLimited')
    } else if (e.reason === 'ACCOUNT_LOCKED') {
      title = t('login.errors.lockedTitle')
      text = t('login.errors.locked')
    } else if (e.reason === 'ACCOUNT_INACTIVE') {
      title = t('login.errors.inactiveTitle')
      text = t('login.errors.inactive')
    } else if (e.reason === 'INVALID_CREDENTIALS' || e.status === 401) {
      title = t('login.errors.invalidTitle')
      text = t('login.errors.invalid')
    }
  }
  const serverDetail =
    e instanceof ApiError && e.message && e.code !== 'NETWORK_ERROR' && e.code !== 'INTERNAL'
      ? e.message
      : null
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={title}
      role="alert"
      data-testid="login-error"
    >
      <Text size="sm">{text}</Text>
      {serverDetail && serverDetail !== text ? (
        <Text size="xs" mt={4} c="dimmed">
          {serverDetail}
        </Text>
      ) : null}
    </Alert>
  )
}

export function LoginPage() {
  const { t } = useTranslation()
  const router = useRouter()
  const search: { redirect?: string } = useSearch({ strict: false })
  const login = useLogin()
  const form = useForm<LoginForm>({ defaultValues: { username: '', password: '' } })
  const lang = currentLanguage()

  useEffect(() => {
    document.title = `${t('login.title')} · Kinerja`
  }, [t])

  const onSubmit = form.handleSubmit((values) => {
    login.mutate(
      { username: normaliseUsername(values.username), password: values.password },
      {
        onSuccess: (res) => {
          router.history.push(
            res.user.mustChangePassword ? '/ganti-sandi' : safeTarget(search.redirect),
          )
        },
        onError: () => form.setValue('password', ''),
      },
    )
  })

  return (
    <Box mih="100dvh" bg="gray.0" py={{ base: 'md', sm: 48 }} px="sm">
      <Group justify="flex-end" maw={440} mx="auto" mb="sm" gap={4}>
        <Button
          size="compact-sm"
          variant={lang === 'id' ? 'light' : 'subtle'}
          aria-pressed={lang === 'id'}
          lang="id"
          onClick={() => void changeLanguage('id')}
        >
          Bahasa Indonesia
        </Button>
        <Button
          size="compact-sm"
          variant={lang === 'en' ? 'light' : 'subtle'}
          aria-pressed={lang === 'en'}
          lang="en"
          onClick={() => void changeLanguage('en')}
        >
          English
        </Button>
      </Group>
      <Center>
        <Paper
          component="main"
          withBorder
          shadow="sm"
          radius="lg"
          p={{ base: 'lg', sm: 'xl' }}
          w="100%"
          maw={440}
        >
          <Stack gap="lg">
            <Group gap="sm" wrap="nowrap">
              <ThemeIcon size={44} radius="md" aria-hidden>
                <IconTargetArrow size={26} />
              </ThemeIcon>
              <div>
                <Title order={1} fz={24}>
                  {t('login.title')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('login.subtitle')}
                </Text>
              </div>
            </Group>

            {login.isError ? <LoginError error={login.error} /> : null}

            <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('login.title')}>
              <Stack gap="md">
                <TextInput
                  label={t('login.username')}
                  description={t('login.usernameHint')}
                  autoComplete="username"
                  autoCapitalize="none"
                  spellCheck={false}
                  size="md"
                  {...requiredField}
                  error={form.formState.errors.username?.message}
                  {...form.register('username', {
                    validate: (v) => v.trim() !== '' || t('login.usernameRequired'),
                  })}
                />
                <PasswordInput
                  label={t('login.password')}
                  autoComplete="current-password"
                  size="md"
                  {...requiredField}
                  error={form.formState.errors.password?.message}
                  visibilityToggleIcon={({ reveal }) =>
                    reveal ? (
                      <IconEyeOff size={18} aria-hidden />
                    ) : (
                      <IconEye size={18} aria-hidden />
                    )
                  }
                  visibilityToggleButtonProps={{
                    'aria-label': t('login.togglePassword'),
                  }}
                  {...form.register('password', { required: t('login.passwordRequired') })}
                />
                <Button
                  type="submit"
                  size="md"
                  loading={login.isPending}
                  leftSection={<IconLock size={18} aria-hidden />}
                >
                  {t('login.submit')}
                </Button>
              </Stack>
            </form>

            <Text size="sm" c="dimmed">
              {t('login.forgot')}
            </Text>
          </Stack>
        </Paper>
      </Center>
    </Box>
  )
}
