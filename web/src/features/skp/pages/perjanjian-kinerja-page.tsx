import { zodResolver } from '@hookform/resolvers/zod'
import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Grid,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core'
import { IconFileCertificate, IconPlus, IconRefresh, IconTrash } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { Controller, useFieldArray, useForm } from 'react-hook-form'
import type { FieldPath, Resolver } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { perjanjianKinerjaInputSchema } from '../../../../../shared/skp.ts'
import type { Unit } from '../../../../../shared/org.ts'
import type { PerjanjianKinerja, PerjanjianKinerjaInput } from '../../../../../shared/skp.ts'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { AnchorLink } from '../../../components/ui/links.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { requiredField } from '../../../components/ui/required-field.ts'
import { ApiError } from '../../../lib/api-client.ts'
import { currentLanguage } from '../../../lib/i18n.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { isAdmin, useSessionUser } from '../../auth/api.ts'
import { useMyProfile, useUnits } from '../../org/api.ts'
import { UnitSelect } from '../../org/components/unit-select.tsx'
import { skpKeys, usePerjanjianKinerja, useSavePerjanjianKinerja } from '../api.ts'
import { UnsavedGuard } from '../components/unsaved-guard.tsx'
import { YearSelect } from '../components/year-select.tsx'
import { formatTarget } from '../components/rhk-card.tsx'
import { parseTargetNumber } from '../rhk-form.ts'
import { useCurrentYear } from '../use-current-year.ts'
import { conflictCurrent, isVersionConflict } from '../version-conflict.ts'

type TargetValues = {
  id?: string | undefined
  sasaranStrategis: string
  indikator: string
  targetValue: number | null
  targetUnit: string
  targetText: string
}
type Values = { targets: TargetValues[] }

const schema = perjanjianKinerjaInputSchema.pick({ targets: true })

const emptyTarget = (): TargetValues => ({
  sasaranStrategis: '',
  indikator: '',
  targetValue: null,
  targetUnit: '',
  targetText: '',
})

function valuesOf(pk: PerjanjianKinerja): Values {
  return {
    targets: [...pk.targets]
      .sort((a, b) => a.seq - b.seq)
      .map((x) => ({
        id: x.id,
        sasaranStrategis: x.sasaranStrategis,
        indikator: x.indikator,
        targetValue: x.targetValue,
        targetUnit: x.targetUnit ?? '',
        targetText: x.targetText ?? '',
      })),
  }
}

const blank = (s: string | null | undefined) => (s?.trim() ? s.trim() : null)

function toInput(values: Values, version: number): PerjanjianKinerjaInput {
  return {
    version,
    targets: values.targets.map((x) => ({
      ...(x.id ? { id: x.id } : {}),
      sasaranStrategis: x.sasaranStrategis.trim(),
      indikator: x.indikator.trim(),
      targetValue: x.targetValue,
      targetUnit: blank(x.targetUnit),
      targetText: blank(x.targetText),
    })),
  }
}

function PkReadOnly(props: { pk: PerjanjianKinerja }) {
  const { t } = useTranslation()
  const targets = [...props.pk.targets].sort((a, b) => a.seq - b.seq)
  if (targets.length === 0)
    return (
      <EmptyState
        icon={<IconFileCertificate size={30} />}
        title={t('skp.pk.emptyTitle')}
        description={t('skp.pk.emptyReadOnly')}
        testId="pk-empty"
      />
    )
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" data-testid="pk-list">
      {targets.map((x, i) => (
        <Card key={x.id} withBorder radius="md" padding="md" component="article">
          <Stack gap={6}>
            <Text size="xs" c="dimmed" fw={700}>
              {t('skp.pk.targetN', { n: i + 1 })}
            </Text>
            <Text fw={700} style={{ wordBreak: 'break-word' }}>
              {x.sasaranStrategis}
            </Text>
            <Text size="sm">
              <Text span fw={600}>
                {t('skp.pk.indikator')}:
              </Text>{' '}
              {x.indikator}
            </Text>
            <Text size="sm">
              <Text span fw={600}>
                {t('skp.pk.target')}:
              </Text>{' '}
              {x.targetValue != null
                ? formatTarget(x.targetValue, x.targetUnit)
                : (x.targetText ?? '—')}
            </Text>
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  )
}

/** The top unit above a unit (the OPD, whose head signs the Perjanjian Kinerja). */
function topUnitOf(units: Unit[], unitId: string | null): Unit | null {
  const byId = new Map(units.map((u) => [u.id, u]))
  let at = unitId ? byId.get(unitId) : undefined
  const seen = new Set<string>()
  while (at?.parentId && !seen.has(at.id)) {
    seen.add(at.id)
    at = byId.get(at.parentId)
  }
  return at ?? null
}

/** The unit head's (or an admin's) editor of the unit's Perjanjian Kinerja targets. */
function PkEditor(props: { pk: PerjanjianKinerja }) {
  const { t } = useTranslation()
  const qc = useQueryClient()
  const { pk } = props
  const save = useSavePerjanjianKinerja()
  const [conflict, setConflict] = useState<PerjanjianKinerja | null | undefined>(undefined)
  const form = useForm<Values>({
    resolver: zodResolver(schema) as unknown as Resolver<Values>,
    defaultValues: valuesOf(pk),
  })
  const { reset } = form
  useEffect(() => {
    reset(valuesOf(pk), { keepDirtyValues: true })
  }, [pk, reset])
  const targets = useFieldArray({ control: form.control, name: 'targets', keyName: 'key' })
  const errors = form.formState.errors
  const id = currentLanguage() === 'id'

  const onSubmit = form.handleSubmit((values) =>
    save.mutate(
      { unitId: pk.unitId, year: pk.year, body: toInput(values, pk.version) },
      {
        onSuccess: (saved) => {
          reset(valuesOf(saved))
          notifySuccess(t('skp.pk.saved'))
        },
        onError: (e) => {
          if (isVersionConflict(e)) {
            setConflict(conflictCurrent<PerjanjianKinerja>(e))
            return
          }
          let marked = false
          if (e instanceof ApiError) {
            for (const [path, message] of Object.entries(e.fields)) {
              if (!path.startsWith('targets.')) continue
              form.setError(path as FieldPath<Values>, { type: 'server', message })
              marked = true
            }
          }
          if (!marked) notifyError(e)
        },
      },
    ),
  )

  const reload = () => {
    if (conflict) {
      qc.setQueryData(skpKeys.pk(pk.year, pk.unitId), conflict)
      reset(valuesOf(conflict))
    } else {
      void qc.invalidateQueries({ queryKey: ['skp', 'pk'] })
    }
    setConflict(undefined)
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="pk-form">
      <Stack gap="md">
        {conflict !== undefined ? (
          <Alert color="orange" variant="light" title={t('skp.conflict.title')} role="alert">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('skp.conflict.pkText')}</Text>
              <Button
                size="xs"
                leftSection={<IconRefresh size={16} aria-hidden />}
                onClick={reload}
              >
                {t('skp.conflict.reload')}
              </Button>
            </Stack>
          </Alert>
        ) : null}
        {targets.fields.length === 0 ? (
          <Text size="sm" c="dimmed" fs="italic">
            {t('skp.pk.emptyEdit')}
          </Text>
        ) : null}
        {targets.fields.map((f, i) => (
          <Paper key={f.key} withBorder radius="md" p="md" data-testid="pk-target-fields">
            <Stack gap="sm">
              <Group justify="space-between" wrap="nowrap">
                <Text fw={700} size="sm">
                  {t('skp.pk.targetN', { n: i + 1 })}
                </Text>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  onClick={() => targets.remove(i)}
                  aria-label={t('skp.pk.remove', { n: i + 1 })}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
              <Textarea
                label={t('skp.pk.sasaran')}
                description={t('skp.pk.sasaranExample')}
                {...requiredField}
                autosize
                minRows={2}
                error={errors.targets?.[i]?.sasaranStrategis?.message}
                {...form.register(`targets.${i}.sasaranStrategis`)}
              />
              <Textarea
                label={t('skp.pk.indikator')}
                description={t('skp.pk.indikatorExample')}
                {...requiredField}
                autosize
                minRows={2}
                error={errors.targets?.[i]?.indikator?.message}
                {...form.register(`targets.${i}.indikator`)}
              />
              <Grid gutter="sm">
                <Grid.Col span={{ base: 5, sm: 3 }}>
                  <Controller
                    control={form.control}
                    name={`targets.${i}.targetValue`}
                    render={({ field, fieldState }) => (
                      <NumberInput
                        label={t('skp.pk.targetValue')}
                        value={field.value ?? ''}
                        onChange={(v) => field.onChange(parseTargetNumber(v))}
                        onBlur={field.onBlur}
                        name={field.name}
                        ref={field.ref}
                        min={0}
                        decimalScale={4}
                        decimalSeparator={id ? ',' : '.'}
                        thousandSeparator={id ? '.' : ','}
                        hideControls
                        inputMode="decimal"
                        error={fieldState.error?.message}
                      />
                    )}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 7, sm: 3 }}>
                  <TextInput
                    label={t('skp.pk.targetUnit')}
                    error={errors.targets?.[i]?.targetUnit?.message}
                    {...form.register(`targets.${i}.targetUnit`)}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <TextInput
                    label={t('skp.pk.targetText')}
                    description={t('skp.pk.targetTextHint')}
                    error={errors.targets?.[i]?.targetText?.message}
                    {...form.register(`targets.${i}.targetText`)}
                  />
                </Grid.Col>
              </Grid>
              <Text size="xs" c="dimmed">
                {t('skp.pk.targetExample')}
              </Text>
            </Stack>
          </Paper>
        ))}
        <Group justify="space-between" gap="sm">
          <Button
            variant="light"
            leftSection={<IconPlus size={18} aria-hidden />}
            onClick={() => targets.append(emptyTarget())}
            disabled={targets.fields.length >= 100}
            data-testid="pk-add"
          >
            {t('skp.pk.add')}
          </Button>
          <Button
            type="submit"
            loading={save.isPending}
            disabled={!form.formState.isDirty}
            data-testid="pk-save"
          >
            {t('skp.pk.save')}
          </Button>
        </Group>
      </Stack>
      <UnsavedGuard dirty={form.formState.isDirty && !save.isPending} />
    </form>
  )
}

/**
 * Perjanjian Kinerja: the unit's yearly agreement (sasaran strategis, indikator, target)
 * that the JPT/unit head's RHK derive from. The unit head and admins edit; others read.
 */
export function PerjanjianKinerjaPage() {
  const { t } = useTranslation()
  const me = useSessionUser()
  const currentYear = useCurrentYear()
  const profile = useMyProfile(me.pegawaiId !== null)
  const [year, setYear] = useState(currentYear)
  const [picked, setPicked] = useState<string | null>(null)
  const units = useUnits()
  // Own unit first; an admin without a pegawai record starts at the top unit.
  const unitId =
    picked ??
    profile.data?.pegawai?.unitId ??
    (me.pegawaiId === null ? (units.data?.find((u) => u.parentId === null)?.id ?? null) : null)
  const top = topUnitOf(units.data ?? [], unitId)
  const waitForProfile = me.pegawaiId !== null && profile.isPending && picked === null
  const pk = usePerjanjianKinerja(year, unitId, !waitForProfile)

  return (
    <Stack gap="md">
      <AnchorLink to="/skp" size="sm">
        ← {t('skp.detail.backMine')}
      </AnchorLink>
      <PageHeader title={t('skp.pk.title')} description={t('skp.pk.description')} />
      <Paper withBorder radius="md" p="sm" role="search" aria-label={t('skp.pk.filters')}>
        <Grid gutter="sm" align="flex-end">
          <Grid.Col span={{ base: 4, sm: 2 }}>
            <YearSelect value={year} onChange={setYear} currentYear={currentYear} />
          </Grid.Col>
          <Grid.Col span={{ base: 8, sm: 6 }}>
            <UnitSelect
              label={t('skp.pk.unit')}
              value={unitId}
              clearable={false}
              onChange={(v) => setPicked(v)}
            />
          </Grid.Col>
        </Grid>
        {isAdmin(me) ? null : (
          <Text size="xs" c="dimmed" mt={6}>
            {t('skp.pk.unitHint')}
          </Text>
        )}
      </Paper>
      {unitId === null && !waitForProfile && !units.isPending ? (
        <EmptyState
          icon={<IconFileCertificate size={30} />}
          title={t('skp.pk.pickUnitTitle')}
          description={t('skp.pk.pickUnit')}
        />
      ) : waitForProfile || pk.isPending ? (
        <LoadingState rows={4} />
      ) : pk.isError ? (
        <ErrorState error={pk.error} onRetry={() => void pk.refetch()} />
      ) : (
        <Stack gap="sm">
          <Group justify="space-between" gap="xs">
            <Text fw={700}>
              {t('skp.pk.heading', { unit: pk.data.unitName, year: pk.data.year })}
            </Text>
            <Text size="sm" c="dimmed">
              {pk.data.canEdit ? t('skp.pk.canEdit') : t('skp.pk.readOnly')}
            </Text>
          </Group>
          {pk.data.canEdit ? (
            <PkEditor key={`${pk.data.unitId}-${pk.data.year}`} pk={pk.data} />
          ) : (
            <PkReadOnly pk={pk.data} />
          )}
          {!pk.data.canEdit && pk.data.targets.length === 0 && top && top.id !== unitId ? (
            <Stack gap={4} align="flex-start">
              <Text size="sm" c="dimmed">
                {t('skp.pk.viewTopHint')}
              </Text>
              <Button variant="light" onClick={() => setPicked(top.id)} data-testid="pk-view-top">
                {t('skp.pk.viewTop', { unit: top.name })}
              </Button>
            </Stack>
          ) : null}
        </Stack>
      )}
    </Stack>
  )
}
