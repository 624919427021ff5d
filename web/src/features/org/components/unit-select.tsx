import { Select, Stack, Text } from '@mantine/core'
import type { SelectProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useUnits } from '../api.ts'
import { unitOptions } from '../unit-tree.ts'

/** A searchable unit picker; options show the unit's path ("Sekretariat › Sub Bagian …"). */
export function UnitSelect(
  props: Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
    value: string | null
    onChange: (value: string | null) => void
    exclude?: Set<string>
    includeInactive?: boolean
  },
) {
  const { t } = useTranslation()
  const { value, onChange, exclude, includeInactive, ...rest } = props
  const units = useUnits()
  const options = unitOptions(units.data ?? [], { exclude, includeInactive })
  const parents = new Map(options.map((o) => [o.value, o.parents]))
  const data = options.map((o) => ({ value: o.value, label: o.label }))
  return (
    <Select
      searchable
      clearable
      nothingFoundMessage={t('common.nothingFound')}
      placeholder={units.isLoading ? t('common.loading') : t('units.pickPlaceholder')}
      comboboxProps={{ withinPortal: true }}
      maxDropdownHeight={320}
      renderOption={({ option }) => (
        <Stack gap={0}>
          <Text size="sm">{option.label}</Text>
          {parents.get(option.value) ? (
            <Text size="xs" c="dimmed">
              {parents.get(option.value)}
            </Text>
          ) : null}
        </Stack>
      )}
      {...rest}
      data={data}
      value={value}
      onChange={onChange}
    />
  )
}
