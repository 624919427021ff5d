import { Anchor, Group, Paper, Stack, Text } from '@mantine/core'
import { IconExternalLink, IconFileDescription, IconPaperclip } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Evidence } from '../../../../../shared/activities.ts'
import { formatBytes } from '../progress-format.ts'

const THUMB = 64

function isImage(e: Evidence): boolean {
  return e.kind === 'file' && (e.mimeType ?? '').startsWith('image/') && e.mimeType !== 'image/heic'
}

function hostOf(url: string): string {
  try {
    const u = new URL(url)
    return `${u.hostname}${u.pathname.length > 1 ? u.pathname : ''}`
  } catch {
    return url
  }
}

/**
 * An entry's evidence: photos as thumbnails (a tap opens the file), other files by name and
 * size, links by address. Files come through the authorised download route.
 */
export function EvidenceView(props: { evidence: Evidence[] }) {
  const { t } = useTranslation()
  const images = props.evidence.filter(isImage)
  const files = props.evidence.filter((e) => e.kind === 'file' && !isImage(e))
  const links = props.evidence.filter((e) => e.kind === 'link' && e.url)
  if (props.evidence.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('progress.entry.noEvidence')}
      </Text>
    )
  }
  return (
    <Stack gap={6} data-testid="evidence">
      {images.length > 0 ? (
        <Group gap={6}>
          {images.map((e) => (
            <a
              key={e.id}
              href={e.downloadUrl ?? undefined}
              target="_blank"
              rel="noopener"
              aria-label={t('progress.entry.photo', { name: e.fileName ?? '' })}
              data-testid="evidence-photo"
            >
              <Paper
                withBorder
                radius="sm"
                w={THUMB}
                h={THUMB}
                style={{ overflow: 'hidden', display: 'block' }}
              >
                <img
                  src={e.downloadUrl ?? undefined}
                  alt=""
                  loading="lazy"
                  width={THUMB}
                  height={THUMB}
                  style={{ objectFit: 'cover', display: 'block', width: '100%', height: '100%' }}
                />
              </Paper>
            </a>
          ))}
        </Group>
      ) : null}
      {files.map((e) => (
        <Group key={e.id} gap={6} wrap="nowrap" data-testid="evidence-file">
          <IconFileDescription size={18} aria-hidden style={{ flexShrink: 0 }} />
          <Anchor
            href={e.downloadUrl ?? undefined}
            size="sm"
            aria-label={t('progress.entry.openFile', { name: e.fileName ?? '' })}
            style={{ wordBreak: 'break-all' }}
          >
            {e.fileName}
          </Anchor>
          {e.size != null ? (
            <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
              {formatBytes(e.size)}
            </Text>
          ) : null}
        </Group>
      ))}
      {links.map((e) => (
        <Group key={e.id} gap={6} wrap="nowrap" data-testid="evidence-link">
          <IconPaperclip size={18} aria-hidden style={{ flexShrink: 0 }} />
          <Anchor
            href={e.url!}
            target="_blank"
            rel="noopener noreferrer"
            size="sm"
            aria-label={t('progress.entry.link', { url: e.url })}
            title={e.url!}
            truncate
            style={{ minWidth: 0, flex: '0 1 auto' }}
          >
            {hostOf(e.url!)}
          </Anchor>
          <IconExternalLink size={14} aria-hidden style={{ flexShrink: 0 }} />
        </Group>
      ))}
    </Stack>
  )
}
