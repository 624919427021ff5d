import { zodResolver } from '@hookform/resolvers/zod'
import { Alert, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconBulb, IconPercentage, IconScale, IconStairsUp } from '@tabler/icons-react'
import { useState } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import type { Control, FieldPath } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { akSettingsUpdateSchema, type AkSettings } from '../../../../../shared/followup.ts'
import {
  JF_JENJANG,
  JF_JENJANG_LABEL,
  NEXT_JENJANG,
  angkaKredit,
} from '../../../../../shared/rules/angka-kredit.ts'
import { PREDIKAT, PREDIKAT_LABEL } from '../../../../../shared/rules/predikat.ts'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { requiredField } from '../../../components/ui/required-field.ts'
import { SettingsSaveBar, SettingsSection } from '../../../components/ui/settings-form.tsx'
import { applyServerFieldErrors } from '../../../lib/form.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { conflictCurrent, isVersionConflict } from '../../skp/version-conflict.ts'
import { followupKeys, useAkSettings, useSaveAkSettings } from '../api.ts'
import {
  BackToHub,
  SettingsConflictModal,
  SettingsUpdatedAt,
} from '../components/settings-parts.tsx'
import {
  akSettingsValues,
  defaultAkSettingsValues,
  formatAk,
  toNumber,
  type AkSettingsValues,
} from '../followup-view.ts'

const formSchema = akSettingsUpdateSchema.omit({ version: true })

/** One number of a settings table; `nullable` inputs may be left empty (stored as null). */
function NumberField(props: {
  control: Control<AkSettingsValues>
  name: FieldPath<AkSettingsValues>
  label: string
  suffix?: string
  nullable?: boolean
  description?: string
  testId: string
}) {
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field, fieldState }) => {
        const value = field.value as number | null
        return (
          <NumberInput
            label={props.label}
            description={props.description}
            {...(props.nullable ? {} : requiredField)}
            min={0}
            decimalScale={3}
            decimalSeparator=","
            thousandSeparator="."
            allowNegative={false}
            suffix={props.suffix}
            value={value === null || Number.isNaN(value) ? '' : value}
            onChange={(v) => {
              const n = toNumber(v)
              field.onChange(props.nullable && Number.isNaN(n) ? null : n)
            }}
            onBlur={field.onBlur}
            ref={field.ref}
            error={fieldState.error?.message}
            data-testid={props.testId}
          />
        )
      }}
    />
  )
}

/** The worked check of domain.md with the values in the form: Ahli Pertama, 12 months. */
function Example(props: { control: Control<AkSettingsValues> }) {
  const { t } = useTranslation()
  const values = useWatch({ control: props.control })
  const share = values.sharePercent?.sangat_baik
  const koef = values.koefisien?.ahli_pertama
  if (typeof share !== 'number' || typeof koef !== 'number' || Number.isNaN(share + koef))
    return null
  return (
    <Alert
      color="kinerja"
      variant="light"
      icon={<IconBulb aria-hidden />}
      data-testid="ak-settings-example"
    >
      {t('followup.settings.akExample', {
        share: share,
        koefisien: formatAk(koef),
        ak12: formatAk(angkaKredit(share, koef, 12)),
        ak6: formatAk(angkaKredit(share, koef, 6)),
      })}
    </Alert>
  )
}

function AkSettingsForm(props: { saved: AkSettings }) {
  const { t } = useTranslation()
  const save = useSaveAkSettings()
  const [conflict, setConflict] = useState<AkSettings | null | undefined>(undefined)
  const form = useForm<AkSettingsValues>({
    resolver: zodResolver(formSchema),
    defaultValues: akSettingsValues(props.saved),
  })
  const submit = form.handleSubmit((values) =>
    save.mutate(
      { ...values, version: props.saved.version },
      {
        onSuccess: () => notifySuccess(t('followup.settings.saved')),
        onError: (e) => {
          if (isVersionConflict(e)) {
            setConflict(conflictCurrent<AkSettings>(e))
            return
          }
          if (
            !applyServerFieldErrors(e, form.setError, [
              'sharePercent',
              'koefisien',
              'akForNextJenjang',
            ])
          )
            notifyError(e)
        },
      },
    ),
  )
  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="ak-settings-form">
      <Stack gap="md">
        <SettingsUpdatedAt at={props.saved.updatedAt} />
        <SettingsSection
          id="ak-share"
          title={t('followup.settings.shareTitle')}
          icon={<IconPercentage size={20} aria-hidden />}
        >
          <Text size="sm" c="dimmed">
            {t('followup.settings.shareHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
            {PREDIKAT.map((p) => (
              <NumberField
                key={p}
                control={form.control}
                name={`sharePercent.${p}`}
                label={PREDIKAT_LABEL[p]}
                suffix=" %"
                testId={`ak-share-${p}`}
              />
            ))}
          </SimpleGrid>
        </SettingsSection>
        <SettingsSection
          id="ak-koefisien"
          title={t('followup.settings.koefisienTitle')}
          icon={<IconScale size={20} aria-hidden />}
        >
          <Text size="sm" c="dimmed">
            {t('followup.settings.koefisienHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
            {JF_JENJANG.map((j) => (
              <NumberField
                key={j}
                control={form.control}
                name={`koefisien.${j}`}
                label={JF_JENJANG_LABEL[j]}
                testId={`ak-koefisien-${j}`}
              />
            ))}
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t('followup.settings.pemulaNote')}
          </Text>
          <Example control={form.control} />
        </SettingsSection>
        <SettingsSection
          id="ak-next"
          title={t('followup.settings.nextTitle')}
          icon={<IconStairsUp size={20} aria-hidden />}
        >
          <Text size="sm" c="dimmed">
            {t('followup.settings.nextHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
            {JF_JENJANG.map((j) => {
              const next = NEXT_JENJANG[j]
              return (
                <NumberField
                  key={j}
                  control={form.control}
                  name={`akForNextJenjang.${j}`}
                  label={
                    next
                      ? t('followup.settings.nextLabel', {
                          from: JF_JENJANG_LABEL[j],
                          to: JF_JENJANG_LABEL[next],
                        })
                      : t('followup.settings.nextTop', { from: JF_JENJANG_LABEL[j] })
                  }
                  nullable
                  testId={`ak-next-${j}`}
                />
              )
            })}
          </SimpleGrid>
        </SettingsSection>
        <SettingsSaveBar
          dirty={form.formState.isDirty}
          saving={save.isPending}
          onUseDefaults={() => form.reset(defaultAkSettingsValues(), { keepDefaultValues: true })}
          useDefaultsLabel={t('followup.settings.useDefaults')}
          unsavedLabel={t('followup.settings.unsaved')}
          saveTestId="ak-settings-save"
        />
      </Stack>
      <SettingsConflictModal
        current={conflict}
        queryKey={followupKeys.akSettings}
        testId="ak-settings-conflict"
        onClose={() => setConflict(undefined)}
      />
    </form>
  )
}

/** `/tindak-lanjut/angka-kredit/pengaturan` (admin): the AK tables of the instansi. */
export function AkSettingsPage() {
  const { t } = useTranslation()
  const settings = useAkSettings()
  return (
    <Stack gap="md">
      <BackToHub tab="ak" />
      <PageHeader
        title={t('followup.settings.akTitle')}
        description={t('followup.settings.akDescription')}
      />
      {settings.isPending ? (
        <LoadingState rows={4} />
      ) : settings.isError ? (
        <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <AkSettingsForm key={settings.data.version} saved={settings.data} />
      )}
    </Stack>
  )
}
