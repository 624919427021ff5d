import { Alert, Button, Group, List, Paper, PasswordInput, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconCheck, IconCircleCheck, IconCircleDashed, IconInfoCircle } from '@tabler/icons-react'
import { useNavigate } from '@tanstack/react-router'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { ApiError } from '../../../lib/api-client.ts'
import { errorMessage } from '../../../lib/error-message.ts'
import { useChangePassword, useSessionUser } from '../api.ts'
import { requiredField } from '../../../components/ui/required-field.ts'

type Form = { currentPassword: string; newPassword: string; confirmPassword: string }

/** The server's rule: at least 8 characters with both letters and digits. */
export function passwordRules(pw: string) {
  return { length: pw.length >= 8, letter: /\p{L}/u.test(pw), digit: /\d/.test(pw) }
}

function Rule(props: { ok: boolean; label: string }) {
  const { t } = useTranslation()
  return (
    <List.Item
      icon={
        props.ok ? (
          <IconCircleCheck size={18} color="var(--mantine-color-teal-9)" aria-hidden />
        ) : (
          <IconCircleDashed size={18} color="var(--mantine-color-gray-7)" aria-hidden />
        )
      }
    >
      {props.label}{' '}
      <Text component="span" size="xs" c="dimmed">
        ({props.ok ? t('password.ruleMet') : t('password.ruleNotMet')})
      </Text>
    </List.Item>
  )
}

export function ChangePasswordPage() {
  const { t } = useTranslation()
  const me = useSessionUser()
  const navigate = useNavigate()
  const change = useChangePassword()
  const form = useForm<Form>({
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
  })
  const newPassword = useWatch({ control: form.control, name: 'newPassword' })
  const rules = passwordRules(newPassword)
  const errors = form.formState.errors

  const onSubmit = form.handleSubmit((values) => {
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            icon: <IconCheck size={18} aria-hidden />,
            title: t('password.successTitle'),
            message: t('password.success'),
          })
          form.reset()
          void navigate({ to: '/' })
        },
        onError: (e) => {
          if (e instanceof ApiError && e.fields.currentPassword) {
            form.setError(
              'currentPassword',
              { message: e.fields.currentPassword },
              { shouldFocus: true },
            )
          } else if (e instanceof ApiError && e.fields.newPassword) {
            form.setError('newPassword', { message: e.fields.newPassword }, { shouldFocus: true })
          } else if (
            e instanceof ApiError &&
            (e.status === 401 ||
              e.reason === 'INVALID_CREDENTIALS' ||
              e.reason === 'WRONG_PASSWORD')
          ) {
            form.setError(
              'currentPassword',
              { message: t('password.wrongCurrent') },
              { shouldFocus: true },
            )
          }
        },
      },
    )
  })

  const fieldErrorShown =
    change.error instanceof ApiError && Object.keys(change.error.fields).length > 0

  return (
    <Stack maw={560}>
      <PageHeader title={t('password.title')} description={t('password.description')} />
      {me.mustChangePassword ? (
        <Alert
          color="kinerja"
          icon={<IconInfoCircle aria-hidden />}
          title={t('password.mustChangeTitle')}
          data-testid="must-change-password"
        >
          {t('password.mustChange')}
        </Alert>
      ) : null}
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <Stack gap="md">
            {change.isError && !fieldErrorShown && !errors.currentPassword ? (
              <Alert color="red" role="alert">
                {errorMessage(change.error)}
              </Alert>
            ) : null}
            <PasswordInput
              visibilityToggleButtonProps={{ 'aria-label': t('login.togglePassword') }}
              label={me.mustChangePassword ? t('password.temporary') : t('password.current')}
              autoComplete="current-password"
              {...requiredField}
              error={errors.currentPassword?.message}
              {...form.register('currentPassword', { required: t('password.currentRequired') })}
            />
            <div>
              <PasswordInput
                visibilityToggleButtonProps={{ 'aria-label': t('login.togglePassword') }}
                label={t('password.new')}
                description={t('password.newHint')}
                autoComplete="new-password"
                {...requiredField}
                error={errors.newPassword?.message}
                {...form.register('newPassword', {
                  validate: (v) => {
                    const r = passwordRules(v)
                    if (!r.length || !r.letter || !r.digit) return t('password.tooWeak')
                    if (v === form.getValues('currentPassword')) return t('password.sameAsOld')
                    return true
                  },
                })}
              />
              <List size="sm" mt="xs" spacing={2} aria-live="polite" data-testid="password-rules">
                <Rule ok={rules.length} label={t('password.ruleLength')} />
                <Rule ok={rules.letter} label={t('password.ruleLetter')} />
                <Rule ok={rules.digit} label={t('password.ruleDigit')} />
              </List>
            </div>
            <PasswordInput
              visibilityToggleButtonProps={{ 'aria-label': t('login.togglePassword') }}
              label={t('password.confirm')}
              autoComplete="new-password"
              {...requiredField}
              error={errors.confirmPassword?.message}
              {...form.register('confirmPassword', {
                validate: (v) => v === form.getValues('newPassword') || t('password.mismatch'),
              })}
            />
            <Group justify="flex-end">
              <Button type="submit" loading={change.isPending}>
                {t('password.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  )
}
