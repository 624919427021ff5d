import { zodResolver } from '@hookform/resolvers/zod'
import {
  Alert,
  Button,
  Grid,
  Group,
  NativeSelect,
  Paper,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { IconCircleCheck, IconInfoCircle } from '@tabler/icons-react'
import { useEffect } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import type { Resolver } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import {
  GOLONGAN_PNS,
  GOLONGAN_PPPK,
  JABATAN_JENIS_LABEL,
  PEGAWAI_STATUS,
  newPegawaiSchema,
  updatePegawaiSchema,
} from '../../../../../shared/org.ts'
import type { Pegawai, PegawaiStatus } from '../../../../../shared/org.ts'
import { formatNip, parseNip } from '../../../../../shared/rules/nip.ts'
import { ApiError } from '../../../lib/api-client.ts'
import { errorMessage } from '../../../lib/error-message.ts'
import { formatDate } from '../../../lib/format.ts'
import { applyServerFieldErrors } from '../../../lib/form.ts'
import { useJabatan } from '../api.ts'
import type { NewPegawaiOutput } from '../api.ts'
import { UnitSelect } from './unit-select.tsx'
import { requiredField } from '../../../components/ui/required-field.ts'

export type PegawaiFormValues = {
  nip: string
  name: string
  gelarDepan: string | null
  gelarBelakang: string | null
  status: PegawaiStatus
  golongan: string | null
  unitId: string
  jabatanId: string
  email: string | null
  phone: string | null
  active: boolean
}

const FIELDS = [
  'nip',
  'name',
  'gelarDepan',
  'gelarBelakang',
  'status',
  'golongan',
  'unitId',
  'jabatanId',
  'email',
  'phone',
  'active',
] as const

export function valuesFromPegawai(p: Pegawai): PegawaiFormValues {
  return {
    nip: p.nip,
    name: p.name,
    gelarDepan: p.gelarDepan,
    gelarBelakang: p.gelarBelakang,
    status: p.status,
    golongan: p.golongan,
    unitId: p.unitId,
    jabatanId: p.jabatanId,
    email: p.email,
    phone: p.phone,
    active: p.active,
  }
}

export const EMPTY_PEGAWAI: PegawaiFormValues = {
  nip: '',
  name: '',
  gelarDepan: null,
  gelarBelakang: null,
  status: 'PNS',
  golongan: null,
  unitId: '',
  jabatanId: '',
  email: null,
  phone: null,
  active: true,
}

/** What the NIP says about the person, shown while typing so a typo is seen at once. */
function NipDecoded(props: { nip: string }) {
  const { t } = useTranslation()
  const r = parseNip(props.nip)
  if (!r.ok) return null
  const [y, m] = r.parts.tmt.split('-')
  return (
    <Group gap={6} mt={6} wrap="nowrap" align="flex-start" data-testid="nip-decoded">
      <IconCircleCheck
        size={16}
        color="var(--mantine-color-teal-9)"
        aria-hidden
        style={{ flexShrink: 0, marginTop: 2 }}
      />
      <Text size="xs">
        {t('pegawai.form.nipDecoded', {
          nip: formatNip(r.nip),
          birth: formatDate(r.parts.birthDate),
          tmt: formatDate(`${y ?? ''}-${m ?? ''}-01`).replace(/^1\s/, ''),
          sex: r.parts.sex === 'L' ? t('pegawai.male') : t('pegawai.female'),
          seq: r.parts.sequence,
        })}
      </Text>
    </Group>
  )
}

/**
 * Add or edit a pegawai. The shared zod schema validates in the browser; the server checks
 * again and its field errors (e.g. a duplicate NIP) land on the same inputs.
 */
export function PegawaiForm(props: {
  mode: 'create' | 'edit'
  initial: PegawaiFormValues
  submitting: boolean
  submitError: unknown
  onSubmit: (values: NewPegawaiOutput) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const schema = props.mode === 'create' ? newPegawaiSchema : updatePegawaiSchema
  const form = useForm<PegawaiFormValues, unknown, NewPegawaiOutput>({
    resolver: zodResolver(schema) as unknown as Resolver<
      PegawaiFormValues,
      unknown,
      NewPegawaiOutput
    >,
    defaultValues: props.initial,
  })
  const { errors } = form.formState
  const [nip, status, unitId, jabatanId] = useWatch({
    control: form.control,
    name: ['nip', 'status', 'unitId', 'jabatanId'],
  })
  const jabatan = useJabatan(unitId || null, Boolean(unitId))

  // Server-side field errors (after a submit) go onto the inputs.
  const { setError } = form
  useEffect(() => {
    if (props.submitError) applyServerFieldErrors(props.submitError, setError, FIELDS)
  }, [props.submitError, setError])

  // A jabatan belongs to a unit: changing the unit clears a jabatan that is not in it.
  const { setValue } = form
  useEffect(() => {
    if (jabatan.data && jabatanId && !jabatan.data.some((j) => j.id === jabatanId))
      setValue('jabatanId', '')
  }, [jabatan.data, jabatanId, setValue])

  const golonganOptions =
    status === 'PPPK'
      ? GOLONGAN_PPPK.map((g) => ({ value: g, label: g }))
      : GOLONGAN_PNS.map(([g, pangkat]) => ({ value: g, label: `${g} — ${pangkat}` }))

  const jabatanOptions = (jabatan.data ?? [])
    .filter((j) => j.active || j.id === jabatanId)
    .map((j) => ({
      value: j.id,
      label: `${j.name} (${JABATAN_JENIS_LABEL[j.jenis]}${j.headsUnit ? `, ${t('pegawai.headsUnit')}` : ''})`,
    }))

  const serverFieldCount =
    props.submitError instanceof ApiError ? Object.keys(props.submitError.fields).length : 0

  return (
    <form
      onSubmit={(e) => void form.handleSubmit(props.onSubmit)(e)}
      noValidate
      data-testid="pegawai-form"
    >
      <Stack gap="lg">
        {props.submitError && serverFieldCount === 0 ? (
          <Alert color="red" role="alert" title={t('errors.saveFailed')}>
            {errorMessage(props.submitError)}
          </Alert>
        ) : null}
        {serverFieldCount > 0 ? (
          <Alert color="red" role="alert" title={t('pegawai.form.fixFields')}>
            {errorMessage(props.submitError)}
          </Alert>
        ) : null}

        <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
          <Title order={2} fz={17} mb="sm">
            {t('pegawai.form.identity')}
          </Title>
          <Grid gutter="md">
            <Grid.Col span={12}>
              {props.mode === 'create' ? (
                <>
                  <TextInput
                    label={t('pegawai.nip')}
                    description={t('pegawai.form.nipHint')}
                    {...requiredField}
                    inputMode="numeric"
                    autoComplete="off"
                    error={errors.nip?.message}
                    {...form.register('nip')}
                  />
                  {errors.nip ? null : <NipDecoded nip={nip} />}
                </>
              ) : (
                <TextInput
                  label={t('pegawai.nip')}
                  description={t('pegawai.form.nipLocked')}
                  value={formatNip(nip)}
                  readOnly
                  variant="filled"
                />
              )}
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 3 }}>
              <TextInput
                label={t('pegawai.gelarDepan')}
                description={t('pegawai.form.gelarDepanHint')}
                error={errors.gelarDepan?.message}
                {...form.register('gelarDepan')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('pegawai.name')}
                description={t('pegawai.form.nameHint')}
                {...requiredField}
                error={errors.name?.message}
                {...form.register('name')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 3 }}>
              <TextInput
                label={t('pegawai.gelarBelakang')}
                description={t('pegawai.form.gelarBelakangHint')}
                error={errors.gelarBelakang?.message}
                {...form.register('gelarBelakang')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <NativeSelect
                label={t('pegawai.status')}
                description={t('pegawai.form.statusHint')}
                {...requiredField}
                data={PEGAWAI_STATUS.map((s) => ({
                  value: s,
                  label: t(`pegawai.statusLabel.${s}`),
                }))}
                error={errors.status?.message}
                {...form.register('status', {
                  onChange: () => form.setValue('golongan', null),
                })}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Controller
                control={form.control}
                name="golongan"
                render={({ field, fieldState }) => (
                  <NativeSelect
                    label={
                      status === 'PPPK' ? t('pegawai.golonganPppk') : t('pegawai.golonganPangkat')
                    }
                    description={
                      status === 'PPPK'
                        ? t('pegawai.form.golonganPppkHint')
                        : t('pegawai.form.golonganHint')
                    }
                    data={[{ value: '', label: t('common.notSet') }, ...golonganOptions]}
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
            </Grid.Col>
          </Grid>
        </Paper>

        <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
          <Title order={2} fz={17} mb="sm">
            {t('pegawai.form.placement')}
          </Title>
          <Grid gutter="md">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Controller
                control={form.control}
                name="unitId"
                render={({ field, fieldState }) => (
                  <UnitSelect
                    label={t('pegawai.unit')}
                    description={t('pegawai.form.unitHint')}
                    {...requiredField}
                    clearable={false}
                    value={field.value || null}
                    onChange={(v) => field.onChange(v ?? '')}
                    onBlur={field.onBlur}
                    error={
                      fieldState.error
                        ? field.value
                          ? fieldState.error.message
                          : t('pegawai.form.unitRequired')
                        : undefined
                    }
                  />
                )}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Controller
                control={form.control}
                name="jabatanId"
                render={({ field, fieldState }) => (
                  <Select
                    label={t('pegawai.jabatan')}
                    description={
                      unitId
                        ? t('pegawai.form.jabatanHint')
                        : t('pegawai.form.jabatanPickUnitFirst')
                    }
                    {...requiredField}
                    searchable
                    disabled={!unitId}
                    nothingFoundMessage={t('pegawai.form.noJabatan')}
                    placeholder={jabatan.isFetching ? t('common.loading') : undefined}
                    data={jabatanOptions}
                    value={field.value || null}
                    onChange={(v) => field.onChange(v ?? '')}
                    onBlur={field.onBlur}
                    comboboxProps={{ withinPortal: true }}
                    error={
                      fieldState.error
                        ? field.value
                          ? fieldState.error.message
                          : t('pegawai.form.jabatanRequired')
                        : undefined
                    }
                  />
                )}
              />
              {unitId && jabatan.isSuccess && jabatanOptions.length === 0 ? (
                <Text size="xs" mt={4}>
                  {t('pegawai.form.noJabatanHint')}
                </Text>
              ) : null}
            </Grid.Col>
            <Grid.Col span={12}>
              <Alert variant="light" color="kinerja" icon={<IconInfoCircle aria-hidden />}>
                {t('pegawai.form.atasanNote')}
              </Alert>
            </Grid.Col>
          </Grid>
        </Paper>

        <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
          <Title order={2} fz={17} mb="sm">
            {t('pegawai.form.contact')}
          </Title>
          <Grid gutter="md">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('pegawai.email')}
                description={t('pegawai.form.emailHint')}
                type="email"
                autoComplete="off"
                error={errors.email?.message}
                {...form.register('email')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('pegawai.phone')}
                description={t('pegawai.form.phoneHint')}
                type="tel"
                autoComplete="off"
                error={errors.phone?.message}
                {...form.register('phone')}
              />
            </Grid.Col>
            <Grid.Col span={12}>
              <Controller
                control={form.control}
                name="active"
                render={({ field }) => (
                  <Switch
                    label={t('pegawai.form.active')}
                    description={t('pegawai.form.activeHint')}
                    checked={field.value}
                    onChange={(e) => field.onChange(e.currentTarget.checked)}
                    onBlur={field.onBlur}
                  />
                )}
              />
            </Grid.Col>
          </Grid>
        </Paper>

        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={props.submitting}>
            {props.mode === 'create' ? t('pegawai.form.create') : t('common.saveChanges')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
