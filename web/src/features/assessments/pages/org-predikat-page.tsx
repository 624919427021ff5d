import { Stack, Text } from '@mantine/core'
import { IconBuildingCommunity, IconCalendarOff } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { ApiError } from '../../../lib/api-client.ts'
import { isAdmin, useSessionUser } from '../../auth/api.ts'
import { orgSummary } from '../admin-view.ts'
import { useOrgPredikat } from '../api.ts'
import { OrgPeriodPicker, usePeriodChoice } from '../components/org-period-picker.tsx'
import { OrgUnitCard } from '../components/org-unit-card.tsx'

/**
 * `/penilaian/organisasi`: the predikat kinerja organisasi of every unit the viewer may see,
 * per period — set by the leader one level up (an admin for a top unit), with the unit's live
 * distribution, the penetapan per unit and the Format Penetapan documents.
 */
export function OrgPredikatPage() {
  const { t } = useTranslation()
  const me = useSessionUser()
  const choice = usePeriodChoice()
  const period = choice.period
  const list = useOrgPredikat(period?.id)
  const summary = list.data ? orgSummary(list.data.items) : null
  const noYear =
    choice.yearDetail.error instanceof ApiError && choice.yearDetail.error.status === 404

  return (
    <Stack gap="md">
      <PageHeader
        title={t('penilaianAdmin.org.title')}
        description={t('penilaianAdmin.org.description')}
      />
      <OrgPeriodPicker choice={choice} label={t('penilaianAdmin.period.filters')} />
      {noYear || (choice.yearDetail.data && !period) ? (
        <EmptyState
          testId="org-no-period"
          icon={<IconCalendarOff size={30} />}
          title={t('penilaianAdmin.period.noYear', { year: choice.year })}
          description={t('penilaianAdmin.period.noYearText')}
        />
      ) : choice.yearDetail.isError ? (
        <ErrorState
          error={choice.yearDetail.error}
          onRetry={() => void choice.yearDetail.refetch()}
        />
      ) : !period || list.isPending ? (
        <LoadingState rows={4} />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState
          testId="org-empty"
          icon={<IconBuildingCommunity size={30} />}
          title={t('penilaianAdmin.org.emptyTitle')}
          description={t('penilaianAdmin.org.emptyText')}
        />
      ) : (
        <Stack gap="md" data-testid="org-unit-list">
          <Text size="sm" aria-live="polite" data-testid="org-summary">
            {summary
              ? t('penilaianAdmin.org.summary', {
                  count: summary.units,
                  set: summary.set,
                  finalised: summary.finalised,
                })
              : null}
          </Text>
          {list.data.items.map((item) => (
            <OrgUnitCard
              key={`${item.unitId}-${list.data.period.id}`}
              item={item}
              periodId={list.data.period.id}
              periodName={list.data.period.name}
              admin={isAdmin(me)}
              timeZone={me.instansiTimeZone ?? undefined}
            />
          ))}
        </Stack>
      )}
    </Stack>
  )
}
