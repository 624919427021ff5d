import {
  Badge,
  Box,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core'
import { IconGridDots, IconUserExclamation } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNip } from '../../../../../shared/rules/nip.ts'
import {
  TALENT_LEVELS,
  TALENT_LEVEL_LABEL,
  type TalentLevel,
} from '../../../../../shared/rules/talent.ts'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { PredikatBadge } from '../../assessments/components/badges.tsx'
import { useSetPotensi, useTalent } from '../api.ts'
import {
  talentBoxes,
  talentGrid,
  talentUnplaced,
  type TalentCell,
  type TalentItem,
} from '../followup-view.ts'
import { FollowupError } from './followup-error.tsx'
import { PotensiDialog } from './potensi-dialog.tsx'
import { YearSelect } from './year-select.tsx'

/** Box colours: calm for the top-right boxes, warm for the bottom-left (the number and label always show). */
const BOX_COLOR: Record<number, string> = {
  1: 'var(--mantine-color-red-0)',
  2: 'var(--mantine-color-orange-0)',
  3: 'var(--mantine-color-orange-0)',
  4: 'var(--mantine-color-yellow-0)',
  5: 'var(--mantine-color-yellow-0)',
  6: 'var(--mantine-color-yellow-0)',
  7: 'var(--mantine-color-teal-0)',
  8: 'var(--mantine-color-teal-0)',
  9: 'var(--mantine-color-green-1)',
}

const NAMES_SHOWN = 6
const UNPLACED_SHOWN = 10

function BoxCard(props: {
  cell: TalentCell
  onPick: (p: TalentItem) => void
  showLevels: boolean
}) {
  const { t } = useTranslation()
  const [all, setAll] = useState(false)
  const { cell } = props
  const shown = all ? cell.people : cell.people.slice(0, NAMES_SHOWN)
  return (
    <Paper
      withBorder
      radius="md"
      p="xs"
      style={{
        background: BOX_COLOR[cell.box],
        minHeight: props.showLevels ? undefined : 120,
        height: '100%',
      }}
      data-testid={`talent-box-${cell.box}`}
      data-count={cell.people.length}
      component="section"
      aria-labelledby={`talent-box-title-${cell.box}`}
    >
      <Stack gap={4}>
        <Group justify="space-between" gap={4} wrap="nowrap">
          <Text fw={700} size="sm" id={`talent-box-title-${cell.box}`}>
            {t('followup.talent.box', { n: cell.box })}
          </Text>
          <Badge
            variant="white"
            color="dark"
            size="sm"
            style={{ textTransform: 'none' }}
            data-testid="talent-box-count"
          >
            {t('followup.talent.count', { count: cell.people.length })}
          </Badge>
        </Group>
        <Text size="xs" c="dark.5">
          {cell.label}
        </Text>
        {props.showLevels ? (
          <Text size="xs" c="dark.5">
            {t('followup.talent.levels', {
              kinerja: TALENT_LEVEL_LABEL[cell.kinerja].toLowerCase(),
              potensi: TALENT_LEVEL_LABEL[cell.potensi].toLowerCase(),
            })}
          </Text>
        ) : null}
        {cell.people.length > 0 ? (
          <Stack gap={0} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {shown.map((p) => (
              <li key={p.pegawaiId}>
                <UnstyledButton
                  onClick={() => props.onPick(p)}
                  title={p.unitName}
                  aria-label={t('followup.talent.changeOf', { name: p.name })}
                  style={{ fontSize: 13, textAlign: 'left', textDecoration: 'underline dotted' }}
                  data-testid="talent-person"
                >
                  {p.name}
                </UnstyledButton>
              </li>
            ))}
          </Stack>
        ) : null}
        {cell.people.length > NAMES_SHOWN ? (
          <UnstyledButton
            onClick={() => setAll((v) => !v)}
            style={{ fontSize: 13, fontWeight: 600 }}
            aria-expanded={all}
          >
            {all
              ? t('followup.talent.showLess')
              : t('followup.talent.showMore', { count: cell.people.length - NAMES_SHOWN })}
          </UnstyledButton>
        ) : null}
      </Stack>
    </Paper>
  )
}

/** The 3×3 grid with kinerja rows (high at the top) and potensi columns (high at the right). */
function Grid(props: { cells: TalentCell[][]; onPick: (p: TalentItem) => void }) {
  const { t } = useTranslation()
  const kinerjaTop = [...TALENT_LEVELS].reverse()
  return (
    <Box
      style={{
        display: 'grid',
        gridTemplateColumns: 'auto auto repeat(3, minmax(0, 1fr))',
        gap: 8,
        alignItems: 'stretch',
      }}
      role="group"
      aria-label={t('followup.talent.gridLabel')}
      data-testid="talent-grid"
    >
      <Text
        fw={700}
        size="sm"
        style={{
          gridRow: '1 / span 3',
          gridColumn: 1,
          writingMode: 'vertical-rl',
          transform: 'rotate(180deg)',
          textAlign: 'center',
        }}
      >
        {t('followup.talent.kinerjaAxis')} →
      </Text>
      {props.cells.map((row, i) => [
        <Text
          key={`level-${kinerjaTop[i]}`}
          size="xs"
          fw={600}
          style={{ alignSelf: 'center', gridRow: i + 1, gridColumn: 2 }}
        >
          {TALENT_LEVEL_LABEL[kinerjaTop[i] as TalentLevel]}
        </Text>,
        ...row.map((cell, j) => (
          <Box key={cell.box} style={{ gridRow: i + 1, gridColumn: j + 3 }}>
            <BoxCard cell={cell} onPick={props.onPick} showLevels={false} />
          </Box>
        )),
      ])}
      {TALENT_LEVELS.map((l, j) => (
        <Text key={l} size="xs" fw={600} ta="center" style={{ gridRow: 4, gridColumn: j + 3 }}>
          {TALENT_LEVEL_LABEL[l]}
        </Text>
      ))}
      <Text fw={700} size="sm" ta="center" style={{ gridRow: 5, gridColumn: '3 / span 3' }}>
        {t('followup.talent.potensiAxis')} →
      </Text>
    </Box>
  )
}

function NoPotensiRow(props: { person: TalentItem; year: number }) {
  const { t } = useTranslation()
  const save = useSetPotensi()
  const p = props.person
  return (
    <NativeSelect
      label={t('followup.talent.potensiOf', { name: p.name })}
      labelProps={{ className: 'visually-hidden' }}
      value=""
      disabled={save.isPending}
      onChange={(e) => {
        const potensi = e.currentTarget.value as TalentLevel | ''
        if (!potensi) return
        save.mutate(
          { pegawaiId: p.pegawaiId, year: props.year, potensi, note: null },
          {
            onSuccess: () => notifySuccess(t('followup.talent.saved', { name: p.name })),
            onError: (err) => notifyError(err),
          },
        )
      }}
      data={[
        { value: '', label: t('followup.talent.choose') },
        ...TALENT_LEVELS.map((l) => ({ value: l, label: TALENT_LEVEL_LABEL[l] })),
      ]}
      data-testid={`potensi-set-${p.pegawaiId}`}
      w={160}
    />
  )
}

/**
 * Talent 9-box (admin): kinerja from the year's predikat × potensi entered by the admin. People
 * without potensi are listed under the grid with a select to place them.
 */
export function TalentTab(props: { year: number; onYearChange: (y: number) => void }) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const talent = useTalent(props.year)
  const [picked, setPicked] = useState<TalentItem | null>(null)
  const [allUnplaced, setAllUnplaced] = useState(false)
  const items = talent.data?.items ?? []
  const grid = talentGrid(items)
  const { noPotensi, noPredikat } = talentUnplaced(items)
  const placed = items.length - noPotensi.length - noPredikat.length

  return (
    <Stack gap="md" data-testid="talent-tab">
      <Paper withBorder radius="md" p="sm" role="search" aria-label={t('followup.filters')}>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <YearSelect value={props.year} onChange={props.onYearChange} testId="talent-year" />
          <Text size="sm" c="dimmed" style={{ flex: '1 1 240px' }}>
            {t('followup.talent.intro')}
          </Text>
        </Group>
      </Paper>
      {talent.isPending ? (
        <LoadingState rows={5} />
      ) : talent.isError ? (
        <FollowupError error={talent.error} onRetry={() => void talent.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          testId="talent-empty"
          icon={<IconGridDots size={30} />}
          title={t('followup.talent.emptyTitle', { year: props.year })}
          description={t('followup.talent.emptyText')}
        />
      ) : (
        <Stack gap="md">
          <Text size="sm" aria-live="polite" data-testid="talent-summary">
            {t('followup.talent.summary', {
              count: items.length,
              placed,
              noPotensi: noPotensi.length,
              noPredikat: noPredikat.length,
            })}
          </Text>
          {isPhone ? (
            <Stack gap="sm" data-testid="talent-grid">
              {talentBoxes(grid).map((cell) => (
                <BoxCard key={cell.box} cell={cell} onPick={setPicked} showLevels />
              ))}
            </Stack>
          ) : (
            <Grid cells={grid} onPick={setPicked} />
          )}

          {noPotensi.length > 0 ? (
            <Paper
              withBorder
              radius="md"
              p={{ base: 'sm', sm: 'md' }}
              component="section"
              aria-labelledby="no-potensi-title"
              data-testid="talent-no-potensi"
            >
              <Stack gap="xs">
                <Title
                  order={2}
                  fz={18}
                  id="no-potensi-title"
                  style={{ display: 'flex', gap: 8, alignItems: 'center' }}
                >
                  <IconUserExclamation size={20} aria-hidden />
                  {t('followup.talent.noPotensiTitle', { count: noPotensi.length })}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('followup.talent.noPotensiText')}
                </Text>
                <Table.ScrollContainer minWidth={isPhone ? 320 : 640}>
                  <Table verticalSpacing="xs" striped>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('followup.pegawai')}</Table.Th>
                        {isPhone ? null : <Table.Th scope="col">{t('followup.predikat')}</Table.Th>}
                        <Table.Th scope="col">{t('followup.talent.potensi')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {(allUnplaced ? noPotensi : noPotensi.slice(0, UNPLACED_SHOWN)).map((p) => (
                        <Table.Tr key={p.pegawaiId} data-testid="talent-no-potensi-row">
                          <Table.Td>
                            <Text size="sm" fw={600}>
                              {p.name}
                            </Text>
                            <Text size="xs" c="dimmed">
                              {formatNip(p.nip)} · {p.unitName}
                            </Text>
                            {isPhone && p.predikat ? (
                              <PredikatBadge predikat={p.predikat} size="xs" />
                            ) : null}
                          </Table.Td>
                          {isPhone ? null : (
                            <Table.Td>
                              {p.predikat ? (
                                <PredikatBadge predikat={p.predikat} size="sm" />
                              ) : null}
                            </Table.Td>
                          )}
                          <Table.Td>
                            <NoPotensiRow person={p} year={props.year} />
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
                {noPotensi.length > UNPLACED_SHOWN ? (
                  <Group>
                    <Button
                      variant="subtle"
                      size="xs"
                      onClick={() => setAllUnplaced((v) => !v)}
                      aria-expanded={allUnplaced}
                      data-testid="talent-no-potensi-all"
                    >
                      {allUnplaced
                        ? t('followup.talent.showLess')
                        : t('followup.talent.showAll', { count: noPotensi.length })}
                    </Button>
                  </Group>
                ) : null}
              </Stack>
            </Paper>
          ) : null}

          {noPredikat.length > 0 ? (
            <Paper
              withBorder
              radius="md"
              p={{ base: 'sm', sm: 'md' }}
              data-testid="talent-no-predikat"
            >
              <Text size="sm" fw={600}>
                {t('followup.talent.noPredikatTitle', { count: noPredikat.length })}
              </Text>
              <Text size="sm" c="dimmed">
                {noPredikat.map((p) => p.name).join(', ')}
              </Text>
            </Paper>
          ) : null}
        </Stack>
      )}
      <PotensiDialog
        key={picked?.pegawaiId ?? 'none'}
        person={picked}
        year={props.year}
        onClose={() => setPicked(null)}
      />
    </Stack>
  )
}
