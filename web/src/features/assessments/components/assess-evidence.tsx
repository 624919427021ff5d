import { Button, Group, Text } from '@mantine/core'
import { IconPaperclip, IconPhoto, IconTimeline } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AssessmentEvidence } from '../../../../../shared/assessments.ts'
import {
  EvidenceImageViewer,
  EvidenceLinkChip,
  EvidencePhotoChip,
} from '../../monitoring/components/evidence-list.tsx'
import { isShowableImage } from '../../monitoring/monitoring-view.ts'
import { documentUrls } from '../api.ts'

/**
 * The evidence the pegawai attached to one RHK: links open in a new tab, photos in the page,
 * other files download through the authorised file route.
 */
export function AssessEvidence(props: { evidence: AssessmentEvidence[] }) {
  const { t } = useTranslation()
  const [viewing, setViewing] = useState<AssessmentEvidence | null>(null)
  const viewingUrl = viewing ? documentUrls.evidenceFile(viewing.id) : null
  const viewingName = viewing?.name ?? ''
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
              <EvidenceLinkChip
                key={e.id}
                url={e.url}
                label={e.name || e.url.replace(/^https?:\/\//, '')}
                newTabLabel={t('penilaianBawahan.evidence.newTab')}
                testId="assess-evidence-link"
              />
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
              <EvidencePhotoChip
                key={e.id}
                name={name}
                icon={icon}
                showLabel={t('penilaianBawahan.evidence.show')}
                onShow={() => setViewing(e)}
                testId="assess-evidence-photo"
              />
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
      <EvidenceImageViewer
        fileUrl={viewingUrl}
        downloadHref={viewingUrl}
        name={viewingName}
        onClose={() => setViewing(null)}
        labels={{
          title: t('penilaianBawahan.evidence.viewerTitle', { name: viewingName }),
          close: t('penilaianBawahan.evidence.close'),
          loading: t('penilaianBawahan.evidence.loading'),
          failed: t('penilaianBawahan.evidence.failed'),
          download: t('penilaianBawahan.evidence.download'),
        }}
        testId="assess-evidence-viewer"
      />
    </>
  )
}
