import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  NativeSelect,
  Paper,
  Progress,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import {
  IconAlertTriangle,
  IconArrowLeft,
  IconFilePlus,
  IconLock,
  IconPencil,
  IconPlus,
  IconTarget,
  IconTrash,
} from '@tabler/icons-react'
import { useNavigate, useSearch } from '@tanstack/react-router'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RencanaAksi, RencanaAksiBoard } from '../../../../../shared/activities.ts'
import { ConfirmDeleteDialog } from '../../../components/ui/confirm-delete-dialog.tsx'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { ButtonLink } from '../../../components/ui/links.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { formatDate, formatNumber, todayIn } from '../../../lib/format.ts'
import { useSessionUser } from '../../auth/api.ts'
import { useCurrentPeriod, useYear } from '../../periods/api.ts'
import { formatTarget } from '../../skp/components/rhk-card.tsx'
import { useDeleteRencanaAksi, useRencanaAksiBoard } from '../api.ts'
import { RencanaAksiFormModal } from '../components/rencana-aksi-form-modal.tsx'
import { percentOf } from '../rencana-aksi.ts'

type BoardRhk = RencanaAksiBoard['rhk'][number]

function RencanaAksiRow(props: {
  ra: RencanaAksi
  n: number
  editable: boolean
  onEdit: () => void
  onDelete: () => void
}) {
  const { t } = useTranslation()
  const { ra } = props
  const pct = percentOf(ra.realisasi, ra.targetValue)
  const label = t('progress.rencanaAksi.realisasiOf', {
    realisasi: formatTarget(ra.realisasi, ra.targetUnit),
    target: formatTarget(ra.targetValue, ra.targetUnit),
  })
  return (
    <Paper withBorder radius="sm" p="sm" data-testid="rencana-aksi-item">
      <Stack gap={6}>
        <Text size="sm" fw={600} style={{ wordBreak: 'break-word' }}>
          {props.n}. {ra.description}
        </Text>
        <Progress
          value={Math.min(100, pct)}
          color={pct >= 100 ? 'teal' : 'kinerja'}
          size="md"
          radius="xl"
          aria-label={label}
        />
        <Group justify="space-between" gap="xs">
          <Text size="xs">{label}</Text>
          <Text size="xs" fw={700}>
            {t('progress.rencanaAksi.percent', { percent: formatNumber(pct) })} ·{' '}
            {t('progress.rencanaAksi.entries', { count: ra.entryCount })}
          </Text>
        </Group>
        {props.editable ? (
          <Group gap={2} justify="flex-end">
            <Button
              size="compact-sm"
              variant="subtle"
              onClick={props.onEdit}
              leftSection={<IconPencil size={14} aria-hidden />}
              aria-label={t('progress.rencanaAksi.editLabel', { n: props.n })}
            >
              {t('progress.rencanaAksi.edit')}
            </Button>
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              onClick={props.onDelete}
              leftSection={<IconTrash size={14} aria-hidden />}
              aria-label={t('progress.rencanaAksi.deleteLabel', { n: props.n })}
            >
              {t('progress.rencanaAksi.delete')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  )
}

function RhkBlock(props: {
  rhk: BoardRhk
  editable: boolean
  onAdd: () => void
  onEdit: (ra: RencanaAksi) => void
  onDelete: (ra: RencanaAksi) => void
}) {
  const { t } = useTranslation()
  const r = props.rhk
  const jenisKey = r.jenis === 'utama' || r.jenis === 'tambahan' ? r.jenis : null
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="article"
      aria-labelledby={`rhk-${r.id}`}
      data-testid="rencana-aksi-rhk"
    >
      <Stack gap="sm">
        <Group gap={6}>
          <Text fw={700} size="sm" id={`rhk-${r.id}`}>
            {t('progress.rencanaAksi.rhkLabel', { n: r.seq })}
          </Text>
          {jenisKey ? (
            <Badge variant="outline" size="sm" color={jenisKey === 'utama' ? 'kinerja' : 'gray'}>
              {t(`skp.jenis.${jenisKey}`)}
            </Badge>
          ) : null}
          {r.stale ? (
            <Badge
              color="orange"
              size="sm"
              leftSection={<IconAlertTriangle size={12} aria-hidden />}
              data-testid="rhk-stale"
            >
              {t('progress.rencanaAksi.stale')}
            </Badge>
          ) : null}
        </Group>
        <Text fw={600} style={{ wordBreak: 'break-word' }}>
          {r.text}
        </Text>
        {r.indikator.length > 0 ? (
          <div>
            <Text size="xs" c="dimmed" fw={700} tt="uppercase">
              {t('progress.rencanaAksi.indikator')}
            </Text>
            <List size="sm" spacing={4} icon={<IconTarget size={16} aria-hidden />} center={false}>
              {r.indikator.map((k) => (
                <List.Item key={k.id}>
                  <Text size="sm" style={{ wordBreak: 'break-word' }}>
                    {k.text}{' '}
                    <Text span fw={600} size="sm">
                      (
                      {t('progress.rencanaAksi.target', {
                        target:
                          k.targetValue != null
                            ? formatTarget(k.targetValue, k.targetUnit)
                            : (k.targetText ?? '—'),
                      })}
                      )
                    </Text>
                  </Text>
                </List.Item>
              ))}
            </List>
          </div>
        ) : null}
        <Text size="sm" c="dimmed">
          {t('progress.rencanaAksi.rhkRealisasi', {
            entries: formatNumber(r.entryCount),
            realisasi: formatNumber(r.realisasi),
          })}{' '}
          ·{' '}
          {r.lastActivityDate
            ? t('progress.rencanaAksi.lastActivity', { date: formatDate(r.lastActivityDate) })
            : t('progress.rencanaAksi.noActivity')}
        </Text>
        {r.stale ? (
          <Alert color="orange" variant="light" p="xs" icon={<IconAlertTriangle aria-hidden />}>
            <Text size="sm">{t('progress.rencanaAksi.staleText')}</Text>
          </Alert>
        ) : null}
        <Stack gap="xs" aria-label={t('progress.rencanaAksi.list', { n: r.seq })}>
          {r.rencanaAksi.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('progress.rencanaAksi.empty')}
            </Text>
          ) : (
            [...r.rencanaAksi]
              .sort((a, b) => a.seq - b.seq)
              .map((ra, i) => (
                <RencanaAksiRow
                  key={ra.id}
                  ra={ra}
                  n={i + 1}
                  editable={props.editable}
                  onEdit={() => props.onEdit(ra)}
                  onDelete={() => props.onDelete(ra)}
                />
              ))
          )}
        </Stack>
        {props.editable ? (
          <div>
            <Button
              variant="light"
              size="sm"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={props.onAdd}
              data-testid="rencana-aksi-add"
            >
              {t('progress.rencanaAksi.add')}
            </Button>
          </div>
        ) : null}
      </Stack>
    </Card>
  )
}

/**
 * Rencana aksi per period: for each RHK of the person's SKP, its indicators, the steps planned
 * this period with their targets, what daily progress achieved so far (a bar per step), and a
 * warning when an RHK had no activity for weeks.
 */
export function RencanaAksiPage() {
  const { t } = useTranslation()
  const me = useSessionUser()
  const navigate = useNavigate()
  const search = useSearch({ from: '/app/progres-harian/rencana-aksi' })
  const today = todayIn(me.instansiTimeZone ?? undefined)
  const current = useCurrentPeriod()
  const year = useYear(Number(today.slice(0, 4)))
  // Rencana aksi follow the instansi's assessment periods (quarterly in the demo).
  const periods = (year.data?.periods ?? []).filter(
    (p) => p.kind === year.data?.assessmentFrequency,
  )
  const periodId = search.periode ?? current.data?.period?.id ?? periods[0]?.id ?? null
  const board = useRencanaAksiBoard(periodId)
  const del = useDeleteRencanaAksi()
  const [adding, setAdding] = useState<BoardRhk | null>(null)
  const [editing, setEditing] = useState<RencanaAksi | null>(null)
  const [toDelete, setToDelete] = useState<RencanaAksi | null>(null)

  const data = board.data
  const formOpen = adding !== null || editing !== null

  return (
    <Stack gap="md">
      <div>
        <ButtonLink
          to="/progres-harian"
          search={{ tanggal: undefined }}
          variant="subtle"
          size="compact-sm"
          leftSection={<IconArrowLeft size={16} aria-hidden />}
          mb={4}
        >
          {t('progress.rencanaAksi.back')}
        </ButtonLink>
        <PageHeader
          title={t('progress.rencanaAksi.title')}
          description={t('progress.rencanaAksi.description')}
        />
      </div>

      {periods.length > 0 ? (
        <NativeSelect
          label={t('progress.rencanaAksi.period')}
          value={periodId ?? ''}
          onChange={(e) =>
            void navigate({
              to: '/progres-harian/rencana-aksi',
              search: { periode: e.currentTarget.value },
              replace: true,
            })
          }
          data={periods.map((p) => ({
            value: p.id,
            label: `${p.name} (${formatDate(p.startDate)} – ${formatDate(p.endDate)})`,
          }))}
          maw={480}
          data-testid="period-select"
        />
      ) : null}

      {!periodId && !current.isPending && !year.isPending ? (
        <EmptyState title={t('progress.rencanaAksi.noPeriod')} />
      ) : board.isPending ? (
        <LoadingState rows={3} />
      ) : board.isError ? (
        <ErrorState error={board.error} onRetry={() => void board.refetch()} />
      ) : !data?.skp ? (
        <EmptyState
          icon={<IconFilePlus size={30} />}
          title={t('progress.rencanaAksi.noSkpTitle')}
          description={t('progress.rencanaAksi.noSkp')}
          action={<ButtonLink to="/skp">{t('progress.rencanaAksi.openSkp')}</ButtonLink>}
          testId="rencana-aksi-no-skp"
        />
      ) : (
        <>
          {!data.editable ? (
            <Group gap={6}>
              <IconLock size={16} aria-hidden />
              <Text size="sm" c="dimmed">
                {t('progress.rencanaAksi.readOnly')}
              </Text>
            </Group>
          ) : null}
          {data.rhk.length === 0 ? (
            <EmptyState title={t('progress.rencanaAksi.noRhk')} />
          ) : (
            <Stack gap="md" data-testid="rencana-aksi-board">
              <Title order={2} className="visually-hidden">
                {data.period.name}
              </Title>
              {[...data.rhk]
                .sort((a, b) => a.seq - b.seq)
                .map((r) => (
                  <RhkBlock
                    key={r.id}
                    rhk={r}
                    editable={data.editable}
                    onAdd={() => setAdding(r)}
                    onEdit={setEditing}
                    onDelete={setToDelete}
                  />
                ))}
            </Stack>
          )}
        </>
      )}

      <RencanaAksiFormModal
        opened={formOpen}
        onClose={() => {
          setAdding(null)
          setEditing(null)
        }}
        target={
          adding && data ? { rhkId: adding.id, rhkSeq: adding.seq, periodId: data.period.id } : null
        }
        editing={editing}
        unitHint={adding?.indikator.find((k) => k.targetUnit)?.targetUnit ?? null}
      />
      <ConfirmDeleteDialog
        target={toDelete}
        onClose={() => setToDelete(null)}
        mutation={del}
        title={t('progress.rencanaAksi.deleteTitle')}
        message={
          toDelete
            ? t('progress.rencanaAksi.deleteText', { description: toDelete.description })
            : ''
        }
        deletedMessage={() => t('progress.rencanaAksi.deleted')}
      />
    </Stack>
  )
}
