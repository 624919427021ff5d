import { ImportErrorsTable } from '../../../components/ui/import-errors-table.tsx'
import { ImportFileField, ImportRunControls } from '../../../components/ui/import-form-controls.tsx'
import {
  Alert,
  Anchor,
  Button,
  Code,
  Grid,
  Group,
  List,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconDownload,
  IconInfoCircle,
} from '@tabler/icons-react'
import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  MAX_IMPORT_ROWS,
  PEGAWAI_COLUMNS,
  REQUIRED_COLUMNS,
  UNIT_COLUMNS,
} from '../../../../../shared/org-import.ts'
import type { ImportColumn } from '../../../../../shared/org-import.ts'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { HelpLink } from '../../guide/help-link.tsx'
import { apiUrl } from '../../../lib/api-client.ts'
import { errorMessage } from '../../../lib/error-message.ts'
import { formatNumber } from '../../../lib/format.ts'
import { useImport } from '../api.ts'
import type { ImportKind, ImportMode, ImportResult } from '../api.ts'

const ACCEPT =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`
  return `${(n / 1024 / 1024).toFixed(1)} MB`
}

function Stat(props: { label: string; value: number | null; testId?: string }) {
  return (
    <Paper withBorder radius="md" p="sm" data-testid={props.testId}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {props.label}
      </Text>
      <Text fw={800} fz={24}>
        {props.value === null ? '—' : formatNumber(props.value)}
      </Text>
    </Paper>
  )
}

function ImportResultView(props: { result: ImportResult }) {
  const { t } = useTranslation()
  const r = props.result
  const invalid = r.errors.length > 0
  const invalidRows = new Set(r.errors.map((e) => e.row)).size
  let tone: 'ok' | 'warn' | 'fail' = 'ok'
  let title: string
  let text: string
  if (r.refused) {
    tone = 'fail'
    title = t('import.result.refusedTitle')
    text = t('import.result.refused', { count: invalidRows })
  } else if (r.dryRun) {
    tone = invalid ? 'warn' : 'ok'
    title = invalid ? t('import.result.checkedWithErrorsTitle') : t('import.result.checkedOkTitle')
    text = invalid
      ? r.mode === 'all'
        ? t('import.result.checkedWithErrorsAll', { count: invalidRows })
        : t('import.result.checkedWithErrorsValidOnly', { count: invalidRows })
      : t('import.result.checkedOk')
  } else {
    tone = invalid ? 'warn' : 'ok'
    title = t('import.result.doneTitle')
    text = invalid
      ? t('import.result.donePartial', {
          created: r.created,
          updated: r.updated,
          count: invalidRows,
        })
      : t('import.result.done', { created: r.created, updated: r.updated })
  }
  const color = tone === 'ok' ? 'teal' : tone === 'warn' ? 'orange' : 'red'
  const icon = tone === 'ok' ? <IconCircleCheck aria-hidden /> : <IconAlertTriangle aria-hidden />
  return (
    <Stack gap="md" data-testid="import-result">
      <Alert
        color={color}
        variant="light"
        icon={icon}
        title={title}
        role="status"
        data-testid="import-summary"
      >
        <Text size="sm">{text}</Text>
      </Alert>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Stat label={t('import.result.totalRows')} value={r.totalRows} testId="import-total" />
        <Stat label={t('import.result.validRows')} value={r.validRows} testId="import-valid" />
        <Stat
          label={r.dryRun ? t('import.result.wouldCreate') : t('import.result.created')}
          value={r.created}
          testId="import-created"
        />
        <Stat
          label={r.dryRun ? t('import.result.wouldUpdate') : t('import.result.updated')}
          value={r.updated}
          testId="import-updated"
        />
      </SimpleGrid>
      {r.rejectedFileId ? (
        <Group gap="xs">
          <IconDownload size={18} aria-hidden />
          <Anchor
            href={apiUrl(`/org/import/rejected/${r.rejectedFileId}`)}
            download
            data-testid="import-rejected-link"
            fw={600}
          >
            {t('import.result.downloadRejected')}
          </Anchor>
        </Group>
      ) : null}
      {invalid ? (
        <ImportErrorsTable
          errors={r.errors}
          texts={{
            title: t('import.errors.title'),
            count: t('import.errors.count', {
              count: r.errors.length,
              formatted: formatNumber(r.errors.length),
            }),
            hint: t('import.errors.hint'),
            row: t('import.errors.row'),
            field: t('import.errors.field'),
            message: t('import.errors.message'),
            more: (hidden) => t('import.errors.more', { count: hidden }),
          }}
        />
      ) : null}
    </Stack>
  )
}

export function ImportPage() {
  const { t } = useTranslation()
  const fileId = useId()
  const fileRef = useRef<HTMLInputElement>(null)
  const [kind, setKind] = useState<ImportKind>('pegawai')
  const [mode, setMode] = useState<ImportMode>('all')
  const [file, setFile] = useState<File | null>(null)
  const [fileError, setFileError] = useState<string | null>(null)
  const imp = useImport()
  const lastRun = imp.variables

  const resetResult = () => imp.reset()

  // The result sits below the form (and below the guide on a phone): bring it into view.
  const resultRef = useRef<HTMLDivElement>(null)
  const outcome = imp.data ?? imp.error
  useEffect(() => {
    if (outcome) resultRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' })
  }, [outcome])

  const run = (dryRun: boolean) => {
    if (!file) {
      setFileError(t('import.fileRequired'))
      fileRef.current?.focus()
      return
    }
    imp.mutate({ kind, file, mode, dryRun })
  }

  const columns: readonly ImportColumn[] = kind === 'pegawai' ? PEGAWAI_COLUMNS : UNIT_COLUMNS
  const required = REQUIRED_COLUMNS[kind]

  return (
    <Stack>
      <PageHeader
        title={t('import.title')}
        description={t('import.description')}
        actions={<HelpLink topic="impor" />}
      />
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
            <Stack gap="lg">
              <Radio.Group
                label={t('import.kind')}
                value={kind}
                onChange={(v) => {
                  setKind(v === 'units' ? 'units' : 'pegawai')
                  resetResult()
                }}
              >
                <Group gap="lg" mt={6}>
                  <Radio value="pegawai" label={t('import.kindPegawai')} />
                  <Radio value="units" label={t('import.kindUnits')} />
                </Group>
              </Radio.Group>

              <ImportFileField
                id={fileId}
                inputRef={fileRef}
                accept={ACCEPT}
                file={file}
                error={fileError}
                formatSize={formatBytes}
                onChange={(chosen) => {
                  setFile(chosen)
                  setFileError(null)
                  resetResult()
                }}
                texts={{
                  label: t('import.file'),
                  description: t('import.fileHint', { max: formatNumber(MAX_IMPORT_ROWS) }),
                }}
              />

              <ImportRunControls
                validOnly={mode === 'valid-only'}
                onValidOnlyChange={(validOnly) => {
                  setMode(validOnly ? 'valid-only' : 'all')
                  resetResult()
                }}
                pending={imp.isPending}
                pendingDryRun={lastRun?.dryRun}
                onRun={run}
                texts={{
                  mode: t('import.mode'),
                  modeAll: t('import.modeAll'),
                  modeAllHint: t('import.modeAllHint'),
                  modeValidOnly: t('import.modeValidOnly'),
                  modeValidOnlyHint: t('import.modeValidOnlyHint'),
                  check: t('import.check'),
                  run: t('import.run'),
                  checkExplain: t('import.checkExplain'),
                  processing: t('import.processing'),
                }}
              />
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} data-testid="import-guide">
            <Stack gap="sm">
              <Group gap="xs">
                <IconInfoCircle size={20} aria-hidden />
                <Title order={2} fz={17}>
                  {t('import.guideTitle')}
                </Title>
              </Group>
              <Text size="sm">
                {kind === 'pegawai' ? t('import.guidePegawai') : t('import.guideUnits')}
              </Text>
              <List size="sm" spacing={6} data-testid="import-columns">
                {columns.map((c) => (
                  <List.Item key={c}>
                    <Code>{c}</Code>
                    {required.includes(c) ? (
                      <Text component="span" size="xs" fw={700}>
                        {' '}
                        ({t('import.required')})
                      </Text>
                    ) : null}
                    {kind === 'pegawai' && (c === 'kode_unit' || c === 'nama_unit') ? (
                      <Text component="span" size="xs" fw={700}>
                        {' '}
                        ({t('import.unitOrName')})
                      </Text>
                    ) : null}
                    <Text component="span" size="sm">
                      {' '}
                      — {t(`import.columnHelp.${c}`)}
                    </Text>
                  </List.Item>
                ))}
              </List>
              <Text size="xs" c="dimmed">
                {t('import.columnsAliases')}
              </Text>
              <Text size="sm" fw={600}>
                {t('import.templateTitle')}
              </Text>
              <Text size="sm">{t('import.templateText')}</Text>
              <Group gap="xs">
                <Button
                  component="a"
                  href={apiUrl(`/org/export/${kind}`, { format: 'xlsx' })}
                  download
                  size="xs"
                  variant="light"
                  leftSection={<IconDownload size={16} aria-hidden />}
                >
                  {t('import.templateXlsx')}
                </Button>
                <Button
                  component="a"
                  href={apiUrl(`/org/export/${kind}`, { format: 'csv' })}
                  download
                  size="xs"
                  variant="light"
                  leftSection={<IconDownload size={16} aria-hidden />}
                >
                  {t('import.templateCsv')}
                </Button>
                <Button
                  component="a"
                  href={apiUrl(`/org/export/${kind}`, { format: 'csv', delimiter: 'semicolon' })}
                  download
                  size="xs"
                  variant="light"
                  leftSection={<IconDownload size={16} aria-hidden />}
                >
                  {t('import.templateCsvSemicolon')}
                </Button>
              </Group>
              <Text size="xs" c="dimmed">
                {t('import.tips')}
              </Text>
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>

      <div ref={resultRef} style={{ scrollMarginTop: 72 }} />
      {imp.isError ? (
        <Alert
          color="red"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('import.failedTitle')}
          role="alert"
          data-testid="import-failed"
        >
          {errorMessage(imp.error)}
        </Alert>
      ) : null}
      {imp.data ? <ImportResultView result={imp.data} /> : null}
    </Stack>
  )
}
