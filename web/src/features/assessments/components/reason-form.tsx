import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core'
import type { ComponentProps, ReactNode } from 'react'
import type { UseFormRegisterReturn } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { requiredField } from '../../../components/ui/required-field.ts'

/**
 * The body of a "do it, with a written reason" dialog (reopen an assessment, reopen a unit's
 * penetapan): what happens, a problem said above the field, the reason, cancel and confirm.
 */
export function ReasonForm(props: {
  testId: string
  intro: ReactNode
  problem: string | null
  problemTestId?: string
  label: string
  hint: string
  error: string | undefined
  field: UseFormRegisterReturn<'reason'>
  submitLabel: string
  pending: boolean
  onSubmit: ComponentProps<'form'>['onSubmit']
  onCancel: () => void
}) {
  const { t } = useTranslation()
  return (
    <form onSubmit={props.onSubmit} noValidate data-testid={`${props.testId}-form`}>
      <Stack gap="md">
        <Text size="sm" style={{ wordBreak: 'break-word' }}>
          {props.intro}
        </Text>
        {props.problem ? (
          <Alert color="orange" variant="light" role="alert" data-testid={props.problemTestId}>
            {props.problem}
          </Alert>
        ) : null}
        <Textarea
          label={props.label}
          description={props.hint}
          {...requiredField}
          autosize
          minRows={3}
          maxLength={2000}
          error={props.error}
          data-testid={`${props.testId}-reason`}
          {...props.field}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onCancel}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            color="orange"
            loading={props.pending}
            data-testid={`${props.testId}-submit`}
          >
            {props.submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
