import { Select } from '@mantine/core'
import type { SelectProps } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNip } from '../../../../../shared/rules/nip.ts'
import { usePegawaiList } from '../api.ts'

/** Finds a pegawai by name or NIP on the server (the list can be thousands long). */
export function PegawaiPicker(
  props: Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> & {
    value: string | null
    onChange: (value: string | null) => void
    excludeId?: string
  },
) {
  const { t } = useTranslation()
  const { value, onChange, excludeId, ...rest } = props
  const [search, setSearch] = useState('')
  const [debounced] = useDebouncedValue(search, 250)
  const list = usePegawaiList({
    q: debounced.trim() || undefined,
    active: 'true',
    page: 1,
    pageSize: 20,
  })
  const data = (list.data?.items ?? [])
    .filter((p) => p.id !== excludeId)
    .map((p) => ({ value: p.id, label: `${p.fullName} — ${formatNip(p.nip)}` }))
  return (
    <Select
      searchable
      clearable
      filter={({ options }) => options}
      nothingFoundMessage={list.isFetching ? t('common.loading') : t('common.nothingFound')}
      placeholder={t('pegawai.pickerPlaceholder')}
      comboboxProps={{ withinPortal: true }}
      {...rest}
      data={data}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
    />
  )
}
