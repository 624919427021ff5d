import {
  ActionIcon,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core'
import { IconChevronLeft, IconChevronRight, IconCloudUpload } from '@tabler/icons-react'
import i18next from 'i18next'
import type { KeyboardEvent } from 'react'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProgressCalendar } from '../../../../../shared/activities.ts'
import { addDays } from '../../../../../shared/rules/working-days.ts'
import { formatDayLong } from '../../periods/labels.ts'
import { formatWeekRange, weekdayParts } from '../progress-format.ts'
import { isAfter, parseDay } from '../week.ts'

type CalendarDay = ProgressCalendar['days'][number]

function dayLabel(day: string, info: CalendarDay | undefined, pending: number): string {
  const t = i18next.t
  const parts = [formatDayLong(day)]
  if (info) {
    parts.push(
      info.entries > 0
        ? t('progress.week.entries', { count: info.entries })
        : t('progress.week.noEntries'),
    )
    if (info.late > 0) parts.push(t('progress.week.late', { count: info.late }))
    if (info.holiday) parts.push(t('progress.week.holiday', { name: info.holiday }))
    else if (!info.working) parts.push(t('progress.week.weekend'))
  }
  if (pending > 0) parts.push(t('progress.week.pending', { count: pending }))
  return parts.join(', ')
}

/**
 * The week at a glance, Monday to Sunday: per day the number of entries, a "!" when some were
 * late, pending ones waiting on the device, and days off in grey. A day is a button (arrow
 * keys move between days); arrows change the week; a date field jumps further.
 */
export function WeekStrip(props: {
  days: string[]
  selected: string
  today: string
  calendar: Map<string, CalendarDay>
  pendingByDay: Map<string, number>
  onSelect: (day: string) => void
}) {
  const { t } = useTranslation()
  const refs = useRef<(HTMLButtonElement | null)[]>([])
  const first = props.days[0]!
  const last = props.days[6]!
  const prevWeek = () => props.onSelect(addDays(props.selected, -7))
  const nextWeek = () => {
    const next = addDays(props.selected, 7)
    props.onSelect(isAfter(next, props.today) ? props.today : next)
  }
  const canGoNext = isAfter(props.today, last)

  const onKey = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const move = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0
    if (move === 0) return
    e.preventDefault()
    const target = props.days[index + move]
    if (target && !isAfter(target, props.today)) {
      props.onSelect(target)
      refs.current[index + move]?.focus()
    } else if (!target && move < 0) {
      prevWeek()
    } else if (!target && move > 0 && canGoNext) {
      nextWeek()
    }
  }

  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'xs', sm: 'md' }}
      component="section"
      aria-labelledby="week-title"
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" gap={4}>
          <ActionIcon
            variant="subtle"
            size="lg"
            onClick={prevWeek}
            aria-label={t('progress.week.previous')}
            data-testid="week-prev"
          >
            <IconChevronLeft aria-hidden />
          </ActionIcon>
          <Text fw={700} id="week-title" aria-live="polite" ta="center" size="sm">
            {formatWeekRange(first, last)}
          </Text>
          <ActionIcon
            variant="subtle"
            size="lg"
            onClick={nextWeek}
            disabled={!canGoNext}
            aria-label={t('progress.week.next')}
            data-testid="week-next"
          >
            <IconChevronRight aria-hidden />
          </ActionIcon>
        </Group>

        <div
          role="group"
          aria-label={t('progress.week.label')}
          style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 4 }}
        >
          {props.days.map((day, index) => {
            const info = props.calendar.get(day)
            const pending = props.pendingByDay.get(day) ?? 0
            const selected = day === props.selected
            const future = isAfter(day, props.today)
            const offDay = info ? !info.working : false
            const { weekday, dayOfMonth } = weekdayParts(day)
            const count = (info?.entries ?? 0) + pending
            return (
              <UnstyledButton
                key={day}
                ref={(el) => {
                  refs.current[index] = el
                }}
                onClick={() => props.onSelect(day)}
                onKeyDown={(e) => onKey(e, index)}
                disabled={future}
                aria-pressed={selected}
                aria-current={day === props.today ? 'date' : undefined}
                aria-label={dayLabel(day, info, pending)}
                title={info?.holiday ?? undefined}
                data-testid="week-day"
                data-day={day}
                data-count={count}
                style={{
                  borderRadius: 10,
                  padding: '6px 0',
                  minHeight: 72,
                  textAlign: 'center',
                  opacity: future ? 0.45 : 1,
                  cursor: future ? 'not-allowed' : 'pointer',
                  background: selected
                    ? 'var(--mantine-color-kinerja-8)'
                    : offDay
                      ? 'var(--mantine-color-gray-1)'
                      : 'transparent',
                  color: selected ? 'var(--mantine-color-white)' : undefined,
                  border:
                    day === props.today && !selected
                      ? '2px solid var(--mantine-color-kinerja-8)'
                      : '2px solid transparent',
                }}
              >
                <Stack gap={0} align="center" aria-hidden>
                  <Text
                    size="xs"
                    fw={600}
                    c={selected ? 'white' : offDay ? 'red.9' : 'dimmed'}
                    tt="capitalize"
                  >
                    {weekday.replace('.', '')}
                  </Text>
                  <Text fw={800} fz={18} lh={1.3}>
                    {dayOfMonth}
                  </Text>
                  <Group gap={2} justify="center" wrap="nowrap" h={18}>
                    {count > 0 ? (
                      <Text size="xs" fw={700}>
                        {count}
                      </Text>
                    ) : (
                      <Text size="xs" c={selected ? 'white' : 'dimmed'}>
                        ·
                      </Text>
                    )}
                    {(info?.late ?? 0) > 0 ? (
                      <Text
                        size="xs"
                        fw={900}
                        c={selected ? 'white' : 'red.9'}
                        data-testid="week-day-late"
                      >
                        !
                      </Text>
                    ) : null}
                    {pending > 0 ? <IconCloudUpload size={12} /> : null}
                  </Group>
                </Stack>
              </UnstyledButton>
            )
          })}
        </div>

        <Group justify="space-between" align="flex-end" gap="xs">
          <Text size="xs" c="dimmed" style={{ flex: '1 1 200px' }}>
            {t('progress.week.legend')}
          </Text>
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              type="date"
              size="xs"
              label={t('progress.week.pickDate')}
              value={props.selected}
              max={props.today}
              onChange={(e) => {
                const day = parseDay(e.currentTarget.value)
                if (day && !isAfter(day, props.today)) props.onSelect(day)
              }}
              data-testid="week-date"
              w={150}
            />
            {props.selected !== props.today ? (
              <Button size="xs" variant="light" onClick={() => props.onSelect(props.today)}>
                {t('progress.week.today')}
              </Button>
            ) : null}
          </Group>
        </Group>
      </Stack>
    </Paper>
  )
}
