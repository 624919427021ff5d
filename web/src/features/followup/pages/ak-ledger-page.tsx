import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core'
import {
  IconArrowLeft,
  IconFileTypePdf,
  IconHandFinger,
  IconListNumbers,
  IconPlus,
  IconTrash,
  IconUserQuestion,
} from '@tabler/icons-react'
import { useParams } from '@tanstack/react-router'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { JF_JENJANG_LABEL } from '../../../../../shared/rules/angka-kredit.ts'
import { formatNip } from '../../../../../shared/rules/nip.ts'
import { ConfirmDeleteDialog } from '../../../components/ui/confirm-delete-dialog.tsx'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { FieldList } from '../../../components/ui/field-list.tsx'
import { AnchorLink } from '../../../components/ui/links.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { ApiError } from '../../../lib/api-client.ts'
import { formatDate } from '../../../lib/format.ts'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { PredikatBadge } from '../../assessments/components/badges.tsx'
import { isAdmin, useSessionUser } from '../../auth/api.ts'
import { useCurrentYear } from '../../skp/use-current-year.ts'
import { followupUrls, useAkLedger, useDeleteAkEntry } from '../api.ts'
import { AkEntryDialog } from '../components/ak-entry-dialog.tsx'
import { FollowupError } from '../components/followup-error.tsx'
import { PromotionPanel } from '../components/promotion-panel.tsx'
import { formatAk, formatPercent, sortLedgerEntries, type AkEntry } from '../followup-view.ts'

function SourceBadge(props: { entry: AkEntry }) {
  const { t } = useTranslation()
  const manual = props.entry.source === 'manual'
  return (
    <Badge
      variant="light"
      color={manual ? 'grape' : 'kinerja'}
      leftSection={
        manual ? (
          <IconHandFinger size={12} aria-hidden />
        ) : (
          <IconListNumbers size={12} aria-hidden />
        )
      }
      style={{ textTransform: 'none', flexShrink: 0 }}
      data-testid="ak-entry-source"
      data-source={props.entry.source}
    >
      {t(`followup.ledger.source.${props.entry.source}`)}
    </Badge>
  )
}

/** How a generated line was computed: "Baik · 100 % × 12,50 × 12/12". */
function Calculation(props: { entry: AkEntry }) {
  const { t } = useTranslation()
  const e = props.entry
  if (e.source === 'manual') return <Text size="sm">{e.note ?? '—'}</Text>
  return (
    <Stack gap={2}>
      <Group gap={6}>{e.predikat ? <PredikatBadge predikat={e.predikat} size="sm" /> : null}</Group>
      <Text size="xs" c="dimmed">
        {t('followup.ledger.formula', {
          share: formatPercent(e.sharePercent),
          koefisien: formatAk(e.koefisien),
          months: e.months ?? '—',
        })}
      </Text>
      {e.note ? <Text size="xs">{e.note}</Text> : null}
    </Stack>
  )
}

function BackLink(props: { own: boolean }) {
  const { t } = useTranslation()
  return props.own ? (
    <AnchorLink
      to="/profil"
      size="sm"
      style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}
    >
      <IconArrowLeft size={16} aria-hidden />
      {t('followup.ledger.backProfile')}
    </AnchorLink>
  ) : (
    <AnchorLink
      to="/tindak-lanjut"
      search={{ tab: 'ak' }}
      size="sm"
      style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}
    >
      <IconArrowLeft size={16} aria-hidden />
      {t('followup.ledger.backList')}
    </AnchorLink>
  )
}

/**
 * `/tindak-lanjut/angka-kredit/$pegawaiId`: one person's angka kredit across years — the lines
 * (generated from the annual predikat, or manual), the cumulative total, the promotion hints and
 * the PAK-style document. The person reads their own; admins add and remove manual lines.
 */
export function AkLedgerPage() {
  const { t } = useTranslation()
  const me = useSessionUser()
  const admin = isAdmin(me)
  const isPhone = useIsPhone()
  const currentYear = useCurrentYear()
  const { pegawaiId } = useParams({ from: '/app/tindak-lanjut/angka-kredit/$pegawaiId' })
  const own = me.pegawaiId === pegawaiId && !admin
  const ledger = useAkLedger(pegawaiId)
  const remove = useDeleteAkEntry()
  const [adding, setAdding] = useState(false)
  const [deleting, setDeleting] = useState<AkEntry | null>(null)

  if (ledger.isPending)
    return (
      <Stack gap="md">
        <PageHeader title={t('followup.ledger.title')} />
        <LoadingState rows={5} />
      </Stack>
    )
  if (ledger.isError)
    return (
      <Stack gap="md">
        <PageHeader title={t('followup.ledger.title')} />
        {ledger.error instanceof ApiError && ledger.error.status === 404 ? (
          <EmptyState
            testId="ledger-not-found"
            icon={<IconUserQuestion size={30} />}
            title={t('followup.ledger.notFoundTitle')}
            description={t('followup.ledger.notFoundText')}
          />
        ) : (
          <FollowupError error={ledger.error} onRetry={() => void ledger.refetch()} />
        )}
        <BackLink own={me.pegawaiId === pegawaiId} />
      </Stack>
    )

  const l = ledger.data
  const entries = sortLedgerEntries(l.entries)

  return (
    <Stack gap="md" data-testid="ak-ledger">
      <BackLink own={own} />
      <PageHeader
        title={t('followup.ledger.titleOf', { name: l.name })}
        description={t('followup.ledger.description')}
        actions={
          <>
            <Button
              component="a"
              href={followupUrls.pak(l.pegawaiId)}
              download
              variant={admin ? 'default' : 'filled'}
              leftSection={<IconFileTypePdf size={18} aria-hidden />}
              data-testid="ak-download-pak"
            >
              {t('followup.ledger.downloadPak')}
            </Button>
            {admin ? (
              <Button
                leftSection={<IconPlus size={18} aria-hidden />}
                onClick={() => setAdding(true)}
                data-testid="ak-add-entry"
              >
                {t('followup.ledger.add')}
              </Button>
            ) : null}
          </>
        }
      />

      <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }}>
        <FieldList
          cols={3}
          items={[
            { label: t('followup.nip'), value: formatNip(l.nip) },
            { label: t('followup.ledger.golongan'), value: l.golongan ?? '—' },
            { label: t('followup.ledger.jabatan'), value: l.jabatanName },
            { label: t('followup.ledger.unit'), value: l.unitName },
            {
              label: t('followup.ak.jenjang'),
              value: l.jenjang ? JF_JENJANG_LABEL[l.jenjang] : t('followup.ledger.notJf'),
            },
            {
              label: t('followup.ak.akTotal'),
              value: (
                <Text span fw={700} fz="lg" data-testid="ak-total">
                  {formatAk(l.total)}
                </Text>
              ),
            },
          ]}
        />
      </Paper>

      <PromotionPanel hint={l.promotion} />

      {l.annual.length > 0 ? (
        <Paper
          withBorder
          radius="md"
          p={{ base: 'sm', sm: 'md' }}
          component="section"
          aria-labelledby="annual-title"
        >
          <Stack gap="xs">
            <Title order={2} fz={18} id="annual-title">
              {t('followup.ledger.annualTitle')}
            </Title>
            <Group gap="md" wrap="wrap">
              {l.annual.map((a) => (
                <Group key={a.year} gap={6} data-testid="ak-annual-year">
                  <Text size="sm" fw={600}>
                    {a.year}
                  </Text>
                  {a.predikat ? (
                    <PredikatBadge predikat={a.predikat} size="sm" />
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('followup.noFinalPredikat')}
                    </Text>
                  )}
                </Group>
              ))}
            </Group>
          </Stack>
        </Paper>
      ) : null}

      <Stack gap="xs" component="section" aria-labelledby="entries-title">
        <Title order={2} fz={18} id="entries-title">
          {t('followup.ledger.entriesTitle')}
        </Title>
        {entries.length === 0 ? (
          <EmptyState
            testId="ak-ledger-empty"
            icon={<IconListNumbers size={30} />}
            title={t('followup.ledger.emptyTitle')}
            description={admin ? t('followup.ledger.emptyAdmin') : t('followup.ledger.emptyText')}
          />
        ) : isPhone ? (
          <Stack gap="sm">
            {entries.map((e) => (
              <Card key={e.id} withBorder radius="md" p="sm" data-testid="ak-entry">
                <Stack gap={6}>
                  <Group justify="space-between" wrap="nowrap" gap="xs">
                    <Group gap="xs">
                      <Text fw={700}>{e.year}</Text>
                      <SourceBadge entry={e} />
                    </Group>
                    <Text fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {formatAk(e.ak)}
                    </Text>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {JF_JENJANG_LABEL[e.jenjang]}
                  </Text>
                  <Calculation entry={e} />
                  {admin && e.source === 'manual' ? (
                    <Group justify="flex-end">
                      <Button
                        variant="subtle"
                        color="red"
                        size="xs"
                        leftSection={<IconTrash size={14} aria-hidden />}
                        onClick={() => setDeleting(e)}
                        data-testid="ak-entry-delete"
                      >
                        {t('followup.ledger.delete')}
                      </Button>
                    </Group>
                  ) : null}
                </Stack>
              </Card>
            ))}
            <Paper withBorder radius="md" p="sm">
              <Group justify="space-between">
                <Text fw={700}>{t('followup.ledger.totalRow')}</Text>
                <Text fw={700}>{formatAk(l.total)}</Text>
              </Group>
            </Paper>
          </Stack>
        ) : (
          <Paper withBorder radius="md">
            <Table.ScrollContainer minWidth={720}>
              <Table striped verticalSpacing="sm">
                <Table.Caption>{t('followup.ledger.caption', { name: l.name })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('followup.year')}</Table.Th>
                    <Table.Th scope="col">{t('followup.ledger.sourceLabel')}</Table.Th>
                    <Table.Th scope="col">{t('followup.ak.jenjang')}</Table.Th>
                    <Table.Th scope="col">{t('followup.ledger.basis')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('followup.ledger.ak')}
                    </Table.Th>
                    {admin ? (
                      <Table.Th scope="col">
                        <span className="visually-hidden">{t('common.actions')}</span>
                      </Table.Th>
                    ) : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {entries.map((e) => (
                    <Table.Tr key={e.id} data-testid="ak-entry">
                      <Table.Td fw={600}>{e.year}</Table.Td>
                      <Table.Td>
                        <Stack gap={2} align="flex-start">
                          <SourceBadge entry={e} />
                          <Text size="xs" c="dimmed">
                            {formatDate(e.createdAt)}
                          </Text>
                        </Stack>
                      </Table.Td>
                      <Table.Td>{JF_JENJANG_LABEL[e.jenjang]}</Table.Td>
                      <Table.Td>
                        <Calculation entry={e} />
                      </Table.Td>
                      <Table.Td ta="right" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
                        {formatAk(e.ak)}
                      </Table.Td>
                      {admin ? (
                        <Table.Td>
                          {e.source === 'manual' ? (
                            <Tooltip label={t('followup.ledger.delete')}>
                              <ActionIcon
                                variant="subtle"
                                color="red"
                                onClick={() => setDeleting(e)}
                                aria-label={t('followup.ledger.deleteOf', { year: e.year })}
                                data-testid="ak-entry-delete"
                              >
                                <IconTrash size={18} aria-hidden />
                              </ActionIcon>
                            </Tooltip>
                          ) : null}
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
                <Table.Tfoot>
                  <Table.Tr>
                    <Table.Th scope="row" colSpan={4}>
                      {t('followup.ledger.totalRow')}
                    </Table.Th>
                    <Table.Td ta="right" fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {formatAk(l.total)}
                    </Table.Td>
                    {admin ? <Table.Td /> : null}
                  </Table.Tr>
                </Table.Tfoot>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        )}
      </Stack>

      {admin ? (
        <>
          <AkEntryDialog
            pegawaiId={l.pegawaiId}
            name={l.name}
            jenjang={l.jenjang}
            defaultYear={currentYear}
            opened={adding}
            onClose={() => setAdding(false)}
          />
          <ConfirmDeleteDialog
            target={deleting}
            onClose={() => setDeleting(null)}
            mutation={remove}
            title={t('followup.ledger.deleteTitle')}
            message={
              deleting
                ? t('followup.ledger.deleteText', {
                    year: deleting.year,
                    ak: formatAk(deleting.ak),
                    note: deleting.note ?? '',
                  })
                : ''
            }
            deletedMessage={() => t('followup.ledger.deleted')}
          />
        </>
      ) : null}
    </Stack>
  )
}
