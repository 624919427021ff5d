import {
  Badge,
  Divider,
  Group,
  List,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core'
import { IconChecklist, IconPencil } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { AssessmentRhk } from '../../../../../shared/assessments.ts'
import { RATINGS, RATING_LABEL, type Rating } from '../../../../../shared/rules/predikat.ts'
import { AnchorLink } from '../../../components/ui/links.tsx'
import { formatNumber } from '../../../lib/format.ts'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { AssessEvidence } from './assess-evidence.tsx'

type Indikator = AssessmentRhk['indikator'][number]

const amount = (value: number | null, unit: string | null) =>
  value === null ? null : `${formatNumber(value)}${unit ? ` ${unit}` : ''}`

function Label(props: { children: string }) {
  return (
    <Text size="xs" c="dimmed" fw={700} tt="uppercase">
      {props.children}
    </Text>
  )
}

/** One indikator: its target, the pegawai's realisasi, the pre-fill it came from and why it changed. */
function IndikatorBlock(props: { indikator: Indikator }) {
  const { t } = useTranslation()
  const i = props.indikator
  const r = i.realisasi
  const target = amount(i.targetValue, i.targetUnit) ?? i.targetText ?? '—'
  const edited =
    r !== null && r.editReason !== null && r.editReason !== '' && r.value !== r.suggestedValue
  return (
    <Paper withBorder radius="sm" p="xs" data-testid="assess-indikator">
      <Stack gap={6}>
        <Group gap={6} wrap="wrap">
          {i.aspek ? (
            <Badge size="xs" variant="outline" color="gray">
              {t(`penilaianBawahan.aspek.${i.aspek}`)}
            </Badge>
          ) : null}
          <Text size="sm" fw={600} style={{ wordBreak: 'break-word', flex: '1 1 200px' }}>
            {i.text}
          </Text>
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" verticalSpacing={6}>
          <div>
            <Label>{t('penilaianBawahan.rhk.target')}</Label>
            <Text size="sm">{target}</Text>
            {i.targetValue !== null && i.targetText ? (
              <Text size="xs" c="dimmed">
                {i.targetText}
              </Text>
            ) : null}
          </div>
          <div data-testid="assess-realisasi">
            <Label>{t('penilaianBawahan.rhk.realisasi')}</Label>
            {r === null || (r.value === null && !r.text) ? (
              <Text size="sm" c="dimmed">
                {t('penilaianBawahan.rhk.noRealisasi')}
              </Text>
            ) : (
              <>
                {r.value !== null ? (
                  <Text size="sm" fw={700}>
                    {amount(r.value, i.targetUnit)}
                  </Text>
                ) : null}
                {r.text ? (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                    {r.text}
                  </Text>
                ) : null}
              </>
            )}
          </div>
        </SimpleGrid>
        {i.suggestion ? (
          <Text size="xs" c="dimmed" style={{ wordBreak: 'break-word' }}>
            {t('penilaianBawahan.rhk.suggestion', {
              value: amount(i.suggestion.value, i.suggestion.satuan) ?? '—',
              text: i.suggestion.text,
            })}
          </Text>
        ) : null}
        {edited ? (
          <Group gap={6} wrap="nowrap" align="flex-start" data-testid="assess-edit-reason">
            <IconPencil size={14} aria-hidden style={{ flexShrink: 0, marginTop: 3 }} />
            <Text size="xs" style={{ wordBreak: 'break-word' }}>
              {t('penilaianBawahan.rhk.editReason', {
                from: amount(r.suggestedValue, i.targetUnit) ?? '—',
                reason: r.editReason ?? '',
              })}
            </Text>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  )
}

/** The daily-progress side of an RHK: entries, their verification, and the rencana aksi. */
function ProgressSummary(props: { rhk: AssessmentRhk; pegawaiId: string }) {
  const { t } = useTranslation()
  const p = props.rhk.progress
  return (
    <Stack gap={6} data-testid="assess-progress">
      <Label>{t('penilaianBawahan.rhk.progressTitle')}</Label>
      {p.entries === 0 ? (
        <Text size="sm" c="dimmed">
          {t('penilaianBawahan.rhk.noEntries')}
        </Text>
      ) : (
        <>
          <Text size="sm">
            {t('penilaianBawahan.rhk.entries', {
              count: p.entries,
              total: amount(p.realisasiTotal, p.satuan) ?? formatNumber(p.realisasiTotal),
            })}
          </Text>
          <Group gap={6} wrap="wrap">
            <Badge size="sm" color="teal" variant="light">
              {t('penilaianBawahan.rhk.verifiedSesuai', { count: p.verifiedSesuai })}
            </Badge>
            <Badge size="sm" color="orange" variant="light">
              {t('penilaianBawahan.rhk.perluPerbaikan', { count: p.perluPerbaikan })}
            </Badge>
            <Badge size="sm" color="gray" variant="light">
              {t('penilaianBawahan.rhk.pending', { count: p.pending })}
            </Badge>
            {p.late > 0 ? (
              <Badge size="sm" color="yellow" variant="light">
                {t('penilaianBawahan.rhk.late', { count: p.late })}
              </Badge>
            ) : null}
          </Group>
        </>
      )}
      {p.rencanaAksi.length > 0 ? (
        <div>
          <Text size="xs" fw={600} mt={4}>
            {t('penilaianBawahan.rhk.rencanaAksi')}
          </Text>
          <List size="sm" spacing={2}>
            {p.rencanaAksi.map((ra) => (
              <List.Item key={ra.id} style={{ wordBreak: 'break-word' }}>
                {ra.description}{' '}
                <Text span size="xs" c="dimmed">
                  (
                  {ra.targetValue === null
                    ? t('penilaianBawahan.rhk.raNoTarget', {
                        done: amount(ra.realisasi, ra.satuan),
                      })
                    : t('penilaianBawahan.rhk.raOf', {
                        done: formatNumber(ra.realisasi),
                        target: amount(ra.targetValue, ra.satuan),
                      })}
                  )
                </Text>
              </List.Item>
            ))}
          </List>
        </div>
      ) : null}
      <AnchorLink
        to="/pemantauan/$pegawaiId"
        params={{ pegawaiId: props.pegawaiId }}
        size="sm"
        data-testid="assess-monitoring-link"
      >
        {t('penilaianBawahan.rhk.openMonitoring')}
      </AnchorLink>
    </Stack>
  )
}

/**
 * One RHK on the atasan's assessment screen: what was promised (indikator + target), what the
 * pegawai reports (realisasi, evidence), what daily progress says, and the atasan's umpan
 * balik with an optional judgement that feeds the suggested rating hasil kerja.
 */
export function AssessRhkCard(props: {
  rhk: AssessmentRhk
  pegawaiId: string
  value: { rating: Rating | null; body: string }
  editable: boolean
  onChange: (value: { rating: Rating | null; body: string }) => void
}) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const { rhk, value } = props
  const titleId = `assess-rhk-${rhk.id}`
  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'sm', sm: 'md' }}
      component="article"
      aria-labelledby={titleId}
      data-testid="assess-rhk"
      data-rhk={rhk.id}
    >
      <Stack gap="sm">
        <div>
          <Group gap={6} mb={4} wrap="wrap">
            <Badge size="sm" variant="light" color={rhk.jenis === 'utama' ? 'kinerja' : 'grape'}>
              {rhk.label}
            </Badge>
          </Group>
          <Title order={3} fz={16} id={titleId} style={{ wordBreak: 'break-word' }}>
            {rhk.text}
          </Title>
          {rhk.source ? (
            <Text size="xs" c="dimmed" mt={2} style={{ wordBreak: 'break-word' }}>
              {rhk.source}
            </Text>
          ) : null}
        </div>

        <Stack gap={6}>
          {rhk.indikator.map((i) => (
            <IndikatorBlock key={i.id} indikator={i} />
          ))}
        </Stack>

        <div>
          <Label>{t('penilaianBawahan.rhk.evidence')}</Label>
          <AssessEvidence evidence={rhk.evidence} />
        </div>

        <ProgressSummary rhk={rhk} pegawaiId={props.pegawaiId} />

        <Divider />

        <Stack gap={6} data-testid="assess-rhk-feedback">
          <Group gap={6} wrap="nowrap" align="flex-start">
            <IconChecklist size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
            <Text size="sm" fw={700} id={`${titleId}-judgement`}>
              {props.editable
                ? t('penilaianBawahan.rhk.judgement')
                : t('penilaianBawahan.rhk.judgementRead')}
            </Text>
          </Group>
          {props.editable ? (
            <>
              <SegmentedControl
                value={value.rating ?? 'none'}
                onChange={(v) =>
                  props.onChange({
                    ...value,
                    rating: RATINGS.find((r) => r === v) ?? null,
                  })
                }
                data={[
                  ...RATINGS.map((r) => ({
                    value: r,
                    label: t(`penilaianBawahan.ratingShort.${r}`),
                  })),
                  { value: 'none', label: t('penilaianBawahan.rhk.notJudged') },
                ]}
                size={isPhone ? 'xs' : 'sm'}
                fullWidth
                aria-labelledby={`${titleId}-judgement`}
                data-testid="rhk-judgement"
              />
              <Text size="xs" c="dimmed">
                {t('penilaianBawahan.rhk.judgementHint')}
              </Text>
              <Textarea
                label={t('penilaianBawahan.rhk.feedback')}
                description={t('penilaianBawahan.rhk.feedbackHint')}
                autosize
                minRows={2}
                maxLength={4000}
                value={value.body}
                onChange={(e) => props.onChange({ ...value, body: e.currentTarget.value })}
                data-testid="feedback-rhk"
              />
            </>
          ) : (
            <>
              <Text size="sm">
                {value.rating
                  ? RATING_LABEL[value.rating]
                  : t('penilaianBawahan.rhk.notJudgedLong')}
              </Text>
              <Label>{t('penilaianBawahan.rhk.feedback')}</Label>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                {value.body || t('penilaianBawahan.rhk.noFeedback')}
              </Text>
            </>
          )}
        </Stack>
      </Stack>
    </Paper>
  )
}
