import { Alert, Anchor, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core'
import { IconDownload, IconExternalLink, IconPaperclip, IconPhoto } from '@tabler/icons-react'
import { useEffect, useRef, useState, type ReactNode } from 'react'
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
 * as a download). Open while `fileUrl` (the file route, `/api/…`) is set; also used by the
 * assessments' evidence.
 */
export function EvidenceImageViewer(props: {
  fileUrl: string | null
  /** Where "download the original" points. */
  downloadHref: string | null
  name: string
  onClose: () => void
  labels: { title: string; close: string; loading: string; failed: string; download: string }
  testId: string
  imageTestId?: string
}) {
  const isPhone = useIsPhone()
  const blob = useEvidenceBlob(props.fileUrl)
  const img = useRef<HTMLImageElement>(null)
  useEffect(() => {
    if (!blob.data || !img.current) return
    const url = URL.createObjectURL(blob.data)
    img.current.src = url
    return () => URL.revokeObjectURL(url)
  }, [blob.data])
  const { name, labels } = props
  return (
    <Modal
      opened={props.fileUrl !== null}
      onClose={props.onClose}
      title={labels.title}
      fullScreen={isPhone}
      size="xl"
      closeButtonProps={{ 'aria-label': labels.close }}
    >
      <Stack gap="sm" data-testid={props.testId}>
        {blob.isPending ? (
          <Group gap="xs" role="status">
            <Loader size="sm" />
            <Text size="sm">{labels.loading}</Text>
          </Group>
        ) : blob.isError ? (
          <Alert color="red" role="alert" title={labels.failed}>
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
            data-testid={props.imageTestId}
          />
        )}
        {props.downloadHref ? (
          <Group>
            <Button
              component="a"
              href={props.downloadHref}
              download={name || true}
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
            >
              {labels.download}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Modal>
  )
}

/** A link given as evidence: opens in a new tab (said to screen readers). */
export function EvidenceLinkChip(props: {
  url: string
  label: string
  newTabLabel: string
  testId?: string
}) {
  return (
    <Anchor
      href={props.url}
      target="_blank"
      rel="noopener noreferrer"
      size="sm"
      style={{ display: 'inline-flex', gap: 4, alignItems: 'center', maxWidth: '100%' }}
      data-testid={props.testId}
    >
      <IconExternalLink size={14} aria-hidden style={{ flexShrink: 0 }} />
      <Text span size="sm" truncate maw={240}>
        {props.label}
      </Text>
      <span className="visually-hidden">({props.newTabLabel})</span>
    </Anchor>
  )
}

/** A photo given as evidence: a chip that opens it in the page. */
export function EvidencePhotoChip(props: {
  name: string
  icon: ReactNode
  showLabel: string
  onShow: () => void
  testId: string
}) {
  return (
    <Button
      size="compact-sm"
      variant="light"
      leftSection={props.icon}
      onClick={props.onShow}
      aria-label={`${props.showLabel}: ${props.name}`}
      maw="100%"
      data-testid={props.testId}
    >
      <Text span size="sm" truncate maw={200}>
        {props.name}
      </Text>
    </Button>
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
              <EvidenceLinkChip
                key={e.id}
                url={e.url}
                label={e.url.replace(/^https?:\/\//, '')}
                newTabLabel={t('monitoring.entry.openLink')}
              />
            )
          if (!e.downloadUrl) return null
          const name = e.fileName ?? t('monitoring.entry.evidence')
          if (isShowableImage(e.mimeType))
            return (
              <EvidencePhotoChip
                key={e.id}
                name={name}
                icon={<IconPhoto size={14} aria-hidden />}
                showLabel={t('monitoring.entry.showImage')}
                onShow={() => setViewing(e)}
                testId="evidence-photo"
              />
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
      <EvidenceImageViewer
        fileUrl={viewing?.downloadUrl ?? null}
        downloadHref={viewing?.downloadUrl ? evidenceHref(viewing.downloadUrl) : null}
        name={viewing?.fileName ?? ''}
        onClose={() => setViewing(null)}
        labels={{
          title: t('monitoring.evidenceViewer.title', { name: viewing?.fileName ?? '' }),
          close: t('monitoring.evidenceViewer.close'),
          loading: t('monitoring.evidenceViewer.loading'),
          failed: t('monitoring.evidenceViewer.failed'),
          download: t('monitoring.evidenceViewer.download'),
        }}
        testId="evidence-viewer"
        imageTestId="evidence-image"
      />
    </>
  )
}
