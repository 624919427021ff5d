import { zodResolver } from '@hookform/resolvers/zod'
import { Alert, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconBulb, IconClockHour4 } from '@tabler/icons-react'
import { useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import {
  DEFAULT_HELPDESK_SETTINGS,
  helpdeskSettingsSchema,
} from '../../../../../shared/helpdesk.ts'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import {
  IntegerSettingField,
  SettingsSaveBar,
  SettingsSection,
} from '../../../components/ui/settings-form.tsx'
import { applyServerFieldErrors } from '../../../lib/form.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useHelpdeskSettings, useSaveHelpdeskSettings } from '../api.ts'
import type { HelpdeskSettings } from '../api.ts'
import { HelpdeskBackLink } from '../components/back-link.tsx'
import { formatDuration } from '../components/sla-text.tsx'

/** The decision's defaults (0011): a first answer within 8 hours, resolved within 72. */
const DEFAULTS: HelpdeskSettings = { ...DEFAULT_HELPDESK_SETTINGS }
const FIELDS = ['firstResponseHours', 'resolutionHours'] as const

function SettingsForm(props: { saved: HelpdeskSettings }) {
  const { t } = useTranslation()
  const save = useSaveHelpdeskSettings()
  const form = useForm<HelpdeskSettings>({
    resolver: zodResolver(helpdeskSettingsSchema),
    defaultValues: props.saved,
  })
  const values = useWatch({ control: form.control })
  const hoursSuffix = ` ${t('helpdesk.settings.hoursSuffix')}`
  const submit = form.handleSubmit((v) =>
    save.mutate(v, {
      onSuccess: (saved) => {
        form.reset(saved)
        notifySuccess(t('helpdesk.settings.saved'))
      },
      onError: (e) => {
        if (!applyServerFieldErrors(e, form.setError, FIELDS)) notifyError(e)
      },
    }),
  )
  const first = Number(values.firstResponseHours)
  const resolution = Number(values.resolutionHours)
  const valid =
    Number.isInteger(first) && first > 0 && Number.isInteger(resolution) && resolution > 0
  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="helpdesk-settings-form">
      <Stack gap="md">
        <SettingsSection
          id="helpdesk-sla"
          title={t('helpdesk.settings.slaTitle')}
          icon={<IconClockHour4 size={20} aria-hidden />}
        >
          <Text size="sm" c="dimmed">
            {t('helpdesk.settings.intro')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <IntegerSettingField
              control={form.control}
              name="firstResponseHours"
              min={1}
              suffix={hoursSuffix}
              label={t('helpdesk.settings.firstResponseHours')}
              hint={t('helpdesk.settings.firstResponseHoursHint')}
              max={720}
            />
            <IntegerSettingField
              control={form.control}
              name="resolutionHours"
              min={1}
              suffix={hoursSuffix}
              label={t('helpdesk.settings.resolutionHours')}
              hint={t('helpdesk.settings.resolutionHoursHint')}
              max={2160}
            />
          </SimpleGrid>
          {valid ? (
            <Alert
              color="kinerja"
              variant="light"
              icon={<IconBulb aria-hidden />}
              data-testid="helpdesk-settings-example"
            >
              {t('helpdesk.settings.example', {
                first: formatDuration(t, first * 60),
                resolution: formatDuration(t, resolution * 60),
              })}
            </Alert>
          ) : null}
        </SettingsSection>
        <SettingsSaveBar
          dirty={form.formState.isDirty}
          saving={save.isPending}
          onUseDefaults={() => form.reset(DEFAULTS, { keepDefaultValues: true })}
          useDefaultsLabel={t('helpdesk.settings.useDefaults')}
          unsavedLabel={t('helpdesk.settings.unsaved')}
          saveTestId="helpdesk-settings-save"
        />
      </Stack>
    </form>
  )
}

/** `/helpdesk/pengaturan` (admin): the SLA hours of the instansi's helpdesk. */
export function HelpdeskSettingsPage() {
  const { t } = useTranslation()
  const settings = useHelpdeskSettings()
  return (
    <Stack gap="md">
      <div>
        <HelpdeskBackLink to="/helpdesk" />
        <PageHeader
          title={t('helpdesk.settings.title')}
          description={t('helpdesk.settings.description')}
        />
      </div>
      {settings.isPending ? (
        <LoadingState rows={3} />
      ) : settings.isError ? (
        <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <SettingsForm saved={settings.data} />
      )}
    </Stack>
  )
}
