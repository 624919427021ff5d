import { Paper, Stepper, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SkpStatus } from '../../../../../shared/rules/skp-workflow.ts'
import { useIsPhone } from '../../../lib/use-is-phone.ts'

const STEPS = ['create', 'write', 'submit', 'approved'] as const

/** Which step of the yearly SKP the person is at (null = not created yet). */
export function progressStep(status: SkpStatus | null): number {
  switch (status) {
    case null:
      return 0
    case 'draft':
    case 'dikembalikan':
      return 1
    case 'diajukan':
      return 2
    case 'disetujui':
    case 'ditutup':
      return 4
  }
}

/**
 * The four steps of an SKP (buat → isi RHK → ajukan → disetujui) with the person's
 * current step marked: the short version of the guide, always in view.
 */
export function SkpProgress(props: { year: number; status: SkpStatus | null }) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const active = progressStep(props.status)
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="skp-steps-title">
      <Text fw={700} id="skp-steps-title" mb="sm">
        {t('skp.steps.title', { year: props.year })}
      </Text>
      <Stepper
        active={active}
        orientation={isPhone ? 'vertical' : 'horizontal'}
        size="sm"
        allowNextStepsSelect={false}
      >
        {STEPS.map((s) => (
          <Stepper.Step
            key={s}
            label={t(`skp.steps.${s}.label`)}
            description={t(`skp.steps.${s}.description`)}
          />
        ))}
      </Stepper>
      {props.status === 'dikembalikan' ? (
        <Text size="sm" mt="sm" fw={600}>
          {t('skp.steps.returnedNote')}
        </Text>
      ) : null}
    </Paper>
  )
}
