import { Alert, Anchor, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core'
import { IconDownload, IconExternalLink, IconPaperclip, IconPhoto } from '@tabler/icons-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Evidence } from '../../../../../shared/activities.ts'
import { errorMessage } from '../../../lib/error-message.ts'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { evidenceHref, useEvidenceBlob } from '../api.ts'
import { isShowableImage } from '../monitoring-view.ts'

/** Bytes as "1,2 MB" / "340 kB" for the file chips. */
function formatSize(bytes: number | null): string {
  if (bytes === null) return ''
  if (bytes >= 1024 * 1024)
    return `${(bytes / (1024 * 1024)).toLocaleString(undefined, { maximumFractionDigits: 1 })} MB`
  return `${Math.max(1, Math.round(bytes / 1024))} kB`
}

/**
 * A photo shown in the page: fetched with the session as a blob and given to the <img> as an
 * object URL, released again when the dialog closes (the file route itself always answers
 * as a download).
 */
function ImageViewer(props: { evidence: Evidence | null; onClose: () => void }) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const downloadUrl = props.evidence?.downloadUrl ?? null
  const blob = useEvidenceBlob(downloadUrl)
  const img = useRef<HTMLImageElement>(null)
  useEffect(() => {
    if (!blob.data || !img.current) return
    const url = URL.createObjectURL(blob.data)
    img.current.src = url
    return () => URL.revokeObjectURL(url)
  }, [blob.data])
  const name = props.evidence?.fileName ?? ''
  return (
    <Modal
      opened={props.evidence !== null}
      onClose={props.onClose}
      title={t('monitoring.evidenceViewer.title', { name })}
      fullScreen={isPhone}
      size="xl"
      closeButtonProps={{ 'aria-label': t('monitoring.evidenceViewer.close') }}
    >
      <Stack gap="sm" data-testid="evidence-viewer">
        {blob.isPending ? (
          <Group gap="xs" role="status">
            <Loader size="sm" />
            <Text size="sm">{t('monitoring.evidenceViewer.loading')}</Text>
          </Group>
        ) : blob.isError ? (
          <Alert color="red" role="alert" title={t('monitoring.evidenceViewer.failed')}>
            {errorMessage(blob.error)}
          </Alert>
        ) : (
          <img
            ref={img}
            alt={name}
            style={{
              display: 'block',
              maxWidth: '100%',
              maxHeight: isPhone ? 'calc(100dvh - 160px)' : '70vh',
              objectFit: 'contain',
              margin: '0 auto',
              borderRadius: 4,
            }}
            data-testid="evidence-image"
          />
        )}
        {downloadUrl ? (
          <Group>
            <Button
              component="a"
              href={evidenceHref(downloadUrl)}
              download={name || true}
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
            >
              {t('monitoring.evidenceViewer.download')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Modal>
  )
}

/** Evidence of one entry: photos open in the page, other files download, links open. */
export function EvidenceList(props: { evidence: Evidence[] }) {
  const { t } = useTranslation()
  const [viewing, setViewing] = useState<Evidence | null>(null)
  if (props.evidence.length === 0)
    return (
      <Text size="xs" c="dimmed">
        {t('monitoring.entry.noEvidence')}
      </Text>
    )
  return (
    <>
      <Group gap={6} wrap="wrap" data-testid="evidence-list">
        {props.evidence.map((e) => {
          if (e.kind === 'link' && e.url)
            return (
              <Anchor
                key={e.id}
                href={e.url}
                target="_blank"
                rel="noopener noreferrer"
                size="sm"
                style={{ display: 'inline-flex', gap: 4, alignItems: 'center', maxWidth: '100%' }}
              >
                <IconExternalLink size={14} aria-hidden style={{ flexShrink: 0 }} />
                <Text span size="sm" truncate maw={240}>
                  {e.url.replace(/^https?:\/\//, '')}
                </Text>
                <span className="visually-hidden">({t('monitoring.entry.openLink')})</span>
              </Anchor>
            )
          if (!e.downloadUrl) return null
          const name = e.fileName ?? t('monitoring.entry.evidence')
          if (isShowableImage(e.mimeType))
            return (
              <Button
                key={e.id}
                size="compact-sm"
                variant="light"
                leftSection={<IconPhoto size={14} aria-hidden />}
                onClick={() => setViewing(e)}
                aria-label={`${t('monitoring.entry.showImage')}: ${name}`}
                maw="100%"
                data-testid="evidence-photo"
              >
                <Text span size="sm" truncate maw={200}>
                  {name}
                </Text>
              </Button>
            )
          return (
            <Button
              key={e.id}
              component="a"
              href={evidenceHref(e.downloadUrl)}
              download={name}
              size="compact-sm"
              variant="default"
              leftSection={<IconPaperclip size={14} aria-hidden />}
              rightSection={
                <Text span size="xs" c="dimmed">
                  {formatSize(e.size)}
                </Text>
              }
              aria-label={`${t('monitoring.entry.download')}: ${name}`}
              maw="100%"
              data-testid="evidence-file"
            >
              <Text span size="sm" truncate maw={180}>
                {name}
              </Text>
            </Button>
          )
        })}
      </Group>
      <ImageViewer evidence={viewing} onClose={() => setViewing(null)} />
    </>
  )
}
