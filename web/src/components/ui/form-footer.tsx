import { Button, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** The Cancel / Save row at the bottom of a modal form; Save submits the form. */
export function FormFooter(props: {
  onCancel: () => void
  loading?: boolean
  submitLabel?: string
}) {
  const { t } = useTranslation()
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={props.onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={props.loading}>
        {props.submitLabel ?? t('common.save')}
      </Button>
    </Group>
  )
}
