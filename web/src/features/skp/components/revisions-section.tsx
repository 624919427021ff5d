import { Accordion, Group, List, Stack, Text } from '@mantine/core'
import { IconHistory } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Skp } from '../../../../../shared/skp.ts'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { formatDate } from '../../../lib/format.ts'
import { useSkpRevisions } from '../api.ts'
import type { SkpRevision } from '../api.ts'
import { LAMPIRAN_KEYS } from '../skp-content.ts'
import { RhkCard } from './rhk-card.tsx'
import { SkpStatusBadge } from './skp-status-badge.tsx'

function RevisionContent(props: { revision: SkpRevision }) {
  const { t } = useTranslation()
  const c = props.revision.content
  const utama = c.rhk.filter((r) => r.jenis === 'utama').sort((a, b) => a.seq - b.seq)
  const tambahan = c.rhk.filter((r) => r.jenis === 'tambahan').sort((a, b) => a.seq - b.seq)
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <SkpStatusBadge status={c.status} size="sm" />
        <Text size="sm">{t(`skp.pendekatan.${c.pendekatan}`)}</Text>
      </Group>
      {[...utama, ...tambahan].map((r) => (
        <RhkCard
          key={r.id}
          rhk={r}
          number={(r.jenis === 'utama' ? utama : tambahan).indexOf(r) + 1}
          skp={c}
          testId="revision-rhk"
        />
      ))}
      {LAMPIRAN_KEYS.map((k) =>
        c.lampiran[k].length > 0 ? (
          <div key={k}>
            <Text size="sm" fw={700}>
              {t(`skp.lampiran.${k}.title`)}
            </Text>
            <List size="sm">
              {c.lampiran[k].map((l, i) => (
                <List.Item key={i}>{l}</List.Item>
              ))}
            </List>
          </div>
        ) : null,
      )}
    </Stack>
  )
}

/**
 * (e) Riwayat revisi: every approved version of this SKP, newest first. A change to an
 * approved SKP starts a new revision, so what was agreed before stays readable.
 */
export function RevisionsSection(props: { skp: Skp; active: boolean }) {
  const { t } = useTranslation()
  const revisions = useSkpRevisions(props.skp.id, props.active)
  if (!props.active && revisions.isPending) return null
  if (revisions.isPending) return <LoadingState rows={2} />
  if (revisions.isError)
    return <ErrorState error={revisions.error} onRetry={() => void revisions.refetch()} />
  const items = [...revisions.data].sort((a, b) => b.revision - a.revision)
  return (
    <Stack gap="md" data-testid="revisions-section">
      <Text size="sm" c="dimmed">
        {t('skp.revisions.intro', { n: props.skp.revision })}
      </Text>
      {items.length === 0 ? (
        <EmptyState
          icon={<IconHistory size={30} />}
          title={t('skp.revisions.emptyTitle')}
          description={t('skp.revisions.empty')}
          testId="revisions-empty"
        />
      ) : (
        <Accordion variant="separated" radius="md">
          {items.map((r) => (
            <Accordion.Item key={r.revision} value={String(r.revision)}>
              <Accordion.Control>
                <Stack gap={0}>
                  <Text fw={700}>{t('skp.revisionN', { n: r.revision })}</Text>
                  <Text size="sm" c="dimmed">
                    {t('skp.revisions.approvedBy', {
                      date: formatDate(r.approvedAt),
                      name: r.approvedByName,
                    })}
                  </Text>
                </Stack>
              </Accordion.Control>
              <Accordion.Panel>
                <RevisionContent revision={r} />
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Stack>
  )
}
