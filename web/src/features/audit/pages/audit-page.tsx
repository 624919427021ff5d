import {
  Autocomplete,
  Badge,
  Button,
  Card,
  Code,
  Collapse,
  Grid,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
} from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconChevronDown, IconChevronRight, IconHistory, IconSearch } from '@tabler/icons-react'
import { Fragment, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { PaginationBar } from '../../../components/ui/pagination-bar.tsx'
import { formatDateTime, formatDateTimeParts } from '../../../lib/format.ts'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import { useSessionUser } from '../../auth/api.ts'
import { useAuditLog } from '../api.ts'
import type { AuditEntry } from '../api.ts'
import { diffDocuments, showValue } from '../json-diff.ts'
import type { DiffKind } from '../json-diff.ts'

const PAGE_SIZE = 50
const KNOWN_ENTITIES = ['unit', 'jabatan', 'pegawai', 'acting_assignment', 'user_account', 'import']

const KIND_COLOR: Record<DiffKind, string> = {
  added: 'teal',
  removed: 'red',
  changed: 'kinerja',
  same: 'gray',
}

function AuditDiff(props: { entry: AuditEntry }) {
  const { t } = useTranslation()
  const [showAll, setShowAll] = useState(false)
  const [showJson, setShowJson] = useState(false)
  const rows = diffDocuments(props.entry.before, props.entry.after)
  const visible = showAll ? rows : rows.filter((r) => r.kind !== 'same')
  return (
    <Stack gap="sm" data-testid="audit-diff">
      <Group gap="md">
        <Switch
          size="sm"
          label={t('audit.showUnchanged')}
          checked={showAll}
          onChange={(e) => setShowAll(e.currentTarget.checked)}
        />
        <Switch
          size="sm"
          label={t('audit.showJson')}
          checked={showJson}
          onChange={(e) => setShowJson(e.currentTarget.checked)}
        />
      </Group>
      {visible.length === 0 ? (
        <Text size="sm" c="dimmed" fs="italic">
          {props.entry.before == null && props.entry.after == null
            ? t('audit.noData')
            : t('audit.noChanges')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing={4} fz="sm" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('audit.field')}</Table.Th>
                <Table.Th scope="col">{t('audit.before')}</Table.Th>
                <Table.Th scope="col">{t('audit.after')}</Table.Th>
                <Table.Th scope="col">{t('audit.change')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {visible.map((r) => (
                <Table.Tr key={r.key}>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {r.key}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ wordBreak: 'break-word' }}>
                    <Text
                      size="sm"
                      td={r.kind === 'changed' || r.kind === 'removed' ? 'line-through' : undefined}
                    >
                      {showValue(r.before)}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ wordBreak: 'break-word' }}>
                    <Text size="sm" fw={r.kind === 'same' ? undefined : 600}>
                      {showValue(r.after)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge size="sm" variant="light" color={KIND_COLOR[r.kind]}>
                      {t(`audit.kind.${r.kind}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {showJson ? (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          <div>
            <Text size="xs" fw={700} mb={4}>
              {t('audit.before')}
            </Text>
            <Code block className="json-block">
              {JSON.stringify(props.entry.before, null, 2) ?? 'null'}
            </Code>
          </div>
          <div>
            <Text size="xs" fw={700} mb={4}>
              {t('audit.after')}
            </Text>
            <Code block className="json-block">
              {JSON.stringify(props.entry.after, null, 2) ?? 'null'}
            </Code>
          </div>
        </SimpleGrid>
      ) : null}
    </Stack>
  )
}

function ExpandButton(props: { open: boolean; onClick: () => void; controls: string }) {
  const { t } = useTranslation()
  return (
    <Button
      size="compact-sm"
      variant="subtle"
      onClick={props.onClick}
      aria-expanded={props.open}
      aria-controls={props.controls}
      leftSection={
        props.open ? (
          <IconChevronDown size={16} aria-hidden />
        ) : (
          <IconChevronRight size={16} aria-hidden />
        )
      }
    >
      {props.open ? t('audit.hideChanges') : t('audit.showChanges')}
    </Button>
  )
}

export function AuditPage() {
  const { t } = useTranslation()
  const me = useSessionUser()
  const tz = me.instansiTimeZone ?? undefined
  const isPhone = useIsPhone()
  const [entity, setEntity] = useState('')
  const [action, setAction] = useState('')
  const [actor, setActor] = useState('')
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [page, setPage] = useState(1)
  const [open, setOpen] = useState<Set<number>>(new Set())
  const [dEntity] = useDebouncedValue(entity, 300)
  const [dAction] = useDebouncedValue(action, 300)
  const [dActor] = useDebouncedValue(actor, 300)

  const log = useAuditLog({
    entity: dEntity.trim() || undefined,
    action: dAction.trim() || undefined,
    actor: dActor.trim() || undefined,
    from: from || undefined,
    to: to || undefined,
    page,
    pageSize: PAGE_SIZE,
  })
  const toggle = (id: number) =>
    setOpen((prev) => {
      const next = new Set(prev)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  const filtered = Boolean(entity || action || actor || from || to)
  const changePage = (p: number) => {
    setPage(p)
    setOpen(new Set())
  }
  const setFilter = (fn: (v: string) => void) => (v: string) => {
    fn(v)
    setPage(1)
  }

  return (
    <Stack>
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      <Paper withBorder radius="md" p="sm" role="search" aria-label={t('audit.filters')}>
        <Grid gutter="sm">
          <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
            <Autocomplete
              label={t('audit.entity')}
              description={t('audit.entityHint')}
              data={KNOWN_ENTITIES}
              value={entity}
              onChange={setFilter(setEntity)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
            <TextInput
              label={t('audit.action')}
              description={t('audit.actionHint')}
              value={action}
              onChange={(e) => setFilter(setAction)(e.currentTarget.value)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 2 }}>
            <TextInput
              label={t('audit.actor')}
              description={t('audit.actorHint')}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={actor}
              onChange={(e) => setFilter(setActor)(e.currentTarget.value)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, md: 2 }}>
            <TextInput
              type="date"
              label={t('audit.from')}
              description={t('audit.dateHint')}
              value={from}
              onChange={(e) => setFilter(setFrom)(e.currentTarget.value)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, md: 2 }}>
            <TextInput
              type="date"
              label={t('audit.to')}
              description={t('audit.dateHint')}
              value={to}
              onChange={(e) => setFilter(setTo)(e.currentTarget.value)}
            />
          </Grid.Col>
        </Grid>
      </Paper>

      {log.isPending ? (
        <LoadingState rows={8} />
      ) : log.isError ? (
        <ErrorState error={log.error} onRetry={() => void log.refetch()} />
      ) : log.data.items.length === 0 ? (
        <EmptyState
          icon={<IconHistory size={30} />}
          title={filtered ? t('audit.noMatchTitle') : t('audit.emptyTitle')}
          description={filtered ? t('audit.noMatch') : t('audit.empty')}
        />
      ) : (
        <div data-testid="audit-list" aria-busy={log.isFetching}>
          {isPhone ? (
            <Stack gap="sm">
              {log.data.items.map((e) => (
                <Card key={e.id} withBorder radius="md" padding="sm" data-testid="audit-item">
                  <Stack gap={4}>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(e.at, tz)}
                    </Text>
                    <Group gap={6}>
                      <Code>{e.action}</Code>
                      <Text size="sm" fw={600}>
                        {e.entity}
                      </Text>
                    </Group>
                    <Text size="sm">
                      {t('audit.by')}: {e.actorLabel ?? t('audit.system')}
                    </Text>
                    <ExpandButton
                      open={open.has(e.id)}
                      onClick={() => toggle(e.id)}
                      controls={`audit-${e.id}`}
                    />
                    <Collapse in={open.has(e.id)} id={`audit-${e.id}`}>
                      {open.has(e.id) ? <AuditDiff entry={e} /> : null}
                    </Collapse>
                  </Stack>
                </Card>
              ))}
            </Stack>
          ) : (
            <Paper withBorder radius="md">
              <Table.ScrollContainer minWidth={900}>
                <Table verticalSpacing="sm" highlightOnHover>
                  <Table.Caption>{t('audit.tableCaption')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('audit.at')}</Table.Th>
                      <Table.Th scope="col">{t('audit.actor')}</Table.Th>
                      <Table.Th scope="col">{t('audit.action')}</Table.Th>
                      <Table.Th scope="col">{t('audit.entity')}</Table.Th>
                      <Table.Th scope="col">IP</Table.Th>
                      <Table.Th scope="col">{t('audit.changes')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {log.data.items.map((e) => (
                      <Fragment key={e.id}>
                        <Table.Tr data-testid="audit-item">
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>
                            <Text size="sm">{formatDateTimeParts(e.at, tz).date}</Text>
                            <Text size="xs" c="dimmed">
                              {formatDateTimeParts(e.at, tz).time}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm">{e.actorLabel ?? t('audit.system')}</Text>
                          </Table.Td>
                          <Table.Td>
                            <Code>{e.action}</Code>
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm" fw={600}>
                              {e.entity}
                            </Text>
                            {e.entityId ? (
                              <Text size="xs" ff="monospace" c="dimmed">
                                {e.entityId}
                              </Text>
                            ) : null}
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm" ff="monospace">
                              {e.ip ?? '—'}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <ExpandButton
                              open={open.has(e.id)}
                              onClick={() => toggle(e.id)}
                              controls={`audit-${e.id}`}
                            />
                          </Table.Td>
                        </Table.Tr>
                        {open.has(e.id) ? (
                          <Table.Tr id={`audit-${e.id}`}>
                            <Table.Td colSpan={6} bg="gray.0">
                              <AuditDiff entry={e} />
                            </Table.Td>
                          </Table.Tr>
                        ) : null}
                      </Fragment>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Paper>
          )}
          <PaginationBar
            page={log.data.page}
            pageSize={log.data.pageSize}
            total={log.data.total}
            onChange={changePage}
          />
        </div>
      )}
    </Stack>
  )
}
