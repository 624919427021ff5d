import {
  Badge,
  Button,
  Card,
  Divider,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core'
import {
  IconAlarm,
  IconCalendarEvent,
  IconCheck,
  IconClipboardPlus,
  IconLifebuoy,
  IconPencil,
  IconTrophy,
} from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNip } from '../../../../../shared/rules/nip.ts'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { formatDate, todayIn } from '../../../lib/format.ts'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { PredikatBadge } from '../../assessments/components/badges.tsx'
import { useSessionUser } from '../../auth/api.ts'
import { useRecommendations } from '../api.ts'
import {
  coachingState,
  filterRecommendations,
  sortRecommendations,
  type Recommendation,
  type RecommendationFilter,
} from '../followup-view.ts'
import { CoachingDialog, type CoachingTarget } from './coaching-dialog.tsx'
import { FollowupError } from './followup-error.tsx'
import { YearSelect } from './year-select.tsx'

function KindBadge(props: { kind: Recommendation['kind'] }) {
  const { t } = useTranslation()
  const reward = props.kind === 'reward'
  return (
    <Badge
      color={reward ? 'teal' : 'orange'}
      variant="light"
      leftSection={
        reward ? <IconTrophy size={12} aria-hidden /> : <IconLifebuoy size={12} aria-hidden />
      }
      style={{ textTransform: 'none', flexShrink: 0 }}
      data-testid="rec-kind"
      data-kind={props.kind}
    >
      {t(`followup.rec.kind.${props.kind}`)}
    </Badge>
  )
}

const HISTORY_SHOWN = 4

/** The predikat history, newest first: the latest few, the rest on request. */
function History(props: { history: Recommendation['history'] }) {
  const { t } = useTranslation()
  const [all, setAll] = useState(false)
  if (props.history.length === 0) return null
  const shown = all ? props.history : props.history.slice(0, HISTORY_SHOWN)
  const hidden = props.history.length - HISTORY_SHOWN
  return (
    <Group gap={6} wrap="wrap" role="group" aria-label={t('followup.rec.history')}>
      {shown.map((h) => (
        <Group key={h.periodName} gap={4} wrap="nowrap">
          <Text size="xs" c="dimmed">
            {h.periodName}
          </Text>
          <PredikatBadge predikat={h.predikat} size="xs" />
        </Group>
      ))}
      {hidden > 0 ? (
        <UnstyledButton
          onClick={() => setAll((v) => !v)}
          aria-expanded={all}
          style={{ fontSize: 12, fontWeight: 600 }}
          c="kinerja"
        >
          {all ? t('followup.rec.historyLess') : t('followup.rec.historyMore', { count: hidden })}
        </UnstyledButton>
      ) : null}
    </Group>
  )
}

/** The coaching part of a card: no plan yet, the open plan (overdue or not), or its outcome. */
function CoachingPart(props: {
  item: Recommendation
  today: string
  onAction: (target: CoachingTarget) => void
}) {
  const { t } = useTranslation()
  const { item } = props
  const plan = item.coachingPlan
  const state = coachingState(plan, props.today)
  const base = { name: item.name, reason: item.reason }
  return (
    <Stack gap={6} data-testid="coaching" data-state={state}>
      <Divider />
      {state === 'none' || !plan ? (
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text size="sm" c="dimmed">
            {item.canCoach ? t('followup.coaching.none') : t('followup.coaching.noneWho')}
          </Text>
          {item.canCoach ? (
            <Button
              size="xs"
              leftSection={<IconClipboardPlus size={16} aria-hidden />}
              onClick={() => props.onAction({ mode: 'create', pegawaiId: item.pegawaiId, ...base })}
              data-testid="coaching-create"
            >
              {t('followup.coaching.create')}
            </Button>
          ) : null}
        </Group>
      ) : (
        <>
          <Group gap="xs" wrap="wrap">
            {state === 'done' ? (
              <Badge
                color="teal"
                variant="light"
                leftSection={<IconCheck size={12} aria-hidden />}
                style={{ textTransform: 'none' }}
              >
                {t('followup.coaching.state.done')}
              </Badge>
            ) : state === 'overdue' ? (
              <Badge
                color="red"
                variant="light"
                leftSection={<IconAlarm size={12} aria-hidden />}
                style={{ textTransform: 'none' }}
              >
                {t('followup.coaching.state.overdue', { date: formatDate(plan.followUpDate) })}
              </Badge>
            ) : (
              <Badge
                color="kinerja"
                variant="light"
                leftSection={<IconCalendarEvent size={12} aria-hidden />}
                style={{ textTransform: 'none' }}
              >
                {t('followup.coaching.state.planned', { date: formatDate(plan.followUpDate) })}
              </Badge>
            )}
          </Group>
          <Text size="sm">
            <Text span fw={600}>
              {t('followup.coaching.plan')}:
            </Text>{' '}
            {plan.plan}
          </Text>
          {plan.outcome ? (
            <Text size="sm">
              <Text span fw={600}>
                {t('followup.coaching.outcome')}:
              </Text>{' '}
              {plan.outcome}
            </Text>
          ) : null}
          <Text size="xs" c="dimmed">
            {t('followup.coaching.by', {
              name: plan.createdByName,
              date: formatDate(plan.createdAt),
            })}
          </Text>
          {item.canCoach ? (
            <Group gap="xs" justify="flex-end" wrap="wrap">
              {state === 'done' ? (
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconClipboardPlus size={16} aria-hidden />}
                  onClick={() =>
                    props.onAction({ mode: 'create', pegawaiId: item.pegawaiId, ...base })
                  }
                  data-testid="coaching-create"
                >
                  {t('followup.coaching.createAgain')}
                </Button>
              ) : (
                <>
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconPencil size={16} aria-hidden />}
                    onClick={() => props.onAction({ mode: 'edit', plan, ...base })}
                    data-testid="coaching-edit"
                  >
                    {t('followup.coaching.edit')}
                  </Button>
                  <Button
                    size="xs"
                    leftSection={<IconCheck size={16} aria-hidden />}
                    onClick={() => props.onAction({ mode: 'close', plan, ...base })}
                    data-testid="coaching-close"
                  >
                    {t('followup.coaching.close')}
                  </Button>
                </>
              )}
            </Group>
          ) : null}
        </>
      )}
    </Stack>
  )
}

/**
 * Reward and coaching recommendations of a year from the final predikat history (admin: the
 * instansi; leaders: their units), each with the rule that produced it and, for coaching, the
 * plan with its follow-up date and outcome.
 */
export function RecommendationsTab(props: { year: number; onYearChange: (y: number) => void }) {
  const { t } = useTranslation()
  const me = useSessionUser()
  const isPhone = useIsPhone()
  const today = todayIn(me.instansiTimeZone ?? undefined)
  const list = useRecommendations(props.year)
  const [filter, setFilter] = useState<RecommendationFilter>('all')
  const [target, setTarget] = useState<CoachingTarget | null>(null)
  const all = list.data?.items ?? []
  const items = sortRecommendations(filterRecommendations(all, filter), today)
  const counts = {
    reward: all.filter((i) => i.kind === 'reward').length,
    coaching: all.filter((i) => i.kind === 'coaching').length,
  }

  return (
    <Stack gap="md" data-testid="rec-tab">
      <Paper withBorder radius="md" p="sm" role="search" aria-label={t('followup.filters')}>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <YearSelect value={props.year} onChange={props.onYearChange} testId="rec-year" />
          <Stack gap={4} w={isPhone ? '100%' : undefined}>
            <Text size="sm" fw={500} id="rec-filter-label">
              {t('followup.rec.filter')}
            </Text>
            <SegmentedControl
              orientation={isPhone ? 'vertical' : 'horizontal'}
              fullWidth={isPhone}
              aria-labelledby="rec-filter-label"
              value={filter}
              onChange={(v) => setFilter(v as RecommendationFilter)}
              data={[
                { value: 'all', label: t('followup.rec.all', { count: all.length }) },
                { value: 'reward', label: t('followup.rec.rewardCount', { count: counts.reward }) },
                {
                  value: 'coaching',
                  label: t('followup.rec.coachingCount', { count: counts.coaching }),
                },
              ]}
              data-testid="rec-filter"
            />
          </Stack>
        </Group>
      </Paper>
      <Text size="sm" c="dimmed">
        {t('followup.rec.intro')}
      </Text>

      {list.isPending ? (
        <LoadingState rows={4} />
      ) : list.isError ? (
        <FollowupError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          testId="rec-empty"
          icon={<IconTrophy size={30} />}
          title={t('followup.rec.emptyTitle', { year: props.year })}
          description={t('followup.rec.emptyText')}
        />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          {items.map((item) => (
            <Card
              key={`${item.pegawaiId}-${item.kind}`}
              withBorder
              radius="md"
              p="sm"
              data-testid={`rec-card-${item.pegawaiId}`}
              data-kind={item.kind}
            >
              <Stack gap={6}>
                <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
                  <div style={{ minWidth: 0 }}>
                    <Text fw={600}>{item.name}</Text>
                    <Text size="xs" c="dimmed">
                      {formatNip(item.nip)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {item.unitName}
                    </Text>
                  </div>
                  <KindBadge kind={item.kind} />
                </Group>
                <Text size="sm" data-testid="rec-reason">
                  {item.reason}
                </Text>
                <History history={item.history} />
                {item.kind === 'coaching' ? (
                  <CoachingPart item={item} today={today} onAction={setTarget} />
                ) : null}
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
      <CoachingDialog target={target} today={today} onClose={() => setTarget(null)} />
    </Stack>
  )
}
