import { Alert, Button, Group, Paper, Stack, Switch, Table, Text } from '@mantine/core'
import { IconDeviceMobile, IconMail, IconMailOff } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { NOTIFICATION_CATEGORIES } from '../../../../../shared/notifications.ts'
import type {
  NotificationCategory,
  NotificationPreferences,
} from '../../../../../shared/notifications.ts'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { AnchorLink } from '../../../components/ui/links.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { useSessionUser } from '../../auth/api.ts'
import { useNotificationPreferences, useSaveNotificationPreferences } from '../api.ts'

type Categories = NotificationPreferences['categories']
type Channel = 'inApp' | 'email'

const same = (a: Categories, b: Categories) =>
  NOTIFICATION_CATEGORIES.every((c) => a[c].inApp === b[c].inApp && a[c].email === b[c].email)

function ChannelSwitch(props: {
  category: NotificationCategory
  channel: Channel
  value: Categories
  disabled: boolean
  onChange: (next: Categories) => void
  withLabel: boolean
}) {
  const { t } = useTranslation()
  const { category, channel } = props
  const categoryLabel = t(`notificationPrefs.categories.${category}.label`)
  const channelLabel = t(`notificationPrefs.${channel}`)
  return (
    <Switch
      checked={props.value[category][channel] && !props.disabled}
      disabled={props.disabled}
      onChange={(e) => {
        const checked = e.currentTarget.checked
        props.onChange({
          ...props.value,
          [category]: { ...props.value[category], [channel]: checked },
        })
      }}
      label={props.withLabel ? channelLabel : undefined}
      aria-label={t('notificationPrefs.switchLabel', {
        category: categoryLabel,
        channel: channelLabel,
      })}
      title={props.disabled ? t('notificationPrefs.emailOffWhy') : undefined}
      size="md"
      data-testid={`pref-${category}-${channel}`}
    />
  )
}

function PreferencesForm(props: { saved: NotificationPreferences }) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const save = useSaveNotificationPreferences()
  const [draft, setDraft] = useState<Categories | null>(null)
  const value = draft ?? props.saved.categories
  const dirty = draft !== null && !same(draft, props.saved.categories)
  const noEmail = props.saved.email === null
  const me = useSessionUser()
  // Reminders about subordinates' waiting items only concern an atasan.
  const categories = NOTIFICATION_CATEGORIES.filter((c) => c !== 'reminder_waiting' || me.isAtasan)

  const onSave = () =>
    save.mutate(
      { categories: value },
      {
        onSuccess: () => {
          setDraft(null)
          notifySuccess(t('notificationPrefs.saved'))
        },
        onError: (e) => notifyError(e),
      },
    )

  return (
    <Stack gap="md">
      {noEmail ? (
        <Alert
          color="orange"
          variant="light"
          icon={<IconMailOff aria-hidden />}
          title={t('notificationPrefs.noEmailTitle')}
          data-testid="prefs-no-email"
        >
          {t('notificationPrefs.noEmail')}
        </Alert>
      ) : (
        <Text size="sm" style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
          <IconMail size={16} aria-hidden />
          {t('notificationPrefs.emailTo', { email: props.saved.email })}
        </Text>
      )}

      {isPhone ? (
        <Stack gap="sm" data-testid="prefs-list">
          {categories.map((c) => (
            <Paper key={c} withBorder radius="md" p="sm" component="fieldset" m={0}>
              <Text component="legend" fw={700} size="sm" px={4}>
                {t(`notificationPrefs.categories.${c}.label`)}
              </Text>
              <Text size="xs" c="dimmed" mb="xs">
                {t(`notificationPrefs.categories.${c}.hint`)}
              </Text>
              <Stack gap="xs">
                <ChannelSwitch
                  category={c}
                  channel="inApp"
                  value={value}
                  disabled={false}
                  onChange={setDraft}
                  withLabel
                />
                <ChannelSwitch
                  category={c}
                  channel="email"
                  value={value}
                  disabled={noEmail}
                  onChange={setDraft}
                  withLabel
                />
              </Stack>
            </Paper>
          ))}
        </Stack>
      ) : (
        <Paper withBorder radius="md" data-testid="prefs-list">
          <Table verticalSpacing="sm" horizontalSpacing="md">
            <Table.Caption>{t('notificationPrefs.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('notificationPrefs.categoryCol')}</Table.Th>
                <Table.Th scope="col" w={140}>
                  <Group gap={4} wrap="nowrap">
                    <IconDeviceMobile size={16} aria-hidden />
                    {t('notificationPrefs.inApp')}
                  </Group>
                </Table.Th>
                <Table.Th scope="col" w={140}>
                  <Group gap={4} wrap="nowrap">
                    <IconMail size={16} aria-hidden />
                    {t('notificationPrefs.email')}
                  </Group>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {categories.map((c) => (
                <Table.Tr key={c}>
                  <Table.Th scope="row" fw={400}>
                    <Text fw={600} size="sm">
                      {t(`notificationPrefs.categories.${c}.label`)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`notificationPrefs.categories.${c}.hint`)}
                    </Text>
                  </Table.Th>
                  <Table.Td>
                    <ChannelSwitch
                      category={c}
                      channel="inApp"
                      value={value}
                      disabled={false}
                      onChange={setDraft}
                      withLabel={false}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ChannelSwitch
                      category={c}
                      channel="email"
                      value={value}
                      disabled={noEmail}
                      onChange={setDraft}
                      withLabel={false}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}

      <Paper
        withBorder={dirty}
        shadow={dirty ? 'md' : undefined}
        radius="md"
        p={dirty ? 'sm' : 0}
        style={dirty ? { position: 'sticky', bottom: isPhone ? 76 : 16, zIndex: 5 } : undefined}
      >
        <Group justify="space-between" gap="xs">
          <Text size="sm" c={dirty ? undefined : 'dimmed'} aria-live="polite">
            {dirty ? t('notificationPrefs.unsaved') : ''}
          </Text>
          <Group gap="xs">
            {dirty ? (
              <Button variant="default" onClick={() => setDraft(null)}>
                {t('notificationPrefs.reset')}
              </Button>
            ) : null}
            <Button
              onClick={onSave}
              disabled={!dirty}
              loading={save.isPending}
              data-testid="prefs-save"
            >
              {t('common.save')}
            </Button>
          </Group>
        </Group>
      </Paper>
    </Stack>
  )
}

/** `/notifikasi/pengaturan`: per category, the inbox and email switches. */
export function NotificationPreferencesPage() {
  const { t } = useTranslation()
  const prefs = useNotificationPreferences()
  return (
    <Stack gap="md">
      <AnchorLink to="/notifikasi" size="sm">
        ← {t('notificationPrefs.back')}
      </AnchorLink>
      <PageHeader
        title={t('notificationPrefs.title')}
        description={t('notificationPrefs.description')}
      />
      {prefs.isPending ? (
        <LoadingState rows={6} />
      ) : prefs.isError ? (
        <ErrorState error={prefs.error} onRetry={() => void prefs.refetch()} />
      ) : (
        <PreferencesForm saved={prefs.data} />
      )}
    </Stack>
  )
}
