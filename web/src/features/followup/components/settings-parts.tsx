import { Text } from '@mantine/core'
import { IconArrowLeft } from '@tabler/icons-react'
import { useQueryClient, type QueryKey } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { AnchorLink } from '../../../components/ui/links.tsx'
import { VersionConflictDialog } from '../../../components/ui/version-conflict-dialog.tsx'
import { formatDateTime } from '../../../lib/format.ts'
import { useSessionUser } from '../../auth/api.ts'
import type { FollowupTab } from '../followup-view.ts'

/** "← Tindak lanjut" back to the hub, on the tab the settings belong to. */
export function BackToHub(props: { tab: FollowupTab }) {
  const { t } = useTranslation()
  return (
    <AnchorLink
      to="/tindak-lanjut"
      search={{ tab: props.tab }}
      size="sm"
      style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}
    >
      <IconArrowLeft size={16} aria-hidden />
      {t('followup.backHub')}
    </AnchorLink>
  )
}

/** When the settings were last saved, in the instansi's time zone (nothing if never). */
export function SettingsUpdatedAt(props: { at: string | null }) {
  const { t } = useTranslation()
  const me = useSessionUser()
  if (!props.at) return null
  return (
    <Text size="sm" c="dimmed">
      {t('followup.settings.updatedAt', {
        at: formatDateTime(props.at, me.instansiTimeZone ?? undefined),
      })}
    </Text>
  )
}

/** Someone saved the settings meanwhile: reload their version (`current`) or keep editing. */
export function SettingsConflictModal<T>(props: {
  current: T | null | undefined
  queryKey: QueryKey
  testId: string
  onClose: () => void
}) {
  const { t } = useTranslation()
  const qc = useQueryClient()
  return (
    <VersionConflictDialog
      opened={props.current !== undefined}
      title={t('followup.settings.conflictTitle')}
      laterLabel={t('followup.settings.conflictLater')}
      reloadLabel={t('followup.settings.conflictReload')}
      onReload={() => {
        if (props.current) qc.setQueryData(props.queryKey, props.current)
        else void qc.invalidateQueries({ queryKey: props.queryKey })
        props.onClose()
      }}
      onClose={props.onClose}
      testId={props.testId}
    >
      <Text size="sm">{t('followup.settings.conflictText')}</Text>
    </VersionConflictDialog>
  )
}
