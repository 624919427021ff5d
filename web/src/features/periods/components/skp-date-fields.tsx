import { SimpleGrid, TextInput } from '@mantine/core'
import type { FieldError, FieldValues, Path, UseFormRegister } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { requiredField } from '../../../components/ui/required-field.ts'

/** The start and end of a year's SKP period, both required, side by side from `xs` up. */
export function SkpDateFields<T extends FieldValues & { skpStart: string; skpEnd: string }>(props: {
  register: UseFormRegister<T>
  startError?: FieldError
  endError?: FieldError
}) {
  const { t } = useTranslation()
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
      <TextInput
        type="date"
        label={t('periods.skpStart')}
        {...requiredField}
        error={props.startError?.message}
        {...props.register('skpStart' as Path<T>)}
      />
      <TextInput
        type="date"
        label={t('periods.skpEnd')}
        {...requiredField}
        error={props.endError?.message}
        {...props.register('skpEnd' as Path<T>)}
      />
    </SimpleGrid>
  )
}
