import { Button, Menu } from '@mantine/core'
import { IconDownload } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { apiUrl } from '../../../lib/api-client.ts'

/** Export links: plain downloads through the authorised route (the cookie goes along). */
export function ExportMenu(props: { kind: 'pegawai' | 'units'; label?: string }) {
  const { t } = useTranslation()
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={18} aria-hidden />}>
          {props.label ?? t('common.export')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          component="a"
          href={apiUrl(`/org/export/${props.kind}`, { format: 'xlsx' })}
          download
        >
          {t('common.exportXlsx')}
        </Menu.Item>
        <Menu.Item
          component="a"
          href={apiUrl(`/org/export/${props.kind}`, { format: 'csv' })}
          download
        >
          {t('common.exportCsv')}
        </Menu.Item>
        <Menu.Item
          component="a"
          href={apiUrl(`/org/export/${props.kind}`, { format: 'csv', delimiter: 'semicolon' })}
          download
        >
          {t('common.exportCsvSemicolon')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
