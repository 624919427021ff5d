import {
  Button,
  Grid,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import {
  IconChevronRight,
  IconFileImport,
  IconPlus,
  IconSearch,
  IconUsers,
} from '@tabler/icons-react'
import { useSearch } from '@tanstack/react-router'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PEGAWAI_STATUS } from '../../../../../shared/org.ts'
import type { PegawaiStatus } from '../../../../../shared/org.ts'
import { formatNip } from '../../../../../shared/rules/nip.ts'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { AnchorLink, ButtonLink } from '../../../components/ui/links.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { HelpLink } from '../../guide/help-link.tsx'
import { PaginationBar } from '../../../components/ui/pagination-bar.tsx'
import { ActiveBadge } from '../../../components/ui/status-badge.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { usePegawaiList } from '../api.ts'
import { ExportMenu } from '../components/export-menu.tsx'
import { PegawaiCard } from '../components/pegawai-card.tsx'
import { UnitSelect } from '../components/unit-select.tsx'
import { ResponsiveTable } from '../../../components/ui/responsive-table.tsx'

const PAGE_SIZE = 25

export function PegawaiListPage() {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const search: { unitId?: string } = useSearch({ strict: false })
  const [q, setQ] = useState('')
  const [debouncedQ] = useDebouncedValue(q, 300)
  const [unitId, setUnitId] = useState<string | null>(search.unitId ?? null)
  const [status, setStatus] = useState<PegawaiStatus | ''>('')
  const [active, setActive] = useState<'true' | 'false' | ''>('true')
  const [page, setPage] = useState(1)

  const filters = {
    q: debouncedQ.trim() || undefined,
    unitId: unitId ?? undefined,
    status: status || undefined,
    active: active || undefined,
    page,
    pageSize: PAGE_SIZE,
  }
  const list = usePegawaiList(filters)
  const filtered = Boolean(filters.q || filters.unitId || filters.status || active !== 'true')

  const resetFilters = () => {
    setQ('')
    setUnitId(null)
    setStatus('')
    setActive('true')
    setPage(1)
  }

  return (
    <Stack>
      <PageHeader
        title={t('pegawai.title')}
        description={t('pegawai.description')}
        actions={
          <>
            <ButtonLink to="/pegawai/baru" leftSection={<IconPlus size={18} aria-hidden />}>
              {t('pegawai.add')}
            </ButtonLink>
            <ButtonLink
              to="/impor"
              variant="default"
              leftSection={<IconFileImport size={18} aria-hidden />}
            >
              {t('nav.impor')}
            </ButtonLink>
            <ExportMenu kind="pegawai" />
            <HelpLink topic="pegawai" />
          </>
        }
      />
      <Paper withBorder radius="md" p="sm" role="search" aria-label={t('pegawai.filters')}>
        <Grid gutter="sm" align="flex-end">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <TextInput
              label={t('pegawai.search')}
              description={t('pegawai.searchHint')}
              type="search"
              leftSection={<IconSearch size={16} aria-hidden />}
              value={q}
              onChange={(e) => {
                setQ(e.currentTarget.value)
                setPage(1)
              }}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
            <UnitSelect
              label={t('pegawai.unit')}
              placeholder={t('pegawai.allUnits')}
              value={unitId}
              includeInactive
              onChange={(v) => {
                setUnitId(v)
                setPage(1)
              }}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, md: 2 }}>
            <NativeSelect
              label={t('pegawai.status')}
              value={status}
              onChange={(e) => {
                setStatus(e.currentTarget.value as PegawaiStatus | '')
                setPage(1)
              }}
              data={[
                { value: '', label: t('common.all') },
                ...PEGAWAI_STATUS.map((s) => ({ value: s, label: s })),
              ]}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, md: 2 }}>
            <NativeSelect
              label={t('pegawai.activeFilter')}
              value={active}
              onChange={(e) => {
                setActive(e.currentTarget.value as 'true' | 'false' | '')
                setPage(1)
              }}
              data={[
                { value: 'true', label: t('common.active') },
                { value: 'false', label: t('common.inactive') },
                { value: '', label: t('common.all') },
              ]}
            />
          </Grid.Col>
        </Grid>
      </Paper>

      {list.isPending ? (
        <LoadingState rows={6} />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        filtered ? (
          <EmptyState
            icon={<IconSearch size={30} />}
            title={t('pegawai.noMatchTitle')}
            description={t('pegawai.noMatch')}
            action={
              <Button variant="default" onClick={resetFilters}>
                {t('common.resetFilters')}
              </Button>
            }
          />
        ) : (
          <EmptyState
            icon={<IconUsers size={30} />}
            title={t('pegawai.emptyTitle')}
            description={t('pegawai.empty')}
            action={
              <Group gap="xs" justify="center">
                <ButtonLink to="/pegawai/baru">{t('pegawai.add')}</ButtonLink>
                <ButtonLink to="/impor" variant="default">
                  {t('pegawai.importInstead')}
                </ButtonLink>
              </Group>
            }
          />
        )
      ) : (
        <div data-testid="pegawai-list" aria-busy={list.isFetching}>
          <ResponsiveTable
            isPhone={isPhone}
            items={list.data.items}
            renderCard={(p) => (
              <PegawaiCard
                key={p.id}
                pegawai={p}
                showAtasan
                action={
                  <AnchorLink
                    to="/pegawai/$pegawaiId"
                    params={{ pegawaiId: p.id }}
                    size="sm"
                    fw={600}
                  >
                    {t('common.details')}
                    <IconChevronRight size={14} aria-hidden style={{ verticalAlign: 'middle' }} />
                  </AnchorLink>
                }
              />
            )}
            minWidth={860}
            caption={t('pegawai.tableCaption')}
            head={
              <>
                <Table.Th scope="col">{t('pegawai.nameNip')}</Table.Th>
                <Table.Th scope="col">{t('pegawai.jabatan')}</Table.Th>
                <Table.Th scope="col">{t('pegawai.unit')}</Table.Th>
                <Table.Th scope="col">{t('pegawai.statusGolongan')}</Table.Th>
                <Table.Th scope="col">{t('pegawai.atasan')}</Table.Th>
                <Table.Th scope="col">{t('pegawai.activeFilter')}</Table.Th>
              </>
            }
            renderRow={(p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <AnchorLink to="/pegawai/$pegawaiId" params={{ pegawaiId: p.id }} fw={600}>
                    {p.fullName}
                  </AnchorLink>
                  <Text size="xs" ff="monospace" c="dimmed">
                    {formatNip(p.nip)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{p.jabatanName}</Text>
                  {p.headsUnit ? (
                    <Text size="xs" c="dimmed">
                      {t('pegawai.headsUnit')}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{p.unitName}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {p.status}
                    {p.golongan ? ` · ${p.golongan}` : ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{p.atasanName ?? '—'}</Text>
                </Table.Td>
                <Table.Td>
                  <ActiveBadge active={p.active} />
                </Table.Td>
              </Table.Tr>
            )}
          />
          <PaginationBar
            page={list.data.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onChange={setPage}
          />
        </div>
      )}
    </Stack>
  )
}
