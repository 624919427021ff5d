import { Accordion, Badge, Divider, Group, Paper, Stack, Text } from '@mantine/core'
import { IconChartLine } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { AssessmentRhk } from '../../../../../shared/assessments.ts'
import type { FieldErrors, RealisasiDraft } from '../pegawai-view.ts'
import { EvidenceSection } from './evidence-section.tsx'
import { RealisasiIndikator } from './realisasi-indikator.tsx'
import { RealisasiProgress } from './realisasi-progress.tsx'
import { ResultRhkFeedback } from './result-section.tsx'

/**
 * One RHK on the pegawai's page: its label ("Utama 1"), text and source; each indikator with
 * target, suggestion and realisasi; what daily progress recorded (folded away, it is
 * background); the bukti dukung; and the atasan's umpan balik once the result is final.
 */
export function MyRhkCard(props: {
  assessmentId: string
  rhk: AssessmentRhk
  drafts: Record<string, RealisasiDraft>
  errors: FieldErrors
  editable: boolean
  evidenceEditable: boolean
  showFeedback: boolean
  onChange: (indikatorId: string, draft: RealisasiDraft) => void
}) {
  const { t } = useTranslation()
  const { rhk } = props
  return (
    <Paper
      withBorder
      radius="lg"
      p={{ base: 'sm', sm: 'md' }}
      component="article"
      aria-labelledby={`rhk-title-${rhk.id}`}
      data-testid={`rhk-${rhk.id}`}
    >
      <Stack gap="sm">
        <div>
          <Group gap={6} mb={4}>
            <Badge variant={rhk.jenis === 'utama' ? 'filled' : 'light'} color="kinerja">
              {rhk.label}
            </Badge>
          </Group>
          <Text fw={700} id={`rhk-title-${rhk.id}`} style={{ wordBreak: 'break-word' }}>
            {rhk.text}
          </Text>
          {rhk.source ? (
            <Text size="xs" c="dimmed" style={{ wordBreak: 'break-word' }}>
              {rhk.source}
            </Text>
          ) : null}
        </div>

        {rhk.indikator.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('penilaian.rhk.noIndikator')}
          </Text>
        ) : (
          rhk.indikator.map((ind) => (
            <RealisasiIndikator
              key={ind.id}
              indikator={ind}
              draft={props.drafts[ind.id] ?? { value: null, text: '', editReason: '' }}
              editable={props.editable}
              errors={props.errors[ind.id]}
              onChange={(d) => props.onChange(ind.id, d)}
            />
          ))
        )}

        <Accordion variant="contained" radius="md" chevronPosition="right">
          <Accordion.Item value="progress">
            <Accordion.Control
              icon={<IconChartLine size={18} aria-hidden />}
              data-testid={`progress-toggle-${rhk.id}`}
            >
              <Text size="sm" fw={600}>
                {t('penilaian.rhk.progressToggle', { count: rhk.progress.entries })}
              </Text>
            </Accordion.Control>
            <Accordion.Panel>
              <RealisasiProgress progress={rhk.progress} rhkId={rhk.id} />
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>

        <Divider />
        <EvidenceSection
          assessmentId={props.assessmentId}
          rhk={rhk}
          editable={props.evidenceEditable}
        />

        {props.showFeedback ? <ResultRhkFeedback feedback={rhk.feedback} rhkId={rhk.id} /> : null}
      </Stack>
    </Paper>
  )
}
