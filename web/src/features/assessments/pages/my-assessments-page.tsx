import { Group, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconCalendarOff, IconUserOff } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { HelpLink } from '../../guide/help-link.tsx'
import { useSessionUser } from '../../auth/api.ts'
import { useMyAssessments } from '../api.ts'
import { MyPeriodCard } from '../components/my-period-card.tsx'
import { useInstansiToday } from '../components/my-deadline.tsx'
import { primaryCardIndex } from '../pegawai-view.ts'

/** `/penilaian`: the pegawai's assessment periods of a year, each with its next step. */
export function MyAssessmentsPage() {
  const { t } = useTranslation()
  const me = useSessionUser()
  if (!me.pegawaiId) {
    return (
      <Stack>
        <PageHeader title={t('penilaian.mine.title')} />
        <EmptyState
          icon={<IconUserOff size={30} />}
          title={t('penilaian.mine.noPegawaiTitle')}
          description={t('penilaian.mine.noPegawai')}
          testId="penilaian-no-pegawai"
        />
      </Stack>
    )
  }
  return <MyAssessmentsList />
}

function MyAssessmentsList() {
  const { t } = useTranslation()
  const [year, setYear] = useState<number | undefined>(undefined)
  const q = useMyAssessments(year)
  const { today, timeZone } = useInstansiToday()
  const data = q.data
  const shownYear = data?.year ?? year
  const years = data ? [...new Set([...data.years, data.year])].sort((a, b) => b - a) : []
  const primary = data ? primaryCardIndex(data.items) : -1

  return (
    <Stack gap="md">
      <PageHeader
        title={t('penilaian.mine.title')}
        description={t('penilaian.mine.description')}
        actions={<HelpLink topic="realisasi" />}
      />
      {years.length > 0 ? (
        <Group gap="sm" align="flex-end" mt={-8}>
          <NativeSelect
            label={t('penilaian.mine.year')}
            value={String(shownYear)}
            onChange={(e) => setYear(Number(e.currentTarget.value))}
            data={years.map((y) => ({ value: String(y), label: String(y) }))}
            maw={160}
            data-testid="penilaian-year"
          />
        </Group>
      ) : null}

      {q.isPending ? (
        <LoadingState rows={4} />
      ) : q.isError || !data ? (
        <ErrorState error={q.error} onRetry={() => void q.refetch()} />
      ) : data.items.length === 0 ? (
        <EmptyState
          icon={<IconCalendarOff size={30} />}
          title={t('penilaian.mine.emptyTitle', { year: data.year })}
          description={t('penilaian.mine.empty')}
          testId="penilaian-empty"
        />
      ) : (
        <section aria-label={t('penilaian.mine.listLabel', { year: data.year })}>
          <Text size="sm" c="dimmed" mb="sm">
            {t('penilaian.mine.howItWorks')}
          </Text>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" data-testid="assessment-cards">
            {data.items.map((item, i) => (
              <MyPeriodCard
                key={item.period.id}
                item={item}
                primary={i === primary}
                today={today}
                timeZone={timeZone}
              />
            ))}
          </SimpleGrid>
        </section>
      )}
    </Stack>
  )
}
