import { Alert, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core'
import {
  IconArrowBackUp,
  IconDeviceFloppy,
  IconGavel,
  IconInfoCircle,
  IconLock,
  IconMessages,
  IconStar,
} from '@tabler/icons-react'
import { useParams } from '@tanstack/react-router'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AssessmentDetail, DistributionView } from '../../../../../shared/assessments.ts'
import type { CoreValue } from '../../../../../shared/rules/berakhlak.ts'
import type { Rating } from '../../../../../shared/rules/predikat.ts'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { AnchorLink } from '../../../components/ui/links.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { HelpLink } from '../../guide/help-link.tsx'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useSessionUser } from '../../auth/api.ts'
import { FeedbackThreads } from '../../feedback/components/feedback-threads.tsx'
import { UnsavedGuard } from '../../skp/components/unsaved-guard.tsx'
import { conflictCurrent, isVersionConflict } from '../../skp/version-conflict.ts'
import {
  useAssessment,
  useBawahan,
  useDistribution,
  useFinalise,
  useRate,
  useSaveFeedback,
} from '../api.ts'
import {
  distributionWarnings,
  effectiveRatingHasil,
  feedbackDraftOf,
  feedbackInputOf,
  finaliseRefusal,
  isFeedbackDirty,
  previewDistribution,
  previewPredikat,
  suggestedRatingHasil,
  type FeedbackDraft,
} from '../atasan-view.ts'
import { AssessConflictModal, type AssessConflict } from '../components/assess-conflict-modal.tsx'
import { AssessFinaliseDialog, type FinaliseNeed } from '../components/assess-finalise-dialog.tsx'
import { AssessIdentity } from '../components/assess-identity.tsx'
import { AssessPerilaku } from '../components/assess-perilaku.tsx'
import { AssessRhkCard } from '../components/assess-rhk-card.tsx'
import { DistributionChart } from '../components/distribution-chart.tsx'
import { ObjectionDecideDialog } from '../components/objection-decide-dialog.tsx'
import { RatingPanel } from '../components/rating-panel.tsx'
import { ReopenDialog } from '../components/reopen-dialog.tsx'

function Back(props: { period?: { id: string; year: number } | undefined }) {
  const { t } = useTranslation()
  return (
    <AnchorLink
      to="/penilaian/bawahan"
      search={{ tahun: props.period?.year, periode: props.period?.id }}
      size="sm"
      data-testid="assess-back"
    >
      ← {t('penilaianBawahan.back')}
    </AnchorLink>
  )
}

/** What the status means for the person on this screen and what comes next. */
function StatusGuide(props: { detail: AssessmentDetail }) {
  const { t } = useTranslation()
  const d = props.detail
  const assessor = d.roles.includes('assessor')
  const text = assessor
    ? t(`penilaianBawahan.guide.${d.status}`)
    : t('penilaianBawahan.guide.readOnly')
  return (
    <Alert
      variant="light"
      color={d.status === 'finalised' || d.status === 'decided' ? 'teal' : 'kinerja'}
      icon={<IconInfoCircle aria-hidden />}
      data-testid="assess-guide"
    >
      <Text size="sm">{text}</Text>
    </Alert>
  )
}

type FinaliseState = {
  opened: boolean
  need: FinaliseNeed
  distribution: DistributionView | null
  message: string | null
}

const CLOSED: FinaliseState = { opened: false, need: 'none', distribution: null, message: null }

/**
 * The one screen on which the pejabat penilai assesses a subordinate: identity and period,
 * per RHK the targets, realisasi (with edit reasons), evidence, daily-progress verification
 * and rencana aksi, the continuous umpan balik threads, the umpan balik of this assessment per
 * RHK and per BerAKHLAK value, the two ratings with the guidance, the predikat read from the
 * quadrant, and the group's distribution with this person's new predikat previewed.
 */
function AssessScreen(props: { detail: AssessmentDetail }) {
  const { t } = useTranslation()
  const me = useSessionUser()
  const timeZone = me.instansiTimeZone ?? undefined
  const d = props.detail
  const isHead = d.pegawai.headsUnitId !== null

  const [draft, setDraft] = useState<FeedbackDraft>(() => feedbackDraftOf(d))
  const [hasil, setHasil] = useState<Rating | null>(
    d.ratingHasilSource === 'org_predikat' ? null : d.ratingHasil,
  )
  const [perilaku, setPerilaku] = useState<Rating | null>(d.ratingPerilaku)
  const [conflict, setConflict] = useState<AssessConflict>(null)
  const [finaliseState, setFinaliseState] = useState<FinaliseState>(CLOSED)
  const [deciding, setDeciding] = useState(false)
  const [reopening, setReopening] = useState(false)

  const saveFeedback = useSaveFeedback(d.id)
  const rate = useRate(d.id)
  const finalise = useFinalise(d.id)

  const canRate = d.actions.includes('rate')
  const canFinalise = d.actions.includes('finalise')
  const canFeedback = d.canEditFeedback
  const effHasil =
    effectiveRatingHasil(d, hasil) ??
    (isHead && d.ratingHasilSource === 'org_predikat' ? d.ratingHasil : null)
  const predikat = previewPredikat(effHasil, perilaku)
  const feedbackDirty = canFeedback && isFeedbackDirty(draft, d)
  const ratingDirty =
    canRate && (perilaku !== d.ratingPerilaku || (!isHead && hasil !== d.ratingHasil))
  const suggestion = suggestedRatingHasil(draft, d)

  // The group this person counts in: from the atasan's list of the period (it carries every
  // group with its people), else asked for by unit (reviewer, admin, supervisors above).
  const bawahan = useBawahan(d.roles.includes('assessor') ? d.period.id : undefined)
  const fromList =
    bawahan.data?.distributions.find((g) => g.people.some((p) => p.assessmentId === d.id)) ?? null
  const needUnit = !fromList && !bawahan.isLoading
  const byUnit = useDistribution(
    needUnit ? d.period.id : undefined,
    needUnit ? (d.orgPredikat?.unitId ?? d.pegawai.unitId) : undefined,
  )
  const view = fromList ?? byUnit.data ?? null
  const preview = { assessmentId: d.id, predikat }

  const onWriteError = (e: unknown) => {
    if (isVersionConflict(e)) {
      setConflict({ current: conflictCurrent<AssessmentDetail>(e) })
      return
    }
    notifyError(e)
  }

  const saveFeedbackOnly = () =>
    saveFeedback.mutate(feedbackInputOf(draft, d), {
      onSuccess: () => notifySuccess(t('penilaianBawahan.feedbackSaved')),
      onError: onWriteError,
    })

  const saveRating = async () => {
    if (!perilaku || (!isHead && !hasil)) {
      notifyError(null, t('penilaianBawahan.rating.chooseBoth'))
      return
    }
    try {
      let version = d.version
      if (feedbackDirty)
        version = (await saveFeedback.mutateAsync(feedbackInputOf(draft, d))).version
      await rate.mutateAsync({
        version,
        ...(isHead || !hasil ? {} : { ratingHasil: hasil }),
        ratingPerilaku: perilaku,
      })
      notifySuccess(t('penilaianBawahan.rating.saved'))
    } catch (e) {
      onWriteError(e)
    }
  }

  const openFinalise = () => {
    let need: FinaliseNeed = 'none'
    if (view) {
      const { violated } = distributionWarnings(previewDistribution(view, preview).check)
      if (violated.length > 0) need = view.enforcement === 'block' ? 'blocked' : 'outside'
    }
    setFinaliseState({ opened: true, need, distribution: view, message: null })
  }

  const confirmFinalise = (justification: string | undefined) =>
    finalise.mutate(
      { version: d.version, ...(justification ? { justification } : {}) },
      {
        onSuccess: () => {
          setFinaliseState(CLOSED)
          notifySuccess(t('penilaianBawahan.finalise.done', { name: d.pegawai.name }))
        },
        onError: (e) => {
          const r = finaliseRefusal(e)
          if (r?.kind === 'outside' || r?.kind === 'blocked') {
            setFinaliseState({
              opened: true,
              need: r.kind,
              distribution: r.distribution ?? view,
              message: r.message,
            })
            return
          }
          if (r?.kind === 'version') setFinaliseState(CLOSED)
          onWriteError(e)
        },
      },
    )

  const saving = saveFeedback.isPending || rate.isPending

  return (
    <Stack gap="md">
      <Back period={d.period} />
      <PageHeader
        title={d.pegawai.name}
        description={`${d.pegawai.jabatanName} · ${d.pegawai.unitName} · ${d.period.name}`}
        actions={<HelpLink topic="menilai-bawahan" />}
      />
      <UnsavedGuard dirty={feedbackDirty || ratingDirty} />
      <AssessIdentity detail={d} timeZone={timeZone} />
      <StatusGuide detail={d} />

      <Grid gutter="md" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 8 }} style={{ minWidth: 0 }}>
          <Stack gap="lg">
            <Stack gap="sm" component="section" aria-labelledby="assess-hasil-title">
              <Title order={2} fz={20} id="assess-hasil-title">
                {t('penilaianBawahan.hasilTitle')}
              </Title>
              {d.rhk.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('penilaianBawahan.noRhk')}
                </Text>
              ) : (
                d.rhk.map((r) => (
                  <AssessRhkCard
                    key={r.id}
                    rhk={r}
                    pegawaiId={d.pegawai.pegawaiId}
                    value={draft.rhk[r.id] ?? { rating: null, body: '' }}
                    editable={canFeedback}
                    onChange={(v) => setDraft((x) => ({ ...x, rhk: { ...x.rhk, [r.id]: v } }))}
                  />
                ))
              )}
            </Stack>

            <Stack gap="sm" component="section" aria-labelledby="assess-perilaku-title">
              <Title order={2} fz={20} id="assess-perilaku-title">
                {t('penilaianBawahan.perilakuTitle')}
              </Title>
              <AssessPerilaku
                perilaku={d.perilaku}
                values={draft.perilaku}
                editable={canFeedback}
                onChange={(v: CoreValue, body: string) =>
                  setDraft((x) => ({ ...x, perilaku: { ...x.perilaku, [v]: body } }))
                }
              />
            </Stack>

            {canFeedback ? (
              <Paper
                withBorder
                radius="md"
                p="sm"
                // Floats at the bottom only while something is unsaved.
                style={feedbackDirty ? { position: 'sticky', bottom: 12, zIndex: 5 } : undefined}
                shadow={feedbackDirty ? 'md' : undefined}
              >
                <Group justify="space-between" gap="xs">
                  <Text size="sm" c={feedbackDirty ? undefined : 'dimmed'} aria-live="polite">
                    {feedbackDirty
                      ? t('penilaianBawahan.feedbackDirty')
                      : t('penilaianBawahan.feedbackClean')}
                  </Text>
                  <Button
                    leftSection={<IconDeviceFloppy size={18} aria-hidden />}
                    onClick={saveFeedbackOnly}
                    loading={saveFeedback.isPending}
                    disabled={!feedbackDirty || rate.isPending}
                    data-testid="save-feedback"
                  >
                    {t('penilaianBawahan.saveFeedback')}
                  </Button>
                </Group>
              </Paper>
            ) : null}

            <Paper
              withBorder
              radius="md"
              p={{ base: 'sm', sm: 'md' }}
              component="section"
              aria-labelledby="assess-threads-title"
            >
              <Group gap={6} mb="xs">
                <IconMessages size={18} aria-hidden />
                <Title order={2} fz={18} id="assess-threads-title">
                  {t('penilaianBawahan.threadsTitle')}
                </Title>
              </Group>
              <FeedbackThreads
                skpId={d.skpId}
                rhk={d.rhk.map((r) => ({ id: r.id, seq: r.seq, text: r.text }))}
              />
            </Paper>
          </Stack>
        </Grid.Col>

        <Grid.Col span={{ base: 12, lg: 4 }} style={{ minWidth: 0 }}>
          <Stack gap="md">
            <Paper
              withBorder
              radius="md"
              p={{ base: 'sm', sm: 'md' }}
              component="section"
              aria-labelledby="assess-rating-title"
              data-testid="assess-rating"
            >
              <Stack gap="md">
                <Group gap={6}>
                  <IconStar size={18} aria-hidden />
                  <Title order={2} fz={18} id="assess-rating-title">
                    {t('penilaianBawahan.rating.title')}
                  </Title>
                </Group>
                <RatingPanel
                  detail={d}
                  hasil={hasil}
                  perilaku={perilaku}
                  effectiveHasil={effHasil}
                  predikat={predikat}
                  suggestion={suggestion}
                  editable={canRate}
                  onHasil={setHasil}
                  onPerilaku={setPerilaku}
                />
                {canRate || canFinalise ? (
                  <Stack gap="xs">
                    {canRate ? (
                      <Button
                        leftSection={<IconDeviceFloppy size={18} aria-hidden />}
                        onClick={() => void saveRating()}
                        loading={saving}
                        disabled={!ratingDirty && !feedbackDirty && d.status === 'rated'}
                        data-testid="save-rating"
                      >
                        {t('penilaianBawahan.rating.save')}
                      </Button>
                    ) : null}
                    {canFinalise ? (
                      <>
                        <Button
                          color="teal"
                          leftSection={<IconLock size={18} aria-hidden />}
                          onClick={openFinalise}
                          disabled={ratingDirty || feedbackDirty || saving}
                          data-testid="finalise"
                        >
                          {t('penilaianBawahan.finalise.button')}
                        </Button>
                        {ratingDirty || feedbackDirty ? (
                          <Text size="xs" c="dimmed">
                            {t('penilaianBawahan.finalise.saveFirst')}
                          </Text>
                        ) : null}
                      </>
                    ) : null}
                  </Stack>
                ) : d.roles.includes('assessor') &&
                  (d.status === 'draft' || d.status === 'reopened') ? (
                  <Text size="sm" c="dimmed">
                    {t('penilaianBawahan.rating.waitSubmit')}
                  </Text>
                ) : null}
                {d.actions.includes('decide') ? (
                  <Button
                    variant="light"
                    leftSection={<IconGavel size={18} aria-hidden />}
                    onClick={() => setDeciding(true)}
                    data-testid="open-decide"
                  >
                    {t('penilaianBawahan.decide')}
                  </Button>
                ) : null}
                {d.actions.includes('reopen') ? (
                  <Button
                    variant="default"
                    leftSection={<IconArrowBackUp size={18} aria-hidden />}
                    onClick={() => setReopening(true)}
                    data-testid="open-reopen"
                  >
                    {t('penilaianBawahan.reopen')}
                  </Button>
                ) : null}
              </Stack>
            </Paper>

            {view ? (
              <DistributionChart view={view} preview={preview} />
            ) : byUnit.isError ? (
              <ErrorState error={byUnit.error} onRetry={() => void byUnit.refetch()} />
            ) : bawahan.isLoading || byUnit.isLoading ? (
              <LoadingState rows={2} />
            ) : null}
          </Stack>
        </Grid.Col>
      </Grid>

      <AssessFinaliseDialog
        opened={finaliseState.opened}
        title={t('penilaianBawahan.finalise.title', { name: d.pegawai.name })}
        need={finaliseState.need}
        distribution={finaliseState.distribution}
        preview={preview}
        serverMessage={finaliseState.message}
        loading={finalise.isPending}
        onConfirm={confirmFinalise}
        onClose={() => setFinaliseState(CLOSED)}
      />
      <AssessConflictModal
        assessmentId={d.id}
        conflict={conflict}
        onClose={() => setConflict(null)}
      />
      <ObjectionDecideDialog assessment={d} opened={deciding} onClose={() => setDeciding(false)} />
      <ReopenDialog assessment={d} opened={reopening} onClose={() => setReopening(false)} />
    </Stack>
  )
}

/** `/penilaian/bawahan/:assessmentId`. */
export function AssessPage() {
  const { t } = useTranslation()
  const { assessmentId = '' } = useParams({ strict: false })
  const q = useAssessment(assessmentId)
  if (q.isPending)
    return (
      <Stack>
        <Back />
        <PageHeader title={t('penilaianBawahan.loadingTitle')} />
        <LoadingState rows={6} />
      </Stack>
    )
  if (q.isError)
    return (
      <Stack>
        <Back />
        <PageHeader title={t('penilaianBawahan.loadingTitle')} />
        <ErrorState error={q.error} onRetry={() => void q.refetch()} />
      </Stack>
    )
  return <AssessScreen key={q.data.id} detail={q.data} />
}
