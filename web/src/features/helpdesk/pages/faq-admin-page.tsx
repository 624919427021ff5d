import { zodResolver } from '@hookform/resolvers/zod'
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Menu,
  Modal,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import {
  IconBook2,
  IconDots,
  IconEye,
  IconEyeOff,
  IconPencil,
  IconPlus,
  IconSearch,
  IconTrash,
} from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { TICKET_CATEGORIES, faqInputSchema } from '../../../../../shared/helpdesk.ts'
import { ConfirmDeleteDialog } from '../../../components/ui/confirm-delete-dialog.tsx'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { ButtonLink } from '../../../components/ui/links.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { requiredField } from '../../../components/ui/required-field.ts'
import { VersionConflictDialog } from '../../../components/ui/version-conflict-dialog.tsx'
import { formatDateTime } from '../../../lib/format.ts'
import { applyServerFieldErrors } from '../../../lib/form.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { useSessionUser } from '../../auth/api.ts'
import { isVersionConflict } from '../../skp/version-conflict.ts'
import { helpdeskKeys, useCreateFaq, useDeleteFaq, useFaq, useUpdateFaq } from '../api.ts'
import type { Faq, FaqInput } from '../api.ts'
import { HelpdeskBackLink } from '../components/back-link.tsx'
import { groupFaq } from '../helpdesk-view.ts'

type FormInput = z.input<typeof faqInputSchema>
type FormValues = z.output<typeof faqInputSchema>
const FIELDS = ['question', 'answer', 'category', 'published', 'sortOrder'] as const

function FaqForm(props: { faq: Faq | null; onClose: () => void; onConflict: () => void }) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const create = useCreateFaq()
  const update = useUpdateFaq()
  const editing = props.faq
  const form = useForm<FormInput, unknown, FormValues>({
    resolver: zodResolver(faqInputSchema),
    defaultValues: editing
      ? {
          question: editing.question,
          answer: editing.answer,
          category: editing.category,
          published: editing.published,
          sortOrder: editing.sortOrder,
        }
      : {
          question: '',
          answer: '',
          category: '' as FormInput['category'],
          published: true,
          sortOrder: 0,
        },
  })
  const { errors } = form.formState
  const onError = (e: unknown) => {
    if (isVersionConflict(e)) {
      props.onConflict()
      return
    }
    if (!applyServerFieldErrors(e, form.setError, FIELDS)) notifyError(e)
  }
  const submit = form.handleSubmit((values: FaqInput) => {
    if (editing) {
      update.mutate(
        { ...values, id: editing.id, version: editing.version },
        {
          onSuccess: () => {
            notifySuccess(t('helpdesk.faqAdmin.saved'))
            props.onClose()
          },
          onError,
        },
      )
    } else {
      create.mutate(values, {
        onSuccess: () => {
          notifySuccess(t('helpdesk.faqAdmin.created'))
          props.onClose()
        },
        onError,
      })
    }
  })
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={editing ? t('helpdesk.faqAdmin.edit') : t('helpdesk.faqAdmin.new')}
      size="lg"
      fullScreen={isPhone}
      radius={isPhone ? 0 : 'md'}
    >
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="faq-form">
        <Stack gap="md">
          <TextInput
            label={t('helpdesk.faqAdmin.question')}
            description={t('helpdesk.faqAdmin.questionHint')}
            {...requiredField}
            maxLength={300}
            {...form.register('question')}
            error={errors.question?.message}
            data-autofocus
            data-testid="faq-question"
          />
          <Textarea
            label={t('helpdesk.faqAdmin.answer')}
            description={t('helpdesk.faqAdmin.answerHint')}
            {...requiredField}
            autosize
            minRows={5}
            maxLength={10000}
            {...form.register('answer')}
            error={errors.answer?.message}
            data-testid="faq-answer"
          />
          <Group grow align="flex-start" wrap="wrap">
            <NativeSelect
              label={t('helpdesk.faqAdmin.category')}
              {...requiredField}
              data={[
                { value: '', label: t('helpdesk.form.categoryPlaceholder'), disabled: true },
                ...TICKET_CATEGORIES.map((c) => ({ value: c, label: t(`helpdesk.category.${c}`) })),
              ]}
              {...form.register('category')}
              error={errors.category?.message}
              data-testid="faq-category"
              miw={200}
            />
            <Controller
              control={form.control}
              name="sortOrder"
              render={({ field, fieldState }) => (
                <NumberInput
                  label={t('helpdesk.faqAdmin.sortOrder')}
                  description={t('helpdesk.faqAdmin.sortOrderHint')}
                  min={0}
                  max={10000}
                  allowDecimal={false}
                  allowNegative={false}
                  value={field.value ?? 0}
                  onChange={(v) => field.onChange(typeof v === 'number' ? v : Number(v) || 0)}
                  onBlur={field.onBlur}
                  name={field.name}
                  ref={field.ref}
                  error={fieldState.error?.message}
                  miw={160}
                />
              )}
            />
          </Group>
          <Controller
            control={form.control}
            name="published"
            render={({ field }) => (
              <Switch
                label={t('helpdesk.faqAdmin.published')}
                description={t('helpdesk.faqAdmin.publishedHint')}
                checked={field.value}
                onChange={(e) => field.onChange(e.currentTarget.checked)}
                onBlur={field.onBlur}
                ref={field.ref}
                data-testid="faq-published"
              />
            )}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={props.onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={create.isPending || update.isPending}
              data-testid="faq-save"
            >
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}

function FaqRow(props: {
  faq: Faq
  onEdit: () => void
  onDelete: () => void
  onConflict: () => void
}) {
  const { t } = useTranslation()
  const me = useSessionUser()
  const update = useUpdateFaq()
  const f = props.faq
  const togglePublished = () =>
    update.mutate(
      {
        id: f.id,
        version: f.version,
        question: f.question,
        answer: f.answer,
        category: f.category,
        sortOrder: f.sortOrder,
        published: !f.published,
      },
      {
        onSuccess: () =>
          notifySuccess(
            f.published ? t('helpdesk.faqAdmin.unpublished') : t('helpdesk.faqAdmin.publishedDone'),
          ),
        onError: (e) => (isVersionConflict(e) ? props.onConflict() : notifyError(e)),
      },
    )
  return (
    <Paper withBorder radius="md" p="sm" component="li" data-testid="faq-admin-item">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Group gap={6} wrap="wrap">
            {f.published ? (
              <Badge color="teal" leftSection={<IconEye size={12} aria-hidden />}>
                {t('helpdesk.faqAdmin.publishedBadge')}
              </Badge>
            ) : (
              <Badge
                color="gray"
                variant="outline"
                leftSection={<IconEyeOff size={12} aria-hidden />}
              >
                {t('helpdesk.faqAdmin.draftBadge')}
              </Badge>
            )}
            <Text size="xs" c="dimmed">
              {t('helpdesk.faqAdmin.meta', {
                order: f.sortOrder,
                time: formatDateTime(f.updatedAt, me.instansiTimeZone ?? undefined),
              })}
            </Text>
          </Group>
          <Text fw={600} size="sm">
            {f.question}
          </Text>
          <Text size="sm" c="dimmed" lineClamp={2} style={{ whiteSpace: 'pre-wrap' }}>
            {f.answer}
          </Text>
        </Stack>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon
              variant="subtle"
              size={40}
              loading={update.isPending}
              aria-label={t('helpdesk.faqAdmin.actionsFor', { question: f.question })}
            >
              <IconDots size={18} aria-hidden />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={props.onEdit}>
              {t('helpdesk.faqAdmin.editAction')}
            </Menu.Item>
            <Menu.Item
              leftSection={
                f.published ? (
                  <IconEyeOff size={16} aria-hidden />
                ) : (
                  <IconEye size={16} aria-hidden />
                )
              }
              onClick={togglePublished}
            >
              {f.published ? t('helpdesk.faqAdmin.unpublish') : t('helpdesk.faqAdmin.publish')}
            </Menu.Item>
            <Menu.Item
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={props.onDelete}
            >
              {t('common.delete')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
    </Paper>
  )
}

/** `/helpdesk/faq` (PIC, admin): write, publish and retire the FAQ people search in Bantuan. */
export function FaqAdminPage() {
  const { t } = useTranslation()
  const qc = useQueryClient()
  const [search, setSearch] = useState('')
  const [q] = useDebouncedValue(search.trim(), 300)
  const faq = useFaq(q || undefined)
  const remove = useDeleteFaq()
  // undefined: closed; null: a new question; a Faq: editing it.
  const [editing, setEditing] = useState<Faq | null | undefined>(undefined)
  const [toDelete, setToDelete] = useState<Faq | null>(null)
  const [conflict, setConflict] = useState(false)
  const groups = groupFaq(faq.data?.items ?? [])
  return (
    <Stack gap="md">
      <div>
        <HelpdeskBackLink to="/helpdesk" />
        <PageHeader
          title={t('helpdesk.faqAdmin.title')}
          description={t('helpdesk.faqAdmin.description')}
          actions={
            <Button
              leftSection={<IconPlus size={18} aria-hidden />}
              onClick={() => setEditing(null)}
              data-testid="faq-new"
            >
              {t('helpdesk.faqAdmin.new')}
            </Button>
          }
        />
      </div>
      <Paper withBorder radius="md" p="md" bg="gray.0">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <IconBook2 size={22} aria-hidden style={{ flexShrink: 0 }} />
          <Stack gap={4} align="flex-start">
            <Text size="sm">{t('helpdesk.faqAdmin.guideNote')}</Text>
            <ButtonLink to="/bantuan/panduan" variant="subtle" size="compact-sm">
              {t('helpdesk.help.guideOpen')}
            </ButtonLink>
          </Stack>
        </Group>
      </Paper>
      <TextInput
        type="search"
        label={t('helpdesk.faqAdmin.search')}
        leftSection={<IconSearch size={18} aria-hidden />}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        maxLength={100}
        maw={480}
      />
      {faq.isPending ? (
        <LoadingState rows={4} />
      ) : faq.isError ? (
        <ErrorState error={faq.error} onRetry={() => void faq.refetch()} />
      ) : groups.length === 0 ? (
        <EmptyState
          testId="faq-admin-empty"
          title={q ? t('helpdesk.help.faqNoMatchTitle') : t('helpdesk.faqAdmin.emptyTitle')}
          description={q ? t('helpdesk.faqAdmin.noMatch') : t('helpdesk.faqAdmin.empty')}
          action={
            <Button
              leftSection={<IconPlus size={18} aria-hidden />}
              onClick={() => setEditing(null)}
            >
              {t('helpdesk.faqAdmin.new')}
            </Button>
          }
        />
      ) : (
        <Stack gap="lg">
          {groups.map((g) => (
            <section key={g.category} aria-labelledby={`faq-admin-${g.category}`}>
              <Title order={2} fz={18} mb="xs" id={`faq-admin-${g.category}`}>
                {t(`helpdesk.category.${g.category}`)}
              </Title>
              <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {g.items.map((f) => (
                  <FaqRow
                    key={f.id}
                    faq={f}
                    onEdit={() => setEditing(f)}
                    onDelete={() => setToDelete(f)}
                    onConflict={() => setConflict(true)}
                  />
                ))}
              </Stack>
            </section>
          ))}
        </Stack>
      )}
      {editing !== undefined ? (
        <FaqForm
          key={editing?.id ?? 'new'}
          faq={editing}
          onClose={() => setEditing(undefined)}
          onConflict={() => setConflict(true)}
        />
      ) : null}
      <ConfirmDeleteDialog
        target={toDelete}
        onClose={() => setToDelete(null)}
        mutation={remove}
        title={t('helpdesk.faqAdmin.deleteTitle')}
        message={t('helpdesk.faqAdmin.deleteText', { question: toDelete?.question ?? '' })}
        deletedMessage={() => t('helpdesk.faqAdmin.deleted')}
      />
      <VersionConflictDialog
        opened={conflict}
        title={t('helpdesk.faqAdmin.conflictTitle')}
        laterLabel={t('helpdesk.faqAdmin.conflictLater')}
        reloadLabel={t('helpdesk.faqAdmin.conflictReload')}
        onReload={() => {
          void qc.invalidateQueries({ queryKey: helpdeskKeys.faqAll })
          setEditing(undefined)
          setConflict(false)
        }}
        onClose={() => setConflict(false)}
        testId="faq-conflict"
        zIndex={400}
      >
        <Text size="sm">{t('helpdesk.faqAdmin.conflictText')}</Text>
      </VersionConflictDialog>
    </Stack>
  )
}
