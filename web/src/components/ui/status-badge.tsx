import { Badge } from '@mantine/core'
import { IconCircleCheck, IconCircleOff } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

/** Active/inactive as a word plus an icon, never by colour alone. */
export function ActiveBadge(props: { active: boolean }) {
  const { t } = useTranslation()
  return props.active ? (
    <Badge color="teal" leftSection={<IconCircleCheck size={12} aria-hidden />}>
      {t('common.active')}
    </Badge>
  ) : (
    <Badge color="gray" leftSection={<IconCircleOff size={12} aria-hidden />}>
      {t('common.inactive')}
    </Badge>
  )
}
