import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  FileButton,
  Group,
  Paper,
  Stack,
  Text,
} from '@mantine/core'
import {
  IconCamera,
  IconExternalLink,
  IconFileDescription,
  IconLink,
  IconListSearch,
  IconPaperclip,
  IconTrash,
} from '@tabler/icons-react'
import type { ComponentPropsWithoutRef } from 'react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EVIDENCE_MIME_TYPES, MAX_EVIDENCE_BYTES } from '../../../../../shared/activities.ts'
import type { AssessmentEvidence, AssessmentRhk } from '../../../../../shared/assessments.ts'
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { compressImage } from '../../progress/image-compress.ts'
import { formatBytes } from '../../progress/progress-format.ts'
import { documentUrls, useAddEvidence, useDeleteEvidence } from '../api.ts'
import { EvidenceLinkModal } from './evidence-link-modal.tsx'
import { EvidencePickModal } from './evidence-pick-modal.tsx'

/** What the file picker offers: photos, PDF and office documents (the server checks content). */
const ACCEPT = [
  'image/*',
  '.pdf',
  '.doc',
  '.docx',
  '.xls',
  '.xlsx',
  '.ppt',
  '.pptx',
  '.odt',
  '.ods',
  '.odp',
  ...EVIDENCE_MIME_TYPES,
].join(',')
const EXTENSIONS = /\.(jpe?g|png|webp|heic|heif|pdf|docx?|xlsx?|pptx?|odt|ods|odp)$/i

function acceptable(file: File): boolean {
  return (
    (EVIDENCE_MIME_TYPES as readonly string[]).includes(file.type) || EXTENSIONS.test(file.name)
  )
}

const isImage = (e: AssessmentEvidence) =>
  (e.mimeType ?? '').startsWith('image/') && e.mimeType !== 'image/heic'

/** A stored file downloads through the API; a link (added or picked) opens where it points. */
const isExternal = (e: AssessmentEvidence) => !!e.url && /^https?:\/\//i.test(e.url)
const hrefOf = (e: AssessmentEvidence) => e.url ?? documentUrls.evidenceFile(e.id)

function EvidenceRow(props: {
  evidence: AssessmentEvidence
  editable: boolean
  onDelete: () => void
}) {
  const { t } = useTranslation()
  const e = props.evidence
  const external = isExternal(e)
  return (
    <Group gap="xs" wrap="nowrap" data-testid="evidence-item" data-kind={e.kind}>
      <Paper
        withBorder
        radius="sm"
        w={44}
        h={44}
        style={{ overflow: 'hidden', flexShrink: 0 }}
        aria-hidden
      >
        {isImage(e) ? (
          <img
            src={hrefOf(e)}
            alt=""
            loading="lazy"
            width={44}
            height={44}
            style={{ objectFit: 'cover', display: 'block' }}
          />
        ) : (
          <Group h="100%" justify="center">
            {external ? <IconLink size={20} /> : <IconFileDescription size={20} />}
          </Group>
        )}
      </Paper>
      <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
        <Anchor
          href={hrefOf(e)}
          target="_blank"
          rel={external ? 'noopener noreferrer' : 'noopener'}
          size="sm"
          title={e.url ?? e.name}
          style={{ overflowWrap: 'anywhere' }}
          aria-label={t('penilaian.evidence.open', { name: e.name })}
        >
          {e.name}
          {external ? <IconExternalLink size={12} aria-hidden style={{ marginLeft: 4 }} /> : null}
        </Anchor>
        <Group gap={6}>
          {e.size !== null ? (
            <Text size="xs" c="dimmed">
              {formatBytes(e.size)}
            </Text>
          ) : null}
          {e.kind === 'progress' ? (
            <Badge size="xs" variant="light" color="gray">
              {t('penilaian.evidence.fromProgress')}
            </Badge>
          ) : null}
        </Group>
      </Stack>
      {props.editable ? (
        <ActionIcon
          variant="subtle"
          color="red"
          size={40}
          onClick={props.onDelete}
          aria-label={t('penilaian.evidence.remove', { name: e.name })}
          data-testid="evidence-delete"
        >
          <IconTrash size={18} aria-hidden />
        </ActionIcon>
      ) : null}
    </Group>
  )
}

/**
 * Bukti dukung of one RHK: the list (photos as thumbnails), and while the realisasi is
 * editable four ways to add: the phone's camera, a file, a link, or a file already attached
 * to a daily-progress entry of the period. Photos are made smaller before they are sent.
 */
export function EvidenceSection(props: {
  assessmentId: string
  rhk: AssessmentRhk
  editable: boolean
}) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const { rhk } = props
  const add = useAddEvidence(props.assessmentId)
  const del = useDeleteEvidence(props.assessmentId)
  const [busy, setBusy] = useState<'compress' | 'upload' | null>(null)
  const [problems, setProblems] = useState<string[]>([])
  const [linkOpen, setLinkOpen] = useState(false)
  const [pickOpen, setPickOpen] = useState(false)
  const [toDelete, setToDelete] = useState<AssessmentEvidence | null>(null)
  const maxSize = formatBytes(MAX_EVIDENCE_BYTES)

  const upload = async (picked: File[]) => {
    if (picked.length === 0) return
    const errors: string[] = []
    let added = 0
    try {
      for (const original of picked) {
        if (!acceptable(original)) {
          errors.push(t('penilaian.evidence.fileType', { name: original.name }))
          continue
        }
        setBusy('compress')
        const file = await compressImage(original)
        if (file.size > MAX_EVIDENCE_BYTES) {
          errors.push(t('penilaian.evidence.fileTooBig', { name: original.name, size: maxSize }))
          continue
        }
        setBusy('upload')
        try {
          await add.mutateAsync({ kind: 'file', rhkId: rhk.id, file })
          added += 1
        } catch (e) {
          notifyError(e, t('penilaian.evidence.uploadFailed', { name: original.name }))
        }
      }
    } finally {
      setBusy(null)
    }
    setProblems(errors)
    if (added > 0) notifySuccess(t('penilaian.evidence.added', { count: added }))
  }

  const disabled = busy !== null || add.isPending

  return (
    <Stack gap="xs" data-testid={`evidence-section-${rhk.id}`}>
      <Group gap={6}>
        <IconPaperclip size={16} aria-hidden />
        <Text size="xs" c="dimmed" fw={700} tt="uppercase">
          {t('penilaian.evidence.title')}
        </Text>
        {rhk.evidence.length > 0 ? (
          <Badge size="sm" variant="light" color="gray">
            {rhk.evidence.length}
          </Badge>
        ) : null}
      </Group>
      {rhk.evidence.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid={`evidence-none-${rhk.id}`}>
          {props.editable ? t('penilaian.evidence.noneEditable') : t('penilaian.evidence.none')}
        </Text>
      ) : (
        <Stack gap={6} data-testid={`evidence-list-${rhk.id}`}>
          {rhk.evidence.map((e) => (
            <EvidenceRow
              key={e.id}
              evidence={e}
              editable={props.editable}
              onDelete={() => setToDelete(e)}
            />
          ))}
        </Stack>
      )}

      {props.editable ? (
        <Group gap="xs">
          {isPhone ? (
            <FileButton
              onChange={(f) => void upload(f ? [f] : [])}
              accept="image/*"
              capture="environment"
              disabled={disabled}
              inputProps={
                {
                  'data-testid': `evidence-camera-${rhk.id}`,
                } as ComponentPropsWithoutRef<'input'>
              }
            >
              {(p) => (
                <Button
                  {...p}
                  variant="light"
                  size="sm"
                  leftSection={<IconCamera size={18} aria-hidden />}
                >
                  {t('penilaian.evidence.camera')}
                </Button>
              )}
            </FileButton>
          ) : null}
          <FileButton
            onChange={(f) => void upload(f)}
            accept={ACCEPT}
            multiple
            disabled={disabled}
            inputProps={
              { 'data-testid': `evidence-upload-${rhk.id}` } as ComponentPropsWithoutRef<'input'>
            }
          >
            {(p) => (
              <Button
                {...p}
                variant="light"
                size="sm"
                leftSection={<IconPaperclip size={18} aria-hidden />}
                loading={busy !== null}
              >
                {t('penilaian.evidence.file')}
              </Button>
            )}
          </FileButton>
          <Button
            variant="light"
            size="sm"
            leftSection={<IconLink size={18} aria-hidden />}
            onClick={() => setLinkOpen(true)}
            disabled={disabled}
            data-testid={`evidence-add-link-${rhk.id}`}
          >
            {t('penilaian.evidence.link')}
          </Button>
          <Button
            variant="light"
            size="sm"
            leftSection={<IconListSearch size={18} aria-hidden />}
            onClick={() => setPickOpen(true)}
            disabled={disabled}
            data-testid={`evidence-pick-${rhk.id}`}
          >
            {t('penilaian.evidence.pick')}
          </Button>
        </Group>
      ) : null}
      {busy ? (
        <Text size="sm" role="status" aria-live="polite">
          {busy === 'compress'
            ? t('penilaian.evidence.compressing')
            : t('penilaian.evidence.uploading')}
        </Text>
      ) : null}
      {problems.map((p) => (
        <Text key={p} size="sm" c="red.8" role="alert">
          {p}
        </Text>
      ))}

      <EvidenceLinkModal
        opened={linkOpen}
        onClose={() => setLinkOpen(false)}
        assessmentId={props.assessmentId}
        rhkId={rhk.id}
      />
      <EvidencePickModal
        opened={pickOpen}
        onClose={() => setPickOpen(false)}
        assessmentId={props.assessmentId}
        rhk={rhk}
      />
      <ConfirmDialog
        opened={toDelete !== null}
        onClose={() => setToDelete(null)}
        title={t('penilaian.evidence.removeTitle')}
        message={t('penilaian.evidence.removeText', { name: toDelete?.name ?? '' })}
        confirmLabel={t('common.delete')}
        danger
        loading={del.isPending}
        onConfirm={() => {
          if (!toDelete) return
          del.mutate(toDelete.id, {
            onSuccess: () => {
              notifySuccess(t('penilaian.evidence.removed'))
              setToDelete(null)
            },
            onError: (e) => notifyError(e),
          })
        }}
      />
    </Stack>
  )
}
