import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Code,
  CopyButton,
  Group,
  Menu,
  Modal,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import {
  IconCheck,
  IconCopy,
  IconDots,
  IconKey,
  IconLock,
  IconSearch,
  IconShieldCheck,
  IconUserCheck,
  IconUserCog,
  IconUserOff,
} from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { GRANTABLE_ROLES } from '../../../../../shared/org.ts'
import { formatNip } from '../../../../../shared/rules/nip.ts'
import type { Role } from '../../../../../shared/org.ts'
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { PaginationBar } from '../../../components/ui/pagination-bar.tsx'
import { ActiveBadge } from '../../../components/ui/status-badge.tsx'
import { formatDateTime } from '../../../lib/format.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { useSessionUser } from '../../auth/api.ts'
import { useResetPassword, useUpdateUser, useUsers } from '../api.ts'
import type { UserAccount } from '../api.ts'
import { ResponsiveTable } from '../../../components/ui/responsive-table.tsx'

const PAGE_SIZE = 25

/** Employees sign in with their NIP: show it grouped like everywhere else. */
function showUsername(username: string): string {
  return /^\d{18}$/.test(username) ? formatNip(username) : username
}

function isLocked(u: UserAccount): boolean {
  return u.lockedUntil !== null && new Date(u.lockedUntil).getTime() > Date.now()
}

function RoleBadges(props: { roles: Role[] }) {
  const { t } = useTranslation()
  return (
    <Group gap={4}>
      {props.roles.length === 0 ? (
        <Text size="sm" c="dimmed">
          —
        </Text>
      ) : (
        props.roles.map((r) => (
          <Badge
            key={r}
            variant={r === 'pegawai' ? 'outline' : 'light'}
            color={r === 'pegawai' ? 'gray' : 'kinerja'}
          >
            {t(`roles.${r}`)}
          </Badge>
        ))
      )}
    </Group>
  )
}

function AccountState(props: { user: UserAccount; tz: string | undefined }) {
  const { t } = useTranslation()
  const u = props.user
  return (
    <Stack gap={4}>
      <ActiveBadge active={u.active} />
      {isLocked(u) ? (
        <Badge color="red" variant="outline" leftSection={<IconLock size={12} aria-hidden />}>
          {t('users.lockedUntil', { time: formatDateTime(u.lockedUntil, props.tz) })}
        </Badge>
      ) : null}
      {u.mustChangePassword ? (
        <Text size="xs" c="dimmed">
          {t('users.mustChange')}
        </Text>
      ) : null}
    </Stack>
  )
}

function UserActions(props: {
  user: UserAccount
  isSelf: boolean
  onReset: () => void
  onRoles: () => void
  onToggle: () => void
}) {
  const { t } = useTranslation()
  const u = props.user
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          size="lg"
          aria-label={t('users.actionsFor', { name: u.displayName })}
        >
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconKey size={16} aria-hidden />} onClick={props.onReset}>
          {t('users.resetPassword')}
        </Menu.Item>
        <Menu.Item leftSection={<IconUserCog size={16} aria-hidden />} onClick={props.onRoles}>
          {t('users.editRoles')}
        </Menu.Item>
        <Menu.Item
          leftSection={
            u.active ? (
              <IconUserOff size={16} aria-hidden />
            ) : (
              <IconUserCheck size={16} aria-hidden />
            )
          }
          color={u.active ? 'red' : undefined}
          disabled={props.isSelf && u.active}
          onClick={props.onToggle}
        >
          {u.active ? t('users.deactivate') : t('users.activate')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}

function RolesModal(props: { user: UserAccount | null; isSelf: boolean; onClose: () => void }) {
  // Keyed by account so the checkboxes start from that account's roles.
  return props.user ? (
    <RolesForm
      key={props.user.id}
      user={props.user}
      isSelf={props.isSelf}
      onClose={props.onClose}
    />
  ) : null
}

function RolesForm(props: { user: UserAccount; isSelf: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const update = useUpdateUser()
  const user = props.user
  const [roles, setRoles] = useState<string[]>(() => user.roles.filter((r) => r !== 'pegawai'))
  const save = () => {
    // Only grantable roles travel; "pegawai" follows from the employee link on the server.
    const next = GRANTABLE_ROLES.filter((r) => roles.includes(r))
    update.mutate(
      { id: user.id, roles: next },
      {
        onSuccess: () => {
          notifySuccess(t('users.rolesSaved', { name: user.displayName }))
          props.onClose()
        },
        onError: (e) => notifyError(e),
      },
    )
  }
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={t('users.rolesTitle', { name: user.displayName })}
      size="lg"
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('users.rolesExplain')}
        </Text>
        <Checkbox.Group value={roles} onChange={setRoles} label={t('users.roles')}>
          <Stack gap="sm" mt="xs">
            {GRANTABLE_ROLES.map((r) => {
              const lockSelf =
                props.isSelf && r === 'admin_instansi' && user.roles.includes('admin_instansi')
              return (
                <Checkbox
                  key={r}
                  value={r}
                  label={t(`roles.${r}`)}
                  description={lockSelf ? t('users.cannotDropOwnAdmin') : t(`users.roleHint.${r}`)}
                  disabled={lockSelf}
                />
              )
            })}
          </Stack>
        </Checkbox.Group>
        <Text size="sm">
          <strong>{t('roles.pegawai')}:</strong>{' '}
          {user.pegawaiId ? t('users.pegawaiLinked') : t('users.pegawaiNotLinked')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={save} loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}

function TemporaryPasswordModal(props: {
  user: UserAccount | null
  password: string | null
  onClose: () => void
}) {
  const { t } = useTranslation()
  if (!props.user || !props.password) return null
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={t('users.tempTitle')}
      size="md"
      closeOnClickOutside={false}
    >
      <Stack gap="md">
        <Text size="sm">
          {t('users.tempFor', {
            name: props.user.displayName,
            username: showUsername(props.user.username),
          })}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Code
            fz={22}
            p="sm"
            style={{ letterSpacing: 1, flex: 1, textAlign: 'center' }}
            data-testid="temporary-password"
          >
            {props.password}
          </Code>
          <CopyButton value={props.password}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? t('common.copied') : t('common.copy')}>
                <ActionIcon
                  size="xl"
                  variant={copied ? 'filled' : 'light'}
                  onClick={copy}
                  aria-label={copied ? t('common.copied') : t('common.copy')}
                >
                  {copied ? (
                    <IconCheck size={20} aria-hidden />
                  ) : (
                    <IconCopy size={20} aria-hidden />
                  )}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        </Group>
        <Alert color="kinerja" variant="light" icon={<IconShieldCheck aria-hidden />}>
          {t('users.tempExplain')}
        </Alert>
        <Group justify="flex-end">
          <Button onClick={props.onClose}>{t('users.tempDone')}</Button>
        </Group>
      </Stack>
    </Modal>
  )
}

export function UsersPage() {
  const { t } = useTranslation()
  const me = useSessionUser()
  const tz = me.instansiTimeZone ?? undefined
  const isPhone = useIsPhone()
  const [q, setQ] = useState('')
  const [debouncedQ] = useDebouncedValue(q, 300)
  const [page, setPage] = useState(1)
  const users = useUsers({ q: debouncedQ.trim() || undefined, page, pageSize: PAGE_SIZE })
  const update = useUpdateUser()
  const reset = useResetPassword()

  const [resetting, setResetting] = useState<UserAccount | null>(null)
  const [tempPassword, setTempPassword] = useState<{ user: UserAccount; password: string } | null>(
    null,
  )
  const [editingRoles, setEditingRoles] = useState<UserAccount | null>(null)
  const [toggling, setToggling] = useState<UserAccount | null>(null)

  const doReset = () => {
    if (!resetting) return
    const user = resetting
    reset.mutate(user.id, {
      onSuccess: (res) => {
        setResetting(null)
        setTempPassword({ user, password: res.temporaryPassword })
      },
      onError: (e) => {
        setResetting(null)
        notifyError(e)
      },
    })
  }

  const doToggle = () => {
    if (!toggling) return
    const user = toggling
    update.mutate(
      { id: user.id, active: !user.active },
      {
        onSuccess: () => {
          notifySuccess(
            user.active
              ? t('users.deactivated', { name: user.displayName })
              : t('users.activated', { name: user.displayName }),
          )
          setToggling(null)
        },
        onError: (e) => {
          setToggling(null)
          notifyError(e)
        },
      },
    )
  }

  const actions = (u: UserAccount) => (
    <UserActions
      user={u}
      isSelf={u.id === me.id}
      onReset={() => setResetting(u)}
      onRoles={() => setEditingRoles(u)}
      onToggle={() => setToggling(u)}
    />
  )

  return (
    <Stack>
      <PageHeader title={t('users.title')} description={t('users.description')} />
      <TextInput
        label={t('users.search')}
        description={t('users.searchHint')}
        type="search"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={q}
        onChange={(e) => {
          setQ(e.currentTarget.value)
          setPage(1)
        }}
        maw={480}
      />
      {users.isPending ? (
        <LoadingState rows={6} />
      ) : users.isError ? (
        <ErrorState error={users.error} onRetry={() => void users.refetch()} />
      ) : users.data.items.length === 0 ? (
        <EmptyState
          icon={<IconUserCog size={30} />}
          title={debouncedQ ? t('users.noMatchTitle') : t('users.emptyTitle')}
          description={debouncedQ ? t('users.noMatch') : t('users.empty')}
        />
      ) : (
        <div data-testid="users-list" aria-busy={users.isFetching}>
          <ResponsiveTable
            isPhone={isPhone}
            items={users.data.items}
            renderCard={(u) => (
              <Card
                key={u.id}
                withBorder
                radius="md"
                padding="md"
                component="article"
                aria-label={u.displayName}
                data-testid="user-card"
              >
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <div style={{ minWidth: 0 }}>
                    <Text fw={700} style={{ wordBreak: 'break-word' }}>
                      {u.displayName}
                    </Text>
                    <Text size="sm" ff="monospace" c="dimmed" style={{ wordBreak: 'break-all' }}>
                      {showUsername(u.username)}
                    </Text>
                  </div>
                  {actions(u)}
                </Group>
                <Stack gap={6} mt="xs">
                  <RoleBadges roles={u.roles} />
                  <AccountState user={u} tz={tz} />
                  <Text size="xs" c="dimmed">
                    {t('users.lastLogin')}:{' '}
                    {u.lastLoginAt ? formatDateTime(u.lastLoginAt, tz) : t('users.never')}
                  </Text>
                </Stack>
              </Card>
            )}
            minWidth={820}
            caption={t('users.tableCaption')}
            head={
              <>
                <Table.Th scope="col">{t('users.name')}</Table.Th>
                <Table.Th scope="col">{t('users.roles')}</Table.Th>
                <Table.Th scope="col">{t('users.state')}</Table.Th>
                <Table.Th scope="col">{t('users.lastLogin')}</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </Table.Th>
              </>
            }
            renderRow={(u) => (
              <Table.Tr key={u.id}>
                <Table.Td>
                  <Text fw={600}>{u.displayName}</Text>
                  <Text size="xs" ff="monospace" c="dimmed">
                    {showUsername(u.username)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <RoleBadges roles={u.roles} />
                </Table.Td>
                <Table.Td>
                  <AccountState user={u} tz={tz} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {u.lastLoginAt ? formatDateTime(u.lastLoginAt, tz) : t('users.never')}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{actions(u)}</Table.Td>
              </Table.Tr>
            )}
          />
          <PaginationBar
            page={users.data.page}
            pageSize={users.data.pageSize}
            total={users.data.total}
            onChange={setPage}
          />
        </div>
      )}

      <ConfirmDialog
        opened={resetting !== null}
        onClose={() => setResetting(null)}
        title={t('users.resetTitle')}
        message={t('users.resetText', { name: resetting?.displayName ?? '' })}
        confirmLabel={t('users.resetPassword')}
        loading={reset.isPending}
        onConfirm={doReset}
      />
      <TemporaryPasswordModal
        user={tempPassword?.user ?? null}
        password={tempPassword?.password ?? null}
        onClose={() => setTempPassword(null)}
      />
      <RolesModal
        user={editingRoles}
        isSelf={editingRoles?.id === me.id}
        onClose={() => setEditingRoles(null)}
      />
      <ConfirmDialog
        opened={toggling !== null}
        onClose={() => setToggling(null)}
        title={toggling?.active ? t('users.deactivateTitle') : t('users.activateTitle')}
        message={
          toggling?.active
            ? t('users.deactivateText', { name: toggling.displayName })
            : t('users.activateText', { name: toggling?.displayName ?? '' })
        }
        confirmLabel={toggling?.active ? t('users.deactivate') : t('users.activate')}
        danger={toggling?.active}
        loading={update.isPending}
        onConfirm={doToggle}
      />
    </Stack>
  )
}
