import { Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import {
  PREDIKAT_LABEL,
  QUADRANT,
  type Predikat,
  type Rating,
} from '../../../../../shared/rules/predikat.ts'
import { PREDIKAT_COLOR, PredikatBadge } from './badges.tsx'

/** Rows top to bottom: hasil Di Atas → Di Bawah; columns left to right: perilaku Di Bawah → Di Atas. */
const ROWS: readonly Rating[] = ['di_atas', 'sesuai', 'di_bawah']
const COLS: readonly Rating[] = ['di_bawah', 'sesuai', 'di_atas']

const cellBorder = '1px solid var(--mantine-color-gray-3)'

/**
 * The kuadran kinerja as a 3×3 table (the regulation's picture), with the cell of the two
 * chosen ratings highlighted, and the derived predikat written out above it. The predikat is
 * never typed: it is read from the quadrant.
 */
export function RatingQuadrant(props: {
  hasil: Rating | null
  perilaku: Rating | null
  predikat: Predikat | null
}) {
  const { t } = useTranslation()
  return (
    <div>
      <Group
        gap={6}
        wrap="wrap"
        mb={6}
        data-testid="predikat-preview"
        data-predikat={props.predikat ?? ''}
        aria-live="polite"
      >
        <Text size="sm" fw={700}>
          {t('penilaianBawahan.quadrant.predikat')}
        </Text>
        {props.predikat ? (
          <PredikatBadge predikat={props.predikat} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('penilaianBawahan.quadrant.none')}
          </Text>
        )}
      </Group>
      <table
        style={{
          width: '100%',
          borderCollapse: 'collapse',
          tableLayout: 'fixed',
          fontSize: 'var(--mantine-font-size-xs)',
        }}
        data-testid="rating-quadrant"
      >
        <caption className="visually-hidden">{t('penilaianBawahan.quadrant.caption')}</caption>
        <thead>
          <tr>
            <th
              scope="col"
              style={{ padding: 4, textAlign: 'left', verticalAlign: 'bottom', width: '25%' }}
            >
              <Text span size="xs" c="dimmed">
                {t('penilaianBawahan.quadrant.corner')}
              </Text>
            </th>
            {COLS.map((c) => (
              <th key={c} scope="col" style={{ padding: 4, textAlign: 'center' }}>
                {t(`penilaianBawahan.ratingShort.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((r) => (
            <tr key={r}>
              <th scope="row" style={{ padding: 4, textAlign: 'left', fontWeight: 600 }}>
                {t(`penilaianBawahan.ratingShort.${r}`)}
              </th>
              {COLS.map((c) => {
                const p = QUADRANT[r][c]
                const on = props.hasil === r && props.perilaku === c
                return (
                  <td
                    key={c}
                    aria-current={on ? 'true' : undefined}
                    data-cell={`${r}:${c}`}
                    data-active={on || undefined}
                    style={{
                      padding: '6px 2px',
                      textAlign: 'center',
                      border: cellBorder,
                      fontSize: 11,
                      overflowWrap: 'anywhere',
                      lineHeight: 1.2,
                      // Highlighted by a thick frame, bold text and a tick, not by colour alone
                      // (white on the yellow/orange fills would fail contrast).
                      background: `var(--mantine-color-${PREDIKAT_COLOR[p]}-light)`,
                      fontWeight: on ? 700 : 400,
                      outline: on ? '3px solid var(--mantine-color-dark-6)' : undefined,
                      outlineOffset: -3,
                    }}
                  >
                    {on ? <span aria-hidden>✓ </span> : null}
                    {/* A break opportunity after "/" keeps "Kurang/Misconduct" whole on a phone. */}
                    {PREDIKAT_LABEL[p].replace('/', '/\u200b')}
                    {on ? (
                      <span className="visually-hidden">
                        {' '}
                        ({t('penilaianBawahan.quadrant.chosen')})
                      </span>
                    ) : null}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <Text size="xs" c="dimmed" mt={4}>
        {t('penilaianBawahan.quadrant.axes')}
      </Text>
    </div>
  )
}
