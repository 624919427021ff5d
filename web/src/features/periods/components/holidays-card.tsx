import { zodResolver } from '@hookform/resolvers/zod'
import {
  ActionIcon,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { IconCalendarPlus, IconDownload, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type { Resolver } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { HOLIDAY_KINDS, newHolidaySchema } from '../../../../../shared/periods.ts'
import type { HolidayKind, NewHoliday } from '../../../../../shared/periods.ts'
import { ConfirmDeleteDialog } from '../../../components/ui/confirm-delete-dialog.tsx'
import { FormFooter } from '../../../components/ui/form-footer.tsx'
import { requiredField } from '../../../components/ui/required-field.ts'
import { applyServerFieldErrors } from '../../../lib/form.ts'
import { formatDate } from '../../../lib/format.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useAddHoliday, useDeleteHoliday, useLoadDefaults } from '../api.ts'
import type { Holiday, YearDetail } from '../api.ts'
import { formatDayLong, formatMonth } from '../labels.ts'

/** Kind as words with a matching colour: national, cuti bersama, local. */
const KIND_COLOR: Record<HolidayKind, string> = {
  national: 'red',
  cuti_bersama: 'orange',
  local: 'grape',
}

export function HolidayKindBadge(props: { kind: HolidayKind }) {
  const { t } = useTranslation()
  return (
    <Badge color={KIND_COLOR[props.kind]} variant="light" size="sm">
      {t(`periods.holidayKind.${props.kind}`)}
    </Badge>
  )
}

type HolidayForm = { date: string; name: string; kind: HolidayKind }

function AddHolidayModal(props: { year: number; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const add = useAddHoliday(props.year)
  const form = useForm<HolidayForm, unknown, NewHoliday>({
    resolver: zodResolver(newHolidaySchema) as unknown as Resolver<
      HolidayForm,
      unknown,
      NewHoliday
    >,
    defaultValues: { date: '', name: '', kind: 'local' },
  })
  const { errors } = form.formState
  const submit = form.handleSubmit((values) =>
    add.mutate(values, {
      onSuccess: (h) => {
        notifySuccess(t('periods.holidayAdded', { name: h.name }))
        form.reset()
        props.onClose()
      },
      onError: (e) => {
        if (!applyServerFieldErrors(e, form.setError, ['date', 'name', 'kind'])) notifyError(e)
      },
    }),
  )
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('periods.addHolidayTitle', { year: props.year })}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          <TextInput
            type="date"
            label={t('periods.holidayDate')}
            {...requiredField}
            data-autofocus
            min={`${props.year}-01-01`}
            max={`${props.year}-12-31`}
            error={errors.date?.message}
            {...form.register('date')}
          />
          <TextInput
            label={t('periods.holidayName')}
            description={t('periods.holidayNameHint')}
            {...requiredField}
            error={errors.name?.message}
            {...form.register('name')}
          />
          <NativeSelect
            label={t('periods.holidayKindLabel')}
            description={t('periods.holidayKindHint')}
            {...requiredField}
            data={HOLIDAY_KINDS.map((k) => ({ value: k, label: t(`periods.holidayKind.${k}`) }))}
            error={errors.kind?.message}
            {...form.register('kind')}
          />
          <FormFooter onCancel={props.onClose} loading={add.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}

function LoadDefaultsModal(props: {
  year: number
  available: boolean
  opened: boolean
  onClose: () => void
}) {
  const { t } = useTranslation()
  const load = useLoadDefaults(props.year)
  const [national, setNational] = useState(true)
  const [bali, setBali] = useState(false)
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('periods.loadDefaultsTitle', { year: props.year })}
    >
      <Stack gap="md">
        <Text size="sm">{t('periods.loadDefaultsExplain')}</Text>
        {props.available ? (
          <>
            <Checkbox
              label={t('periods.loadNational')}
              description={t('periods.loadNationalHint')}
              checked={national}
              onChange={(e) => setNational(e.currentTarget.checked)}
            />
            <Checkbox
              label={t('periods.loadBali')}
              description={t('periods.loadBaliHint')}
              checked={bali}
              onChange={(e) => setBali(e.currentTarget.checked)}
            />
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('periods.noDefaultsYear', { year: props.year })}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            disabled={!props.available || (!national && !bali)}
            loading={load.isPending}
            onClick={() =>
              load.mutate(
                { national, local: bali ? 'bali' : null },
                {
                  onSuccess: (r) => {
                    notifySuccess(
                      t('periods.loadDefaultsResult', { added: r.added, skipped: r.skipped }),
                    )
                    props.onClose()
                  },
                  onError: (e) => notifyError(e),
                },
              )
            }
          >
            {t('periods.loadDefaultsSubmit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}

/** The days off of a year, grouped by month, with their kind in words; admins add and delete. */
export function HolidaysCard(props: { year: YearDetail; canEdit: boolean }) {
  const { t } = useTranslation()
  const del = useDeleteHoliday()
  const [adding, setAdding] = useState(false)
  const [loading, setLoading] = useState(false)
  const [deleting, setDeleting] = useState<Holiday | null>(null)

  const byMonth = new Map<string, Holiday[]>()
  for (const h of props.year.holidays) {
    const key = h.date.slice(0, 7)
    byMonth.set(key, [...(byMonth.get(key) ?? []), h])
  }
  const estimated = props.year.holidays.some((h) => h.name.endsWith('(perkiraan)'))

  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      component="section"
      aria-labelledby="holidays-title"
      data-testid="holidays"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div style={{ flex: '1 1 220px', minWidth: 0 }}>
            <Title order={2} fz={18} id="holidays-title">
              {t('periods.holidaysTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('periods.holidayCount', { count: props.year.holidays.length })} ·{' '}
              {t('periods.holidaysHint')}
            </Text>
          </div>
          {props.canEdit ? (
            <Group gap="xs">
              <Button
                size="xs"
                variant="default"
                leftSection={<IconDownload size={16} aria-hidden />}
                onClick={() => setLoading(true)}
              >
                {t('periods.loadDefaults')}
              </Button>
              <Button
                size="xs"
                variant="light"
                leftSection={<IconCalendarPlus size={16} aria-hidden />}
                onClick={() => setAdding(true)}
              >
                {t('periods.addHoliday')}
              </Button>
            </Group>
          ) : null}
        </Group>
        {estimated ? (
          <Text size="xs" c="dimmed">
            {t('periods.estimateNote')}
          </Text>
        ) : null}
        {props.year.holidays.length === 0 ? (
          <Text size="sm" fs="italic" c="dimmed" data-testid="no-holidays">
            {t('periods.noHolidays')}
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg" verticalSpacing="md">
            {[...byMonth.entries()].map(([month, days]) => (
              <div key={month}>
                <Text fw={700} size="sm" tt="capitalize" mb={4} component="h3">
                  {formatMonth(month)}
                </Text>
                <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                  {days.map((h) => (
                    <Group
                      key={h.id}
                      component="li"
                      justify="space-between"
                      wrap="nowrap"
                      gap="xs"
                      data-testid="holiday-item"
                      style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
                      pt={4}
                    >
                      <Stack gap={0} style={{ minWidth: 0 }}>
                        <Text size="sm" fw={600} style={{ wordBreak: 'break-word' }}>
                          {h.name}
                        </Text>
                        <Group gap={6}>
                          <Text size="xs" c="dimmed">
                            {formatDayLong(h.date)}
                          </Text>
                          <HolidayKindBadge kind={h.kind} />
                        </Group>
                      </Stack>
                      {props.canEdit ? (
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          size="lg"
                          aria-label={t('periods.deleteHolidayNamed', {
                            name: h.name,
                            date: formatDate(h.date),
                          })}
                          onClick={() => setDeleting(h)}
                        >
                          <IconTrash size={18} aria-hidden />
                        </ActionIcon>
                      ) : null}
                    </Group>
                  ))}
                </Stack>
              </div>
            ))}
          </SimpleGrid>
        )}
      </Stack>
      <AddHolidayModal year={props.year.year} opened={adding} onClose={() => setAdding(false)} />
      <LoadDefaultsModal
        year={props.year.year}
        available={props.year.defaultsAvailable}
        opened={loading}
        onClose={() => setLoading(false)}
      />
      <ConfirmDeleteDialog
        target={deleting}
        onClose={() => setDeleting(null)}
        mutation={del}
        title={t('periods.deleteHolidayTitle')}
        message={
          deleting
            ? t('periods.deleteHolidayText', {
                name: deleting.name,
                date: formatDate(deleting.date),
              })
            : ''
        }
        deletedMessage={(h) => t('periods.holidayDeleted', { name: h.name })}
      />
    </Paper>
  )
}
