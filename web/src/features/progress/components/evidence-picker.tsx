import { ActionIcon, Button, FileButton, Group, Paper, Stack, Text } from '@mantine/core'
import { IconCamera, IconFileDescription, IconPaperclip, IconX } from '@tabler/icons-react'
import type { ComponentPropsWithoutRef } from 'react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  EVIDENCE_MIME_TYPES,
  MAX_EVIDENCE_BYTES,
  MAX_EVIDENCE_PER_ENTRY,
} from '../../../../../shared/activities.ts'
import { compressImage } from '../image-compress.ts'
import { formatBytes } from '../progress-format.ts'

/** A picked file with its own client id; photos get a preview (a blob: URL, freed on removal). */
export type PickedFile = { clientId: string; file: File; previewUrl: string | null }

/** What the file picker offers: photos, PDF and office documents (the server checks content). */
const ACCEPT = [
  'image/*',
  'application/pdf',
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

function Thumb(props: { file: PickedFile }) {
  return (
    <Paper withBorder radius="sm" w={48} h={48} style={{ overflow: 'hidden', flexShrink: 0 }}>
      {props.file.previewUrl ? (
        <img
          src={props.file.previewUrl}
          alt=""
          width={48}
          height={48}
          style={{ objectFit: 'cover', display: 'block' }}
        />
      ) : (
        <Group h="100%" justify="center">
          <IconFileDescription size={22} aria-hidden />
        </Group>
      )}
    </Paper>
  )
}

/**
 * Adds evidence files: "Kamera" opens the phone's camera, "Pilih berkas" the gallery or file
 * manager. Photos are made smaller here before anything is kept or sent.
 */
export function EvidencePicker(props: {
  files: PickedFile[]
  onChange: (files: PickedFile[]) => void
  /** Files the entry already has (edit) or keeps on the device (queued). */
  existingCount: number
  showCamera: boolean
  disabled?: boolean
}) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [errors, setErrors] = useState<string[]>([])
  const room = MAX_EVIDENCE_PER_ENTRY - props.existingCount - props.files.length
  const maxSize = formatBytes(MAX_EVIDENCE_BYTES)

  const add = async (picked: File[]) => {
    if (picked.length === 0) return
    setBusy(true)
    const problems: string[] = []
    const added: PickedFile[] = []
    try {
      for (const original of picked) {
        if (added.length >= room) {
          problems.push(t('progress.form.tooManyFiles', { max: MAX_EVIDENCE_PER_ENTRY }))
          break
        }
        if (!acceptable(original)) {
          problems.push(t('progress.form.fileType', { name: original.name }))
          continue
        }
        const file = await compressImage(original)
        if (file.size > MAX_EVIDENCE_BYTES) {
          problems.push(t('progress.form.fileTooBig', { name: original.name, size: maxSize }))
          continue
        }
        const preview = file.type.startsWith('image/') && file.type !== 'image/heic'
        added.push({
          clientId: crypto.randomUUID(),
          file,
          previewUrl: preview ? URL.createObjectURL(file) : null,
        })
      }
    } finally {
      setBusy(false)
    }
    setErrors(problems)
    if (added.length > 0) props.onChange([...props.files, ...added])
  }

  return (
    <Stack gap="xs">
      <Group gap="xs">
        {props.showCamera ? (
          <FileButton
            onChange={(f) => void add(f ? [f] : [])}
            accept="image/*"
            capture="environment"
            disabled={props.disabled || room <= 0 || busy}
            inputProps={
              { 'data-testid': 'evidence-camera-input' } as ComponentPropsWithoutRef<'input'>
            }
          >
            {(p) => (
              <Button {...p} variant="light" leftSection={<IconCamera size={18} aria-hidden />}>
                {t('progress.form.camera')}
              </Button>
            )}
          </FileButton>
        ) : null}
        <FileButton
          onChange={(f) => void add(f)}
          accept={ACCEPT}
          multiple
          disabled={props.disabled || room <= 0 || busy}
          inputProps={{ 'data-testid': 'evidence-file-input' } as ComponentPropsWithoutRef<'input'>}
        >
          {(p) => (
            <Button {...p} variant="light" leftSection={<IconPaperclip size={18} aria-hidden />}>
              {t('progress.form.pickFiles')}
            </Button>
          )}
        </FileButton>
      </Group>
      {busy ? (
        <Text size="sm" role="status" aria-live="polite">
          {t('progress.form.compressing')}
        </Text>
      ) : null}
      {errors.map((e) => (
        <Text key={e} size="sm" c="red.8" role="alert">
          {e}
        </Text>
      ))}
      {props.files.length > 0 ? (
        <Stack gap={6} aria-label={t('progress.form.newFiles')} data-testid="picked-files">
          {props.files.map((f) => (
            <Group key={f.clientId} gap="xs" wrap="nowrap" data-testid="picked-file">
              <Thumb file={f} />
              <div style={{ minWidth: 0, flex: 1 }}>
                <Text size="sm" truncate>
                  {f.file.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatBytes(f.file.size)}
                </Text>
              </div>
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                onClick={() => props.onChange(props.files.filter((x) => x.clientId !== f.clientId))}
                aria-label={t('progress.form.removeFile', { name: f.file.name })}
              >
                <IconX size={18} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
      ) : null}
    </Stack>
  )
}
