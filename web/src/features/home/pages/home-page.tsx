import {
  Badge,
  Card,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core'
import {
  IconBuildingCommunity,
  IconChartBar,
  IconChevronRight,
  IconClipboardCheck,
  IconFileImport,
  IconHeadset,
  IconHelpCircle,
  IconHistory,
  IconListCheck,
  IconUserCog,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react'
import type { Icon } from '@tabler/icons-react'
import { Link } from '@tanstack/react-router'
import type { LinkProps } from '@tanstack/react-router'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNip } from '../../../../../shared/rules/nip.ts'
import { AnchorLink } from '../../../components/ui/links.tsx'
import { HelpLink } from '../../guide/help-link.tsx'
import { formatDate, formatNumber, greetingName, hourIn, todayIn } from '../../../lib/format.ts'
import { isAdmin, isHelpdesk, isPegawai, useSessionUser } from '../../auth/api.ts'
import type { Me } from '../../auth/api.ts'
import { useMyProfile } from '../../org/api.ts'
import { CurrentPeriodCard } from '../../periods/components/current-period-card.tsx'
import { TodayProgressSummary } from '../../progress/components/today-summary.tsx'
import { ReportsCard } from '../components/reports-card.tsx'

type Shortcut = {
  key:
    | 'skp'
    | 'progres'
    | 'penilaian'
    | 'bantuan'
    | 'bawahan'
    | 'organisasi'
    | 'pegawai'
    | 'impor'
    | 'pengguna'
    | 'audit'
    | 'helpdesk'
  to: LinkProps['to']
  icon: Icon
  soon?: boolean
}

function shortcutsFor(me: Me): Shortcut[] {
  const list: Shortcut[] = []
  if (me.isAtasan) list.push({ key: 'bawahan', to: '/bawahan', icon: IconUsersGroup })
  if (isPegawai(me)) {
    list.push(
      { key: 'skp', to: '/skp', icon: IconListCheck },
      { key: 'progres', to: '/progres-harian', icon: IconClipboardCheck },
      { key: 'penilaian', to: '/penilaian', icon: IconChartBar },
    )
  }
  if (isAdmin(me)) {
    list.push(
      { key: 'organisasi', to: '/organisasi', icon: IconBuildingCommunity },
      { key: 'pegawai', to: '/pegawai', icon: IconUsers },
      { key: 'impor', to: '/impor', icon: IconFileImport },
      { key: 'pengguna', to: '/pengguna', icon: IconUserCog },
      { key: 'audit', to: '/audit', icon: IconHistory },
    )
  }
  if (isHelpdesk(me)) list.push({ key: 'helpdesk', to: '/helpdesk', icon: IconHeadset })
  list.push({ key: 'bantuan', to: '/bantuan', icon: IconHelpCircle })
  return list
}

function greetingKey(hour: number): 'morning' | 'midday' | 'afternoon' | 'evening' {
  if (hour >= 4 && hour < 11) return 'morning'
  if (hour >= 11 && hour < 15) return 'midday'
  if (hour >= 15 && hour < 18) return 'afternoon'
  return 'evening'
}

function ProfileSummary(props: { me: Me }) {
  const { t } = useTranslation()
  const profile = useMyProfile(props.me.pegawaiId !== null)
  const p = profile.data?.pegawai
  return (
    <Paper withBorder radius="md" p="lg" data-testid="profile-summary">
      <Stack gap="xs">
        <Text size="xs" c="dimmed" fw={700} tt="uppercase">
          {t('home.profileCard')}
        </Text>
        {props.me.pegawaiId && profile.isPending ? (
          <>
            <Skeleton h={22} w="60%" />
            <Skeleton h={16} w="40%" />
            <Skeleton h={16} w="80%" />
          </>
        ) : p ? (
          <>
            <Text fw={700} size="lg">
              {p.fullName}
            </Text>
            <Text ff="monospace" size="sm">
              NIP {formatNip(p.nip)}
            </Text>
            <Text size="sm">
              {p.jabatanName} · {p.unitName}
            </Text>
            {p.golongan ? (
              <Text size="sm" c="dimmed">
                {p.golongan}
                {p.pangkat ? ` — ${p.pangkat}` : ''} · {p.status}
              </Text>
            ) : null}
            <Text size="sm">
              {t('pegawai.atasan')}:{' '}
              <strong>
                {profile.data?.atasan?.fullName ?? p.atasanName ?? t('profile.noAtasan')}
              </strong>
            </Text>
            <AnchorLink to="/profil" size="sm" fw={600}>
              {t('home.seeProfile')}
            </AnchorLink>
          </>
        ) : (
          <>
            <Text fw={700} size="lg">
              {props.me.displayName}
            </Text>
            <Text size="sm">
              {t('home.username')}: {props.me.username}
            </Text>
            <Group gap={6}>
              {props.me.roles.map((r) => (
                <Badge key={r} variant="outline">
                  {t(`roles.${r}`)}
                </Badge>
              ))}
            </Group>
            <Text size="sm" c="dimmed">
              {t('home.noPegawai')}
            </Text>
          </>
        )}
      </Stack>
    </Paper>
  )
}

export function HomePage() {
  const { t } = useTranslation()
  const me = useSessionUser()
  const tz = me.instansiTimeZone ?? undefined
  const shortcuts = shortcutsFor(me)
  const firstName = greetingName(me.displayName)

  useEffect(() => {
    document.title = `${t('nav.beranda')} · Kinerja`
  }, [t])

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} fz={{ base: 22, sm: 28 }}>
          {t(`home.greeting.${greetingKey(hourIn(tz))}`, { name: firstName })}
        </Title>
        <Text c="dimmed">
          {t('home.today', { date: formatDate(todayIn(tz)) })}
          {me.instansiName ? ` · ${me.instansiName}` : ''}
        </Text>
        <HelpLink topic="mulai" />
      </div>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <ProfileSummary me={me} />
        {me.isAtasan ? (
          <Paper withBorder radius="md" p="lg" data-testid="subordinates-summary">
            <Stack gap="xs">
              <Text size="xs" c="dimmed" fw={700} tt="uppercase">
                {t('home.teamCard')}
              </Text>
              <Text fw={700} size="lg">
                {t('home.subordinateCount', {
                  count: me.subordinateCount,
                  formatted: formatNumber(me.subordinateCount),
                })}
              </Text>
              <Text size="sm" c="dimmed">
                {t('home.teamText')}
              </Text>
              <AnchorLink to="/bawahan" size="sm" fw={600}>
                {t('home.seeTeam')}
              </AnchorLink>
            </Stack>
          </Paper>
        ) : (
          <Paper withBorder radius="md" p="lg">
            <Stack gap="xs">
              <Text size="xs" c="dimmed" fw={700} tt="uppercase">
                {t('home.aboutCard')}
              </Text>
              <Text size="sm">{t('home.aboutText')}</Text>
            </Stack>
          </Paper>
        )}
      </SimpleGrid>

      <CurrentPeriodCard isAdmin={isAdmin(me)} />

      {isAdmin(me) || me.isAtasan ? <ReportsCard /> : null}

      <section aria-labelledby="shortcuts-title">
        <Title order={2} fz={18} mb="sm" id="shortcuts-title">
          {t('home.shortcuts')}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" data-testid="home-shortcuts">
          {shortcuts.map((s) => (
            <Card
              key={s.key}
              withBorder
              radius="md"
              padding="md"
              component={Link}
              to={s.to}
              style={{ textDecoration: 'none' }}
            >
              <Group wrap="nowrap" gap="sm" align="flex-start">
                <ThemeIcon variant="light" size={40} radius="md" aria-hidden>
                  <s.icon size={22} />
                </ThemeIcon>
                <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                  <Group gap={6}>
                    <Text fw={700}>{t(`nav.${s.key}`)}</Text>
                    {s.soon ? (
                      <Badge size="xs" variant="outline" color="gray">
                        {t('comingSoon.badge')}
                      </Badge>
                    ) : null}
                  </Group>
                  <Text size="sm" c="dimmed">
                    {t(`home.shortcut.${s.key}`)}
                  </Text>
                  {s.key === 'progres' && me.pegawaiId ? (
                    <TodayProgressSummary owner={me.pegawaiId} timeZone={tz} />
                  ) : null}
                </Stack>
                <IconChevronRight size={18} aria-hidden style={{ flexShrink: 0, marginTop: 10 }} />
              </Group>
            </Card>
          ))}
        </SimpleGrid>
      </section>
    </Stack>
  )
}
