import { zodResolver } from '@hookform/resolvers/zod'
import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import type { DistributionView } from '../../../../../shared/assessments.ts'
import { unitFinaliseInputSchema } from '../../../../../shared/assessments.ts'
import { requiredField } from '../../../components/ui/required-field.ts'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { violatedRuleTexts } from '../admin-view.ts'
import { DistributionChart } from './distribution-chart.tsx'

const schema = z.object({ justification: unitFinaliseInputSchema.shape.justification.unwrap() })
type Values = z.infer<typeof schema>

type Props = {
  opened: boolean
  onClose: () => void
  unitName: string
  /** The server's words and the group's distribution that came with DISTRIBUTION_OUTSIDE_PATTERN. */
  message: string
  distribution: DistributionView | null
  loading: boolean
  /** Sends again with the justification; the caller closes the dialog on success. */
  onSubmit: (justification: string) => void
}

/**
 * Penetapan outside the distribution pattern (enforcement "warn"): the broken rules, the
 * chart, and a written justification of at least 20 characters that is stored and audited.
 */
export function OrgJustificationDialog(props: Props) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('penilaianAdmin.finalise.justifyTitle', { unit: props.unitName })}
      size="lg"
      fullScreen={isPhone}
    >
      <JustificationForm {...props} />
    </Modal>
  )
}

function JustificationForm(props: Props) {
  const { t } = useTranslation()
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { justification: '' },
  })
  const rules = violatedRuleTexts(props.distribution)
  const submit = form.handleSubmit((values) => props.onSubmit(values.justification))
  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="org-justification-form">
      <Stack gap="md">
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('penilaianAdmin.finalise.justifyLead')}
        >
          <Stack gap={6}>
            <Text size="sm">{props.message}</Text>
            {rules.length > 0 ? (
              <>
                <Text size="sm" fw={600}>
                  {t('penilaianAdmin.finalise.violated')}
                </Text>
                <List size="sm" spacing={2}>
                  {rules.map((r) => (
                    <List.Item key={r}>{r}</List.Item>
                  ))}
                </List>
              </>
            ) : null}
          </Stack>
        </Alert>
        {props.distribution ? <DistributionChart view={props.distribution} compact /> : null}
        <Textarea
          label={t('penilaianAdmin.finalise.justification')}
          description={t('penilaianAdmin.finalise.justificationHint')}
          {...requiredField}
          autosize
          minRows={3}
          maxLength={4000}
          error={form.formState.errors.justification?.message}
          data-testid="org-justification"
          {...form.register('justification')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={props.loading} data-testid="org-justification-submit">
            {t('penilaianAdmin.finalise.justifySubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
