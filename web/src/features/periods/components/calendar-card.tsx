import { Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ISO_WEEKDAYS } from '../../../../../shared/rules/working-days.ts'
import { formatNumber } from '../../../lib/format.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useSetWorkingWeekdays } from '../api.ts'
import type { YearDetail } from '../api.ts'

/** The working week of a year: one checkbox per weekday, Monday first. */
export function CalendarCard(props: { year: YearDetail; canEdit: boolean }) {
  const { t } = useTranslation()
  const save = useSetWorkingWeekdays(props.year.year)
  const saved = props.year.calendar.workingWeekdays.map(String)
  const [draft, setDraft] = useState<string[] | null>(null)
  const value = draft ?? saved
  const dirty = draft !== null && [...draft].sort().join() !== [...saved].sort().join()

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="weekdays-title">
      <Stack gap="sm">
        <Title order={2} fz={18} id="weekdays-title">
          {t('periods.calendarTitle')}
        </Title>
        <Checkbox.Group
          label={t('periods.weekdaysLabel')}
          description={t('periods.weekdaysHint')}
          value={value}
          onChange={setDraft}
          error={value.length === 0 ? t('periods.weekdaysRequired') : undefined}
        >
          <Group gap="md" mt="xs" data-testid="weekday-checkboxes">
            {ISO_WEEKDAYS.map((d) => (
              <Checkbox
                key={d}
                value={String(d)}
                label={t(`periods.weekday.${d}`)}
                disabled={!props.canEdit}
              />
            ))}
          </Group>
        </Checkbox.Group>
        <Text size="sm" data-testid="working-day-count">
          {t('periods.workingDays', {
            count: props.year.calendar.workingDayCount,
            formatted: formatNumber(props.year.calendar.workingDayCount),
          })}
        </Text>
        {props.canEdit ? (
          <>
            <Text size="xs" c="dimmed">
              {t('periods.weekdaysNote')}
            </Text>
            <Group>
              <Button
                size="sm"
                disabled={!dirty || value.length === 0}
                loading={save.isPending}
                onClick={() =>
                  save.mutate(value.map(Number), {
                    onSuccess: () => {
                      setDraft(null)
                      notifySuccess(t('periods.weekdaysSaved'))
                    },
                    onError: (e) => notifyError(e),
                  })
                }
              >
                {t('periods.saveWeekdays')}
              </Button>
            </Group>
          </>
        ) : null}
      </Stack>
    </Paper>
  )
}
