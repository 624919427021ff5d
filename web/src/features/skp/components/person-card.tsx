import { Paper, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatNip } from '../../../../../shared/rules/nip.ts'
import type { PersonSnapshot } from '../../../../../shared/skp.ts'

/**
 * One side of the SKP's identity block (pegawai yang dinilai / pejabat penilai), as it was
 * snapshotted when the SKP was made.
 */
export function PersonCard(props: {
  title: string
  person: PersonSnapshot | null
  emptyText?: string
  testId?: string
}) {
  const { t } = useTranslation()
  const p = props.person
  return (
    <Paper withBorder radius="md" p="md" data-testid={props.testId} component="section">
      <Text size="xs" c="dimmed" fw={700} tt="uppercase" mb={6}>
        {props.title}
      </Text>
      {p ? (
        <Stack gap={2}>
          <Text fw={700} style={{ wordBreak: 'break-word' }}>
            {p.name}
          </Text>
          <Text size="sm" ff="monospace" c="dimmed">
            <span className="visually-hidden">NIP </span>
            {formatNip(p.nip)}
          </Text>
          {p.golongan ? (
            <Text size="sm">
              {t('skp.person.golongan')}: {p.pangkat ? `${p.pangkat}, ` : ''}
              {p.golongan}
            </Text>
          ) : null}
          <Text size="sm">{p.jabatanName}</Text>
          <Text size="sm" c="dimmed">
            {p.unitName}
          </Text>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {props.emptyText ?? t('skp.person.none')}
        </Text>
      )}
    </Paper>
  )
}
