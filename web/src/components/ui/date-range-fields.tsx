import { Group, TextInput } from '@mantine/core'
import type { FieldError, FieldValues, Path, UseFormRegister } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { emptyToNull } from '../../lib/form.ts'
import { requiredField } from './required-field.ts'

/**
 * A required start date and an optional end date side by side. An empty end date is
 * stored as null (open-ended).
 */
export function DateRangeFields<
  T extends FieldValues & { startDate: string; endDate: string | null },
>(props: {
  register: UseFormRegister<T>
  startError?: FieldError
  endError?: FieldError
  /** What an empty end date means here. */
  endHint: string
}) {
  const { t } = useTranslation()
  return (
    <Group grow align="flex-start">
      <TextInput
        type="date"
        label={t('common.startDate')}
        {...requiredField}
        error={props.startError?.message}
        {...props.register('startDate' as Path<T>)}
      />
      <TextInput
        type="date"
        label={t('common.endDate')}
        description={props.endHint}
        error={props.endError?.message}
        {...props.register('endDate' as Path<T>, { setValueAs: emptyToNull })}
      />
    </Group>
  )
}
