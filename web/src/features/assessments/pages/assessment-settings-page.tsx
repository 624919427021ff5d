import { zodResolver } from '@hookform/resolvers/zod'
import { Alert, Button, Group, NumberInput, Radio, Stack, Text } from '@mantine/core'
import { IconBulb, IconCalendarPlus, IconChartBar, IconClockPlus } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import {
  DEFAULT_ASSESSMENT_SETTINGS,
  DISTRIBUTION_ENFORCEMENTS,
  assessmentSettingsSchema,
} from '../../../../../shared/assessments.ts'
import type { AssessmentSettings } from '../../../../../shared/assessments.ts'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { requiredField } from '../../../components/ui/required-field.ts'
import { SettingsSaveBar, SettingsSection } from '../../../components/ui/settings-form.tsx'
import { VersionConflictDialog } from '../../../components/ui/version-conflict-dialog.tsx'
import { ApiError } from '../../../lib/api-client.ts'
import { formatDate, todayIn } from '../../../lib/format.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useSessionUser } from '../../auth/api.ts'
import { conflictCurrent, isVersionConflict } from '../../skp/version-conflict.ts'
import { objectionExample } from '../admin-view.ts'
import {
  assessmentKeys,
  useAssessmentSettings,
  useExtensions,
  useSaveAssessmentSettings,
} from '../api.ts'
import { ExtensionDialog } from '../components/extension-dialog.tsx'
import { ExtensionList } from '../components/extension-list.tsx'
import { OrgPeriodPicker, usePeriodChoice } from '../components/org-period-picker.tsx'

const formSchema = assessmentSettingsSchema.omit({ version: true })
type Values = Omit<AssessmentSettings, 'version'>

function ConflictModal(props: {
  current: AssessmentSettings | null | undefined
  onClose: () => void
}) {
  const { t } = useTranslation()
  const qc = useQueryClient()
  const reload = () => {
    if (props.current) qc.setQueryData(assessmentKeys.settings, props.current)
    else void qc.invalidateQueries({ queryKey: assessmentKeys.settings })
    props.onClose()
  }
  return (
    <VersionConflictDialog
      opened={props.current !== undefined}
      title={t('penilaianAdmin.settings.conflictTitle')}
      laterLabel={t('penilaianAdmin.settings.conflictLater')}
      reloadLabel={t('penilaianAdmin.settings.conflictReload')}
      onReload={reload}
      onClose={props.onClose}
      testId="assessment-settings-conflict"
    >
      <Text size="sm">{t('penilaianAdmin.settings.conflictText')}</Text>
    </VersionConflictDialog>
  )
}

function SettingsForm(props: { saved: AssessmentSettings }) {
  const { t } = useTranslation()
  const me = useSessionUser()
  const save = useSaveAssessmentSettings()
  // undefined = no conflict; null = a conflict that came without the current settings.
  const [conflict, setConflict] = useState<AssessmentSettings | null | undefined>(undefined)
  const form = useForm<Values>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      distributionEnforcement: props.saved.distributionEnforcement,
      objectionDays: props.saved.objectionDays,
    },
  })
  const { isDirty } = form.formState
  const days = useWatch({ control: form.control, name: 'objectionDays' })
  const today = todayIn(me.instansiTimeZone ?? undefined)
  const until = objectionExample(today, days)

  const submit = form.handleSubmit((values) =>
    save.mutate(
      { ...values, version: props.saved.version },
      {
        onSuccess: () => notifySuccess(t('penilaianAdmin.settings.saved')),
        onError: (e) => {
          if (isVersionConflict(e) || (e instanceof ApiError && e.status === 409)) {
            setConflict(conflictCurrent<AssessmentSettings>(e))
            return
          }
          notifyError(e)
        },
      },
    ),
  )

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="assessment-settings-form">
      <Stack gap="md">
        <SettingsSection
          id="assessment-settings-distribution"
          title={t('penilaianAdmin.settings.distributionTitle')}
          icon={<IconChartBar size={20} aria-hidden />}
        >
          <Controller
            control={form.control}
            name="distributionEnforcement"
            render={({ field }) => (
              <Radio.Group
                label={t('penilaianAdmin.settings.enforcement')}
                description={t('penilaianAdmin.settings.enforcementHint')}
                {...requiredField}
                value={field.value}
                onChange={(v) => field.onChange(v)}
              >
                <Stack gap="sm" mt="xs">
                  {DISTRIBUTION_ENFORCEMENTS.map((v) => (
                    <Radio.Card
                      key={v}
                      value={v}
                      radius="md"
                      p="md"
                      data-testid={`setting-enforcement-${v}`}
                    >
                      <Group wrap="nowrap" align="flex-start" gap="sm">
                        <Radio.Indicator mt={2} />
                        <Stack gap={4} style={{ minWidth: 0 }}>
                          <Text fw={700}>
                            {t(`penilaianAdmin.settings.enforcementOption.${v}`)}
                          </Text>
                          <Text size="sm">{t(`penilaianAdmin.settings.enforcementText.${v}`)}</Text>
                        </Stack>
                      </Group>
                    </Radio.Card>
                  ))}
                </Stack>
              </Radio.Group>
            )}
          />
        </SettingsSection>

        <SettingsSection
          id="assessment-settings-objection"
          title={t('penilaianAdmin.settings.objectionTitle')}
          icon={<IconClockPlus size={20} aria-hidden />}
        >
          <Controller
            control={form.control}
            name="objectionDays"
            render={({ field, fieldState }) => (
              <NumberInput
                label={t('penilaianAdmin.settings.objectionDays')}
                description={t('penilaianAdmin.settings.objectionDaysHint')}
                {...requiredField}
                min={1}
                max={60}
                allowDecimal={false}
                allowNegative={false}
                clampBehavior="none"
                value={field.value}
                onChange={(v) =>
                  field.onChange(typeof v === 'number' ? v : v === '' ? Number.NaN : Number(v))
                }
                onBlur={field.onBlur}
                name={field.name}
                ref={field.ref}
                error={fieldState.error?.message}
                maw={320}
                data-testid="setting-objectionDays"
              />
            )}
          />
          {until ? (
            <Alert
              color="kinerja"
              variant="light"
              icon={<IconBulb aria-hidden />}
              data-testid="objection-example"
            >
              {t('penilaianAdmin.settings.objectionExample', {
                from: formatDate(today),
                until: formatDate(until),
              })}
            </Alert>
          ) : null}
        </SettingsSection>

        <SettingsSaveBar
          dirty={isDirty}
          saving={save.isPending}
          onUseDefaults={() => form.reset(DEFAULT_ASSESSMENT_SETTINGS, { keepDefaultValues: true })}
          useDefaultsLabel={t('penilaianAdmin.settings.useDefaults')}
          unsavedLabel={t('penilaianAdmin.settings.unsaved')}
          saveTestId="assessment-settings-save"
        />
      </Stack>
      <ConflictModal current={conflict} onClose={() => setConflict(undefined)} />
    </form>
  )
}

/** Extensions of the batas pengisian for the chosen period. */
function ExtensionsSection() {
  const { t } = useTranslation()
  const me = useSessionUser()
  const choice = usePeriodChoice()
  const period = choice.period
  const list = useExtensions(period?.id)
  const [adding, setAdding] = useState(false)
  const noYear =
    choice.yearDetail.error instanceof ApiError && choice.yearDetail.error.status === 404

  return (
    <SettingsSection
      id="assessment-settings-extensions"
      title={t('penilaianAdmin.extensions.title')}
      icon={<IconCalendarPlus size={20} aria-hidden />}
    >
      <Text size="sm" c="dimmed">
        {t('penilaianAdmin.extensions.intro')}
      </Text>
      <OrgPeriodPicker choice={choice} label={t('penilaianAdmin.period.filters')} />
      {noYear || (choice.yearDetail.data && !period) ? (
        <Text size="sm" c="dimmed" data-testid="extensions-no-period">
          {t('penilaianAdmin.period.noYear', { year: choice.year })}{' '}
          {t('penilaianAdmin.period.noYearText')}
        </Text>
      ) : choice.yearDetail.isError ? (
        <ErrorState
          error={choice.yearDetail.error}
          onRetry={() => void choice.yearDetail.refetch()}
        />
      ) : !period || list.isPending ? (
        <LoadingState rows={2} />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Stack gap="sm" data-testid="extensions">
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Text size="sm" fw={600}>
              {t('penilaianAdmin.extensions.count', {
                count: list.data.items.length,
                period: period.name,
              })}
            </Text>
            <Button
              leftSection={<IconCalendarPlus size={18} aria-hidden />}
              onClick={() => setAdding(true)}
              data-testid="extension-add"
            >
              {t('penilaianAdmin.extensions.add')}
            </Button>
          </Group>
          {list.data.items.length === 0 ? (
            <EmptyState
              testId="extensions-empty"
              icon={<IconCalendarPlus size={30} />}
              title={t('penilaianAdmin.extensions.emptyTitle')}
              description={t('penilaianAdmin.extensions.empty', {
                date: formatDate(period.deadline),
              })}
            />
          ) : (
            <ExtensionList
              periodId={period.id}
              periodName={period.name}
              items={list.data.items}
              timeZone={me.instansiTimeZone ?? undefined}
            />
          )}
          <ExtensionDialog
            key={period.id}
            period={period}
            opened={adding}
            onClose={() => setAdding(false)}
          />
        </Stack>
      )}
    </SettingsSection>
  )
}

/** `/penilaian/pengaturan` (admin): the instansi's assessment rules and deadline extensions. */
export function AssessmentSettingsPage() {
  const { t } = useTranslation()
  const settings = useAssessmentSettings()
  return (
    <Stack gap="md">
      <PageHeader
        title={t('penilaianAdmin.settings.title')}
        description={t('penilaianAdmin.settings.description')}
      />
      {settings.isPending ? (
        <LoadingState rows={4} />
      ) : settings.isError ? (
        <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        // A new version (saved here or loaded after a conflict) starts a fresh form.
        <SettingsForm key={settings.data.version} saved={settings.data} />
      )}
      <ExtensionsSection />
    </Stack>
  )
}
