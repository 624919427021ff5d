import { Alert, Button, Group, Radio, Stack, Text } from '@mantine/core'
import { IconBulb, IconInfoCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { AssessmentDetail } from '../../../../../shared/assessments.ts'
import {
  ORG_PREDIKAT_LABEL,
  RATINGS,
  RATING_HASIL_GUIDANCE,
  RATING_LABEL,
  RATING_PERILAKU_GUIDANCE,
  type Predikat,
  type Rating,
} from '../../../../../shared/rules/predikat.ts'
import { RatingQuadrant } from './rating-quadrant.tsx'

/** One rating: the three choices, each with the regulation's guidance under it. */
function RatingChoice(props: {
  kind: 'hasil' | 'perilaku'
  value: Rating | null
  onChange: (r: Rating) => void
  disabled: boolean
}) {
  const { t } = useTranslation()
  const guidance = props.kind === 'hasil' ? RATING_HASIL_GUIDANCE : RATING_PERILAKU_GUIDANCE
  return (
    <Radio.Group
      label={t(`penilaianBawahan.rating.${props.kind}`)}
      value={props.value ?? ''}
      onChange={(v) => {
        const r = RATINGS.find((x) => x === v)
        if (r) props.onChange(r)
      }}
      data-testid={`rating-${props.kind}`}
    >
      <Stack gap="xs" mt={6}>
        {RATINGS.map((r) => (
          <Radio
            key={r}
            value={r}
            label={RATING_LABEL[r]}
            description={guidance[r]}
            disabled={props.disabled}
            data-testid={`rating-${props.kind}-${r}`}
          />
        ))}
      </Stack>
    </Radio.Group>
  )
}

/**
 * The atasan's two ratings with the guidance, and the predikat the quadrant gives for them.
 * A unit head's rating hasil kerja is not chosen: it follows the unit's predikat kinerja
 * organisasi (shown read-only with the reason).
 */
export function RatingPanel(props: {
  detail: AssessmentDetail
  hasil: Rating | null
  perilaku: Rating | null
  /** The rating hasil that counts (a unit head's from the org predikat). */
  effectiveHasil: Rating | null
  predikat: Predikat | null
  suggestion: Rating | null
  editable: boolean
  onHasil: (r: Rating) => void
  onPerilaku: (r: Rating) => void
}) {
  const { t } = useTranslation()
  const { detail } = props
  const isHead = detail.pegawai.headsUnitId !== null
  const org = detail.orgPredikat
  return (
    <Stack gap="md">
      {isHead ? (
        <div data-testid="rating-hasil-head">
          <Text size="sm" fw={500}>
            {t('penilaianBawahan.rating.hasil')}
          </Text>
          <Alert
            variant="light"
            color={props.effectiveHasil ? 'kinerja' : 'orange'}
            icon={<IconInfoCircle aria-hidden />}
            mt={6}
          >
            {props.effectiveHasil && org ? (
              <>
                <Text size="sm" fw={700} data-testid="rating-hasil-readonly">
                  {RATING_LABEL[props.effectiveHasil]}
                </Text>
                <Text size="sm">
                  {t('penilaianBawahan.rating.headExplain', {
                    unit: org.unitName,
                    org: ORG_PREDIKAT_LABEL[org.value],
                  })}
                </Text>
              </>
            ) : (
              <Text size="sm">{t('penilaianBawahan.rating.headMissing')}</Text>
            )}
            <Text size="xs" c="dimmed" mt={4}>
              {t('penilaianBawahan.rating.headMapping')}
            </Text>
          </Alert>
        </div>
      ) : (
        <Stack gap={6}>
          <RatingChoice
            kind="hasil"
            value={props.hasil}
            onChange={props.onHasil}
            disabled={!props.editable}
          />
          {props.suggestion && props.editable ? (
            <Group
              gap={6}
              wrap="nowrap"
              align="flex-start"
              data-testid="rating-hasil-suggestion"
              data-suggestion={props.suggestion}
            >
              <IconBulb size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
              <div>
                <Text size="xs">
                  {t('penilaianBawahan.rating.suggestion', {
                    rating: RATING_LABEL[props.suggestion],
                  })}
                </Text>
                {props.suggestion !== props.hasil ? (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    px={0}
                    onClick={() => props.suggestion && props.onHasil(props.suggestion)}
                  >
                    {t('penilaianBawahan.rating.useSuggestion')}
                  </Button>
                ) : null}
              </div>
            </Group>
          ) : null}
        </Stack>
      )}
      <RatingChoice
        kind="perilaku"
        value={props.perilaku}
        onChange={props.onPerilaku}
        disabled={!props.editable}
      />
      <RatingQuadrant
        hasil={props.effectiveHasil}
        perilaku={props.perilaku}
        predikat={props.predikat}
      />
    </Stack>
  )
}
