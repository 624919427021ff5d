import { Stack, Tabs } from '@mantine/core'
import {
  IconCash,
  IconCertificate,
  IconDatabaseExport,
  IconGridDots,
  IconTrophy,
} from '@tabler/icons-react'
import type { Icon } from '@tabler/icons-react'
import { useNavigate, useSearch } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { isAdmin, useSessionUser } from '../../auth/api.ts'
import { useCurrentYear } from '../../skp/use-current-year.ts'
import { AkTab } from '../components/ak-tab.tsx'
import { RecommendationsTab } from '../components/recommendations-tab.tsx'
import { SiasnTab } from '../components/siasn-tab.tsx'
import { TalentTab } from '../components/talent-tab.tsx'
import { TppTab } from '../components/tpp-tab.tsx'
import { activeTab, defaultYearOf, visibleTabs, type FollowupTab } from '../followup-view.ts'

const TAB_ICON: Record<FollowupTab, Icon> = {
  ak: IconCertificate,
  tpp: IconCash,
  rekomendasi: IconTrophy,
  talenta: IconGridDots,
  siasn: IconDatabaseExport,
}

/**
 * `/tindak-lanjut`: what follows from the predikat (PermenPAN-RB 6/2022 stage 4) — angka kredit
 * of JF people, TPP, reward and coaching recommendations, the talent 9-box and the SIASN export.
 * The tab, year and period live in the address so a view can be shared or bookmarked.
 */
export function FollowupPage() {
  const { t } = useTranslation()
  const me = useSessionUser()
  const admin = isAdmin(me)
  const isPhone = useIsPhone()
  const currentYear = useCurrentYear()
  const search = useSearch({ from: '/app/tindak-lanjut' })
  const navigate = useNavigate({ from: '/tindak-lanjut' })
  const tab = activeTab(search.tab, admin)
  const year = search.tahun ?? defaultYearOf(tab, currentYear)
  const tabs = visibleTabs(admin)

  const setYear = (y: number) =>
    void navigate({ search: (s) => ({ ...s, tahun: y, periode: undefined }), replace: true })
  const setPeriod = (id: string | undefined) =>
    void navigate({ search: (s) => ({ ...s, periode: id }), replace: true })

  return (
    <Stack gap="md">
      <PageHeader
        title={t('followup.title')}
        description={admin ? t('followup.descriptionAdmin') : t('followup.descriptionLeader')}
      />
      <Tabs
        value={tab}
        onChange={(v) =>
          void navigate({
            search: (s) => ({ ...s, tab: (v ?? 'ak') as FollowupTab, periode: undefined }),
            replace: true,
          })
        }
        keepMounted={false}
      >
        <Tabs.List mb="md" aria-label={t('followup.tabsLabel')}>
          {tabs.map((key) => {
            const TabIcon = TAB_ICON[key]
            return (
              <Tabs.Tab
                key={key}
                value={key}
                px={isPhone ? 'xs' : undefined}
                leftSection={isPhone ? null : <TabIcon size={16} aria-hidden />}
                data-testid={`followup-tab-${key}`}
              >
                {isPhone ? t(`followup.tabsShort.${key}`) : t(`followup.tabs.${key}`)}
              </Tabs.Tab>
            )
          })}
        </Tabs.List>
        <Tabs.Panel value="ak">
          <AkTab year={year} onYearChange={setYear} admin={admin} />
        </Tabs.Panel>
        <Tabs.Panel value="rekomendasi">
          <RecommendationsTab year={year} onYearChange={setYear} />
        </Tabs.Panel>
        {admin ? (
          <>
            <Tabs.Panel value="tpp">
              <TppTab
                year={year}
                onYearChange={setYear}
                periodId={search.periode}
                onPeriodChange={setPeriod}
              />
            </Tabs.Panel>
            <Tabs.Panel value="talenta">
              <TalentTab year={year} onYearChange={setYear} />
            </Tabs.Panel>
            <Tabs.Panel value="siasn">
              <SiasnTab
                year={year}
                onYearChange={setYear}
                periodId={search.periode}
                onPeriodChange={setPeriod}
              />
            </Tabs.Panel>
          </>
        ) : null}
      </Tabs>
    </Stack>
  )
}
