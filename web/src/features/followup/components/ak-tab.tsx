import { Button, Card, Group, Paper, Stack, Table, Text, TextInput } from '@mantine/core'
import { IconCalculator, IconCertificate, IconSearch, IconSettings } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { JF_JENJANG_LABEL } from '../../../../../shared/rules/angka-kredit.ts'
import { formatNip } from '../../../../../shared/rules/nip.ts'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { AnchorLink, ButtonLink } from '../../../components/ui/links.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { ResponsiveTable } from '../../../components/ui/responsive-table.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { PredikatBadge } from '../../assessments/components/badges.tsx'
import { useAkList } from '../api.ts'
import { akSummary, filterAkItems, formatAk, type AkItem } from '../followup-view.ts'
import { AkGenerateDialog } from './ak-generate-dialog.tsx'
import { FollowupError } from './followup-error.tsx'
import { PromotionBadges } from './promotion-badges.tsx'
import { YearSelect } from './year-select.tsx'

function PersonLink(props: { item: AkItem }) {
  return (
    <AnchorLink
      to="/tindak-lanjut/angka-kredit/$pegawaiId"
      params={{ pegawaiId: props.item.pegawaiId }}
      fw={600}
      data-testid="ak-open-ledger"
    >
      {props.item.name}
    </AnchorLink>
  )
}

function NoPredikat() {
  const { t } = useTranslation()
  return (
    <Text size="sm" c="dimmed">
      {t('followup.noFinalPredikat')}
    </Text>
  )
}

/** The year's AK of a row, or "not generated yet" in words. */
function AkYear(props: { value: number | null }) {
  const { t } = useTranslation()
  if (props.value === null)
    return (
      <Text size="sm" c="dimmed" span>
        {t('followup.ak.notGenerated')}
      </Text>
    )
  return (
    <Text size="sm" fw={600} span style={{ fontVariantNumeric: 'tabular-nums' }}>
      {formatAk(props.value)}
    </Text>
  )
}

/**
 * Angka kredit of the JF people the viewer may see (admin: the instansi; a leader: their
 * units) for a year, with each person's promotion hints and a link to their ledger.
 */
export function AkTab(props: { year: number; onYearChange: (y: number) => void; admin: boolean }) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const list = useAkList(props.year)
  const [query, setQuery] = useState('')
  const [generating, setGenerating] = useState(false)
  const items = list.data ? filterAkItems(list.data.items, query) : []
  const summary = list.data ? akSummary(list.data.items) : null

  return (
    <Stack gap="md" data-testid="ak-tab">
      <Paper withBorder radius="md" p="sm" role="search" aria-label={t('followup.filters')}>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <YearSelect value={props.year} onChange={props.onYearChange} testId="ak-year" />
          <TextInput
            label={t('followup.ak.search')}
            placeholder={t('followup.ak.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            style={{ flex: '1 1 220px' }}
            data-testid="ak-search"
          />
          {props.admin ? (
            <Group gap="xs" wrap="wrap">
              <Button
                leftSection={<IconCalculator size={18} aria-hidden />}
                onClick={() => setGenerating(true)}
                data-testid="ak-generate"
              >
                {t('followup.ak.generate', { year: props.year })}
              </Button>
              <ButtonLink
                to="/tindak-lanjut/angka-kredit/pengaturan"
                variant="default"
                leftSection={<IconSettings size={18} aria-hidden />}
                data-testid="ak-settings-link"
              >
                {t('followup.ak.settingsLink')}
              </ButtonLink>
            </Group>
          ) : null}
        </Group>
      </Paper>

      {list.isPending ? (
        <LoadingState rows={5} />
      ) : list.isError ? (
        <FollowupError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState
          testId="ak-empty"
          icon={<IconCertificate size={30} />}
          title={t('followup.ak.emptyTitle')}
          description={t('followup.ak.emptyText')}
        />
      ) : (
        <Stack gap="sm">
          {summary ? (
            <Text size="sm" aria-live="polite" data-testid="ak-summary">
              {t('followup.ak.summary', {
                count: summary.people,
                generated: summary.generated,
                year: props.year,
                pangkat: summary.pangkat,
                jenjang: summary.jenjang,
              })}
            </Text>
          ) : null}
          {items.length === 0 ? (
            <EmptyState
              testId="ak-no-match"
              icon={<IconSearch size={30} />}
              title={t('common.nothingFound')}
              description={t('followup.ak.noMatch')}
            />
          ) : (
            <ResponsiveTable
              isPhone={isPhone}
              items={items}
              minWidth={980}
              caption={t('followup.ak.caption', { year: props.year })}
              head={
                <>
                  <Table.Th scope="col">{t('followup.pegawai')}</Table.Th>
                  <Table.Th scope="col">{t('followup.ak.jenjang')}</Table.Th>
                  <Table.Th scope="col">
                    {t('followup.ak.predikatYear', { year: props.year })}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('followup.ak.akYear', { year: props.year })}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('followup.ak.akTotal')}
                  </Table.Th>
                  <Table.Th scope="col">{t('followup.ak.hints')}</Table.Th>
                </>
              }
              renderRow={(item) => (
                <Table.Tr key={item.pegawaiId} data-testid={`ak-row-${item.pegawaiId}`}>
                  <Table.Td>
                    <Stack gap={0}>
                      <PersonLink item={item} />
                      <Text size="xs" c="dimmed">
                        {formatNip(item.nip)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {item.jabatanName} · {item.unitName}
                      </Text>
                    </Stack>
                  </Table.Td>
                  <Table.Td>{JF_JENJANG_LABEL[item.jenjang]}</Table.Td>
                  <Table.Td>
                    {item.predikat ? (
                      <PredikatBadge predikat={item.predikat} size="sm" />
                    ) : (
                      <NoPredikat />
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    <AkYear value={item.akYear} />
                  </Table.Td>
                  <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {formatAk(item.akTotal)}
                  </Table.Td>
                  <Table.Td>
                    <PromotionBadges hint={item.promotion} />
                  </Table.Td>
                </Table.Tr>
              )}
              renderCard={(item) => (
                <Card
                  key={item.pegawaiId}
                  withBorder
                  radius="md"
                  p="sm"
                  data-testid={`ak-row-${item.pegawaiId}`}
                >
                  <Stack gap={6}>
                    <div>
                      <PersonLink item={item} />
                      <Text size="xs" c="dimmed">
                        {formatNip(item.nip)} · {JF_JENJANG_LABEL[item.jenjang]}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {item.unitName}
                      </Text>
                    </div>
                    <Group gap="xs" wrap="wrap">
                      {item.predikat ? (
                        <PredikatBadge predikat={item.predikat} size="sm" />
                      ) : (
                        <NoPredikat />
                      )}
                    </Group>
                    <Group gap="lg" wrap="wrap">
                      <Text size="sm">
                        {t('followup.ak.akYear', { year: props.year })}:{' '}
                        <AkYear value={item.akYear} />
                      </Text>
                      <Text size="sm">
                        {t('followup.ak.akTotal')}:{' '}
                        <Text span fw={600}>
                          {formatAk(item.akTotal)}
                        </Text>
                      </Text>
                    </Group>
                    <PromotionBadges hint={item.promotion} />
                  </Stack>
                </Card>
              )}
            />
          )}
        </Stack>
      )}
      {props.admin ? (
        <AkGenerateDialog
          year={props.year}
          opened={generating}
          onClose={() => setGenerating(false)}
        />
      ) : null}
    </Stack>
  )
}
