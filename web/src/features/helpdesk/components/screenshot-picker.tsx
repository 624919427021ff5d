import { ActionIcon, Button, FileButton, Group, Paper, Stack, Text } from '@mantine/core'
import { IconFileTypePdf, IconPhotoPlus, IconX } from '@tabler/icons-react'
import type { TFunction } from 'i18next'
import type { ComponentPropsWithoutRef } from 'react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { currentLanguage } from '../../../lib/i18n.ts'
import {
  SCREENSHOT_ACCEPT,
  formatFileSize,
  isImageFile,
  screenshotProblem,
} from '../helpdesk-view.ts'

/** Why `file` cannot be attached (its type or its size), in words; null when it can. */
export function screenshotProblemText(t: TFunction, file: File): string | null {
  const p = screenshotProblem(file)
  if (!p) return null
  return p === 'type'
    ? t('helpdesk.form.screenshotType', { name: file.name })
    : t('helpdesk.form.screenshotSize', { name: file.name })
}

/** An image file shown from a blob: URL that lives as long as the preview does. */
function PreviewImage(props: { file: File; alt: string }) {
  const ref = useRef<HTMLImageElement>(null)
  useEffect(() => {
    const img = ref.current
    if (!img) return
    const url = URL.createObjectURL(props.file)
    img.src = url
    return () => URL.revokeObjectURL(url)
  }, [props.file])
  return (
    <img
      ref={ref}
      alt={props.alt}
      style={{
        width: 96,
        height: 72,
        objectFit: 'cover',
        borderRadius: 6,
        flexShrink: 0,
        border: '1px solid var(--mantine-color-gray-3)',
      }}
    />
  )
}

/**
 * One screenshot (image or PDF, 5 MB): picked, checked here first (the server checks the bytes),
 * shown as a preview with its name and size, removable.
 */
export function ScreenshotPicker(props: {
  file: File | null
  onChange: (file: File | null) => void
  disabled?: boolean
  label: string
  hint: string
}) {
  const { t } = useTranslation()
  const [problem, setProblem] = useState<string | null>(null)
  // The input keeps the last file; reset it so the same file can be picked again after removal.
  const resetRef = useRef<() => void>(null)
  const pick = (file: File | null) => {
    if (!file) return
    const p = screenshotProblemText(t, file)
    setProblem(p)
    if (p) return
    props.onChange(file)
  }
  return (
    <Stack gap={6}>
      <div>
        <Text size="sm" fw={500} id="ticket-screenshot-label">
          {props.label}
        </Text>
        <Text size="xs" c="dimmed">
          {props.hint}
        </Text>
      </div>
      {props.file ? (
        <Paper withBorder radius="md" p="xs" data-testid="ticket-screenshot-preview">
          <Group gap="sm" wrap="nowrap" align="center">
            {isImageFile(props.file) ? (
              <PreviewImage file={props.file} alt={t('helpdesk.form.screenshotPreview')} />
            ) : (
              <IconFileTypePdf size={40} aria-hidden style={{ flexShrink: 0 }} />
            )}
            <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
              <Text size="sm" fw={600} style={{ wordBreak: 'break-all' }}>
                {props.file.name}
              </Text>
              <Text size="xs" c="dimmed">
                {formatFileSize(props.file.size, currentLanguage() === 'en' ? 'en-GB' : 'id-ID')}
              </Text>
            </Stack>
            <ActionIcon
              variant="subtle"
              color="gray"
              size={40}
              onClick={() => {
                resetRef.current?.()
                props.onChange(null)
              }}
              disabled={props.disabled}
              aria-label={t('helpdesk.form.removeScreenshot', { name: props.file.name })}
            >
              <IconX size={18} aria-hidden />
            </ActionIcon>
          </Group>
        </Paper>
      ) : null}
      <Group gap="xs">
        <FileButton
          onChange={pick}
          resetRef={resetRef}
          accept={SCREENSHOT_ACCEPT.join(',')}
          disabled={props.disabled}
          inputProps={
            {
              'data-testid': 'ticket-screenshot',
              'aria-labelledby': 'ticket-screenshot-label',
            } as ComponentPropsWithoutRef<'input'>
          }
        >
          {(p) => (
            <Button {...p} variant="light" leftSection={<IconPhotoPlus size={18} aria-hidden />}>
              {props.file
                ? t('helpdesk.form.replaceScreenshot')
                : t('helpdesk.form.pickScreenshot')}
            </Button>
          )}
        </FileButton>
      </Group>
      {problem ? (
        <Text size="sm" c="red.8" role="alert">
          {problem}
        </Text>
      ) : null}
    </Stack>
  )
}
