import { zodResolver } from '@hookform/resolvers/zod'
import { Alert, List, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconAlarm, IconBulb, IconClockExclamation, IconFlag } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import {
  DEFAULT_ACTIVITY_SETTINGS,
  activitySettingsInputSchema,
} from '../../../../../shared/activities.ts'
import { MAX_LATENESS_WORKING_DAYS } from '../../../../../shared/rules/lateness.ts'
import {
  DEFAULT_WORKING_WEEKDAYS,
  workingCalendar,
} from '../../../../../shared/rules/working-days.ts'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import {
  IntegerSettingField,
  SettingsSaveBar,
  SettingsSection,
} from '../../../components/ui/settings-form.tsx'
import { VersionConflictDialog } from '../../../components/ui/version-conflict-dialog.tsx'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useSessionUser } from '../../auth/api.ts'
import { useCurrentPeriod, useYear } from '../../periods/api.ts'
import { formatDayLong, zoneKey } from '../../periods/labels.ts'
import { conflictCurrent, isVersionConflict } from '../../skp/version-conflict.ts'
import { activitySettingsKey, useActivitySettings, useSaveActivitySettings } from '../api.ts'
import type { ActivitySettings } from '../api.ts'
import { latenessExamples } from '../lateness-example.ts'

/** The lateness rule with examples from the instansi's own calendar of this year. */
function LatenessExamples(props: { workingDaysAfter: number }) {
  const { t } = useTranslation()
  const current = useCurrentPeriod()
  const yearNumber = current.data?.year?.year ?? null
  const year = useYear(yearNumber)
  if (!current.data) return null
  const cal = year.data
    ? workingCalendar(
        year.data.calendar.workingWeekdays,
        year.data.holidays.map((h) => h.date),
      )
    : workingCalendar(DEFAULT_WORKING_WEEKDAYS)
  const examples = Number.isInteger(props.workingDaysAfter)
    ? latenessExamples(current.data.today, props.workingDaysAfter, cal)
    : []
  return (
    <Alert
      color="kinerja"
      variant="light"
      icon={<IconBulb aria-hidden />}
      title={t('activitySettings.lateness.example')}
      data-testid="lateness-example"
    >
      <List size="sm" spacing={4}>
        {examples.map((ex) => (
          <List.Item key={ex.day}>
            {t('activitySettings.lateness.exampleLine', {
              day: formatDayLong(ex.day),
              deadline: formatDayLong(ex.deadline),
            })}
          </List.Item>
        ))}
      </List>
      <Text size="xs" mt={6}>
        {year.data
          ? t('activitySettings.lateness.calendarNote', { year: year.data.year })
          : t('activitySettings.lateness.noCalendar')}
      </Text>
    </Alert>
  )
}

function ConflictModal(props: {
  current: ActivitySettings | null | undefined
  onClose: () => void
}) {
  const { t } = useTranslation()
  const qc = useQueryClient()
  const reload = () => {
    if (props.current) qc.setQueryData(activitySettingsKey, props.current)
    else void qc.invalidateQueries({ queryKey: activitySettingsKey })
    props.onClose()
  }
  return (
    <VersionConflictDialog
      opened={props.current !== undefined}
      title={t('activitySettings.conflictTitle')}
      laterLabel={t('activitySettings.conflictLater')}
      reloadLabel={t('activitySettings.conflictReload')}
      onReload={reload}
      onClose={props.onClose}
      testId="settings-conflict"
    >
      <Text size="sm">{t('activitySettings.conflictText')}</Text>
    </VersionConflictDialog>
  )
}

function SettingsForm(props: { saved: ActivitySettings }) {
  const { t } = useTranslation()
  const me = useSessionUser()
  const save = useSaveActivitySettings()
  // undefined = no conflict; null = a conflict that came without the current settings.
  const [conflict, setConflict] = useState<ActivitySettings | null | undefined>(undefined)
  const form = useForm<ActivitySettings>({
    resolver: zodResolver(activitySettingsInputSchema),
    defaultValues: props.saved,
  })
  const { isDirty } = form.formState
  const lateWorkingDays = useWatch({ control: form.control, name: 'lateWorkingDays' })
  const key = zoneKey(me.instansiTimeZone)
  const zone = key ? t(`periods.zoneShort.${key}`) : (me.instansiTimeZone ?? '')

  const submit = form.handleSubmit((values) =>
    save.mutate(
      { ...values, version: props.saved.version },
      {
        onSuccess: () => notifySuccess(t('activitySettings.saved')),
        onError: (e) => {
          if (isVersionConflict(e)) {
            setConflict(conflictCurrent<ActivitySettings>(e))
            return
          }
          notifyError(e)
        },
      },
    ),
  )

  const dayOptions = Array.from({ length: MAX_LATENESS_WORKING_DAYS + 1 }, (_, n) => ({
    value: String(n),
    label:
      n === 0
        ? t('activitySettings.lateness.optionSameDay')
        : n === 1
          ? t('activitySettings.lateness.optionNextDay')
          : t('activitySettings.lateness.optionNDays', { n }),
  }))
  const hourOptions = Array.from({ length: 24 }, (_, h) => ({
    value: String(h),
    label: t('activitySettings.reminders.hourOption', { hour: String(h).padStart(2, '0') }),
  }))

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="activity-settings-form">
      <Stack gap="md">
        <SettingsSection
          id="settings-lateness"
          title={t('activitySettings.lateness.title')}
          icon={<IconClockExclamation size={20} aria-hidden />}
        >
          <Controller
            control={form.control}
            name="lateWorkingDays"
            render={({ field, fieldState }) => (
              <NativeSelect
                label={t('activitySettings.lateness.label')}
                description={t('activitySettings.lateness.hint', { zone })}
                data={dayOptions}
                value={String(field.value)}
                onChange={(e) => field.onChange(Number(e.currentTarget.value))}
                onBlur={field.onBlur}
                ref={field.ref}
                error={fieldState.error?.message}
                maw={520}
                data-testid="setting-lateWorkingDays"
              />
            )}
          />
          <LatenessExamples workingDaysAfter={lateWorkingDays} />
        </SettingsSection>

        <SettingsSection
          id="settings-reminders"
          title={t('activitySettings.reminders.title')}
          icon={<IconAlarm size={20} aria-hidden />}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Controller
              control={form.control}
              name="reminderHour"
              render={({ field, fieldState }) => (
                <NativeSelect
                  label={t('activitySettings.reminders.reminderHour')}
                  description={t('activitySettings.reminders.reminderHourHint', { zone })}
                  data={hourOptions}
                  value={String(field.value)}
                  onChange={(e) => field.onChange(Number(e.currentTarget.value))}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  error={fieldState.error?.message}
                  data-testid="setting-reminderHour"
                />
              )}
            />
            <IntegerSettingField
              control={form.control}
              name="deadlineReminderDays"
              label={t('activitySettings.reminders.deadlineDays')}
              hint={t('activitySettings.reminders.deadlineDaysHint')}
              min={1}
              max={30}
            />
          </SimpleGrid>
        </SettingsSection>

        <SettingsSection
          id="settings-alignment"
          title={t('activitySettings.alignment.title')}
          icon={<IconFlag size={20} aria-hidden />}
        >
          <Text size="sm" c="dimmed">
            {t('activitySettings.alignment.intro')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <IntegerSettingField
              control={form.control}
              name="minDescriptionChars"
              label={t('activitySettings.alignment.minDescriptionChars')}
              hint={t('activitySettings.alignment.minDescriptionCharsHint')}
              min={0}
              max={500}
            />
            <IntegerSettingField
              control={form.control}
              name="maxEntryHours"
              label={t('activitySettings.alignment.maxEntryHours')}
              hint={t('activitySettings.alignment.maxEntryHoursHint')}
              min={1}
              max={24}
            />
            <IntegerSettingField
              control={form.control}
              name="staleRhkWeeks"
              label={t('activitySettings.alignment.staleRhkWeeks')}
              hint={t('activitySettings.alignment.staleRhkWeeksHint')}
              min={1}
              max={52}
            />
            <IntegerSettingField
              control={form.control}
              name="duplicateMinCount"
              label={t('activitySettings.alignment.duplicateMinCount')}
              hint={t('activitySettings.alignment.duplicateMinCountHint')}
              min={2}
              max={100}
            />
          </SimpleGrid>
        </SettingsSection>

        <SettingsSaveBar
          dirty={isDirty}
          saving={save.isPending}
          onUseDefaults={() =>
            form.reset(
              { ...DEFAULT_ACTIVITY_SETTINGS, version: props.saved.version },
              { keepDefaultValues: true },
            )
          }
          useDefaultsLabel={t('activitySettings.useDefaults')}
          unsavedLabel={t('activitySettings.unsaved')}
          saveTestId="settings-save"
        />
      </Stack>
      <ConflictModal current={conflict} onClose={() => setConflict(undefined)} />
    </form>
  )
}

/** `/pengaturan` (admin): the instansi's rules for daily progress. */
export function ActivitySettingsPage() {
  const { t } = useTranslation()
  const settings = useActivitySettings()
  return (
    <Stack gap="md">
      <PageHeader
        title={t('activitySettings.title')}
        description={t('activitySettings.description')}
      />
      {settings.isPending ? (
        <LoadingState rows={6} />
      ) : settings.isError ? (
        <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        // A new version (saved here or loaded after a conflict) starts a fresh form.
        <SettingsForm key={settings.data.version} saved={settings.data} />
      )}
    </Stack>
  )
}
