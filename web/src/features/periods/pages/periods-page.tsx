import {
  Button,
  Group,
  Modal,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { IconCalendarPlus, IconSettings } from '@tabler/icons-react'
import { useNavigate, useSearch } from '@tanstack/react-router'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { HelpLink } from '../../guide/help-link.tsx'
import { formatDate, todayIn } from '../../../lib/format.ts'
import { isAdmin, useSessionUser } from '../../auth/api.ts'
import { useYear, useYears } from '../api.ts'
import type { YearDetail } from '../api.ts'
import { CalendarCard } from '../components/calendar-card.tsx'
import { HolidaysCard } from '../components/holidays-card.tsx'
import { InstansiCard } from '../components/instansi-card.tsx'
import { PeriodList } from '../components/period-list.tsx'
import { YearSettingsModal } from '../components/year-settings-modal.tsx'
import { YearSetupForm } from '../components/year-setup-form.tsx'
import { zoneKey } from '../labels.ts'

function YearSummary(props: { year: YearDetail; canEdit: boolean }) {
  const { t } = useTranslation()
  const [editing, setEditing] = useState(false)
  const y = props.year
  const periodic = y.periods.filter((p) => p.kind !== 'annual').length
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="year-title">
      <Stack gap="xs">
        <Title order={2} fz={18} id="year-title">
          {t('periods.yearCard', { year: y.year })}
        </Title>
        <Text size="sm">
          {t('periods.frequency')}:{' '}
          <strong>{t(`periods.frequencyLabel.${y.assessmentFrequency}`)}</strong> —{' '}
          {t('periods.periodCount', { count: periodic })} + {t('periods.kind.annual')}
        </Text>
        <Text size="sm">
          {t('periods.skpPeriod')}:{' '}
          <strong>
            {t('period.range', { from: formatDate(y.skpStart), to: formatDate(y.skpEnd) })}
          </strong>
        </Text>
        <Text size="sm" c="dimmed">
          {t('periods.annualAlways')}
        </Text>
        {props.canEdit ? (
          <Group>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconSettings size={16} aria-hidden />}
              onClick={() => setEditing(true)}
            >
              {t('periods.settings')}
            </Button>
          </Group>
        ) : null}
      </Stack>
      <YearSettingsModal opened={editing} onClose={() => setEditing(false)} year={y} />
    </Paper>
  )
}

/**
 * Admin page "Periode": set up a performance year (guided), its assessment periods with batas
 * pengisian, the working week and days off, and the instansi time zone.
 */
export function PeriodsPage() {
  const { t } = useTranslation()
  const me = useSessionUser()
  const canEdit = isAdmin(me)
  const search = useSearch({ from: '/app/admin/periode' })
  const navigate = useNavigate({ from: '/periode' })
  const years = useYears()
  const [settingUp, setSettingUp] = useState(false)
  const thisYear = Number(todayIn(me.instansiTimeZone ?? undefined).slice(0, 4))

  const list = years.data ?? []
  const selected =
    list.find((y) => y.year === search.tahun)?.year ??
    list.find((y) => y.year === thisYear)?.year ??
    list[0]?.year ??
    null
  const detail = useYear(selected)
  const nextYear = list.some((y) => y.year === thisYear)
    ? Math.max(...list.map((y) => y.year)) + 1
    : thisYear
  const choose = (year: number) => void navigate({ search: { tahun: year } })
  const key = zoneKey(detail.data?.timeZone ?? me.instansiTimeZone)
  const zone = key ? t(`periods.zoneShort.${key}`) : (detail.data?.timeZone ?? '')

  return (
    <>
      <PageHeader
        title={t('periods.title')}
        description={t('periods.description')}
        actions={
          <>
            {canEdit && list.length > 0 ? (
              <Button
                leftSection={<IconCalendarPlus size={18} aria-hidden />}
                onClick={() => setSettingUp(true)}
              >
                {t('periods.newYear')}
              </Button>
            ) : null}
            <HelpLink topic="periode" />
          </>
        }
      />
      {years.isPending ? (
        <LoadingState rows={4} />
      ) : years.isError ? (
        <ErrorState error={years.error} onRetry={() => void years.refetch()} />
      ) : list.length === 0 ? (
        <Stack gap="lg">
          <Paper withBorder radius="md" p="lg" maw={760} data-testid="first-year">
            <Title order={2} fz={18} mb={4}>
              {t('periods.firstYearTitle')}
            </Title>
            <Text size="sm" c="dimmed" mb="md">
              {t('periods.firstYear')}
            </Text>
            {canEdit ? <YearSetupForm defaultYear={thisYear} onDone={choose} /> : null}
          </Paper>
          <InstansiCard />
        </Stack>
      ) : (
        <Stack gap="lg">
          <NativeSelect
            label={t('periods.yearSelect')}
            value={String(selected ?? '')}
            onChange={(e) => choose(Number(e.currentTarget.value))}
            data={list.map((y) => ({ value: String(y.year), label: String(y.year) }))}
            maw={220}
            data-testid="year-select"
          />
          {detail.isPending ? (
            <LoadingState rows={5} />
          ) : detail.isError ? (
            <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />
          ) : (
            <>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                <YearSummary year={detail.data} canEdit={canEdit} />
                <InstansiCard />
              </SimpleGrid>
              <PeriodList year={detail.data} zone={zone} canEdit={canEdit} />
              <CalendarCard year={detail.data} canEdit={canEdit} />
              <HolidaysCard year={detail.data} canEdit={canEdit} />
            </>
          )}
        </Stack>
      )}
      <Modal
        opened={settingUp}
        onClose={() => setSettingUp(false)}
        title={t('periods.setupTitle')}
        size="lg"
      >
        <YearSetupForm
          key={nextYear}
          defaultYear={nextYear}
          onCancel={() => setSettingUp(false)}
          onDone={(year) => {
            setSettingUp(false)
            choose(year)
          }}
        />
      </Modal>
    </>
  )
}
