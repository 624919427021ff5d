import { zodResolver } from '@hookform/resolvers/zod'
import {
  ActionIcon,
  Alert,
  Autocomplete,
  Button,
  Checkbox,
  Grid,
  Group,
  Loader,
  Modal,
  NativeSelect,
  NumberInput,
  Paper,
  Radio,
  Stack,
  Switch,
  Text,
  Textarea,
  Title,
} from '@mantine/core'
import { IconBulb, IconPlus, IconTrash } from '@tabler/icons-react'
import { useCallback, useEffect, useMemo, useRef } from 'react'
import { Controller, useFieldArray, useForm, useWatch } from 'react-hook-form'
import type { FieldPath, Resolver, UseFormReturn } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { ASPEK, PERSPEKTIF, RHK_JENIS } from '../../../../../shared/skp.ts'
import type {
  Aspek,
  PerjanjianKinerja,
  Perspektif,
  Rhk,
  RhkJenis,
  Skp,
} from '../../../../../shared/skp.ts'
import { requiredField } from '../../../components/ui/required-field.ts'
import { ApiError } from '../../../lib/api-client.ts'
import { errorMessage } from '../../../lib/error-message.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { notifySuccess } from '../../../lib/notify.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { PegawaiPicker } from '../../org/components/pegawai-picker.tsx'
import { useAtasanRhk } from '../api.ts'
import type { AtasanRhkOptions } from '../api.ts'
import {
  emptyIndikator,
  emptyRhk,
  formToRhk,
  parseTargetNumber,
  rhkFormSchema,
  rhkToForm,
} from '../rhk-form.ts'
import type { RhkFormContext, RhkFormValues } from '../rhk-form.ts'
import { contentFromSkp, upsertRhk } from '../skp-content.ts'
import type { SkpWriter } from './use-skp-writer.tsx'

type PkTarget = PerjanjianKinerja['targets'][number]

const SATUAN_SUGGESTIONS = [
  'Laporan',
  'Dokumen',
  'Kegiatan',
  'Berkas',
  'Orang',
  'Surat',
  'Data',
  '%',
  'Hari',
  'Bulan',
  'Rupiah',
]

/**
 * Server field errors of the whole-content PUT (`rhk.3.indikator.0.targetValue`) are put
 * on this dialog's inputs when they belong to the RHK being saved.
 */
function applyRhkFieldErrors(
  error: unknown,
  index: number,
  form: UseFormReturn<RhkFormValues>,
): boolean {
  if (!(error instanceof ApiError)) return false
  let marked = false
  for (const [path, message] of Object.entries(error.fields)) {
    const m = /(?:^|\.)rhk\.(\d+)\.(.+)$/.exec(path)
    if (!m || Number(m[1]) !== index || !m[2]) continue
    form.setError(
      m[2] as FieldPath<RhkFormValues>,
      { type: 'server', message },
      {
        shouldFocus: !marked,
      },
    )
    marked = true
  }
  return marked
}

/** Where the RHK's "RHK atasan" options come from: the atasan, or a team lead (penugasan). */
function InterventionField(props: {
  form: UseFormReturn<RhkFormValues>
  options: AtasanRhkOptions | undefined
  loading: boolean
  error: unknown
  year: number
  penugasan: boolean
  ownPegawaiId: string
}) {
  const { t } = useTranslation()
  const { form, options } = props
  const source = props.penugasan ? 'penugasan' : 'atasan'
  return (
    <Paper withBorder radius="md" p="md" data-testid="rhk-intervention">
      <Stack gap="sm">
        <div>
          <Title order={3} fz={16}>
            {t('skp.rhkForm.interventionTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('skp.rhkForm.interventionHint')}
          </Text>
        </div>

        <Controller
          control={form.control}
          name="penugasan"
          render={({ field }) => (
            <Switch
              label={t('skp.rhkForm.penugasanSwitch')}
              description={t('skp.rhkForm.penugasanSwitchHint')}
              checked={field.value}
              onChange={(e) => {
                field.onChange(e.currentTarget.checked)
                form.setValue('interventionRhkIds', [], { shouldDirty: true })
                if (!e.currentTarget.checked) form.setValue('penugasanDariPegawaiId', null)
              }}
              onBlur={field.onBlur}
            />
          )}
        />
        {props.penugasan ? (
          <Controller
            control={form.control}
            name="penugasanDariPegawaiId"
            render={({ field, fieldState }) => (
              <PegawaiPicker
                label={t('skp.rhkForm.penugasanFrom')}
                description={t('skp.rhkForm.penugasanFromHint')}
                {...requiredField}
                value={field.value}
                onChange={(v) => {
                  field.onChange(v)
                  form.setValue('interventionRhkIds', [], { shouldDirty: true })
                }}
                onBlur={field.onBlur}
                excludeId={props.ownPegawaiId}
                error={fieldState.error?.message}
              />
            )}
          />
        ) : null}

        {props.penugasan && !form.getValues('penugasanDariPegawaiId') ? null : props.loading ? (
          <Group gap="xs">
            <Loader size="sm" />
            <Text size="sm" c="dimmed">
              {t('skp.rhkForm.loadingOptions')}
            </Text>
          </Group>
        ) : props.error ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(props.error)}
          </Alert>
        ) : !options ? null : !options.atasan && source === 'atasan' ? (
          <Alert role="note" color="orange" variant="light" data-testid="rhk-no-atasan">
            {t('skp.rhkForm.noAtasan')}
          </Alert>
        ) : options.rhk.length === 0 ? (
          <Alert role="note" color="orange" variant="light" data-testid="rhk-atasan-empty">
            {t(source === 'atasan' ? 'skp.rhkForm.atasanEmpty' : 'skp.rhkForm.leadEmpty', {
              name: options.atasan?.name ?? '—',
              jabatan: options.atasan?.jabatanName ?? '',
              year: props.year,
            })}
          </Alert>
        ) : (
          <Controller
            control={form.control}
            name="interventionRhkIds"
            render={({ field, fieldState }) => (
              <Checkbox.Group
                label={t(
                  source === 'atasan' ? 'skp.rhkForm.pickAtasanRhk' : 'skp.rhkForm.pickLeadRhk',
                  { name: options.atasan?.name ?? '—' },
                )}
                {...requiredField}
                value={field.value}
                onChange={field.onChange}
                error={fieldState.error?.message}
              >
                <Stack gap="xs" mt="xs">
                  {options.rhk.map((o) => (
                    <Checkbox.Card
                      key={o.id}
                      value={o.id}
                      radius="md"
                      p="sm"
                      data-testid="atasan-rhk-option"
                    >
                      <Group wrap="nowrap" align="flex-start" gap="sm">
                        <Checkbox.Indicator mt={2} />
                        <Stack gap={2} style={{ minWidth: 0 }}>
                          <Text size="sm" style={{ wordBreak: 'break-word' }}>
                            {o.text}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {t(`skp.jenis.${o.jenis}`)}
                          </Text>
                        </Stack>
                      </Group>
                    </Checkbox.Card>
                  ))}
                </Stack>
              </Checkbox.Group>
            )}
          />
        )}
      </Stack>
    </Paper>
  )
}

function IndikatorFields(props: {
  form: UseFormReturn<RhkFormValues>
  index: number
  kuantitatif: boolean
  canRemove: boolean
  onRemove: () => void
}) {
  const { t } = useTranslation()
  const { form, index: i } = props
  const errors = form.formState.errors.indikator?.[i]
  const aspek = useWatch({ control: form.control, name: `indikator.${i}.aspek` })
  const id = currentLanguage() === 'id'
  return (
    <Paper withBorder radius="md" p="md" data-testid="indikator-fields">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700} size="sm">
            {t('skp.rhkForm.indikatorN', { n: i + 1 })}
          </Text>
          {props.canRemove ? (
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              onClick={props.onRemove}
              aria-label={t('skp.rhkForm.removeIndikator', { n: i + 1 })}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          ) : null}
        </Group>
        {props.kuantitatif ? (
          <Controller
            control={form.control}
            name={`indikator.${i}.aspek`}
            render={({ field, fieldState }) => (
              <NativeSelect
                label={t('skp.rhkForm.aspek')}
                description={t('skp.rhkForm.aspekHint')}
                {...requiredField}
                data={[
                  { value: '', label: t('skp.rhkForm.aspekPick') },
                  ...ASPEK.map((a) => ({ value: a, label: t(`skp.rhkForm.aspekOption.${a}`) })),
                ]}
                value={field.value ?? ''}
                onChange={(e) =>
                  field.onChange(
                    e.currentTarget.value === '' ? null : (e.currentTarget.value as Aspek),
                  )
                }
                onBlur={field.onBlur}
                name={field.name}
                ref={field.ref}
                error={fieldState.error?.message}
              />
            )}
          />
        ) : null}
        <Textarea
          label={t('skp.rhkForm.indikatorText')}
          description={
            props.kuantitatif
              ? t(`skp.rhkForm.indikatorExample.${aspek ?? 'kuantitas'}`)
              : t('skp.rhkForm.indikatorExampleKualitatif')
          }
          {...requiredField}
          autosize
          minRows={2}
          error={errors?.text?.message}
          {...form.register(`indikator.${i}.text`)}
        />
        {props.kuantitatif ? (
          <Grid gutter="sm">
            <Grid.Col span={{ base: 5, sm: 4 }}>
              <Controller
                control={form.control}
                name={`indikator.${i}.targetValue`}
                render={({ field, fieldState }) => (
                  <NumberInput
                    label={t('skp.rhkForm.target')}
                    {...requiredField}
                    value={field.value ?? ''}
                    onChange={(v) => field.onChange(parseTargetNumber(v))}
                    onBlur={field.onBlur}
                    name={field.name}
                    ref={field.ref}
                    min={0}
                    decimalScale={4}
                    decimalSeparator={id ? ',' : '.'}
                    thousandSeparator={id ? '.' : ','}
                    inputMode="decimal"
                    hideControls
                    error={fieldState.error?.message}
                  />
                )}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 7, sm: 8 }}>
              <Controller
                control={form.control}
                name={`indikator.${i}.targetUnit`}
                render={({ field, fieldState }) => (
                  <Autocomplete
                    label={t('skp.rhkForm.satuan')}
                    {...requiredField}
                    data={SATUAN_SUGGESTIONS}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    name={field.name}
                    ref={field.ref}
                    comboboxProps={{ withinPortal: true }}
                    error={fieldState.error?.message}
                  />
                )}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Text size="xs" c="dimmed">
                {t('skp.rhkForm.targetExample')}
              </Text>
            </Grid.Col>
          </Grid>
        ) : (
          <Textarea
            label={t('skp.rhkForm.targetText')}
            description={t('skp.rhkForm.targetTextExample')}
            {...requiredField}
            autosize
            minRows={2}
            error={errors?.targetText?.message}
            {...form.register(`indikator.${i}.targetText`)}
          />
        )}
      </Stack>
    </Paper>
  )
}

/**
 * Add or change one RHK. Guided: the jenis explained, a good RHK as an example, the
 * atasan's RHK to pick (JA/JF) or perspektif and Perjanjian Kinerja target (JPT), and the
 * indicators with examples per aspek. Saving writes the SKP at once (on the version shown).
 */
export function RhkFormModal(props: {
  opened: boolean
  onClose: () => void
  skp: Skp
  editing: Rhk | null
  newJenis: RhkJenis
  writer: SkpWriter
  atasanOptions: { data: AtasanRhkOptions | undefined; isLoading: boolean; error: unknown }
  pkTargets: PkTarget[] | undefined
  onDirtyChange: (dirty: boolean) => void
}) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const { skp } = props
  const jaJf = skp.variant === 'ja_jf'
  const kuantitatif = skp.pendekatan === 'kuantitatif'

  // The rules depend on the options loaded for the form's own values (penugasan), so the
  // resolver reads the latest context from a ref instead of being rebuilt.
  const ctxRef = useRef<RhkFormContext>({
    pendekatan: skp.pendekatan,
    variant: skp.variant,
    interventionRequired: false,
  })
  const resolver = useCallback<Resolver<RhkFormValues>>(
    (values, context, options) =>
      (zodResolver(rhkFormSchema(ctxRef.current)) as unknown as Resolver<RhkFormValues>)(
        values,
        context,
        options,
      ),
    [],
  )
  const form = useForm<RhkFormValues>({ resolver, defaultValues: emptyRhk(props.newJenis) })
  const { reset } = form
  useEffect(() => {
    if (props.opened) reset(props.editing ? rhkToForm(props.editing) : emptyRhk(props.newJenis))
  }, [props.opened, props.editing, props.newJenis, reset])

  const [penugasan, penugasanId, interventionIds] = useWatch({
    control: form.control,
    name: ['penugasan', 'penugasanDariPegawaiId', 'interventionRhkIds'],
  })
  const lead = useAtasanRhk(skp.id, penugasanId, props.opened && jaJf && penugasan && !!penugasanId)
  const active = penugasan
    ? { data: lead.data, isLoading: lead.isLoading, error: lead.error }
    : props.atasanOptions
  const optionIds = useMemo(
    () => (active.data ? new Set(active.data.rhk.map((r) => r.id)) : null),
    [active.data],
  )
  const stale = optionIds ? interventionIds.filter((id) => !optionIds.has(id)) : []
  const interventionRequired = (active.data?.rhk.length ?? 0) > 0
  useEffect(() => {
    ctxRef.current = { pendekatan: skp.pendekatan, variant: skp.variant, interventionRequired }
  }, [skp.pendekatan, skp.variant, interventionRequired])

  const indikator = useFieldArray({ control: form.control, name: 'indikator', keyName: 'key' })

  const { isDirty } = form.formState
  const { onDirtyChange } = props
  useEffect(() => {
    onDirtyChange(props.opened && isDirty)
  }, [props.opened, isDirty, onDirtyChange])

  const onSubmit = form.handleSubmit((values) => {
    const cleaned: RhkFormValues = optionIds
      ? {
          ...values,
          interventionRhkIds: values.interventionRhkIds.filter((id) => optionIds.has(id)),
        }
      : values
    const rhk = formToRhk(cleaned, { pendekatan: skp.pendekatan, variant: skp.variant })
    const content = upsertRhk(contentFromSkp(skp), rhk)
    const index = rhk.id ? content.rhk.findIndex((r) => r.id === rhk.id) : content.rhk.length - 1
    props.writer.saveContent(content, {
      onSuccess: () => {
        notifySuccess(props.editing ? t('skp.rhkForm.updated') : t('skp.rhkForm.added'))
        onDirtyChange(false)
        props.onClose()
      },
      onError: (e) => applyRhkFieldErrors(e, index, form) || undefined,
    })
  })

  const errors = form.formState.errors
  const title = props.editing
    ? t('skp.rhkForm.editTitle')
    : t('skp.rhkForm.addTitle', { jenis: t(`skp.jenis.${props.newJenis}`) })

  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={title}
      size="xl"
      fullScreen={isPhone}
      closeOnClickOutside={false}
    >
      <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="rhk-form">
        <Stack gap="md">
          <Controller
            control={form.control}
            name="jenis"
            render={({ field }) => (
              <Radio.Group
                label={t('skp.rhkForm.jenis')}
                {...requiredField}
                value={field.value}
                onChange={field.onChange}
              >
                <Stack gap={6} mt={6}>
                  {RHK_JENIS.map((j) => (
                    <Radio
                      key={j}
                      value={j}
                      label={t(`skp.jenis.${j}`)}
                      description={t(`skp.rhkForm.jenisHint.${j}`)}
                    />
                  ))}
                </Stack>
              </Radio.Group>
            )}
          />

          {jaJf ? (
            <InterventionField
              form={form}
              options={active.data}
              loading={active.isLoading}
              error={active.error}
              year={skp.year}
              penugasan={penugasan}
              ownPegawaiId={skp.pegawaiId}
            />
          ) : (
            <Paper withBorder radius="md" p="md">
              <Stack gap="sm">
                <Controller
                  control={form.control}
                  name="perspektif"
                  render={({ field, fieldState }) => (
                    <NativeSelect
                      label={t('skp.rhk.perspektif')}
                      description={t('skp.rhkForm.perspektifHint')}
                      {...requiredField}
                      data={[
                        { value: '', label: t('skp.rhkForm.perspektifPick') },
                        ...PERSPEKTIF.map((p) => ({ value: p, label: t(`skp.perspektif.${p}`) })),
                      ]}
                      value={field.value ?? ''}
                      onChange={(e) =>
                        field.onChange(
                          e.currentTarget.value === ''
                            ? null
                            : (e.currentTarget.value as Perspektif),
                        )
                      }
                      onBlur={field.onBlur}
                      name={field.name}
                      ref={field.ref}
                      error={fieldState.error?.message}
                    />
                  )}
                />
                <Controller
                  control={form.control}
                  name="pkTargetId"
                  render={({ field, fieldState }) => (
                    <NativeSelect
                      label={t('skp.rhk.pkTarget')}
                      description={
                        props.pkTargets && props.pkTargets.length === 0
                          ? t('skp.rhkForm.pkEmpty')
                          : t('skp.rhkForm.pkHint')
                      }
                      data={[
                        { value: '', label: t('skp.rhkForm.pkNone') },
                        ...(props.pkTargets ?? []).map((p) => ({
                          value: p.id,
                          label: `${p.sasaranStrategis} — ${p.indikator}`,
                        })),
                      ]}
                      value={field.value ?? ''}
                      onChange={(e) =>
                        field.onChange(e.currentTarget.value === '' ? null : e.currentTarget.value)
                      }
                      onBlur={field.onBlur}
                      name={field.name}
                      ref={field.ref}
                      error={fieldState.error?.message}
                    />
                  )}
                />
              </Stack>
            </Paper>
          )}

          {stale.length > 0 ? (
            <Alert role="note" color="orange" variant="light">
              {t('skp.rhkForm.staleIntervention')}
            </Alert>
          ) : null}

          <Textarea
            label={t('skp.rhkForm.text')}
            description={t('skp.rhkForm.textHint')}
            {...requiredField}
            autosize
            minRows={3}
            error={errors.text?.message}
            data-autofocus
            {...form.register('text')}
          />
          <Alert
            role="note"
            variant="light"
            color="kinerja"
            icon={<IconBulb aria-hidden />}
            title={t('skp.rhkForm.exampleTitle')}
          >
            <Stack gap={4}>
              <Text size="sm">
                <Text span fw={700}>
                  {t('skp.rhkForm.goodLabel')}
                </Text>{' '}
                {t('skp.rhkForm.goodExample')}
              </Text>
              <Text size="sm">
                <Text span fw={700}>
                  {t('skp.rhkForm.badLabel')}
                </Text>{' '}
                {t('skp.rhkForm.badExample')}
              </Text>
            </Stack>
          </Alert>

          <div>
            <Title order={3} fz={16}>
              {t('skp.rhk.indikatorTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {kuantitatif
                ? t('skp.rhkForm.indikatorHint')
                : t('skp.rhkForm.indikatorHintKualitatif')}
            </Text>
          </div>
          {errors.indikator?.root?.message || errors.indikator?.message ? (
            <Text size="sm" c="red" role="alert">
              {errors.indikator.root?.message ?? errors.indikator.message}
            </Text>
          ) : null}
          {indikator.fields.map((f, i) => (
            <IndikatorFields
              key={f.key}
              form={form}
              index={i}
              kuantitatif={kuantitatif}
              canRemove={indikator.fields.length > 1}
              onRemove={() => indikator.remove(i)}
            />
          ))}
          {indikator.fields.length < 10 ? (
            <div>
              <Button
                variant="light"
                leftSection={<IconPlus size={18} aria-hidden />}
                onClick={() => indikator.append(emptyIndikator())}
                data-testid="indikator-add"
              >
                {t('skp.rhkForm.addIndikator')}
              </Button>
            </div>
          ) : null}

          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={props.onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={props.writer.saving} data-testid="rhk-save">
              {t('skp.rhkForm.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
