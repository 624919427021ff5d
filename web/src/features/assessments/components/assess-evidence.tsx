import { Alert, Anchor, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core'
import {
  IconDownload,
  IconExternalLink,
  IconPaperclip,
  IconPhoto,
  IconTimeline,
} from '@tabler/icons-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AssessmentEvidence } from '../../../../../shared/assessments.ts'
import { errorMessage } from '../../../lib/error-message.ts'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { useEvidenceBlob } from '../../monitoring/api.ts'
import { isShowableImage } from '../../monitoring/monitoring-view.ts'
import { documentUrls } from '../api.ts'

/**
 * A photo opened in the page: the file route always answers as a download (nosniff), so the
 * bytes are fetched with the session and shown through an object URL, released on close.
 */
function ImageViewer(props: { evidence: AssessmentEvidence | null; onClose: () => void }) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const url = props.evidence ? documentUrls.evidenceFile(props.evidence.id) : null
  const blob = useEvidenceBlob(url)
  const img = useRef<HTMLImageElement>(null)
  useEffect(() => {
    if (!blob.data || !img.current) return
    const objectUrl = URL.createObjectURL(blob.data)
    img.current.src = objectUrl
    return () => URL.revokeObjectURL(objectUrl)
  }, [blob.data])
  const name = props.evidence?.name ?? ''
  return (
    <Modal
      opened={props.evidence !== null}
      onClose={props.onClose}
      title={t('penilaianBawahan.evidence.viewerTitle', { name })}
      fullScreen={isPhone}
      size="xl"
      closeButtonProps={{ 'aria-label': t('penilaianBawahan.evidence.close') }}
    >
      <Stack gap="sm" data-testid="assess-evidence-viewer">
        {blob.isPending ? (
          <Group gap="xs" role="status">
            <Loader size="sm" />
            <Text size="sm">{t('penilaianBawahan.evidence.loading')}</Text>
          </Group>
        ) : blob.isError ? (
          <Alert color="red" role="alert" title={t('penilaianBawahan.evidence.failed')}>
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
          />
        )}
        {url ? (
          <Group>
            <Button
              component="a"
              href={url}
              download={name || true}
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
            >
              {t('penilaianBawahan.evidence.download')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Modal>
  )
}

/**
 * The evidence the pegawai attached to one RHK: links open in a new tab, photos in the page,
 * other files download through the authorised file route.
 */
export function AssessEvidence(props: { evidence: AssessmentEvidence[] }) {
  const { t } = useTranslation()
  const [viewing, setViewing] = useState<AssessmentEvidence | null>(null)
  if (props.evidence.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="assess-evidence-none">
        {t('penilaianBawahan.evidence.none')}
      </Text>
    )
  return (
    <>
      <Group gap={6} wrap="wrap" data-testid="assess-evidence">
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
                data-testid="assess-evidence-link"
              >
                <IconExternalLink size={14} aria-hidden style={{ flexShrink: 0 }} />
                <Text span size="sm" truncate maw={240}>
                  {e.name || e.url.replace(/^https?:\/\//, '')}
                </Text>
                <span className="visually-hidden">({t('penilaianBawahan.evidence.newTab')})</span>
              </Anchor>
            )
          const name = e.name || t('penilaianBawahan.evidence.file')
          const icon =
            e.kind === 'progress' ? (
              <IconTimeline size={14} aria-hidden />
            ) : isShowableImage(e.mimeType) ? (
              <IconPhoto size={14} aria-hidden />
            ) : (
              <IconPaperclip size={14} aria-hidden />
            )
          if (isShowableImage(e.mimeType))
            return (
              <Button
                key={e.id}
                size="compact-sm"
                variant="light"
                leftSection={icon}
                onClick={() => setViewing(e)}
                aria-label={`${t('penilaianBawahan.evidence.show')}: ${name}`}
                maw="100%"
                data-testid="assess-evidence-photo"
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
              href={documentUrls.evidenceFile(e.id)}
              download={name}
              size="compact-sm"
              variant="default"
              leftSection={icon}
              aria-label={`${t('penilaianBawahan.evidence.downloadFile')}: ${name}`}
              maw="100%"
              data-testid="assess-evidence-file"
            >
              <Text span size="sm" truncate maw={200}>
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
