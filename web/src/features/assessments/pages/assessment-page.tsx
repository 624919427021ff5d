import { Alert, Button, Flex, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core'
import {
  IconAlertTriangle,
  IconDeviceFloppy,
  IconEye,
  IconRefresh,
  IconSend,
} from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AssessmentDetail } from '../../../../../shared/assessments.ts'
import { isResultVisibleToOwner } from '../../../../../shared/rules/assessment-workflow.ts'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { AnchorLink } from '../../../components/ui/links.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { HelpLink } from '../../guide/help-link.tsx'
import { ApiError } from '../../../lib/api-client.ts'
import { formatDate } from '../../../lib/format.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { UnsavedGuard } from '../../skp/components/unsaved-guard.tsx'
import { conflictCurrent, isVersionConflict } from '../../skp/version-conflict.ts'
import { assessmentKeys, useAssessment, useSaveRealisasi, useSubmitAssessment } from '../api.ts'
import { AssessmentStatusBadge } from '../components/badges.tsx'
import { LateBadge, useInstansiToday } from '../components/my-deadline.tsx'
import { MyGuide } from '../components/my-guide.tsx'
import { MyRhkCard } from '../components/my-rhk-card.tsx'
import { ResultPerilaku, ResultSection } from '../components/result-section.tsx'
import {
  checkDrafts,
  deadlineInfo,
  differsFromSaved,
  erroredIndikator,
  initialDrafts,
  mapServerFields,
  realisasiItems,
  savedRealisasiKey,
} from '../pegawai-view.ts'
import type { FieldErrors, RealisasiDraft } from '../pegawai-view.ts'

type Conflict = { current: AssessmentDetail | null } | null

/** "Penilaian diubah di tempat lain": load the current version instead of overwriting it. */
function ConflictModal(props: { id: string; conflict: Conflict; onClose: () => void }) {
  const { t } = useTranslation()
  const qc = useQueryClient()
  const reload = () => {
    if (props.conflict?.current)
      qc.setQueryData(assessmentKeys.detail(props.id), props.conflict.current)
    else void qc.invalidateQueries({ queryKey: assessmentKeys.detail(props.id) })
    props.onClose()
  }
  return (
    <Modal
      opened={props.conflict !== null}
      onClose={props.onClose}
      title={t('penilaian.conflict.title')}
      centered
      zIndex={400}
    >
      <Stack gap="md" data-testid="assessment-conflict">
        <Text size="sm">{t('penilaian.conflict.text')}</Text>
        <Text size="sm">{t('penilaian.conflict.whatToDo')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onClose}>
            {t('penilaian.conflict.later')}
          </Button>
          <Button
            leftSection={<IconRefresh size={18} aria-hidden />}
            onClick={reload}
            data-testid="assessment-conflict-reload"
          >
            {t('penilaian.conflict.reload')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}

/** A refusal of the whole form (deadline passed, not started, incomplete), shown by the buttons. */
type FormAlert = { title: string; message: string } | null

function focusIndikator(id: string | undefined) {
  if (!id) return
  const box = document.getElementById(`indikator-${id}`)
  if (!box) return
  box.scrollIntoView({ behavior: 'smooth', block: 'center' })
  box.querySelector<HTMLElement>('input, textarea')?.focus({ preventScroll: true })
}

/**
 * The owner's assessment: guide, result when final, every RHK with realisasi and evidence,
 * and the two buttons (save a draft, submit to the atasan). The form starts over whenever the
 * saved realisasi changes (after a save or when the current version is loaded).
 */
function AssessmentView(props: { assessment: AssessmentDetail }) {
  const { t } = useTranslation()
  const a = props.assessment
  const { today, timeZone } = useInstansiToday()
  const isPhone = useIsPhone()
  const save = useSaveRealisasi(a.id)
  const submit = useSubmitAssessment(a.id)

  const savedKey = savedRealisasiKey(a)
  const [baseKey, setBaseKey] = useState(savedKey)
  const [drafts, setDrafts] = useState(() => initialDrafts(a))
  const [touched, setTouched] = useState(false)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [formAlert, setFormAlert] = useState<FormAlert>(null)
  const [conflict, setConflict] = useState<Conflict>(null)
  const [confirmSubmit, setConfirmSubmit] = useState(false)
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null)
  if (savedKey !== baseKey) {
    setBaseKey(savedKey)
    setDrafts(initialDrafts(a))
    setTouched(false)
  }

  const isOwner = a.roles.includes('owner')
  const editable = isOwner && a.canEditRealisasi
  const showResult = isOwner ? isResultVisibleToOwner(a.status) : a.predikat !== null
  const deadline = deadlineInfo(a, today)
  const unsaved = editable && differsFromSaved(a, drafts)
  const prefilled = editable && a.rhk.some((r) => r.indikator.some((i) => !i.realisasi))
  const canSubmit = isOwner && a.actions.includes('submit')
  const submitBlocked = deadline.kind !== 'open'
  const atasan = a.assessor?.name ?? t('penilaian.objection.admin')
  const messages = {
    editReason: t('penilaian.rhk.editReasonRequired'),
    incomplete: t('penilaian.rhk.incomplete'),
  }

  const change = (indikatorId: string, draft: RealisasiDraft) => {
    setDrafts((d) => ({ ...d, [indikatorId]: draft }))
    setTouched(true)
    setErrors((e) => (e[indikatorId] ? { ...e, [indikatorId]: {} } : e))
  }

  const showErrors = (found: FieldErrors) => {
    setErrors(found)
    const ids = erroredIndikator(a, found)
    if (ids.length > 0) {
      setFormAlert({
        title: t('penilaian.actions.fixTitle'),
        message: t('penilaian.actions.fixErrors', { count: ids.length }),
      })
      focusIndikator(ids[0])
    }
    return ids.length > 0
  }

  /** True when the error was handled here (fields, refusals, conflicts). */
  const handleError = (e: unknown): boolean => {
    if (isVersionConflict(e)) {
      setConflict({ current: conflictCurrent<AssessmentDetail>(e) })
      return true
    }
    if (!(e instanceof ApiError)) return false
    if (e.status === 400) {
      const mapped = mapServerFields(a, e.fields)
      if (!showErrors(mapped.byIndikator))
        setFormAlert({
          title: t('penilaian.actions.fixTitle'),
          message: [e.message, ...mapped.other].join(' '),
        })
      return true
    }
    if (e.status === 409) {
      const title =
        e.reason === 'DEADLINE_PASSED'
          ? t('penilaian.actions.deadlinePassedTitle')
          : e.reason === 'PERIOD_NOT_STARTED'
            ? t('penilaian.actions.notStartedTitle')
            : t('penilaian.actions.refusedTitle')
      setFormAlert({ title, message: e.message })
      return true
    }
    return false
  }

  /** PUT the form on top of the version on screen; retried once on a version bump that did
   * not touch the realisasi (e.g. the atasan saved umpan balik meanwhile). */
  const put = async (): Promise<AssessmentDetail> => {
    const body = { version: a.version, items: realisasiItems(a, drafts) }
    try {
      return await save.mutateAsync(body)
    } catch (e) {
      const current = conflictCurrent<AssessmentDetail>(e)
      if (current && current.canEditRealisasi && savedRealisasiKey(current) === baseKey)
        return save.mutateAsync({ ...body, version: current.version })
      throw e
    }
  }

  const onSave = async () => {
    setFormAlert(null)
    if (showErrors(checkDrafts(a, drafts, 'save', messages))) return
    setBusy('save')
    try {
      await put()
      setErrors({})
      notifySuccess(t('penilaian.actions.saved'))
    } catch (e) {
      if (!handleError(e)) notifyError(e)
    } finally {
      setBusy(null)
    }
  }

  const askSubmit = () => {
    setFormAlert(null)
    if (editable && showErrors(checkDrafts(a, drafts, 'submit', messages))) return
    setConfirmSubmit(true)
  }

  const onSubmit = async () => {
    setBusy('submit')
    try {
      const version = editable ? (await put()).version : a.version
      await submit.mutateAsync({ version })
      setErrors({})
      setConfirmSubmit(false)
      notifySuccess(t('penilaian.actions.submitted', { name: atasan }))
      window.scrollTo({ top: 0, behavior: 'smooth' })
    } catch (e) {
      setConfirmSubmit(false)
      if (!handleError(e)) notifyError(e)
    } finally {
      setBusy(null)
    }
  }

  const resultConflict = (e: unknown) => {
    if (!isVersionConflict(e)) return false
    setConflict({ current: conflictCurrent<AssessmentDetail>(e) })
    return true
  }

  return (
    <Stack gap="md">
      {isOwner ? (
        <AnchorLink to="/penilaian" size="sm">
          ← {t('penilaian.detail.back')}
        </AnchorLink>
      ) : null}
      <PageHeader
        title={
          isOwner
            ? a.period.name
            : t('penilaian.detail.titleOf', { period: a.period.name, name: a.pegawai.name })
        }
        description={t('penilaian.detail.range', {
          from: formatDate(a.period.startDate),
          to: formatDate(a.period.endDate),
        })}
        actions={<HelpLink topic={a.status === 'draft' ? 'realisasi' : 'penilaian-saya'} />}
      />
      <Group gap="xs" mt={-12} data-testid="assessment-badges">
        <AssessmentStatusBadge status={a.status} />
        {a.late ? <LateBadge /> : null}
        {!editable ? <AssessmentReadOnlyBadge /> : null}
      </Group>

      {!isOwner ? (
        <Alert color="gray" variant="light" icon={<IconEye aria-hidden />} data-testid="not-owner">
          <Stack gap={6} align="flex-start">
            <Text size="sm">{t('penilaian.detail.notOwner', { name: a.pegawai.name })}</Text>
            {a.roles.includes('assessor') || a.roles.includes('reviewer') ? (
              <AnchorLink
                to="/penilaian/bawahan/$assessmentId"
                params={{ assessmentId: a.id }}
                size="sm"
                fw={600}
              >
                {t('penilaian.detail.openAsAtasan')}
              </AnchorLink>
            ) : null}
          </Stack>
        </Alert>
      ) : (
        <MyGuide assessment={a} today={today} timeZone={timeZone} />
      )}

      <Text size="sm" data-testid="assessment-assessor">
        {t('penilaian.detail.assessor')}: <strong>{atasan}</strong>
        {a.assessor ? ` · ${a.assessor.jabatanName}` : ''}
      </Text>

      {showResult ? (
        <ResultSection assessment={a} today={today} isOwner={isOwner} onConflict={resultConflict} />
      ) : null}

      {prefilled && !touched ? (
        <Alert color="kinerja" variant="light" role="note" data-testid="prefilled-note">
          <Text size="sm">{t('penilaian.actions.prefilled')}</Text>
        </Alert>
      ) : null}

      <section aria-labelledby="rhk-section-title">
        <Title order={2} fz={18} mb="sm" id="rhk-section-title">
          {t('penilaian.rhk.sectionTitle')}
        </Title>
        <Stack gap="md">
          {a.rhk.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('penilaian.rhk.none')}
            </Text>
          ) : (
            a.rhk.map((r) => (
              <MyRhkCard
                key={r.id}
                assessmentId={a.id}
                rhk={r}
                drafts={drafts}
                errors={errors}
                editable={editable}
                evidenceEditable={editable}
                showFeedback={showResult}
                onChange={change}
              />
            ))
          )}
        </Stack>
      </section>

      {showResult ? <ResultPerilaku assessment={a} /> : null}

      {canSubmit || editable ? (
        <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} data-testid="assessment-actions">
          <Stack gap="sm">
            <Title order={2} fz={18}>
              {t('penilaian.actions.title')}
            </Title>
            <Text size="sm">{t('penilaian.actions.explain', { name: atasan })}</Text>
            {unsaved ? (
              <Text size="sm" c="orange.9" fw={600} data-testid="unsaved-note">
                {t('penilaian.actions.unsaved')}
              </Text>
            ) : null}
            {formAlert ? (
              <Alert
                color="red"
                variant="light"
                role="alert"
                icon={<IconAlertTriangle aria-hidden />}
                title={formAlert.title}
                withCloseButton
                onClose={() => setFormAlert(null)}
                data-testid="assessment-form-alert"
              >
                {formAlert.message}
              </Alert>
            ) : null}
            {canSubmit && submitBlocked ? (
              <Text size="sm" c="red.8" data-testid="submit-blocked">
                {deadline.kind === 'passed'
                  ? t('penilaian.actions.deadlinePassed')
                  : t('penilaian.actions.notStarted', { date: formatDate(a.period.startDate) })}
              </Text>
            ) : null}
            {/* Phones: both buttons full width, the primary one on top. */}
            <Flex gap="sm" justify="flex-end" direction={isPhone ? 'column-reverse' : 'row'}>
              {editable ? (
                <Button
                  variant="default"
                  size="md"
                  leftSection={<IconDeviceFloppy size={20} aria-hidden />}
                  loading={busy === 'save'}
                  disabled={busy !== null}
                  onClick={() => void onSave()}
                  data-testid="save-realisasi"
                >
                  {t('penilaian.actions.save')}
                </Button>
              ) : null}
              {canSubmit ? (
                <Button
                  size="md"
                  leftSection={<IconSend size={20} aria-hidden />}
                  disabled={busy !== null || submitBlocked}
                  loading={busy === 'submit'}
                  onClick={askSubmit}
                  data-testid="submit-assessment"
                >
                  {t('penilaian.actions.submit')}
                </Button>
              ) : null}
            </Flex>
          </Stack>
        </Paper>
      ) : null}

      <Modal
        opened={confirmSubmit}
        onClose={() => busy === null && setConfirmSubmit(false)}
        title={t('penilaian.actions.submitTitle')}
        centered
      >
        <Stack gap="md">
          <Text size="sm">
            {t('penilaian.actions.submitText', { period: a.period.name, name: atasan })}
          </Text>
          {deadline.kind === 'open' && deadline.extended && today > a.period.deadline ? (
            <Text size="sm" c="orange.9">
              {t('penilaian.actions.submitLate')}
            </Text>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button
              variant="default"
              onClick={() => setConfirmSubmit(false)}
              disabled={busy !== null}
            >
              {t('common.cancel')}
            </Button>
            <Button
              leftSection={<IconSend size={18} aria-hidden />}
              loading={busy === 'submit'}
              onClick={() => void onSubmit()}
              data-testid="submit-confirm"
            >
              {t('penilaian.actions.submitConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <ConflictModal id={a.id} conflict={conflict} onClose={() => setConflict(null)} />
      <UnsavedGuard dirty={touched && unsaved && busy === null} />
    </Stack>
  )
}

function AssessmentReadOnlyBadge() {
  const { t } = useTranslation()
  return (
    <Text size="xs" c="dimmed" span>
      <IconEye size={14} aria-hidden style={{ verticalAlign: 'text-bottom', marginRight: 2 }} />
      {t('penilaian.detail.readOnly')}
    </Text>
  )
}

/** `/penilaian/$assessmentId`: the pegawai's own assessment of one period. */
export function AssessmentPage() {
  const { t } = useTranslation()
  const { assessmentId = '' } = useParams({ strict: false })
  const q = useAssessment(assessmentId)
  if (q.isPending)
    return (
      <Stack>
        <PageHeader title={t('penilaian.detail.loadingTitle')} />
        <LoadingState rows={6} />
      </Stack>
    )
  if (q.isError)
    return (
      <Stack>
        <AnchorLink to="/penilaian" size="sm">
          ← {t('penilaian.detail.back')}
        </AnchorLink>
        <PageHeader title={t('penilaian.detail.loadingTitle')} />
        <ErrorState error={q.error} onRetry={() => void q.refetch()} />
      </Stack>
    )
  return <AssessmentView key={q.data.id} assessment={q.data} />
}
