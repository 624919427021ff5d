import {
  Badge,
  Group,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core'
import { IconSearch, IconUsersGroup } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Pegawai } from '../../../../../shared/org.ts'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { formatNumber } from '../../../lib/format.ts'
import { useMySubordinates } from '../api.ts'
import { PegawaiCard } from '../components/pegawai-card.tsx'
import { matchesPegawai } from '../pegawai-search.ts'

function Section(props: {
  id: string
  title: string
  hint: string
  people: Pegawai[]
  total: number
  query: string
  showAtasan?: boolean
}) {
  const { t } = useTranslation()
  return (
    <section aria-labelledby={`${props.id}-title`} data-testid={props.id}>
      <Group gap="xs" mb={4}>
        <Title order={2} fz={18} id={`${props.id}-title`}>
          {props.title}
        </Title>
        <Badge variant="light">
          <span aria-hidden>
            {props.query
              ? `${formatNumber(props.people.length)} / ${formatNumber(props.total)}`
              : formatNumber(props.total)}
          </span>
          <VisuallyHidden>
            {t('subordinates.countLabel', { count: props.people.length })}
          </VisuallyHidden>
        </Badge>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {props.hint}
      </Text>
      {props.people.length === 0 ? (
        <Text size="sm" c="dimmed" fs="italic">
          {props.query ? t('subordinates.noMatch') : t('subordinates.none')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          {props.people.map((p) => (
            <PegawaiCard
              key={p.id}
              pegawai={p}
              showAtasan={props.showAtasan}
              testId="subordinate-card"
            />
          ))}
        </SimpleGrid>
      )}
    </section>
  )
}

export function SubordinatesPage() {
  const { t } = useTranslation()
  const subs = useMySubordinates()
  const [query, setQuery] = useState('')

  return (
    <Stack gap="lg">
      <PageHeader title={t('subordinates.title')} description={t('subordinates.description')} />
      {subs.isPending ? (
        <LoadingState rows={4} />
      ) : subs.isError ? (
        <ErrorState error={subs.error} onRetry={() => void subs.refetch()} />
      ) : subs.data.direct.length + subs.data.indirect.length === 0 ? (
        <EmptyState
          icon={<IconUsersGroup size={30} />}
          title={t('subordinates.emptyTitle')}
          description={t('subordinates.empty')}
        />
      ) : (
        <>
          <TextInput
            label={t('subordinates.search')}
            description={t('subordinates.searchHint')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            type="search"
            maw={480}
          />
          <Section
            id="subordinates-direct"
            title={t('subordinates.direct')}
            hint={t('subordinates.directHint')}
            people={subs.data.direct.filter((p) => matchesPegawai(p, query))}
            total={subs.data.direct.length}
            query={query}
          />
          <Section
            id="subordinates-indirect"
            title={t('subordinates.indirect')}
            hint={t('subordinates.indirectHint')}
            people={subs.data.indirect.filter((p) => matchesPegawai(p, query))}
            total={subs.data.indirect.length}
            query={query}
            showAtasan
          />
        </>
      )}
    </Stack>
  )
}
