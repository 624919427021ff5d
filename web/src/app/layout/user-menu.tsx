import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core'
import {
  IconCheck,
  IconChevronDown,
  IconKey,
  IconLanguage,
  IconLogout,
  IconUserCircle,
} from '@tabler/icons-react'
import { useNavigate } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import type { Me } from '../../features/auth/api.ts'
import { useLogout } from '../../features/auth/api.ts'
import { changeLanguage, currentLanguage } from '../../lib/i18n.ts'
import type { Language } from '../../lib/i18n.ts'

export function initials(name: string): string {
  const parts = name
    .replace(/[^\p{L}\s]/gu, ' ')
    .trim()
    .split(/\s+/)
  return (
    (
      (parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '')
    ).toUpperCase() || '?'
  )
}

export function LanguageItems() {
  const { t } = useTranslation()
  const lang = currentLanguage()
  const options: { value: Language; label: string }[] = [
    { value: 'id', label: 'Bahasa Indonesia' },
    { value: 'en', label: 'English' },
  ]
  return (
    <>
      <Menu.Label>
        <Group gap={6}>
          <IconLanguage size={14} aria-hidden />
          {t('userMenu.language')}
        </Group>
      </Menu.Label>
      {options.map((o) => (
        <Menu.Item
          key={o.value}
          lang={o.value}
          onClick={() => void changeLanguage(o.value)}
          rightSection={o.value === lang ? <IconCheck size={16} aria-hidden /> : null}
          aria-label={o.value === lang ? `${o.label} (${t('userMenu.selected')})` : o.label}
          fw={o.value === lang ? 700 : undefined}
        >
          {o.label}
        </Menu.Item>
      ))}
    </>
  )
}

export function UserMenu(props: { me: Me; restricted: boolean }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const logout = useLogout()
  const signOut = () =>
    logout.mutate(undefined, {
      onSettled: () => void navigate({ to: '/masuk', search: { redirect: undefined } }),
    })
  return (
    <Menu position="bottom-end" width={240} shadow="md" withinPortal>
      <Menu.Target>
        <UnstyledButton
          aria-label={t('userMenu.open', { name: props.me.displayName })}
          data-testid="user-menu"
          p={4}
          style={{ borderRadius: 8 }}
        >
          <Group gap={8} wrap="nowrap">
            <Avatar color="kinerja" radius="xl" size={36}>
              {initials(props.me.displayName)}
            </Avatar>
            <Text size="sm" fw={600} visibleFrom="sm" maw={200} truncate>
              {props.me.displayName}
            </Text>
            <IconChevronDown size={16} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{props.me.username}</Menu.Label>
        {!props.restricted && props.me.pegawaiId ? (
          <Menu.Item
            leftSection={<IconUserCircle size={16} aria-hidden />}
            onClick={() => void navigate({ to: '/profil' })}
          >
            {t('userMenu.profile')}
          </Menu.Item>
        ) : null}
        <Menu.Item
          leftSection={<IconKey size={16} aria-hidden />}
          onClick={() => void navigate({ to: '/ganti-sandi' })}
        >
          {t('userMenu.changePassword')}
        </Menu.Item>
        <Menu.Divider />
        <LanguageItems />
        <Menu.Divider />
        <Menu.Item color="red" leftSection={<IconLogout size={16} aria-hidden />} onClick={signOut}>
          {t('userMenu.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
