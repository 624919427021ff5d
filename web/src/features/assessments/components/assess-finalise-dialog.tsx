import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core'
import { IconAlertTriangle, IconBan, IconLock } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DistributionView } from '../../../../../shared/assessments.ts'
import type { Predikat } from '../../../../../shared/rules/predikat.ts'
import { requiredField } from '../../../components/ui/required-field.ts'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { JUSTIFICATION_MIN, isJustificationValid } from '../atasan-view.ts'
import { DistributionChart } from './distribution-chart.tsx'

/**
 * Why the dialog asks for more: `outside` = the group is outside the pattern and the instansi
 * setting is "warn" (a written justification is needed); `blocked` = the setting is "block"
 * (finalising is refused).
 */
export type FinaliseNeed = 'none' | 'outside' | 'blocked'

type Props = {
  opened: boolean
  title: string
  /** Who is finalised (bulk), or nothing for one person. */
  names?: string[] | undefined
  need: FinaliseNeed
  distribution: DistributionView | null
  preview?: { assessmentId: string; predikat: Predikat | null } | null
  /** The server's words when it refused (409). */
  serverMessage?: string | null | undefined
  loading: boolean
  onConfirm: (justification: string | undefined) => void
  onClose: () => void
}

/**
 * Confirms finalising one or several assessments (locked afterwards). When the distribution is
 * outside the pattern — foreseen on screen or answered by the API with 409 — it shows the
 * group's chart and asks for the justification (≥ 20 letters) before sending again; when the
 * instansi blocks it, it explains that instead.
 */
export function AssessFinaliseDialog(props: Props) {
  const isPhone = useIsPhone()
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.title}
      size="lg"
      fullScreen={isPhone}
      centered
    >
      {/* Mantine unmounts the content while closed: each opening starts with an empty text. */}
      <FinaliseBody {...props} />
    </Modal>
  )
}

function FinaliseBody(props: Props) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)

  const confirm = () => {
    if (props.need === 'outside') {
      if (!isJustificationValid(text)) {
        setError(t('penilaianBawahan.finalise.justificationShort', { min: JUSTIFICATION_MIN }))
        return
      }
      props.onConfirm(text.trim())
    } else props.onConfirm(undefined)
  }

  return (
    <Stack gap="md" data-testid="finalise-dialog" data-need={props.need}>
      <Group gap={8} wrap="nowrap" align="flex-start">
        <IconLock size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
        <Text size="sm">{t('penilaianBawahan.finalise.explain')}</Text>
      </Group>
      {props.names && props.names.length > 0 ? (
        <List size="sm" spacing={2} data-testid="finalise-names">
          {props.names.map((n, i) => (
            <List.Item key={i}>{n}</List.Item>
          ))}
        </List>
      ) : null}

      {props.need === 'outside' ? (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('penilaianBawahan.finalise.outsideTitle')}
          data-testid="finalise-outside"
        >
          <Text size="sm">{props.serverMessage || t('penilaianBawahan.finalise.outsideText')}</Text>
        </Alert>
      ) : null}
      {props.need === 'blocked' ? (
        <Alert
          color="red"
          variant="light"
          icon={<IconBan aria-hidden />}
          title={t('penilaianBawahan.finalise.blockedTitle')}
          role="alert"
          data-testid="finalise-blocked"
        >
          <Text size="sm">{t('penilaianBawahan.finalise.blockedText')}</Text>
          {props.serverMessage ? (
            <Text size="sm" mt={4}>
              {props.serverMessage}
            </Text>
          ) : null}
        </Alert>
      ) : null}

      {props.distribution && props.need !== 'none' ? (
        <DistributionChart view={props.distribution} preview={props.preview ?? null} compact />
      ) : null}

      {props.need === 'outside' ? (
        <Textarea
          label={t('penilaianBawahan.finalise.justification')}
          description={t('penilaianBawahan.finalise.justificationHint', {
            min: JUSTIFICATION_MIN,
          })}
          {...requiredField}
          autosize
          minRows={3}
          maxLength={4000}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value)
            if (error && isJustificationValid(e.currentTarget.value)) setError(null)
          }}
          error={error}
          data-testid="justification"
        />
      ) : null}

      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={props.onClose} disabled={props.loading}>
          {t('common.cancel')}
        </Button>
        {props.need === 'blocked' ? null : (
          <Button
            color="teal"
            leftSection={<IconLock size={18} aria-hidden />}
            loading={props.loading}
            onClick={confirm}
            data-testid="confirm-finalise"
          >
            {props.need === 'outside'
              ? t('penilaianBawahan.finalise.confirmJustified')
              : t('penilaianBawahan.finalise.confirm')}
          </Button>
        )}
      </Group>
    </Stack>
  )
}
