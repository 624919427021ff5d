import { zodResolver } from '@hookform/resolvers/zod'
import {
  ActionIcon,
  Alert,
  Anchor,
  Autocomplete,
  Button,
  Grid,
  Group,
  Menu,
  Modal,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import {
  IconAlertTriangle,
  IconBulb,
  IconDeviceFloppy,
  IconPlayerSkipForward,
  IconPlus,
  IconSettings,
  IconTemplate,
  IconTrash,
} from '@tabler/icons-react'
import { useEffect, useMemo, useState } from 'react'
import { Controller, useFieldArray, useForm, useWatch } from 'react-hook-form'
import type { Resolver } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import {
  MAX_EVIDENCE_PER_ENTRY,
  MAX_LINKS_PER_ENTRY,
  MAX_EVIDENCE_BYTES,
} from '../../../../../shared/activities.ts'
import type { Progress, RencanaAksiBoard, Templates } from '../../../../../shared/activities.ts'
import { DEFAULT_ALIGNMENT_SETTINGS, isVague } from '../../../../../shared/rules/alignment.ts'
import { requiredField } from '../../../components/ui/required-field.ts'
import { AnchorLink } from '../../../components/ui/links.tsx'
import { ApiError } from '../../../lib/api-client.ts'
import { applyServerFieldErrors } from '../../../lib/form.ts'
import { formatDate } from '../../../lib/format.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { conflictCurrent } from '../../skp/version-conflict.ts'
import {
  deleteEvidence,
  uploadEvidence,
  useInvalidateProgress,
  useDeleteTemplate,
  useRencanaAksiBoard,
  useTemplates,
  useUpdateProgress,
} from '../api.ts'
import {
  applyFrequent,
  applyTemplate,
  entryFormSchema,
  entryToForm,
  formToInput,
  formToPatch,
  queuedToForm,
} from '../entry-form.ts'
import type { EntryFormValues } from '../entry-form.ts'
import { isOfflineNow, requeue, saveNewEntry } from '../offline/offline-sync.ts'
import type { QueueItem } from '../offline/queue.ts'
import { formatBytes } from '../progress-format.ts'
import { isAfter } from '../week.ts'
import { EvidencePicker } from './evidence-picker.tsx'
import type { PickedFile } from './evidence-picker.tsx'
import { TemplateSaveModal } from './template-save-modal.tsx'

/** What the form is opened for. */
export type EntryFormMode =
  | { kind: 'new'; values: EntryFormValues }
  | { kind: 'draft'; values: EntryFormValues; index: number; total: number; fromDate: string }
  | { kind: 'edit'; entry: Progress }
  | { kind: 'fix'; item: QueueItem }

const SATUAN_SUGGESTIONS = [
  'Dokumen',
  'Berkas',
  'Kegiatan',
  'Laporan',
  'Surat',
  'Data',
  'Orang',
  'Notula',
]
const KNOWN_FIELDS = [
  'date',
  'startTime',
  'endTime',
  'description',
  'rhkId',
  'rencanaAksiId',
  'realisasi',
  'satuan',
  'links',
]

type Rhk = RencanaAksiBoard['rhk'][number]

function valuesOf(mode: EntryFormMode): EntryFormValues {
  switch (mode.kind) {
    case 'new':
    case 'draft':
      return mode.values
    case 'edit':
      return entryToForm(mode.entry)
    case 'fix':
      return queuedToForm(mode.item)
  }
}

function TemplatePicker(props: {
  templates: Templates | undefined
  onPick: (pick: {
    saved?: Templates['saved'][number]
    frequent?: Templates['frequent'][number]
  }) => void
}) {
  const { t } = useTranslation()
  const saved = props.templates?.saved ?? []
  const frequent = props.templates?.frequent ?? []
  if (saved.length === 0 && frequent.length === 0) {
    if (!props.templates) return null
    return (
      <Text size="sm" c="dimmed" data-testid="template-empty">
        <IconTemplate size={16} aria-hidden style={{ verticalAlign: -3, marginRight: 4 }} />
        {t('progress.form.templateEmpty')}
      </Text>
    )
  }
  const data = [
    { value: '', label: t('progress.form.templatePick') },
    ...(saved.length > 0
      ? [
          {
            group: t('progress.form.savedGroup'),
            items: saved.map((s) => ({ value: `saved:${s.id}`, label: s.name })),
          },
        ]
      : []),
    ...(frequent.length > 0
      ? [
          {
            group: t('progress.form.frequentGroup'),
            items: frequent.map((f, i) => ({
              value: `frequent:${i}`,
              label: t('progress.form.frequentOption', {
                description:
                  f.description.length > 60 ? `${f.description.slice(0, 57)}…` : f.description,
                count: f.count,
              }),
            })),
          },
        ]
      : []),
  ]
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <NativeSelect
        style={{ flex: 1, minWidth: 0 }}
        label={t('progress.form.template')}
        description={t('progress.form.templateHint')}
        leftSection={<IconTemplate size={18} aria-hidden />}
        data={data}
        value=""
        onChange={(e) => {
          const v = e.currentTarget.value
          if (v.startsWith('saved:'))
            props.onPick({ saved: saved.find((s) => `saved:${s.id}` === v) })
          else if (v.startsWith('frequent:'))
            props.onPick({ frequent: frequent[Number(v.slice(9))] })
        }}
        data-testid="template-select"
      />
      {saved.length > 0 ? <TemplateManager saved={saved} /> : null}
    </Group>
  )
}

/** Removes saved templates that are no longer needed. */
function TemplateManager(props: { saved: Templates['saved'] }) {
  const { t } = useTranslation()
  const remove = useDeleteTemplate()
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="default" size={36} aria-label={t('progress.template.manage')}>
          <IconSettings size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('progress.template.manage')}</Menu.Label>
        {props.saved.map((tpl) => (
          <Menu.Item
            key={tpl.id}
            color="red"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={() =>
              remove.mutate(tpl.id, {
                onSuccess: () => notifySuccess(t('progress.template.deleted', { name: tpl.name })),
                onError: (e) => notifyError(e),
              })
            }
          >
            {t('progress.template.delete', { name: tpl.name })}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  )
}

/**
 * Log, edit or fix one activity; the page mounts one form per entry or draft (a `key`), so
 * its state starts from `mode`. Phone first: a full-screen dialog with the save button
 * always in reach. Guided: an example of a good description and a warning when it will be
 * flagged as vague; the RHK and its rencana aksi to pick; evidence from the camera or files
 * (photos made smaller here) and links. Offline, a new entry goes into the device's queue.
 */
export function EntryFormModal(props: {
  opened: boolean
  mode: EntryFormMode
  onClose: () => void
  /** After a save (or a skipped draft): the page moves to the next draft or closes. */
  onDone: () => void
  owner: string
  today: string
  /** The assessment period of a day (its rencana aksi are offered). */
  periodIdFor: (day: string) => string | null
}) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const { mode } = props
  const form = useForm<EntryFormValues>({
    resolver: zodResolver(entryFormSchema) as unknown as Resolver<EntryFormValues>,
    defaultValues: valuesOf(mode),
  })
  const links = useFieldArray({ control: form.control, name: 'links' })
  const [files, setFiles] = useState<PickedFile[]>([])
  const [saving, setSaving] = useState(false)
  const [templateOpen, setTemplateOpen] = useState(false)
  const [removed, setRemoved] = useState<string[]>([])
  // One id per opened form (the page mounts a new form per entry or draft): pressing save
  // twice, or a retry after a lost answer, sends the same entry.
  const [clientId] = useState(() => crypto.randomUUID())
  const invalidate = useInvalidateProgress()
  const update = useUpdateProgress()
  const templates = useTemplates(props.opened)
  const { reset } = form

  // A refused queued entry opens with the server's reasons on the fields they concern.
  useEffect(() => {
    if (mode.kind !== 'fix' || !mode.item.error) return
    const fields = Object.keys(mode.item.error.fields)
    const error = new ApiError({
      status: mode.item.error.status,
      code: 'VALIDATION_FAILED',
      message: mode.item.error.message,
      fields: mode.item.error.fields,
    })
    if (fields.length > 0) applyServerFieldErrors(error, form.setError, KNOWN_FIELDS)
  }, [mode, form.setError])

  const [date, rhkId, description, rencanaAksiId] = useWatch({
    control: form.control,
    name: ['date', 'rhkId', 'description', 'rencanaAksiId'],
  })
  const periodId = props.periodIdFor(date || props.today)
  const board = useRencanaAksiBoard(props.opened ? periodId : null)
  const rhkList: Rhk[] = useMemo(() => board.data?.rhk ?? [], [board.data])
  const rhk = rhkList.find((r) => r.id === rhkId)
  const rencanaAksi = rhk?.rencanaAksi ?? []

  // A rencana aksi belongs to one RHK: a new RHK clears it, and picking one suggests its satuan.
  useEffect(() => {
    if (rencanaAksiId && rhk && !rhk.rencanaAksi.some((r) => r.id === rencanaAksiId)) {
      form.setValue('rencanaAksiId', '')
    }
  }, [rhk, rencanaAksiId, form])

  const existingFiles =
    mode.kind === 'edit'
      ? mode.entry.evidence.filter((e) => e.kind === 'file' && !removed.includes(e.id))
      : []
  const queuedFiles = mode.kind === 'fix' ? mode.item.files.length : 0
  const vague =
    description.trim().length >= 3 &&
    isVague(description, DEFAULT_ALIGNMENT_SETTINGS.minDescriptionChars)

  const title =
    mode.kind === 'edit'
      ? t('progress.form.editTitle')
      : mode.kind === 'fix'
        ? t('progress.form.fixTitle')
        : mode.kind === 'draft'
          ? t('progress.form.draftTitle', {
              date: formatDate(mode.fromDate),
              n: mode.index + 1,
              total: mode.total,
            })
          : t('progress.form.addTitle')

  const display = () => ({
    rhkText: rhk ? rhk.text : null,
    rencanaAksiText:
      rencanaAksi.find((r) => r.id === form.getValues('rencanaAksiId'))?.description ?? null,
  })

  const onSubmit = form.handleSubmit(async (values) => {
    if (isAfter(values.date, props.today)) {
      form.setError(
        'date',
        { type: 'manual', message: t('progress.form.futureDate') },
        { shouldFocus: true },
      )
      return
    }
    const valid = entryFormSchema.parse(values)
    setSaving(true)
    try {
      if (mode.kind === 'new' || mode.kind === 'draft') {
        const input = formToInput(valid, { clientId }, new Date())
        const outcome = await saveNewEntry({ owner: props.owner, input, files, display: display() })
        if (outcome.kind === 'queued') {
          notifySuccess(
            outcome.filesOnly ? t('progress.form.filesQueued') : t('progress.form.queued'),
          )
        } else if (outcome.rejectedFiles.length > 0) {
          notifyError(
            new ApiError({
              status: 400,
              code: 'VALIDATION_FAILED',
              message: t('progress.form.filesRejected', {
                list: outcome.rejectedFiles.map((f) => `${f.name} (${f.message})`).join('; '),
              }),
            }),
          )
        } else {
          notifySuccess(t('progress.form.saved'))
        }
        await invalidate()
        props.onDone()
      } else if (mode.kind === 'fix') {
        const input = formToInput(
          valid,
          { clientId: mode.item.clientId },
          new Date(mode.item.input.deviceRecordedAt),
        )
        const ok = await requeue(mode.item.clientId, { input, display: display() })
        notifySuccess(ok ? t('progress.form.requeued') : t('progress.form.needsConnection'))
        props.onDone()
      } else {
        if (isOfflineNow()) {
          notifyError(
            new ApiError({
              status: 0,
              code: 'VALIDATION_FAILED',
              message: t('progress.form.needsConnection'),
            }),
          )
          return
        }
        const patch = formToPatch(valid, mode.entry)
        const entryId = mode.entry.id
        if (Object.keys(patch).length > 1) await update.mutateAsync({ id: entryId, ...patch })
        for (const id of removed) await deleteEvidence(entryId, id)
        for (const f of files) {
          await uploadEvidence(entryId, { clientId: f.clientId, blob: f.file, name: f.file.name })
        }
        await invalidate()
        notifySuccess(t('progress.form.updated'))
        props.onDone()
      }
    } catch (e) {
      const current = conflictCurrent<Progress>(e)
      if (current) {
        notifyError(
          new ApiError({ status: 409, code: 'CONFLICT', message: t('progress.form.conflict') }),
        )
        reset(entryToForm(current))
        await invalidate()
        return
      }
      if (!applyServerFieldErrors(e, form.setError, KNOWN_FIELDS)) notifyError(e)
    } finally {
      setSaving(false)
    }
  })

  const errors = form.formState.errors
  const canSaveTemplate = description.trim().length >= 3

  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={title}
      size="lg"
      fullScreen={isPhone}
      closeOnClickOutside={false}
      radius={isPhone ? 0 : 'md'}
      styles={{ body: { paddingBottom: 0 } }}
    >
      <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="entry-form">
        <Stack gap="md">
          {mode.kind === 'new' || mode.kind === 'draft' ? (
            <TemplatePicker
              templates={templates.data}
              onPick={(pick) => {
                const current = form.getValues()
                const next = pick.saved
                  ? applyTemplate(current, pick.saved)
                  : pick.frequent
                    ? applyFrequent(current, pick.frequent)
                    : current
                reset(next, { keepDefaultValues: true })
                notifySuccess(t('progress.form.templateApplied'))
              }}
            />
          ) : null}

          <Grid gutter="sm">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                type="date"
                label={t('progress.form.date')}
                {...requiredField}
                max={props.today}
                error={errors.date?.message}
                {...form.register('date')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 3 }}>
              <TextInput
                type="time"
                label={t('progress.form.startTime')}
                {...requiredField}
                error={errors.startTime?.message}
                {...form.register('startTime')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 3 }}>
              <TextInput
                type="time"
                label={t('progress.form.endTime')}
                {...requiredField}
                error={errors.endTime?.message}
                {...form.register('endTime')}
              />
            </Grid.Col>
          </Grid>

          <Stack gap={6}>
            <Textarea
              label={t('progress.form.description')}
              description={t('progress.form.descriptionHint')}
              {...requiredField}
              autosize
              minRows={3}
              maxRows={8}
              maxLength={2000}
              error={errors.description?.message}
              data-autofocus
              {...form.register('description')}
            />
            {vague ? (
              <Text size="sm" c="orange.9" role="status" data-testid="vague-warning">
                <IconAlertTriangle
                  size={14}
                  aria-hidden
                  style={{ verticalAlign: -2, marginRight: 4 }}
                />
                {t('progress.form.vagueWarning')}
              </Text>
            ) : null}
            <Alert
              role="note"
              variant="light"
              color="kinerja"
              icon={<IconBulb aria-hidden />}
              title={t('progress.form.exampleTitle')}
              p="xs"
            >
              <Text size="sm">
                <Text span fw={700}>
                  {t('progress.form.goodLabel')}
                </Text>{' '}
                {t('progress.form.goodExample')}
              </Text>
              <Text size="sm">
                <Text span fw={700}>
                  {t('progress.form.badLabel')}
                </Text>{' '}
                {t('progress.form.badExample')}
              </Text>
            </Alert>
          </Stack>

          <Stack gap={6}>
            <Controller
              control={form.control}
              name="rhkId"
              render={({ field, fieldState }) => (
                <NativeSelect
                  label={t('progress.form.rhk')}
                  description={
                    board.isPending && periodId
                      ? t('progress.form.rhkLoading')
                      : board.isSuccess && rhkList.length === 0
                        ? t('progress.form.rhkEmpty')
                        : t('progress.form.rhkHint')
                  }
                  data={[
                    { value: '', label: t('progress.form.rhkNone') },
                    ...rhkList.map((r) => ({
                      value: r.id,
                      label: t('progress.form.rhkOption', { n: r.seq, text: r.text }),
                    })),
                  ]}
                  value={field.value}
                  onChange={(e) => field.onChange(e.currentTarget.value)}
                  onBlur={field.onBlur}
                  name={field.name}
                  ref={field.ref}
                  error={fieldState.error?.message}
                  data-testid="rhk-select"
                />
              )}
            />
            {!rhkId && rhkList.length > 0 ? (
              <Text size="xs" c="orange.9">
                {t('progress.form.rhkUnlinkedWarning')}
              </Text>
            ) : null}
            {rhk ? (
              rencanaAksi.length > 0 ? (
                <Controller
                  control={form.control}
                  name="rencanaAksiId"
                  render={({ field, fieldState }) => (
                    <NativeSelect
                      label={t('progress.form.rencanaAksi')}
                      description={t('progress.form.rencanaAksiHint')}
                      data={[
                        { value: '', label: t('progress.form.rencanaAksiNone') },
                        ...rencanaAksi.map((r) => ({ value: r.id, label: r.description })),
                      ]}
                      value={field.value}
                      onChange={(e) => {
                        const id = e.currentTarget.value
                        field.onChange(id)
                        const ra = rencanaAksi.find((r) => r.id === id)
                        if (ra && !form.getValues('satuan').trim())
                          form.setValue('satuan', ra.targetUnit)
                      }}
                      onBlur={field.onBlur}
                      name={field.name}
                      ref={field.ref}
                      error={fieldState.error?.message}
                      ml={{ base: 0, sm: 'md' }}
                      data-testid="rencana-aksi-select"
                    />
                  )}
                />
              ) : (
                <Text size="xs" c="dimmed" ml={{ base: 0, sm: 'md' }}>
                  {t('progress.form.rencanaAksiEmpty')}{' '}
                  <AnchorLink to="/progres-harian/rencana-aksi" size="xs" onClick={props.onClose}>
                    {t('progress.form.manageRencanaAksi')}
                  </AnchorLink>
                </Text>
              )
            ) : null}
          </Stack>

          <Grid gutter="sm">
            <Grid.Col span={{ base: 5, sm: 4 }}>
              <Controller
                control={form.control}
                name="realisasi"
                render={({ field, fieldState }) => (
                  <NumberInput
                    label={t('progress.form.realisasi')}
                    description={t('progress.form.realisasiHint')}
                    {...requiredField}
                    value={field.value ?? ''}
                    onChange={(v) =>
                      field.onChange(typeof v === 'number' ? v : v === '' ? null : Number(v))
                    }
                    onBlur={field.onBlur}
                    name={field.name}
                    ref={field.ref}
                    min={0}
                    max={1_000_000}
                    allowDecimal={false}
                    allowNegative={false}
                    inputMode="numeric"
                    error={fieldState.error?.message}
                  />
                )}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 7, sm: 8 }}>
              <Controller
                control={form.control}
                name="satuan"
                render={({ field, fieldState }) => (
                  <Autocomplete
                    label={t('progress.form.satuan')}
                    description={t('progress.form.satuanHint')}
                    {...requiredField}
                    data={[
                      ...new Set([...rencanaAksi.map((r) => r.targetUnit), ...SATUAN_SUGGESTIONS]),
                    ]}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    name={field.name}
                    ref={field.ref}
                    maxLength={40}
                    comboboxProps={{ withinPortal: true }}
                    error={fieldState.error?.message}
                  />
                )}
              />
            </Grid.Col>
          </Grid>

          <Stack gap={6} component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
            <Title order={3} fz={16} component="legend">
              {t('progress.form.evidence')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('progress.form.evidenceHint', {
                size: formatBytes(MAX_EVIDENCE_BYTES),
                max: MAX_EVIDENCE_PER_ENTRY,
              })}
            </Text>
            {existingFiles.length > 0 ? (
              <Stack gap={4} aria-label={t('progress.form.existingEvidence')}>
                {existingFiles.map((ev) => (
                  <Group key={ev.id} gap="xs" wrap="nowrap">
                    <Anchor
                      href={ev.downloadUrl ?? undefined}
                      size="sm"
                      style={{ flex: 1, minWidth: 0 }}
                      truncate
                    >
                      {ev.fileName}
                    </Anchor>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      onClick={() => setRemoved((r) => [...r, ev.id])}
                      aria-label={t('progress.form.removeEvidence', { name: ev.fileName ?? '' })}
                    >
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Group>
                ))}
              </Stack>
            ) : null}
            {queuedFiles > 0 ? (
              <Text size="sm">{t('progress.form.queuedFiles', { count: queuedFiles })}</Text>
            ) : null}
            {mode.kind !== 'fix' ? (
              <EvidencePicker
                files={files}
                onChange={setFiles}
                existingCount={existingFiles.length}
                showCamera={isPhone}
              />
            ) : null}
          </Stack>

          <Stack gap={6}>
            <Text fw={600} size="sm" id="links-label">
              {t('progress.form.links')}
            </Text>
            <Text size="xs" c="dimmed" mt={-4}>
              {t('progress.form.linksHint', { max: MAX_LINKS_PER_ENTRY })}
            </Text>
            {links.fields.map((f, i) => (
              <Group key={f.id} gap="xs" wrap="nowrap" align="flex-start">
                <TextInput
                  type="url"
                  inputMode="url"
                  label={t('progress.form.linkLabel', { n: i + 1 })}
                  placeholder="https://"
                  style={{ flex: 1 }}
                  error={errors.links?.[i]?.url?.message}
                  {...form.register(`links.${i}.url`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  mt={26}
                  onClick={() => links.remove(i)}
                  aria-label={t('progress.form.removeLink', { n: i + 1 })}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            {links.fields.length < MAX_LINKS_PER_ENTRY ? (
              <div>
                <Button
                  variant="subtle"
                  size="compact-sm"
                  leftSection={<IconPlus size={16} aria-hidden />}
                  onClick={() => links.append({ url: '' })}
                >
                  {t('progress.form.addLink')}
                </Button>
              </div>
            ) : null}
          </Stack>

          {mode.kind !== 'fix' ? (
            <div>
              <Button
                variant="subtle"
                size="compact-sm"
                leftSection={<IconDeviceFloppy size={16} aria-hidden />}
                onClick={() => setTemplateOpen(true)}
                disabled={!canSaveTemplate}
                data-testid="save-template"
              >
                {t('progress.form.saveTemplate')}
              </Button>
            </div>
          ) : null}

          <Group
            justify="flex-end"
            gap="xs"
            py="sm"
            style={{
              position: 'sticky',
              bottom: 0,
              background: 'var(--mantine-color-body)',
              borderTop: '1px solid var(--mantine-color-gray-3)',
              zIndex: 2,
            }}
          >
            <Group gap="xs" ml="auto">
              {mode.kind === 'draft' ? (
                <Button
                  variant="default"
                  leftSection={<IconPlayerSkipForward size={16} aria-hidden />}
                  onClick={props.onDone}
                >
                  {t('progress.form.skip')}
                </Button>
              ) : (
                <Button variant="default" onClick={props.onClose}>
                  {t('common.cancel')}
                </Button>
              )}
              <Button type="submit" loading={saving} data-testid="entry-save">
                {t('progress.form.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
      {templateOpen ? (
        <TemplateSaveModal
          opened
          onClose={() => setTemplateOpen(false)}
          values={form.getValues()}
        />
      ) : null}
    </Modal>
  )
}
