import { zodResolver } from '@hookform/resolvers/zod'
import {
  ActionIcon,
  Badge,
  Card,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { IconPencil } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useForm } from 'react-hook-form'
import type { Resolver } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { updatePeriodSchema } from '../../../../../shared/periods.ts'
import type { UpdatePeriod } from '../../../../../shared/periods.ts'
import { requiredField } from '../../../components/ui/required-field.ts'
import { applyServerFieldErrors } from '../../../lib/form.ts'
import { formatDate } from '../../../lib/format.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { useUpdatePeriod } from '../api.ts'
import type { Period, YearDetail } from '../api.ts'
import { PeriodStateBadge } from './period-state-badge.tsx'
import { FormFooter } from '../../../components/ui/form-footer.tsx'

type Form = { name: string; startDate: string; endDate: string; deadline: string }

function PeriodEditModal(props: {
  period: Period | null
  zone: string
  skpStart: string
  skpEnd: string
  onClose: () => void
}) {
  const { t } = useTranslation()
  const update = useUpdatePeriod()
  const form = useForm<Form, unknown, UpdatePeriod>({
    resolver: zodResolver(updatePeriodSchema) as unknown as Resolver<Form, unknown, UpdatePeriod>,
  })
  const { reset } = form
  const { errors } = form.formState
  const p = props.period
  useEffect(() => {
    if (p) reset({ name: p.name, startDate: p.startDate, endDate: p.endDate, deadline: p.deadline })
  }, [p, reset])

  const submit = form.handleSubmit((values) => {
    if (!p) return
    update.mutate(
      { id: p.id, ...values },
      {
        onSuccess: (saved) => {
          notifySuccess(t('periods.periodSaved', { name: saved.name }))
          props.onClose()
        },
        onError: (e) => {
          if (
            !applyServerFieldErrors(e, form.setError, ['name', 'startDate', 'endDate', 'deadline'])
          )
            notifyError(e)
        },
      },
    )
  })

  return (
    <Modal
      opened={p !== null}
      onClose={props.onClose}
      title={p ? t('periods.editTitle', { name: p.name }) : ''}
      size="lg"
    >
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="period-edit-form">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('periods.editExplain', {
              from: formatDate(props.skpStart),
              to: formatDate(props.skpEnd),
            })}
          </Text>
          <TextInput
            label={t('periods.name')}
            description={t('periods.nameHint')}
            {...requiredField}
            data-autofocus
            error={errors.name?.message}
            {...form.register('name')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              type="date"
              label={t('common.startDate')}
              {...requiredField}
              min={props.skpStart}
              max={props.skpEnd}
              error={errors.startDate?.message}
              {...form.register('startDate')}
            />
            <TextInput
              type="date"
              label={t('common.endDate')}
              {...requiredField}
              min={props.skpStart}
              max={props.skpEnd}
              error={errors.endDate?.message}
              {...form.register('endDate')}
            />
          </SimpleGrid>
          <TextInput
            type="date"
            label={t('periods.deadline')}
            description={t('periods.deadlineHint', { zone: props.zone })}
            {...requiredField}
            error={errors.deadline?.message}
            {...form.register('deadline')}
          />
          <FormFooter onCancel={props.onClose} loading={update.isPending} />
        </Stack>
      </form>
    </Modal>
  )
}

/** The periods of a year with dates and batas pengisian; admins edit each in a modal. */
export function PeriodList(props: { year: YearDetail; zone: string; canEdit: boolean }) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const [editing, setEditing] = useState<Period | null>(null)
  const periods = props.year.periods

  const editButton = (p: Period) =>
    props.canEdit ? (
      <ActionIcon
        variant="subtle"
        size="lg"
        aria-label={t('periods.editNamed', { name: p.name })}
        onClick={() => setEditing(p)}
      >
        <IconPencil size={18} aria-hidden />
      </ActionIcon>
    ) : null
  const kindBadge = (p: Period) =>
    p.kind === 'annual' ? (
      <Badge variant="outline" color="grape">
        {t('periods.kind.annual')}
      </Badge>
    ) : null

  return (
    <section aria-labelledby="periods-title" data-testid="period-list">
      <Title order={2} fz={18} id="periods-title" mb={4}>
        {t('periods.periodsTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('periods.periodsHint', { zone: props.zone })}
      </Text>
      {isPhone ? (
        <SimpleGrid cols={1} spacing="sm">
          {periods.map((p) => (
            <Card
              key={p.id}
              withBorder
              radius="md"
              padding="sm"
              component="article"
              aria-label={p.name}
              data-testid="period-card"
            >
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={4} style={{ minWidth: 0 }}>
                  <Group gap={6}>
                    <Text fw={700}>{p.name}</Text>
                    {kindBadge(p)}
                  </Group>
                  <Text size="sm">
                    {t('period.range', {
                      from: formatDate(p.startDate),
                      to: formatDate(p.endDate),
                    })}
                  </Text>
                  <Text size="sm">
                    {t('periods.deadline')}: <strong>{formatDate(p.deadline)}</strong>
                  </Text>
                  <div>
                    <PeriodStateBadge state={p.state} />
                  </div>
                </Stack>
                {editButton(p)}
              </Group>
            </Card>
          ))}
        </SimpleGrid>
      ) : (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={680}>
            <Table striped verticalSpacing="sm">
              <Table.Caption>{t('periods.tableCaption', { year: props.year.year })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('periods.name')}</Table.Th>
                  <Table.Th scope="col">{t('periods.dates')}</Table.Th>
                  <Table.Th scope="col">{t('periods.deadline')}</Table.Th>
                  <Table.Th scope="col">{t('periods.stateLabel')}</Table.Th>
                  {props.canEdit ? (
                    <Table.Th scope="col">
                      <span className="visually-hidden">{t('common.actions')}</span>
                    </Table.Th>
                  ) : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {periods.map((p) => (
                  <Table.Tr key={p.id} data-testid="period-row">
                    <Table.Td>
                      <Group gap={6}>
                        <Text fw={600}>{p.name}</Text>
                        {kindBadge(p)}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      {t('period.range', {
                        from: formatDate(p.startDate),
                        to: formatDate(p.endDate),
                      })}
                    </Table.Td>
                    <Table.Td>{formatDate(p.deadline)}</Table.Td>
                    <Table.Td>
                      <PeriodStateBadge state={p.state} />
                    </Table.Td>
                    {props.canEdit ? <Table.Td ta="right">{editButton(p)}</Table.Td> : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <PeriodEditModal
        period={editing}
        zone={props.zone}
        skpStart={props.year.skpStart}
        skpEnd={props.year.skpEnd}
        onClose={() => setEditing(null)}
      />
    </section>
  )
}
