import { zodResolver } from '@hookform/resolvers/zod'
import { Alert, NumberInput, SimpleGrid, Stack, Text, Textarea } from '@mantine/core'
import { IconBulb, IconCash, IconNotes, IconPercentage } from '@tabler/icons-react'
import { useState } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import type { Control, FieldPath } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { tppSettingsUpdateSchema, type TppSettings } from '../../../../../shared/followup.ts'
import { JABATAN_JENIS, JABATAN_JENIS_LABEL } from '../../../../../shared/org.ts'
import { PREDIKAT, PREDIKAT_LABEL } from '../../../../../shared/rules/predikat.ts'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { requiredField } from '../../../components/ui/required-field.ts'
import { SettingsSaveBar, SettingsSection } from '../../../components/ui/settings-form.tsx'
import { applyServerFieldErrors, emptyToNull } from '../../../lib/form.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { conflictCurrent, isVersionConflict } from '../../skp/version-conflict.ts'
import { followupKeys, useSaveTppSettings, useTppSettings } from '../api.ts'
import {
  BackToHub,
  SettingsConflictModal,
  SettingsUpdatedAt,
} from '../components/settings-parts.tsx'
import { TppExampleBanner } from '../components/example-banner.tsx'
import {
  formatRupiah,
  toNumber,
  tppExample,
  tppSettingsValues,
  type TppSettingsValues,
} from '../followup-view.ts'

const formSchema = tppSettingsUpdateSchema.omit({ version: true })

function AmountField(props: {
  control: Control<TppSettingsValues>
  name: FieldPath<TppSettingsValues>
  label: string
  kind: 'percent' | 'rupiah'
  description?: string
  testId: string
}) {
  const rupiah = props.kind === 'rupiah'
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field, fieldState }) => {
        const value = field.value as number
        return (
          <NumberInput
            label={props.label}
            description={props.description}
            {...requiredField}
            min={0}
            allowNegative={false}
            allowDecimal={!rupiah}
            decimalScale={rupiah ? 0 : 2}
            decimalSeparator=","
            thousandSeparator="."
            prefix={rupiah ? 'Rp ' : undefined}
            suffix={rupiah ? undefined : ' %'}
            value={Number.isNaN(value) ? '' : value}
            onChange={(v) => field.onChange(toNumber(v))}
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

/** What the form means in money: a Pelaksana with Baik and with Butuh Perbaikan. */
function Example(props: { control: Control<TppSettingsValues> }) {
  const { t } = useTranslation()
  const values = useWatch({ control: props.control }) as TppSettingsValues
  const baik = tppExample(values, 'pelaksana', 'baik')
  const bp = tppExample(values, 'pelaksana', 'butuh_perbaikan')
  if (!baik || !bp) return null
  return (
    <Alert
      color="kinerja"
      variant="light"
      icon={<IconBulb aria-hidden />}
      data-testid="tpp-settings-example"
    >
      {t('followup.tppSettings.example', {
        basis: formatRupiah(baik.basis),
        share: values.performanceSharePercent,
        part: formatRupiah(baik.performancePart),
        baik: formatRupiah(baik.paid),
        bp: formatRupiah(bp.paid),
      })}
    </Alert>
  )
}

function TppSettingsForm(props: { saved: TppSettings }) {
  const { t } = useTranslation()
  const save = useSaveTppSettings()
  const [conflict, setConflict] = useState<TppSettings | null | undefined>(undefined)
  const form = useForm<TppSettingsValues>({
    resolver: zodResolver(formSchema),
    defaultValues: tppSettingsValues(props.saved),
  })
  const submit = form.handleSubmit((values) =>
    save.mutate(
      { ...values, version: props.saved.version },
      {
        onSuccess: () => notifySuccess(t('followup.settings.saved')),
        onError: (e) => {
          if (isVersionConflict(e)) {
            setConflict(conflictCurrent<TppSettings>(e))
            return
          }
          if (
            !applyServerFieldErrors(e, form.setError, [
              'performanceSharePercent',
              'percentByPredikat',
              'basisByJenis',
              'note',
            ])
          )
            notifyError(e)
        },
      },
    ),
  )
  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="tpp-settings-form">
      <Stack gap="md">
        {props.saved.isExample ? <TppExampleBanner /> : null}
        <SettingsUpdatedAt at={props.saved.updatedAt} />
        <SettingsSection
          id="tpp-share"
          title={t('followup.tppSettings.shareTitle')}
          icon={<IconPercentage size={20} aria-hidden />}
        >
          <Text size="sm" c="dimmed">
            {t('followup.tppSettings.shareHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
            <AmountField
              control={form.control}
              name="performanceSharePercent"
              label={t('followup.tppSettings.performanceShare')}
              kind="percent"
              testId="tpp-performance-share"
            />
          </SimpleGrid>
          <Text size="sm" fw={600} mt="xs">
            {t('followup.tppSettings.percentTitle')}
          </Text>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
            {PREDIKAT.map((p) => (
              <AmountField
                key={p}
                control={form.control}
                name={`percentByPredikat.${p}`}
                label={PREDIKAT_LABEL[p]}
                kind="percent"
                testId={`tpp-percent-${p}`}
              />
            ))}
          </SimpleGrid>
        </SettingsSection>
        <SettingsSection
          id="tpp-basis"
          title={t('followup.tppSettings.basisTitle')}
          icon={<IconCash size={20} aria-hidden />}
        >
          <Text size="sm" c="dimmed">
            {t('followup.tppSettings.basisHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
            {JABATAN_JENIS.map((j) => (
              <AmountField
                key={j}
                control={form.control}
                name={`basisByJenis.${j}`}
                label={JABATAN_JENIS_LABEL[j]}
                kind="rupiah"
                testId={`tpp-basis-${j}`}
              />
            ))}
          </SimpleGrid>
          <Example control={form.control} />
        </SettingsSection>
        <SettingsSection
          id="tpp-note"
          title={t('followup.tppSettings.noteTitle')}
          icon={<IconNotes size={20} aria-hidden />}
        >
          <Textarea
            label={t('followup.tppSettings.note')}
            description={t('followup.tppSettings.noteHint')}
            autosize
            minRows={2}
            maxLength={1000}
            error={form.formState.errors.note?.message}
            {...form.register('note', { setValueAs: emptyToNull })}
            data-testid="tpp-note"
          />
        </SettingsSection>
        <SettingsSaveBar
          // The example table may be adopted as it is: saving it makes it the instansi's own.
          dirty={form.formState.isDirty || props.saved.isExample}
          saving={save.isPending}
          onUseDefaults={() => form.reset()}
          useDefaultsLabel={t('followup.tppSettings.undo')}
          unsavedLabel={
            form.formState.isDirty
              ? t('followup.settings.unsaved')
              : t('followup.tppSettings.adoptExample')
          }
          saveTestId="tpp-settings-save"
        />
      </Stack>
      <SettingsConflictModal
        current={conflict}
        queryKey={followupKeys.tppSettings}
        testId="tpp-settings-conflict"
        onClose={() => setConflict(undefined)}
      />
    </form>
  )
}

/** `/tindak-lanjut/tpp/pengaturan` (admin): the instansi's TPP performance table. */
export function TppSettingsPage() {
  const { t } = useTranslation()
  const settings = useTppSettings()
  return (
    <Stack gap="md">
      <BackToHub tab="tpp" />
      <PageHeader
        title={t('followup.tppSettings.title')}
        description={t('followup.tppSettings.description')}
      />
      {settings.isPending ? (
        <LoadingState rows={4} />
      ) : settings.isError ? (
        <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <TppSettingsForm key={settings.data.version} saved={settings.data} />
      )}
    </Stack>
  )
}
