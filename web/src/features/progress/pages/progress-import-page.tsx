import { ImportErrorsTable } from '../../../components/ui/import-errors-table.tsx'
import { ImportFileField, ImportRunControls } from '../../../components/ui/import-form-controls.tsx'
import {
  Alert,
  Button,
  Code,
  Grid,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import {
  IconAlertTriangle,
  IconArrowLeft,
  IconCircleCheck,
  IconDownload,
  IconInfoCircle,
} from '@tabler/icons-react'
import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PROGRESS_IMPORT_COLUMNS } from '../../../../../shared/activities.ts'
import type { ProgressImportResult } from '../../../../../shared/activities.ts'
import { ButtonLink } from '../../../components/ui/links.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { ApiError } from '../../../lib/api-client.ts'
import { errorMessage } from '../../../lib/error-message.ts'
import { formatNumber } from '../../../lib/format.ts'
import { progressImportTemplateUrl, useProgressImport } from '../api.ts'
import type { ProgressImportRun } from '../api.ts'
import { formatBytes } from '../progress-format.ts'

const ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const REQUIRED: readonly string[] = [
  'tanggal',
  'jam_mulai',
  'jam_selesai',
  'uraian',
  'realisasi',
  'satuan',
]

type Outcome = ProgressImportResult & { validOnly: boolean; refused: boolean }

/** A 400 that carries the row report is an answer, not a failure: nothing was written. */
function reportOf(e: unknown): ProgressImportResult | null {
  if (!(e instanceof ApiError) || typeof e.body !== 'object' || e.body === null) return null
  const b = e.body as Record<string, unknown>
  const candidate = (typeof b.result === 'object' && b.result !== null ? b.result : b) as Record<
    string,
    unknown
  >
  return Array.isArray(candidate.errors) && typeof candidate.total === 'number'
    ? (candidate as unknown as ProgressImportResult)
    : null
}

function Stat(props: { label: string; value: number; testId: string }) {
  return (
    <Paper withBorder radius="md" p="sm" data-testid={props.testId}>
      <Text size="xs" c="dimmed" fw={600} style={{ wordBreak: 'break-word' }}>
        {props.label}
      </Text>
      <Text fw={800} fz={24}>
        {formatNumber(props.value)}
      </Text>
    </Paper>
  )
}

function ResultView(props: { result: Outcome }) {
  const { t } = useTranslation()
  const r = props.result
  const invalidRows = new Set(r.errors.map((e) => e.row)).size
  let tone: 'ok' | 'warn' | 'fail'
  let title: string
  let text: string
  if (r.refused) {
    tone = 'fail'
    title = t('progress.import.result.refusedTitle')
    text = t('progress.import.result.refused', { count: invalidRows })
  } else if (r.dryRun) {
    tone = invalidRows > 0 ? 'warn' : 'ok'
    title =
      invalidRows > 0
        ? t('progress.import.result.checkedWithErrorsTitle')
        : t('progress.import.result.checkedOkTitle')
    text =
      invalidRows === 0
        ? t('progress.import.result.checkedOk')
        : r.validOnly
          ? t('progress.import.result.checkedWithErrorsValidOnly', { count: invalidRows })
          : t('progress.import.result.checkedWithErrorsAll', { count: invalidRows })
  } else {
    tone = invalidRows > 0 ? 'warn' : 'ok'
    title = t('progress.import.result.doneTitle')
    text =
      invalidRows > 0
        ? t('progress.import.result.donePartial', { created: r.created, count: invalidRows })
        : t('progress.import.result.done', { count: r.created })
  }
  const color = tone === 'ok' ? 'teal' : tone === 'warn' ? 'orange' : 'red'
  return (
    <Stack gap="md" data-testid="import-result">
      <Alert
        color={color}
        variant="light"
        icon={tone === 'ok' ? <IconCircleCheck aria-hidden /> : <IconAlertTriangle aria-hidden />}
        title={title}
        role="status"
        data-testid="import-summary"
      >
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{text}</Text>
          {!r.dryRun && r.created > 0 ? (
            <ButtonLink
              to="/progres-harian"
              search={{ tanggal: undefined }}
              size="xs"
              variant="light"
            >
              {t('progress.import.result.seeDays')}
            </ButtonLink>
          ) : null}
        </Stack>
      </Alert>
      <SimpleGrid cols={{ base: 3 }} spacing="sm">
        <Stat label={t('progress.import.result.total')} value={r.total} testId="import-total" />
        <Stat label={t('progress.import.result.valid')} value={r.valid} testId="import-valid" />
        <Stat
          label={
            r.dryRun ? t('progress.import.result.wouldCreate') : t('progress.import.result.created')
          }
          value={r.dryRun && !r.validOnly && invalidRows > 0 ? 0 : r.created}
          testId="import-created"
        />
      </SimpleGrid>
      {r.errors.length > 0 ? (
        <ImportErrorsTable
          errors={r.errors}
          texts={{
            title: t('progress.import.errors.title'),
            count: t('progress.import.errors.count', {
              count: r.errors.length,
              formatted: formatNumber(r.errors.length),
            }),
            hint: t('progress.import.errors.hint'),
            row: t('progress.import.errors.row'),
            field: t('progress.import.errors.field'),
            message: t('progress.import.errors.message'),
            more: (hidden) => t('progress.import.errors.more', { count: hidden }),
          }}
        />
      ) : null}
    </Stack>
  )
}

/** Bulk entry from XLSX, the same flow as the organisation import: check, then import. */
export function ProgressImportPage() {
  const { t } = useTranslation()
  const fileId = useId()
  const fileRef = useRef<HTMLInputElement>(null)
  const [validOnly, setValidOnly] = useState(false)
  const [file, setFile] = useState<File | null>(null)
  const [fileError, setFileError] = useState<string | null>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const imp = useProgressImport()

  const resultRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (outcome || imp.isError)
      resultRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' })
  }, [outcome, imp.isError])

  const reset = () => {
    setOutcome(null)
    imp.reset()
  }

  const run = (dryRun: boolean) => {
    if (!file) {
      setFileError(t('progress.import.fileRequired'))
      fileRef.current?.focus()
      return
    }
    const request: ProgressImportRun = { file, dryRun, validOnly }
    setOutcome(null)
    imp.mutate(request, {
      onSuccess: (result) =>
        setOutcome({
          ...result,
          validOnly,
          refused: !result.dryRun && !validOnly && result.created === 0 && result.errors.length > 0,
        }),
      onError: (e) => {
        const report = reportOf(e)
        if (report) {
          imp.reset()
          setOutcome({ ...report, dryRun, validOnly, refused: !dryRun })
        }
      },
    })
  }

  return (
    <Stack>
      <div>
        <ButtonLink
          to="/progres-harian"
          search={{ tanggal: undefined }}
          variant="subtle"
          size="compact-sm"
          leftSection={<IconArrowLeft size={16} aria-hidden />}
          mb={4}
        >
          {t('progress.import.back')}
        </ButtonLink>
        <PageHeader
          title={t('progress.import.title')}
          description={t('progress.import.description')}
        />
      </div>
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
            <Stack gap="lg">
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
                  reset()
                }}
                texts={{
                  label: t('progress.import.file'),
                  description: t('progress.import.fileHint'),
                }}
              />

              <ImportRunControls
                validOnly={validOnly}
                onValidOnlyChange={(next) => {
                  setValidOnly(next)
                  reset()
                }}
                pending={imp.isPending}
                pendingDryRun={imp.variables?.dryRun}
                onRun={run}
                texts={{
                  mode: t('progress.import.mode'),
                  modeAll: t('progress.import.modeAll'),
                  modeAllHint: t('progress.import.modeAllHint'),
                  modeValidOnly: t('progress.import.modeValidOnly'),
                  modeValidOnlyHint: t('progress.import.modeValidOnlyHint'),
                  check: t('progress.import.check'),
                  run: t('progress.import.run'),
                  checkExplain: t('progress.import.checkExplain'),
                  processing: t('progress.import.processing'),
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
                  {t('progress.import.guideTitle')}
                </Title>
              </Group>
              <Text size="sm">{t('progress.import.guide')}</Text>
              <List size="sm" spacing={6}>
                {PROGRESS_IMPORT_COLUMNS.map((c) => (
                  <List.Item key={c}>
                    <Code>{c}</Code>
                    {REQUIRED.includes(c) ? (
                      <Text component="span" size="xs" fw={700}>
                        {' '}
                        ({t('progress.import.required')})
                      </Text>
                    ) : null}
                    <Text component="span" size="sm">
                      {' '}
                      — {t(`progress.import.columnHelp.${c}`)}
                    </Text>
                  </List.Item>
                ))}
              </List>
              <Text size="sm" fw={600}>
                {t('progress.import.templateTitle')}
              </Text>
              <Text size="sm">{t('progress.import.templateText')}</Text>
              <div>
                <Button
                  component="a"
                  href={progressImportTemplateUrl}
                  download
                  size="xs"
                  variant="light"
                  leftSection={<IconDownload size={16} aria-hidden />}
                  data-testid="import-template"
                >
                  {t('progress.import.downloadTemplate')}
                </Button>
              </div>
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>

      <div ref={resultRef} style={{ scrollMarginTop: 72 }} />
      {imp.isError ? (
        <Alert
          color="red"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('progress.import.failedTitle')}
          role="alert"
          data-testid="import-failed"
        >
          {errorMessage(imp.error)}
        </Alert>
      ) : null}
      {outcome ? <ResultView result={outcome} /> : null}
    </Stack>
  )
}
