import { Anchor, Paper, Table, Text } from '@mantine/core'
import type { CSSProperties } from 'react'
import { useTranslation } from 'react-i18next'
import type { Report, ReportColumn, ReportRow } from '../../../../../shared/reports.ts'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { formatReportCell, isDrillable, rowHeaderKind } from '../report-view.ts'
import type { ReportCell } from '../report-view.ts'

export type DrillTarget = { rowKey: string; rowLabel: string; column: ReportColumn; value: number }

/** The label column stays in view while a phone scrolls the numbers sideways. */
const STICKY: CSSProperties = {
  position: 'sticky',
  left: 0,
  zIndex: 1,
  background: 'var(--mantine-color-body)',
  boxShadow: 'inset -1px 0 0 var(--mantine-color-gray-3)',
}

function NumberCell(props: {
  row: Pick<ReportRow, 'key' | 'label'>
  column: ReportColumn
  value: ReportCell | undefined
  drill: boolean
  onDrill: (target: DrillTarget) => void
  strong?: boolean
}) {
  const { t } = useTranslation()
  const { row, column, value } = props
  const text = formatReportCell(value, column.kind)
  const testId = `report-cell-${row.key}-${column.key}`
  const align = column.kind === 'text' ? 'left' : 'right'
  if (props.drill && isDrillable(column, value) && typeof value === 'number') {
    return (
      <Table.Td ta={align} data-testid={testId} data-value={value}>
        <Anchor
          component="button"
          type="button"
          fw={props.strong ? 800 : 700}
          underline="always"
          onClick={() => props.onDrill({ rowKey: row.key, rowLabel: row.label, column, value })}
          aria-label={t('reports.table.drillLabel', {
            value: text,
            row: row.label,
            column: column.label,
          })}
          style={{ fontVariantNumeric: 'tabular-nums' }}
        >
          {text}
        </Anchor>
      </Table.Td>
    )
  }
  return (
    <Table.Td
      ta={align}
      data-testid={testId}
      data-value={value ?? ''}
      fw={props.strong ? 700 : undefined}
      style={{ fontVariantNumeric: 'tabular-nums' }}
    >
      {text}
    </Table.Td>
  )
}

/**
 * The generic report table: the row label first, then the report's columns, a totals row,
 * and numbers that open the names behind them. On a phone it scrolls sideways with the label
 * column pinned.
 */
export function ReportTable(props: { report: Report; onDrill: (target: DrillTarget) => void }) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const { report } = props
  const labelWidth = isPhone ? 116 : 200
  const minWidth = labelWidth + report.columns.length * (isPhone ? 100 : 120)
  const drillable = report.columns.some((c) => c.drill)
  // A paged report's totals row sums every page, not only the rows shown.
  const paged = report.pageSize !== null && report.total > report.rows.length
  const sticky: CSSProperties = { ...STICKY, minWidth: labelWidth, maxWidth: isPhone ? 140 : 320 }
  return (
    <Paper withBorder radius="md">
      <Text size="xs" c="dimmed" px="sm" pt="xs" pb={4} data-testid="report-subtitle">
        {report.subtitle}
        {drillable ? ` · ${t('reports.table.drillHint')}` : ''}
      </Text>
      <Table.ScrollContainer minWidth={minWidth} type="native">
        <Table highlightOnHover verticalSpacing="sm" data-testid="report-table">
          <Table.Caption className="visually-hidden">{report.subtitle}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" style={sticky}>
                {t(`reports.table.row.${rowHeaderKind(report)}`)}
              </Table.Th>
              {report.columns.map((c) => (
                <Table.Th
                  key={c.key}
                  scope="col"
                  ta={c.kind === 'text' ? 'left' : 'right'}
                  data-testid={`report-col-${c.key}`}
                >
                  {c.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.rows.map((row) => (
              <Table.Tr key={row.key} data-testid={`report-row-${row.key}`}>
                <Table.Th scope="row" fw={600} style={sticky}>
                  {row.label}
                </Table.Th>
                {report.columns.map((c) => (
                  <NumberCell
                    key={c.key}
                    row={row}
                    column={c}
                    value={row.cells[c.key]}
                    drill
                    onDrill={props.onDrill}
                  />
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
          {report.totals ? (
            <Table.Tfoot>
              <Table.Tr data-testid="report-row-total" style={{ borderTopWidth: 2 }}>
                <Table.Th scope="row" fw={800} style={sticky}>
                  {t(paged ? 'reports.table.totalAllPages' : 'reports.table.total')}
                </Table.Th>
                {report.columns.map((c) => (
                  <NumberCell
                    key={c.key}
                    row={{ key: 'total', label: t('reports.table.total') }}
                    column={c}
                    value={report.totals?.[c.key]}
                    drill={false}
                    onDrill={props.onDrill}
                    strong
                  />
                ))}
              </Table.Tr>
            </Table.Tfoot>
          ) : null}
        </Table>
      </Table.ScrollContainer>
    </Paper>
  )
}
