import { zodResolver } from '@hookform/resolvers/zod'
import { Alert, Button, Group, List, Modal, Stack, Text, Textarea, ThemeIcon } from '@mantine/core'
import {
  IconAlertTriangle,
  IconArrowBackUp,
  IconCircleCheck,
  IconCircleX,
  IconFileSpreadsheet,
  IconFileTypePdf,
  IconLock,
  IconPencil,
  IconSend,
} from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { SkpAction } from '../../../../../shared/rules/skp-workflow.ts'
import { closeSkpSchema, returnSkpSchema } from '../../../../../shared/skp.ts'
import type { Skp } from '../../../../../shared/skp.ts'
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx'
import { requiredField } from '../../../components/ui/required-field.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { skpDownloadUrl, useSkpAction } from '../api.ts'
import type { SkpActionInput } from '../api.ts'
import { submitChecklist, submitRefusal } from '../submit-check.ts'
import type { Refusal } from '../submit-check.ts'
import { fieldErrorsByRhk, rhkAt } from '../skp-content.ts'
import type { SkpWriter } from './use-skp-writer.tsx'

const returnReasonSchema = returnSkpSchema.pick({ reason: true })
const closeReasonSchema = closeSkpSchema.pick({ reason: true })

export type { Refusal }

function SubmitDialog(props: {
  opened: boolean
  skp: Skp
  unsaved: boolean
  loading: boolean
  onConfirm: () => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  const checks = submitChecklist(props.skp)
  const allOk = checks.every((c) => c.ok)
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('skp.submit.title')} centered>
      <Stack gap="md" data-testid="submit-dialog">
        <Text size="sm">
          {t('skp.submit.text', { name: props.skp.atasan?.name ?? t('skp.person.none') })}
        </Text>
        <div>
          <Text size="sm" fw={700} mb={4}>
            {t('skp.submit.checkTitle')}
          </Text>
          <List spacing={8} size="sm" center>
            {checks.map((c) => (
              <List.Item
                key={c.key}
                icon={
                  <ThemeIcon size={22} radius="xl" color={c.ok ? 'teal' : 'orange'} variant="light">
                    {c.ok ? (
                      <IconCircleCheck size={16} aria-hidden />
                    ) : (
                      <IconCircleX size={16} aria-hidden />
                    )}
                  </ThemeIcon>
                }
                data-ok={c.ok}
              >
                <span className="visually-hidden">
                  {c.ok ? t('skp.submit.ok') : t('skp.submit.notOk')}:{' '}
                </span>
                {t(`skp.submit.check.${c.key}`)}
                {!c.ok && c.missing > 0 && c.key !== 'hasUtama' && c.key !== 'hasAtasan' ? (
                  <Text size="xs" c="dimmed">
                    {t(`skp.submit.missing.${c.key}`, { count: c.missing })}
                  </Text>
                ) : null}
              </List.Item>
            ))}
          </List>
        </div>
        {!allOk ? (
          <Text size="sm" c="dimmed">
            {t('skp.submit.notAllOk')}
          </Text>
        ) : null}
        {props.unsaved ? (
          <Alert
            role="note"
            color="orange"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
          >
            {t('skp.submit.unsaved')}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onClose} disabled={props.loading}>
            {t('common.cancel')}
          </Button>
          <Button
            leftSection={<IconSend size={16} aria-hidden />}
            onClick={props.onConfirm}
            loading={props.loading}
            disabled={props.unsaved}
            data-testid="submit-confirm"
          >
            {t('skp.actions.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}

/** Return (atasan) or close (admin): both need a written reason the pegawai will read. */
function ReasonDialog(props: {
  kind: 'return' | 'close'
  opened: boolean
  skp: Skp
  loading: boolean
  onConfirm: (reason: string) => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  const { kind } = props
  const form = useForm<{ reason: string }>({
    resolver: zodResolver(kind === 'return' ? returnReasonSchema : closeReasonSchema),
    defaultValues: { reason: '' },
  })
  const { reset } = form
  useEffect(() => {
    if (props.opened) reset({ reason: '' })
  }, [props.opened, reset])
  const onSubmit = form.handleSubmit((v) => props.onConfirm(v.reason))
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t(`skp.${kind}.title`)} centered>
      <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid={`${kind}-dialog`}>
        <Stack gap="md">
          <Text size="sm">{t(`skp.${kind}.text`, { name: props.skp.pegawai.name })}</Text>
          <Textarea
            label={t(`skp.${kind}.reason`)}
            description={t(`skp.${kind}.reasonHint`)}
            placeholder={t(`skp.${kind}.example`)}
            {...requiredField}
            autosize
            minRows={3}
            maxLength={2000}
            data-autofocus
            error={form.formState.errors.reason?.message}
            data-testid={`${kind}-reason`}
            {...form.register('reason')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={props.onClose} disabled={props.loading}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              color={kind === 'return' ? 'orange' : 'red'}
              leftSection={
                kind === 'return' ? (
                  <IconArrowBackUp size={16} aria-hidden />
                ) : (
                  <IconLock size={16} aria-hidden />
                )
              }
              loading={props.loading}
              data-testid={`${kind}-confirm`}
            >
              {t(`skp.actions.${kind}`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}

const ACTION_ICON: Record<SkpAction, typeof IconSend> = {
  submit: IconSend,
  approve: IconCircleCheck,
  return: IconArrowBackUp,
  revise: IconPencil,
  close: IconLock,
}

/**
 * The buttons the workflow allows this person now (from `skp.actions`, computed by the
 * shared transition table), each confirmed in a dialog, plus the document downloads.
 */
export function SkpActions(props: {
  skp: Skp
  writer: SkpWriter
  unsaved: boolean
  onRefusal: (refusal: Refusal | null) => void
}) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const { skp } = props
  const action = useSkpAction(skp.id)
  const [open, setOpen] = useState<SkpAction | null>(null)

  const run = (input: SkpActionInput, success: string) => {
    props.onRefusal(null)
    action.mutate(input, {
      onSuccess: () => {
        notifySuccess(success)
        setOpen(null)
      },
      onError: (e) => {
        setOpen(null)
        if (props.writer.handleConflict(e)) return
        const refusal = input.action === 'submit' ? submitRefusal(e) : null
        if (refusal) props.onRefusal(refusal)
        else notifyError(e, t('skp.actions.failed'))
      },
    })
  }

  // Closing is rare (pensiun, mutasi keluar, data error): last, and in red.
  const buttons = [...skp.actions].sort((a, b) => Number(a === 'close') - Number(b === 'close'))
  return (
    <Stack gap="xs" data-testid="skp-actions">
      <Group gap="xs" grow={isPhone} wrap="wrap">
        {buttons.map((a) => {
          const Icon = ACTION_ICON[a]
          return (
            <Button
              key={a}
              color={
                a === 'return'
                  ? 'orange'
                  : a === 'approve'
                    ? 'teal'
                    : a === 'close'
                      ? 'red'
                      : undefined
              }
              variant={a === 'revise' || a === 'close' ? 'light' : 'filled'}
              leftSection={<Icon size={18} aria-hidden />}
              onClick={() => setOpen(a)}
              data-testid={`skp-action-${a}`}
              miw={isPhone ? '100%' : undefined}
            >
              {t(`skp.actions.${a}`)}
            </Button>
          )
        })}
      </Group>
      <Group gap="xs" grow={isPhone}>
        <Button
          component="a"
          href={skpDownloadUrl(skp.id, 'pdf')}
          download
          variant="default"
          leftSection={<IconFileTypePdf size={18} aria-hidden />}
          data-testid="skp-download-pdf"
        >
          {t('skp.actions.pdf')}
        </Button>
        <Button
          component="a"
          href={skpDownloadUrl(skp.id, 'xlsx')}
          download
          variant="default"
          leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
          data-testid="skp-download-xlsx"
        >
          {t('skp.actions.xlsx')}
        </Button>
      </Group>

      <SubmitDialog
        opened={open === 'submit'}
        skp={skp}
        unsaved={props.unsaved}
        loading={action.isPending}
        onClose={() => setOpen(null)}
        onConfirm={() =>
          run(
            { action: 'submit', version: skp.version },
            t('skp.actions.submitted', { name: skp.atasan?.name ?? '' }),
          )
        }
      />
      <ConfirmDialog
        opened={open === 'approve'}
        title={t('skp.approve.title')}
        message={t('skp.approve.text', { name: skp.pegawai.name, year: skp.year })}
        confirmLabel={t('skp.actions.approve')}
        loading={action.isPending}
        onClose={() => setOpen(null)}
        onConfirm={() =>
          run(
            { action: 'approve', version: skp.version },
            t('skp.actions.approved', { name: skp.pegawai.name }),
          )
        }
      />
      <ReasonDialog
        kind="return"
        opened={open === 'return'}
        skp={skp}
        loading={action.isPending}
        onClose={() => setOpen(null)}
        onConfirm={(reason) =>
          run(
            { action: 'return', version: skp.version, reason },
            t('skp.actions.returned', { name: skp.pegawai.name }),
          )
        }
      />
      <ReasonDialog
        kind="close"
        opened={open === 'close'}
        skp={skp}
        loading={action.isPending}
        onClose={() => setOpen(null)}
        onConfirm={(reason) =>
          run(
            { action: 'close', version: skp.version, reason },
            t('skp.actions.closed', { name: skp.pegawai.name }),
          )
        }
      />
      <ConfirmDialog
        opened={open === 'revise'}
        title={t('skp.revise.title')}
        message={t('skp.revise.text', { n: skp.revision + 1 })}
        confirmLabel={t('skp.actions.revise')}
        loading={action.isPending}
        onClose={() => setOpen(null)}
        onConfirm={() => run({ action: 'revise', version: skp.version }, t('skp.actions.revised'))}
      />
    </Stack>
  )
}

/**
 * A refused submission, at the top of the page: the server's message (it names the atasan)
 * and what to do about it, in plain words.
 */
export function SubmitRefusalAlert(props: {
  skp: Skp
  refusal: Refusal
  onClose: () => void
  onGoToRhk: () => void
}) {
  const { t } = useTranslation()
  const reason = props.refusal.reason
  const { byRhk, other } = fieldErrorsByRhk(props.refusal.fields)
  const points = [...byRhk.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, messages]) => {
      const at = rhkAt(props.skp, index)
      const where = at
        ? t('skp.refusal.rhkLabel', { jenis: t(`skp.jenis.${at.jenis}`), n: at.number })
        : t('skp.refusal.rhkIndex', { n: index + 1 })
      return { key: String(index), text: `${where}: ${messages.join('; ')}` }
    })
  const lines = [...points, ...other.map((m, i) => ({ key: `o${i}`, text: m }))]
  const toRhk =
    reason === 'NO_RHK' || reason === 'RHK_WITHOUT_INTERVENTION' || reason === 'INCOMPLETE_CONTENT'
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('skp.refusal.title')}
      withCloseButton
      closeButtonLabel={t('skp.refusal.close')}
      onClose={props.onClose}
      role="alert"
      data-testid="submit-refusal"
      data-reason={reason ?? 'OTHER'}
    >
      <Stack gap="xs" align="flex-start">
        <Text fw={700}>{props.refusal.message}</Text>
        {lines.length > 0 ? (
          <List size="sm" spacing={2}>
            {lines.map((l) => (
              <List.Item key={l.key}>{l.text}</List.Item>
            ))}
          </List>
        ) : null}
        <Text size="sm">
          <Text span fw={600}>
            {t('skp.refusal.whatToDo')}
          </Text>{' '}
          {t(`skp.refusal.guide.${reason ?? 'OTHER'}`)}
        </Text>
        {toRhk ? (
          <Button size="xs" variant="default" onClick={props.onGoToRhk}>
            {t('skp.refusal.goToRhk')}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  )
}
