import {
  Alert,
  Badge,
  Button,
  Collapse,
  Group,
  List,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import {
  IconAlertTriangle,
  IconArrowBackUp,
  IconChevronDown,
  IconChevronUp,
  IconFileSpreadsheet,
  IconFileTypePdf,
  IconGavel,
  IconLock,
  IconPencil,
} from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DistributionView } from '../../../../../shared/assessments.ts'
import { ORG_PREDIKAT_LABEL } from '../../../../../shared/rules/predikat.ts'
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx'
import { formatDateTime } from '../../../lib/format.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import {
  distributionVerdict,
  finaliseProblem,
  firstNames,
  notFinalPeople,
  orgUnitState,
} from '../admin-view.ts'
import type { FinaliseProblem } from '../admin-view.ts'
import { documentUrls, useFinaliseUnit } from '../api.ts'
import type { OrgPredikatItem } from '../api.ts'
import { OrgPredikatBadge } from './badges.tsx'
import { DistributionChart } from './distribution-chart.tsx'
import { OrgJustificationDialog } from './org-justification-dialog.tsx'
import { OrgPredikatDialog } from './org-predikat-dialog.tsx'
import { OrgReopenDialog } from './org-reopen-dialog.tsx'

const VERDICT_COLOR: Record<ReturnType<typeof distributionVerdict>, string> = {
  none: 'gray',
  within: 'teal',
  within_so_far: 'teal',
  outside: 'red',
}

type Notice = Exclude<FinaliseProblem, { kind: 'justify' } | { kind: 'other' }>

/** Why the penetapan was refused, and what to do about it. */
function FinaliseNotice(props: { notice: Notice; view: DistributionView; onClose: () => void }) {
  const { t } = useTranslation()
  const { notice } = props
  const pending = notice.kind === 'not_complete' ? notFinalPeople(props.view) : []
  const names = firstNames(
    pending.map((p) => p.name).filter((n) => n !== ''),
    10,
  )
  return (
    <Alert
      color={notice.kind === 'blocked' ? 'red' : 'orange'}
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={t(`penilaianAdmin.finalise.problem.${notice.kind}`)}
      withCloseButton
      closeButtonLabel={t('penilaianAdmin.finalise.dismiss')}
      onClose={props.onClose}
      role="alert"
      data-testid="org-finalise-problem"
      data-kind={notice.kind}
    >
      <Stack gap={6}>
        <Text size="sm">{notice.message}</Text>
        {notice.kind === 'not_complete' ? (
          <>
            <Text size="sm">{t('penilaianAdmin.finalise.notCompleteText')}</Text>
            {names.shown.length > 0 ? (
              <List size="sm" spacing={2} data-testid="org-not-final">
                {names.shown.map((n) => (
                  <List.Item key={n}>{n}</List.Item>
                ))}
                {names.more > 0 ? (
                  <List.Item>
                    {t('penilaianAdmin.finalise.andMore', { count: names.more })}
                  </List.Item>
                ) : null}
              </List>
            ) : null}
          </>
        ) : null}
        {notice.kind === 'blocked' ? (
          <Text size="sm">{t('penilaianAdmin.finalise.blockedText')}</Text>
        ) : null}
      </Stack>
    </Alert>
  )
}

/**
 * One unit on /penilaian/organisasi: its predikat kinerja organisasi (who set it, when), the
 * distribution of its employees' predikat against the pattern, and the leader's actions —
 * set/change, penetapan (with a justification outside the pattern), downloads after
 * penetapan, and an admin's reopen. Without `canSet` it is read only.
 */
export function OrgUnitCard(props: {
  item: OrgPredikatItem
  periodId: string
  periodName: string
  admin: boolean
  timeZone: string | undefined
}) {
  const { t } = useTranslation()
  const { item } = props
  const state = orgUnitState(item, props.admin)
  const finalise = useFinaliseUnit()
  const [editing, setEditing] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const [reopening, setReopening] = useState(false)
  const [justify, setJustify] = useState<{
    message: string
    distribution: DistributionView | null
  } | null>(null)
  const [notice, setNotice] = useState<Notice | null>(null)
  const titleId = `org-unit-${item.unitId}`
  // Long lists of units on a phone: the charts start folded (their verdict stays visible).
  const isPhone = useIsPhone()
  const [chartShown, setChartShown] = useState<boolean | null>(null)
  const chartOpen = chartShown ?? !isPhone
  const chartId = `org-chart-${item.unitId}`
  const view = item.distribution
  const rated = Object.values(view.counts).reduce((s, n) => s + n, 0)
  const verdict = distributionVerdict(view)

  const send = (justification?: string) =>
    finalise.mutate(
      {
        unitId: item.unitId,
        periodId: props.periodId,
        ...(justification ? { justification } : {}),
      },
      {
        onSuccess: () => {
          setConfirming(false)
          setJustify(null)
          setNotice(null)
          notifySuccess(t('penilaianAdmin.finalise.done', { unit: item.unitName }))
        },
        onError: (e) => {
          setConfirming(false)
          const problem = finaliseProblem(e)
          if (problem.kind === 'justify') {
            setNotice(null)
            setJustify({ message: problem.message, distribution: problem.distribution })
            return
          }
          setJustify(null)
          if (problem.kind === 'other') notifyError(e)
          else setNotice(problem)
        },
      },
    )

  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'sm', sm: 'md' }}
      component="article"
      aria-labelledby={titleId}
      data-testid="org-unit-card"
      data-unit={item.unitId}
      data-value={item.value ?? ''}
      data-locked={String(state.locked)}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Stack gap={2} style={{ flex: '1 1 220px', minWidth: 0 }}>
            <Title order={2} fz={18} id={titleId} style={{ wordBreak: 'break-word' }}>
              {item.unitName}
            </Title>
            {item.parentUnitName ? (
              <Text size="xs" c="dimmed" style={{ wordBreak: 'break-word' }}>
                {t('penilaianAdmin.org.parent', { parent: item.parentUnitName })}
              </Text>
            ) : null}
            <Text size="sm" style={{ wordBreak: 'break-word' }}>
              {item.headName
                ? t('penilaianAdmin.org.head', { name: item.headName })
                : t('penilaianAdmin.org.noHead')}
            </Text>
          </Stack>
          <Group gap={6} wrap="wrap" data-testid="org-unit-value">
            {item.value ? (
              <OrgPredikatBadge value={item.value} size="lg" />
            ) : (
              <Badge color="gray" variant="light" size="lg">
                {t('penilaianAdmin.org.notSet')}
              </Badge>
            )}
            {state.locked ? (
              <Badge
                color="teal"
                variant="filled"
                size="lg"
                leftSection={<IconLock size={14} aria-hidden />}
                data-testid="org-unit-locked"
              >
                {t('penilaianAdmin.org.locked')}
              </Badge>
            ) : null}
          </Group>
        </Group>

        {item.value && item.setByName ? (
          <Text size="sm" c="dimmed" data-testid="org-unit-set-by">
            {t('penilaianAdmin.org.setBy', {
              name: item.setByName,
              at: formatDateTime(item.setAt, props.timeZone),
            })}
          </Text>
        ) : null}
        {item.note ? (
          <Text size="sm" style={{ wordBreak: 'break-word' }}>
            {t('penilaianAdmin.org.note', { note: item.note })}
          </Text>
        ) : null}
        {state.locked ? (
          <Text size="sm" data-testid="org-unit-locked-text">
            {t('penilaianAdmin.org.lockedAt', {
              at: formatDateTime(item.finalisedAt, props.timeZone),
            })}
          </Text>
        ) : null}
        {!item.canSet ? (
          <Text size="sm" c="dimmed" fs="italic" data-testid="org-unit-read-only">
            {t('penilaianAdmin.org.readOnly')}
          </Text>
        ) : null}

        {state.canEdit || state.canFinalise || state.canDownload || state.canReopen ? (
          <Group gap="xs" wrap="wrap">
            {state.canEdit ? (
              <Button
                variant={item.value ? 'default' : 'filled'}
                leftSection={<IconPencil size={18} aria-hidden />}
                onClick={() => setEditing(true)}
                data-testid="org-set"
              >
                {item.value ? t('penilaianAdmin.org.change') : t('penilaianAdmin.org.set')}
              </Button>
            ) : null}
            {state.canFinalise ? (
              <Button
                leftSection={<IconGavel size={18} aria-hidden />}
                onClick={() => {
                  setNotice(null)
                  setConfirming(true)
                }}
                data-testid="org-finalise"
              >
                {t('penilaianAdmin.org.finalise')}
              </Button>
            ) : null}
            {state.canDownload ? (
              <>
                <Button
                  component="a"
                  href={documentUrls.penetapanPdf(item.unitId, props.periodId)}
                  download
                  variant="light"
                  leftSection={<IconFileTypePdf size={18} aria-hidden />}
                  data-testid="org-download-pdf"
                >
                  {t('penilaianAdmin.org.downloadPdf')}
                </Button>
                <Button
                  component="a"
                  href={documentUrls.penetapanXlsx(item.unitId, props.periodId)}
                  download
                  variant="light"
                  leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
                  data-testid="org-download-xlsx"
                >
                  {t('penilaianAdmin.org.downloadXlsx')}
                </Button>
              </>
            ) : null}
            {state.canReopen ? (
              <Button
                variant="subtle"
                color="orange"
                leftSection={<IconArrowBackUp size={18} aria-hidden />}
                onClick={() => setReopening(true)}
                data-testid="org-reopen"
              >
                {t('penilaianAdmin.org.reopen')}
              </Button>
            ) : null}
          </Group>
        ) : null}

        {notice ? (
          <FinaliseNotice
            notice={notice}
            view={item.distribution}
            onClose={() => setNotice(null)}
          />
        ) : null}

        <Group justify="space-between" gap="xs" wrap="wrap" data-testid="org-distribution-summary">
          <Group gap={6} wrap="wrap">
            <Text size="sm">
              {t('penilaianAdmin.org.distribution', { rated, total: view.total })}
            </Text>
            <Badge
              size="sm"
              variant="light"
              color={VERDICT_COLOR[verdict]}
              data-testid="org-distribution-verdict"
              data-verdict={verdict}
            >
              {t(`penilaianAdmin.org.verdict.${verdict}`)}
            </Badge>
          </Group>
          <Button
            variant="subtle"
            size="compact-sm"
            rightSection={
              chartOpen ? (
                <IconChevronUp size={16} aria-hidden />
              ) : (
                <IconChevronDown size={16} aria-hidden />
              )
            }
            aria-expanded={chartOpen}
            aria-controls={chartId}
            onClick={() => setChartShown(!chartOpen)}
            data-testid="org-chart-toggle"
          >
            {chartOpen ? t('penilaianAdmin.org.hideChart') : t('penilaianAdmin.org.showChart')}
          </Button>
        </Group>
        <Collapse in={chartOpen} id={chartId}>
          <DistributionChart view={view} />
        </Collapse>
      </Stack>

      {state.canEdit ? (
        <OrgPredikatDialog
          item={item}
          periodId={props.periodId}
          periodName={props.periodName}
          opened={editing}
          onClose={() => setEditing(false)}
        />
      ) : null}
      <ConfirmDialog
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('penilaianAdmin.finalise.confirmTitle', { unit: item.unitName })}
        message={t('penilaianAdmin.finalise.confirmText', {
          value: item.value ? ORG_PREDIKAT_LABEL[item.value] : '—',
          period: props.periodName,
        })}
        confirmLabel={t('penilaianAdmin.finalise.confirm')}
        loading={finalise.isPending}
        onConfirm={() => send()}
      />
      <OrgJustificationDialog
        opened={justify !== null}
        onClose={() => setJustify(null)}
        unitName={item.unitName}
        message={justify?.message ?? ''}
        distribution={justify?.distribution ?? item.distribution}
        loading={finalise.isPending}
        onSubmit={(text) => send(text)}
      />
      {state.canReopen ? (
        <OrgReopenDialog
          unitId={item.unitId}
          unitName={item.unitName}
          periodId={props.periodId}
          periodName={props.periodName}
          opened={reopening}
          onClose={() => setReopening(false)}
        />
      ) : null}
    </Paper>
  )
}
