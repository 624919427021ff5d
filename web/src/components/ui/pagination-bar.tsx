import { Group, Pagination, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '../../lib/format.ts'

/** "Menampilkan 1–50 dari 77" plus page buttons; hidden pages are never a surprise. */
export function PaginationBar(props: {
  page: number
  pageSize: number
  total: number
  onChange: (page: number) => void
}) {
  const { t } = useTranslation()
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize))
  const from = props.total === 0 ? 0 : (props.page - 1) * props.pageSize + 1
  const to = Math.min(props.total, props.page * props.pageSize)
  return (
    <Group justify="space-between" mt="md" gap="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('common.showing', {
          from: formatNumber(from),
          to: formatNumber(to),
          total: formatNumber(props.total),
        })}
      </Text>
      {pages > 1 ? (
        <Pagination
          total={pages}
          value={props.page}
          onChange={props.onChange}
          size="sm"
          siblings={1}
          getControlProps={(control) => ({
            'aria-label':
              control === 'next'
                ? t('common.nextPage')
                : control === 'previous'
                  ? t('common.previousPage')
                  : control,
          })}
          getItemProps={(page) => ({ 'aria-label': t('common.pageN', { page }) })}
        />
      ) : null}
    </Group>
  )
}
