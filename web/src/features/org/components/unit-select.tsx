import { Select } from '@mantine/core'
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
  const data = unitOptions(units.data ?? [], { exclude, includeInactive })
  return (
    <Select
      searchable
      clearable
      nothingFoundMessage={t('common.nothingFound')}
      placeholder={units.isLoading ? t('common.loading') : t('units.pickPlaceholder')}
      comboboxProps={{ withinPortal: true }}
      maxDropdownHeight={320}
      {...rest}
      data={data}
      value={value}
      onChange={onChange}
    />
  )
}
