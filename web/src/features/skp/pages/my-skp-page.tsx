import {
  Alert,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core'
import {
  IconBinaryTree,
  IconFileCertificate,
  IconFilePlus,
  IconInbox,
  IconLayoutGrid,
  IconPlus,
  IconUserOff,
  IconUsersGroup,
} from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { AnchorLink, ButtonLink } from '../../../components/ui/links.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { HelpLink } from '../../guide/help-link.tsx'
import { formatNumber } from '../../../lib/format.ts'
import { useSessionUser } from '../../auth/api.ts'
import { useSkpList } from '../api.ts'
import { CreateSkpModal } from '../components/create-skp-modal.tsx'
import { SkpProgress } from '../components/skp-progress.tsx'
import { SkpSummaryCard } from '../components/skp-summary-card.tsx'
import { defaultNewYear, groupByYear, hasOpenSkp } from '../skp-year.ts'
import { useCurrentYear } from '../use-current-year.ts'

type Destination = '/skp/pohon' | '/skp/perjanjian-kinerja' | '/skp/bawahan' | '/skp/matriks'

function MoreLink(props: { to: Destination; icon: ReactNode; title: string; text: string }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <ThemeIcon variant="light" size={40} radius="md" aria-hidden>
          {props.icon}
        </ThemeIcon>
        <Stack gap={4} style={{ minWidth: 0 }}>
          <AnchorLink to={props.to} fw={700}>
            {props.title}
          </AnchorLink>
          <Text size="sm" c="dimmed">
            {props.text}
          </Text>
        </Stack>
      </Group>
    </Paper>
  )
}

/** "SKP saya": the person's SKPs by year, where to start, and the cascade views. */
export function MySkpPage() {
  const { t } = useTranslation()
  const me = useSessionUser()
  const currentYear = useCurrentYear()
  const hasPegawai = me.pegawaiId !== null
  const list = useSkpList({ scope: 'mine', page: 1, pageSize: 200 }, hasPegawai)
  const pending = useSkpList(
    { scope: 'bawahan', status: 'diajukan', page: 1, pageSize: 1 },
    me.isAtasan,
  )
  const [createYear, setCreateYear] = useState<number | null>(null)

  const skps = list.data?.items ?? []
  const thisYear = skps.find((s) => s.year === currentYear && s.status !== 'ditutup') ?? null
  const openCreate = (year?: number) => setCreateYear(year ?? defaultNewYear(skps, currentYear))

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('skp.mine.title')}
        description={t('skp.mine.description')}
        actions={
          <>
            {hasPegawai && list.isSuccess && skps.length > 0 ? (
              <Button
                leftSection={<IconPlus size={18} aria-hidden />}
                onClick={() => openCreate()}
                data-testid="skp-new"
              >
                {t('skp.mine.new')}
              </Button>
            ) : null}
            <HelpLink topic="skp" />
          </>
        }
      />

      {me.isAtasan && pending.data && pending.data.total > 0 ? (
        <Alert
          role="note"
          color="kinerja"
          variant="light"
          icon={<IconInbox aria-hidden />}
          title={t('skp.mine.pendingTitle', {
            count: pending.data.total,
            formatted: formatNumber(pending.data.total),
          })}
          data-testid="skp-pending-callout"
        >
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('skp.mine.pendingText')}</Text>
            <ButtonLink to="/skp/bawahan" size="xs">
              {t('skp.mine.pendingOpen')}
            </ButtonLink>
          </Stack>
        </Alert>
      ) : null}

      {!hasPegawai ? (
        <EmptyState
          icon={<IconUserOff size={30} />}
          title={t('skp.mine.noPegawaiTitle')}
          description={t('skp.mine.noPegawai')}
          testId="skp-no-pegawai"
        />
      ) : list.isPending ? (
        <LoadingState rows={3} />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          {!hasOpenSkp(skps, currentYear) ? (
            <Paper withBorder radius="lg" p={{ base: 'lg', sm: 'xl' }} data-testid="skp-start">
              <Stack align="center" ta="center" gap="sm">
                <ThemeIcon size={64} radius="xl" variant="light" aria-hidden>
                  <IconFilePlus size={34} />
                </ThemeIcon>
                <Title order={2} fz={20}>
                  {t('skp.mine.noneTitle', { year: currentYear })}
                </Title>
                <Text c="dimmed" size="sm" maw={520}>
                  {t('skp.mine.noneText')}
                </Text>
                <Button
                  size="lg"
                  leftSection={<IconPlus size={20} aria-hidden />}
                  onClick={() => openCreate(currentYear)}
                  fullWidth
                  maw={360}
                  data-testid="skp-create-current"
                >
                  {t('skp.mine.createYear', { year: currentYear })}
                </Button>
              </Stack>
            </Paper>
          ) : null}

          <SkpProgress year={currentYear} status={thisYear?.status ?? null} />

          {groupByYear(skps).map((group) => (
            <section key={group.year} aria-labelledby={`skp-year-${group.year}`}>
              <Title order={2} fz={18} mb="sm" id={`skp-year-${group.year}`}>
                {t('skp.skpOfYear', { year: group.year })}
              </Title>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
                {group.items.map((s) => (
                  <SkpSummaryCard key={s.id} skp={s} />
                ))}
              </SimpleGrid>
            </section>
          ))}
        </>
      )}

      <section aria-labelledby="skp-more-title">
        <Title order={2} fz={18} mb="sm" id="skp-more-title">
          {t('skp.mine.more')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {me.isAtasan ? (
            <>
              <MoreLink
                to="/skp/bawahan"
                icon={<IconUsersGroup size={22} />}
                title={t('nav.skpBawahan')}
                text={t('skp.mine.moreBawahan')}
              />
              <MoreLink
                to="/skp/matriks"
                icon={<IconLayoutGrid size={22} />}
                title={t('skp.matriks.title')}
                text={t('skp.mine.moreMatriks')}
              />
            </>
          ) : null}
          <MoreLink
            to="/skp/pohon"
            icon={<IconBinaryTree size={22} />}
            title={t('skp.pohon.title')}
            text={t('skp.mine.morePohon')}
          />
          <MoreLink
            to="/skp/perjanjian-kinerja"
            icon={<IconFileCertificate size={22} />}
            title={t('skp.pk.title')}
            text={t('skp.mine.morePk')}
          />
        </SimpleGrid>
      </section>

      <CreateSkpModal
        opened={createYear !== null}
        onClose={() => setCreateYear(null)}
        mySkps={skps}
        currentYear={currentYear}
        initialYear={createYear ?? currentYear}
      />
    </Stack>
  )
}
