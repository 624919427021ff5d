import { Accordion, Alert, Badge, Group, Paper, SimpleGrid, Stack, Tabs, Text } from '@mantine/core'
import {
  IconArrowBackUp,
  IconCircleCheck,
  IconClock,
  IconEye,
  IconFileDescription,
  IconHistory,
  IconId,
  IconInfoCircle,
  IconLock,
  IconMessageCircle,
  IconPaperclip,
  IconPencil,
  IconUserHeart,
} from '@tabler/icons-react'
import { useParams } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Skp } from '../../../../../shared/skp.ts'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { AnchorLink } from '../../../components/ui/links.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { HelpLink } from '../../guide/help-link.tsx'
import { formatDate, formatNumber } from '../../../lib/format.ts'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { useSessionUser } from '../../auth/api.ts'
import { FeedbackSection } from '../../feedback/components/feedback-section.tsx'
import { useSkp } from '../api.ts'
import { DialogSection } from '../components/dialog-section.tsx'
import { LampiranSection } from '../components/lampiran-section.tsx'
import { PerilakuSection } from '../components/perilaku-section.tsx'
import { PersonCard } from '../components/person-card.tsx'
import { RevisionsSection } from '../components/revisions-section.tsx'
import { RhkSection } from '../components/rhk-section.tsx'
import { SkpActions, SubmitRefusalAlert } from '../components/skp-actions.tsx'
import type { Refusal } from '../components/skp-actions.tsx'
import { SkpStatusBadge } from '../components/skp-status-badge.tsx'
import { UnsavedGuard } from '../components/unsaved-guard.tsx'
import { useSkpWriter } from '../components/use-skp-writer.tsx'

type Tab = 'rhk' | 'perilaku' | 'lampiran' | 'dialog' | 'riwayat'
type DirtyKey = 'rhk' | 'perilaku' | 'lampiran' | 'dialog'

/** What the status means for this viewer and what they do next, in one sentence or two. */
function StatusGuide(props: { skp: Skp; viewer: 'owner' | 'atasan' | 'other' }) {
  const { t } = useTranslation()
  const { skp, viewer } = props
  const atasan = skp.atasan?.name ?? t('skp.person.none')
  let icon: ReactNode = <IconInfoCircle aria-hidden />
  let color = 'kinerja'
  let text: string
  switch (skp.status) {
    case 'draft':
      icon = <IconPencil aria-hidden />
      text = viewer === 'owner' ? t('skp.guide.draftOwner') : t('skp.guide.draftOther')
      break
    case 'diajukan':
      icon = <IconClock aria-hidden />
      text =
        viewer === 'atasan'
          ? t('skp.guide.submittedAtasan', {
              name: skp.pegawai.name,
              date: formatDate(skp.submittedAt),
            })
          : t('skp.guide.submittedOwner', { name: atasan, date: formatDate(skp.submittedAt) })
      break
    case 'dikembalikan':
      icon = <IconArrowBackUp aria-hidden />
      color = 'orange'
      text = viewer === 'owner' ? t('skp.guide.returnedOwner') : t('skp.guide.returnedOther')
      break
    case 'disetujui':
      icon = <IconCircleCheck aria-hidden />
      color = 'teal'
      text =
        viewer === 'owner'
          ? t('skp.guide.approvedOwner', { date: formatDate(skp.approvedAt) })
          : t('skp.guide.approvedOther', { date: formatDate(skp.approvedAt) })
      break
    case 'ditutup':
      icon = <IconLock aria-hidden />
      color = 'gray'
      text = t('skp.guide.closed')
      break
  }
  return (
    <Alert role="note" color={color} variant="light" icon={icon} data-testid="skp-guide">
      <Stack gap={6}>
        <Text size="sm">{text}</Text>
        {skp.status === 'dikembalikan' && skp.returnReason ? (
          <Paper p="sm" radius="sm" withBorder data-testid="skp-return-reason">
            <Text size="xs" fw={700} tt="uppercase" c="dimmed">
              {t('skp.guide.returnReason', { name: atasan })}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {skp.returnReason}
            </Text>
          </Paper>
        ) : null}
      </Stack>
    </Alert>
  )
}

/**
 * Pegawai and pejabat penilai as snapshotted. On a phone they fold into one line so the
 * RHK are not pushed far down; on a desktop they sit side by side.
 */
function Identities(props: { skp: Skp }) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const { skp } = props
  const cards = (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <PersonCard title={t('skp.pegawaiDinilai')} person={skp.pegawai} testId="skp-pegawai" />
      <PersonCard
        title={t('skp.pejabatPenilai')}
        person={skp.atasan}
        emptyText={t('skp.person.noAtasan')}
        testId="skp-atasan"
      />
    </SimpleGrid>
  )
  if (!isPhone) return cards
  return (
    <Accordion variant="contained" radius="md" data-testid="skp-identities">
      <Accordion.Item value="identities">
        <Accordion.Control icon={<IconId size={20} aria-hidden />}>
          <Text fw={600} size="sm">
            {t('skp.detail.identities')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('skp.pejabatPenilai')}: {skp.atasan?.name ?? t('skp.person.none')}
          </Text>
        </Accordion.Control>
        <Accordion.Panel>{cards}</Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  )
}

function SkpDocument(props: { skp: Skp }) {
  const { t } = useTranslation()
  const me = useSessionUser()
  const { skp } = props
  const { writer, conflictModal } = useSkpWriter(skp)
  const [tab, setTab] = useState<Tab>('rhk')
  const [refusal, setRefusal] = useState<Refusal | null>(null)
  const [dirty, setDirty] = useState<Record<DirtyKey, boolean>>({
    rhk: false,
    perilaku: false,
    lampiran: false,
    dialog: false,
  })
  const setFlag = useCallback(
    (key: DirtyKey, value: boolean) =>
      setDirty((d) => (d[key] === value ? d : { ...d, [key]: value })),
    [],
  )
  const onRhkDirty = useCallback((v: boolean) => setFlag('rhk', v), [setFlag])
  const onPerilakuDirty = useCallback((v: boolean) => setFlag('perilaku', v), [setFlag])
  const onLampiranDirty = useCallback((v: boolean) => setFlag('lampiran', v), [setFlag])
  const onDialogDirty = useCallback((v: boolean) => setFlag('dialog', v), [setFlag])
  const anyDirty = Object.values(dirty).some(Boolean)

  const viewer =
    me.pegawaiId === skp.pegawaiId
      ? 'owner'
      : skp.atasan && me.pegawaiId === skp.atasan.pegawaiId
        ? 'atasan'
        : 'other'
  const readOnly = !skp.canEditContent && !skp.canEditEkspektasi
  const title =
    viewer === 'owner'
      ? t('skp.skpOfYear', { year: skp.year })
      : t('skp.detail.titleOf', { year: skp.year, name: skp.pegawai.name })

  return (
    <Stack gap="md">
      {viewer === 'owner' ? (
        <AnchorLink to="/skp" size="sm">
          ← {t('skp.detail.backMine')}
        </AnchorLink>
      ) : (
        <AnchorLink to="/skp/bawahan" size="sm">
          ← {t('skp.detail.backBawahan')}
        </AnchorLink>
      )}
      <PageHeader
        title={title}
        description={t('skp.detail.period', {
          start: formatDate(skp.startDate),
          end: formatDate(skp.endDate),
        })}
        actions={<HelpLink topic="skp" />}
      />
      <Group gap="xs" mt={-12} data-testid="skp-badges">
        <SkpStatusBadge status={skp.status} />
        <Badge variant="outline" color="gray">
          {skp.revision > 0
            ? t('skp.revisionN', { n: skp.revision })
            : t('skp.detail.firstVersion')}
        </Badge>
        <Badge variant="outline" color="gray">
          {t(`skp.pendekatan.${skp.pendekatan}`)}
        </Badge>
        <Badge variant="outline" color="gray">
          {t(`skp.variant.${skp.variant}`)}
        </Badge>
        {readOnly && !skp.actions.includes('revise') ? (
          <Badge variant="outline" color="gray" leftSection={<IconEye size={12} aria-hidden />}>
            {t('skp.detail.readOnly')}
          </Badge>
        ) : null}
      </Group>

      {refusal ? (
        <SubmitRefusalAlert
          skp={skp}
          refusal={refusal}
          onClose={() => setRefusal(null)}
          onGoToRhk={() => {
            setTab('rhk')
            setRefusal(null)
          }}
        />
      ) : null}
      <StatusGuide skp={skp} viewer={viewer} />

      <Identities skp={skp} />

      <SkpActions skp={skp} writer={writer} unsaved={anyDirty} onRefusal={setRefusal} />

      <Tabs
        value={tab}
        onChange={(v) => setTab((v as Tab | null) ?? 'rhk')}
        variant="pills"
        radius="md"
        keepMounted
      >
        <Tabs.List mb="md" style={{ gap: 6 }}>
          <Tabs.Tab value="rhk" leftSection={<IconFileDescription size={16} aria-hidden />}>
            {t('skp.tabs.rhk', { count: skp.rhk.length, formatted: formatNumber(skp.rhk.length) })}
          </Tabs.Tab>
          <Tabs.Tab value="perilaku" leftSection={<IconUserHeart size={16} aria-hidden />}>
            {t('skp.tabs.perilaku')}
          </Tabs.Tab>
          <Tabs.Tab value="lampiran" leftSection={<IconPaperclip size={16} aria-hidden />}>
            {t('skp.tabs.lampiran')}
          </Tabs.Tab>
          <Tabs.Tab value="dialog" leftSection={<IconMessageCircle size={16} aria-hidden />}>
            {t('skp.tabs.dialog')}
          </Tabs.Tab>
          <Tabs.Tab value="riwayat" leftSection={<IconHistory size={16} aria-hidden />}>
            {t('skp.tabs.riwayat')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="rhk">
          <RhkSection skp={skp} writer={writer} onDirtyChange={onRhkDirty} />
        </Tabs.Panel>
        <Tabs.Panel value="perilaku">
          <PerilakuSection skp={skp} writer={writer} onDirtyChange={onPerilakuDirty} />
        </Tabs.Panel>
        <Tabs.Panel value="lampiran">
          <LampiranSection skp={skp} writer={writer} onDirtyChange={onLampiranDirty} />
        </Tabs.Panel>
        <Tabs.Panel value="dialog">
          {tab === 'dialog' || dirty.dialog ? (
            <DialogSection
              skpId={skp.id}
              canWrite={viewer !== 'other' || skp.canEditEkspektasi}
              onDirtyChange={onDialogDirty}
            />
          ) : null}
        </Tabs.Panel>
        <Tabs.Panel value="riwayat">
          <RevisionsSection skp={skp} active={tab === 'riwayat'} />
        </Tabs.Panel>
      </Tabs>

      <FeedbackSection skpId={skp.id} rhk={skp.rhk} />

      {conflictModal}
      <UnsavedGuard dirty={anyDirty} />
    </Stack>
  )
}

/** `/skp/:id`: one SKP — its editor for the owner, the review screen for the atasan. */
export function SkpDetailPage() {
  const { skpId } = useParams({ strict: false })
  const skp = useSkp(skpId ?? '')
  const { t } = useTranslation()
  if (skp.isPending)
    return (
      <Stack>
        <PageHeader title={t('skp.detail.loadingTitle')} />
        <LoadingState rows={6} />
      </Stack>
    )
  if (skp.isError)
    return (
      <Stack>
        <AnchorLink to="/skp" size="sm">
          ← {t('skp.detail.backMine')}
        </AnchorLink>
        <PageHeader title={t('skp.detail.loadingTitle')} />
        <ErrorState error={skp.error} onRetry={() => void skp.refetch()} />
      </Stack>
    )
  return <SkpDocument key={skp.data.id} skp={skp.data} />
}
