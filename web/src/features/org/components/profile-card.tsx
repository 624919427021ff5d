import { Anchor, Badge, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { JABATAN_JENIS_LABEL } from '../../../../../shared/org.ts'
import type { Pegawai } from '../../../../../shared/org.ts'
import { formatNip } from '../../../../../shared/rules/nip.ts'
import { FieldList } from '../../../components/ui/field-list.tsx'
import { ActiveBadge } from '../../../components/ui/status-badge.tsx'
import { formatDate } from '../../../lib/format.ts'

/** A pegawai's data as the person (or an admin) reads it, with the derived atasan. */
export function PegawaiProfileCard(props: {
  pegawai: Pegawai
  atasan: Pegawai | null
  testId?: string
}) {
  const { t } = useTranslation()
  const p = props.pegawai
  const a = props.atasan
  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'md', sm: 'lg' }}
      data-testid={props.testId ?? 'profile-card'}
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div>
            <Title order={2} fz={20}>
              {p.fullName}
            </Title>
            <Text ff="monospace" size="sm" data-testid="profile-nip">
              NIP {formatNip(p.nip)}
            </Text>
          </div>
          <Group gap={6}>
            <Badge variant="outline" color="gray">
              {p.status}
            </Badge>
            <ActiveBadge active={p.active} />
          </Group>
        </Group>
        <FieldList
          items={[
            {
              label: t('pegawai.golonganPangkat'),
              value: p.golongan
                ? `${p.golongan}${p.pangkat ? ` — ${p.pangkat}` : ''}`
                : t('common.notSet'),
            },
            { label: t('pegawai.unit'), value: p.unitName },
            {
              label: t('pegawai.jabatan'),
              value: (
                <>
                  {p.jabatanName}
                  <Text component="span" size="sm" c="dimmed">
                    {' '}
                    · {JABATAN_JENIS_LABEL[p.jabatanJenis]}
                    {p.headsUnit ? ` · ${t('pegawai.headsUnit')}` : ''}
                  </Text>
                </>
              ),
            },
            { label: t('pegawai.birthDate'), value: formatDate(p.birthDate) },
            {
              label: t('pegawai.sex'),
              value: p.sex === 'L' ? t('pegawai.male') : p.sex === 'P' ? t('pegawai.female') : '—',
            },
            {
              label: t('pegawai.email'),
              value: p.email ? <Anchor href={`mailto:${p.email}`}>{p.email}</Anchor> : '—',
            },
            { label: t('pegawai.phone'), value: p.phone ?? '—' },
          ]}
        />
        <Divider />
        <div data-testid="profile-atasan">
          <Text size="xs" c="dimmed" fw={600} tt="uppercase">
            {t('profile.atasan')}
          </Text>
          {a ? (
            <Stack gap={0} mt={4}>
              <Text fw={600}>{a.fullName}</Text>
              <Text size="sm" ff="monospace">
                NIP {formatNip(a.nip)}
              </Text>
              <Text size="sm" c="dimmed">
                {a.jabatanName} · {a.unitName}
              </Text>
            </Stack>
          ) : (
            <Text mt={4}>{p.atasanName ?? t('profile.noAtasan')}</Text>
          )}
          <Text size="xs" c="dimmed" mt={6}>
            {t('profile.atasanExplain')}
          </Text>
        </div>
      </Stack>
    </Paper>
  )
}
