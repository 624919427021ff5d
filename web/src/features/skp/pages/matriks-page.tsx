import { Alert, Badge, Card, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { IconAlertTriangle, IconCircleCheck, IconLayoutGrid } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Matriks } from '../../../../../shared/skp.ts'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { AnchorLink, ButtonLink } from '../../../components/ui/links.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { formatNumber } from '../../../lib/format.ts'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { useMatriks } from '../api.ts'
import { SkpStatusBadge } from '../components/skp-status-badge.tsx'
import { YearSelect } from '../components/year-select.tsx'
import { matriksRows, subordinatesWithoutLinks } from '../matriks-view.ts'
import type { MatriksRow } from '../matriks-view.ts'
import { useCurrentYear } from '../use-current-year.ts'

function CoverageBadge(props: { covered: boolean }) {
  const { t } = useTranslation()
  return props.covered ? (
    <Badge color="teal" leftSection={<IconCircleCheck size={12} aria-hidden />} size="sm">
      {t('skp.matriks.covered')}
    </Badge>
  ) : (
    <Badge
      color="orange"
      variant="filled"
      leftSection={<IconAlertTriangle size={12} aria-hidden />}
      size="sm"
      data-testid="matriks-uncovered"
    >
      {t('skp.matriks.uncovered')}
    </Badge>
  )
}

/**
 * Phone: one card per leader RHK with the subordinates' RHK under it. The RHK that still
 * need a subordinate come first (they are what the leader has to act on); numbers stay.
 */
function MatriksList(props: { rows: MatriksRow[] }) {
  const { t } = useTranslation()
  const ordered = props.rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => Number(a.row.covered) - Number(b.row.covered) || a.i - b.i)
  return (
    <Stack gap="sm">
      {ordered.map(({ row, i }) => (
        <Card
          key={row.rhk.id}
          withBorder
          radius="md"
          padding="md"
          component="article"
          data-testid="matriks-row"
          data-covered={row.covered}
          style={
            row.covered
              ? undefined
              : { borderColor: 'var(--mantine-color-orange-6)', borderWidth: 2 }
          }
        >
          <Stack gap="xs">
            <Group justify="space-between" gap="xs" align="flex-start">
              <Text size="xs" c="dimmed" fw={700}>
                {t('skp.matriks.leaderRhkN', { n: i + 1, jenis: t(`skp.jenis.${row.rhk.jenis}`) })}
              </Text>
              <CoverageBadge covered={row.covered} />
            </Group>
            <Text fw={600} style={{ wordBreak: 'break-word' }}>
              {row.rhk.text}
            </Text>
            {row.entries.length === 0 ? (
              <Text size="sm" c="dimmed" fs="italic">
                {t('skp.matriks.nobody')}
              </Text>
            ) : (
              <Stack
                gap={6}
                pl="sm"
                style={{ borderLeft: '3px solid var(--mantine-color-gray-3)' }}
              >
                {row.entries.map((e) => (
                  <div key={e.subordinate.pegawaiId}>
                    <Text size="sm" fw={700}>
                      {e.subordinate.name}
                    </Text>
                    <List size="sm" spacing={2}>
                      {e.rhk.map((r) => (
                        <List.Item key={r.id}>{r.text}</List.Item>
                      ))}
                    </List>
                  </div>
                ))}
              </Stack>
            )}
          </Stack>
        </Card>
      ))}
    </Stack>
  )
}

/** The leader's RHK stay in view while the subordinates' columns scroll sideways. */
const STICKY = {
  position: 'sticky',
  left: 0,
  zIndex: 1,
  background: 'var(--mantine-color-body)',
  boxShadow: '1px 0 0 var(--mantine-color-gray-3)',
} as const

/** Desktop: leader RHK rows × subordinate columns; a cell lists the RHK that intervene. */
function MatriksTable(props: { m: Matriks; rows: MatriksRow[] }) {
  const { t } = useTranslation()
  const { m } = props
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={Math.max(720, 320 + m.subordinates.length * 200)}>
        <Table withColumnBorders verticalSpacing="sm" data-testid="matriks-table">
          <Table.Caption>{t('skp.matriks.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" miw={280} style={STICKY}>
                {t('skp.matriks.leaderRhk')}
              </Table.Th>
              {m.subordinates.map((s) => (
                <Table.Th scope="col" key={s.pegawaiId} miw={180}>
                  <Text size="sm" fw={700}>
                    {s.name}
                  </Text>
                  <Text size="xs" c="dimmed" fw={400}>
                    {s.jabatanName}
                  </Text>
                  {s.skpStatus ? (
                    <SkpStatusBadge status={s.skpStatus} size="xs" />
                  ) : (
                    <Text size="xs" fw={400}>
                      {t('skp.matriks.noSkp')}
                    </Text>
                  )}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.rows.map((row, i) => (
              <Table.Tr
                key={row.rhk.id}
                data-testid="matriks-row"
                data-covered={row.covered}
                bg={row.covered ? undefined : 'var(--mantine-color-orange-0)'}
              >
                <Table.Th
                  scope="row"
                  fw={400}
                  style={{
                    ...STICKY,
                    background: row.covered
                      ? 'var(--mantine-color-body)'
                      : 'var(--mantine-color-orange-0)',
                  }}
                >
                  <Stack gap={4}>
                    <Text size="xs" c="dimmed" fw={700}>
                      {t('skp.matriks.leaderRhkN', {
                        n: i + 1,
                        jenis: t(`skp.jenis.${row.rhk.jenis}`),
                      })}
                    </Text>
                    <Text size="sm" fw={600}>
                      {row.rhk.text}
                    </Text>
                    <div>
                      <CoverageBadge covered={row.covered} />
                    </div>
                  </Stack>
                </Table.Th>
                {m.subordinates.map((s) => {
                  const cell = m.cells[row.rhk.id]?.[s.pegawaiId] ?? []
                  return (
                    <Table.Td key={s.pegawaiId} style={{ verticalAlign: 'top' }}>
                      {cell.length === 0 ? (
                        <Text size="sm" c="dimmed" aria-label={t('skp.matriks.emptyCell')}>
                          —
                        </Text>
                      ) : (
                        <List size="xs" spacing={4}>
                          {cell.map((r) => (
                            <List.Item key={r.id}>{r.text}</List.Item>
                          ))}
                        </List>
                      )}
                    </Table.Td>
                  )
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  )
}

/**
 * Matriks Peran Hasil: who among the direct subordinates intervenes which of the leader's
 * RHK, and which RHK nobody takes up yet ("belum diintervensi").
 */
export function MatriksPage() {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const currentYear = useCurrentYear()
  const [year, setYear] = useState(currentYear)
  const matriks = useMatriks(year)

  const m = matriks.data
  const rows = m ? matriksRows(m) : []
  const uncovered = rows.filter((r) => !r.covered).length
  const idle = m ? subordinatesWithoutLinks(m) : []

  return (
    <Stack gap="md">
      <AnchorLink to="/skp" size="sm">
        ← {t('skp.detail.backMine')}
      </AnchorLink>
      <PageHeader
        title={t('skp.matriks.title')}
        description={t('skp.matriks.description')}
        actions={<YearSelect value={year} onChange={setYear} currentYear={currentYear} />}
      />
      {matriks.isPending ? (
        <LoadingState rows={4} />
      ) : matriks.isError ? (
        <ErrorState error={matriks.error} onRetry={() => void matriks.refetch()} />
      ) : !m?.skpId ? (
        <EmptyState
          icon={<IconLayoutGrid size={30} />}
          title={t('skp.matriks.noSkpTitle', { year })}
          description={t('skp.matriks.noSkpText')}
          action={<ButtonLink to="/skp">{t('skp.detail.backMine')}</ButtonLink>}
          testId="matriks-no-skp"
        />
      ) : m.leaderRhk.length === 0 ? (
        <EmptyState
          icon={<IconLayoutGrid size={30} />}
          title={t('skp.matriks.noRhkTitle')}
          description={t('skp.matriks.noRhk')}
          action={
            <ButtonLink to="/skp/$skpId" params={{ skpId: m.skpId }}>
              {t('skp.matriks.openMySkp')}
            </ButtonLink>
          }
          testId="matriks-no-rhk"
        />
      ) : (
        <>
          <Alert
            role="note"
            color={uncovered > 0 ? 'orange' : 'teal'}
            variant="light"
            icon={
              uncovered > 0 ? <IconAlertTriangle aria-hidden /> : <IconCircleCheck aria-hidden />
            }
            data-testid="matriks-summary"
          >
            <Text size="sm" fw={600}>
              {t('skp.matriks.summary', {
                covered: formatNumber(rows.length - uncovered),
                total: formatNumber(rows.length),
              })}
            </Text>
            {uncovered > 0 ? <Text size="sm">{t('skp.matriks.uncoveredHint')}</Text> : null}
          </Alert>
          {m.subordinates.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('skp.matriks.noSubordinates')}
            </Text>
          ) : isPhone ? (
            <MatriksList rows={rows} />
          ) : (
            <MatriksTable m={m} rows={rows} />
          )}
          {idle.length > 0 ? (
            <section aria-labelledby="matriks-idle">
              <Title order={2} fz={17} id="matriks-idle" mb={4}>
                {t('skp.matriks.idleTitle')}
              </Title>
              <Text size="sm" c="dimmed" mb="xs">
                {t('skp.matriks.idleHint')}
              </Text>
              <List size="sm" spacing={4}>
                {idle.map((s) => (
                  <List.Item key={s.pegawaiId}>
                    <Text span fw={600} size="sm">
                      {s.name}
                    </Text>{' '}
                    — {s.jabatanName} ·{' '}
                    {s.skpStatus ? t(`skp.status.${s.skpStatus}`) : t('skp.matriks.noSkp')}
                  </List.Item>
                ))}
              </List>
            </section>
          ) : null}
        </>
      )}
    </Stack>
  )
}
