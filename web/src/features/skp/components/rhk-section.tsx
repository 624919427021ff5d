import {
  Accordion,
  ActionIcon,
  Alert,
  Button,
  Group,
  List,
  Menu,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import {
  IconAlertTriangle,
  IconArrowDown,
  IconArrowUp,
  IconBulb,
  IconDotsVertical,
  IconPencil,
  IconPlus,
  IconTrash,
} from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { RHK_JENIS } from '../../../../../shared/skp.ts'
import type { PerjanjianKinerja, Rhk, RhkJenis, Skp } from '../../../../../shared/skp.ts'
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx'
import { errorMessage } from '../../../lib/error-message.ts'
import { notifySuccess } from '../../../lib/notify.tsx'
import { usePegawai } from '../../org/api.ts'
import { useAtasanRhk, usePerjanjianKinerja } from '../api.ts'
import { contentFromSkp, moveRhk, removeRhk } from '../skp-content.ts'
import { RhkCard } from './rhk-card.tsx'
import { RhkFormModal } from './rhk-form-modal.tsx'
import type { SkpWriter } from './use-skp-writer.tsx'

type PkTarget = PerjanjianKinerja['targets'][number]

/** The JPT variant's Perjanjian Kinerja targets (of the SKP owner's unit). */
export function usePkTargets(skp: Skp): PkTarget[] | undefined {
  const jpt = skp.variant === 'jpt'
  const owner = usePegawai(jpt ? skp.pegawaiId : undefined)
  const pk = usePerjanjianKinerja(skp.year, owner.data?.unitId ?? null, jpt)
  return pk.data?.targets
}

/** Ordered RHK of one jenis, with their position in the document's numbering. */
function rhkOfJenis(skp: Skp, jenis: RhkJenis): Rhk[] {
  return [...skp.rhk].filter((r) => r.jenis === jenis).sort((a, b) => a.seq - b.seq)
}

function RhkGuide(props: { defaultOpen: boolean; variant: Skp['variant'] }) {
  const { t } = useTranslation()
  const points = t(props.variant === 'jpt' ? 'skp.rhk.guide.pointsJpt' : 'skp.rhk.guide.points', {
    returnObjects: true,
  })
  return (
    <Accordion
      variant="contained"
      radius="md"
      defaultValue={props.defaultOpen ? 'guide' : null}
      data-testid="rhk-guide"
    >
      <Accordion.Item value="guide">
        <Accordion.Control icon={<IconBulb size={20} aria-hidden />}>
          {t('skp.rhk.guide.title')}
        </Accordion.Control>
        <Accordion.Panel>
          <List spacing={6} size="sm">
            {points.map((p) => (
              <List.Item key={p}>{p}</List.Item>
            ))}
          </List>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  )
}

/**
 * (a) Hasil kerja: the RHK utama and tambahan with their indicators. The owner adds,
 * changes, reorders and removes RHK while the SKP is editable; each change is saved at once.
 */
export function RhkSection(props: {
  skp: Skp
  writer: SkpWriter
  onDirtyChange: (dirty: boolean) => void
}) {
  const { t } = useTranslation()
  const { skp, writer } = props
  const editable = skp.canEditContent
  const jaJf = skp.variant === 'ja_jf'
  const atasanRhk = useAtasanRhk(skp.id, null, editable && jaJf)
  const pkTargets = usePkTargets(skp)
  const [modal, setModal] = useState<{ editing: Rhk | null; jenis: RhkJenis } | null>(null)
  const [deleting, setDeleting] = useState<Rhk | null>(null)

  const move = (rhk: Rhk, direction: -1 | 1) => {
    const next = moveRhk(contentFromSkp(skp), rhk.id, direction)
    if (next) writer.saveContent(next)
  }
  const remove = () => {
    if (!deleting) return
    writer.saveContent(removeRhk(contentFromSkp(skp), deleting.id), {
      onSuccess: () => {
        notifySuccess(t('skp.rhk.deleted'))
        setDeleting(null)
      },
    })
  }

  const options = atasanRhk.data
  return (
    <Stack gap="md" data-testid="rhk-section">
      {editable ? <RhkGuide defaultOpen={skp.rhk.length === 0} variant={skp.variant} /> : null}

      {editable && jaJf && atasanRhk.isError ? (
        <Alert role="note" color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />}>
          {t('skp.rhk.atasanRhkFailed', { message: errorMessage(atasanRhk.error) })}
        </Alert>
      ) : null}
      {editable && jaJf && options && !options.atasan ? (
        <Alert
          role="note"
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('skp.rhk.noAtasanTitle')}
          data-testid="rhk-no-atasan-alert"
        >
          {t('skp.rhk.noAtasanText')}
        </Alert>
      ) : null}
      {editable && jaJf && options?.atasan && options.rhk.length === 0 ? (
        <Alert
          role="note"
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('skp.rhk.atasanEmptyTitle', { name: options.atasan.name })}
          data-testid="rhk-atasan-empty-alert"
        >
          {t('skp.rhk.atasanEmptyText', {
            name: options.atasan.name,
            jabatan: options.atasan.jabatanName,
            year: skp.year,
          })}
        </Alert>
      ) : null}

      {RHK_JENIS.map((jenis) => {
        const list = rhkOfJenis(skp, jenis)
        return (
          <section key={jenis} aria-labelledby={`rhk-${jenis}-title`}>
            <Group justify="space-between" align="flex-end" mb="xs" gap="xs">
              <div>
                <Title order={2} fz={18} id={`rhk-${jenis}-title`}>
                  {t(`skp.rhk.groupTitle.${jenis}`)}
                </Title>
                <Text size="sm" c="dimmed">
                  {t(`skp.rhk.groupHint.${jenis}`)}
                </Text>
              </div>
            </Group>
            <Stack gap="sm">
              {list.length === 0 ? (
                <Text size="sm" c="dimmed" fs="italic">
                  {t(`skp.rhk.groupEmpty.${jenis}`)}
                </Text>
              ) : (
                list.map((r, i) => (
                  <RhkCard
                    key={r.id}
                    rhk={r}
                    number={i + 1}
                    skp={skp}
                    pkTargets={pkTargets}
                    actions={
                      editable ? (
                        <Group gap={4} wrap="nowrap">
                          <Button
                            size="xs"
                            variant="light"
                            leftSection={<IconPencil size={14} aria-hidden />}
                            onClick={() => setModal({ editing: r, jenis: r.jenis })}
                            aria-label={t('skp.rhk.editN', {
                              n: i + 1,
                              jenis: t(`skp.jenis.${r.jenis}`),
                            })}
                            data-testid="rhk-edit"
                          >
                            {t('skp.rhk.edit')}
                          </Button>
                          <Menu position="bottom-end" withinPortal>
                            <Menu.Target>
                              <ActionIcon
                                variant="subtle"
                                color="gray"
                                size="lg"
                                aria-label={t('skp.rhk.moreN', {
                                  n: i + 1,
                                  jenis: t(`skp.jenis.${r.jenis}`),
                                })}
                              >
                                <IconDotsVertical size={18} aria-hidden />
                              </ActionIcon>
                            </Menu.Target>
                            <Menu.Dropdown>
                              <Menu.Item
                                leftSection={<IconArrowUp size={16} aria-hidden />}
                                disabled={i === 0 || writer.saving}
                                onClick={() => move(r, -1)}
                              >
                                {t('skp.rhk.moveUp')}
                              </Menu.Item>
                              <Menu.Item
                                leftSection={<IconArrowDown size={16} aria-hidden />}
                                disabled={i === list.length - 1 || writer.saving}
                                onClick={() => move(r, 1)}
                              >
                                {t('skp.rhk.moveDown')}
                              </Menu.Item>
                              <Menu.Divider />
                              <Menu.Item
                                color="red"
                                leftSection={<IconTrash size={16} aria-hidden />}
                                onClick={() => setDeleting(r)}
                              >
                                {t('skp.rhk.delete')}
                              </Menu.Item>
                            </Menu.Dropdown>
                          </Menu>
                        </Group>
                      ) : null
                    }
                  />
                ))
              )}
              {editable ? (
                <div>
                  <Button
                    variant={jenis === 'utama' ? 'filled' : 'light'}
                    leftSection={<IconPlus size={18} aria-hidden />}
                    onClick={() => setModal({ editing: null, jenis })}
                    data-testid={`rhk-add-${jenis}`}
                  >
                    {t(`skp.rhk.add.${jenis}`)}
                  </Button>
                </div>
              ) : null}
            </Stack>
          </section>
        )
      })}

      {editable ? (
        <RhkFormModal
          opened={modal !== null}
          onClose={() => {
            setModal(null)
            props.onDirtyChange(false)
          }}
          skp={skp}
          editing={modal?.editing ?? null}
          newJenis={modal?.jenis ?? 'utama'}
          writer={writer}
          atasanOptions={{
            data: atasanRhk.data,
            isLoading: atasanRhk.isLoading,
            error: atasanRhk.error,
          }}
          pkTargets={pkTargets}
          onDirtyChange={props.onDirtyChange}
        />
      ) : null}
      <ConfirmDialog
        opened={deleting !== null}
        title={t('skp.rhk.deleteTitle')}
        message={t('skp.rhk.deleteText', { text: deleting?.text ?? '' })}
        confirmLabel={t('skp.rhk.delete')}
        danger
        loading={writer.saving}
        onConfirm={remove}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  )
}
