import { Button, Group, Input, Radio, Stack, Text } from '@mantine/core'
import { IconFileSpreadsheet, IconListSearch, IconUpload } from '@tabler/icons-react'
import type { Ref } from 'react'
import { requiredField } from './required-field.ts'

/**
 * The file field of an import page (CSV/XLSX): a native file input, then the chosen file's
 * name and size. The texts come from the feature (its own i18n keys).
 */
export function ImportFileField(props: {
  id: string
  inputRef: Ref<HTMLInputElement>
  accept: string
  file: File | null
  error: string | null
  /** How the chosen file's size is written ("12 KB"). */
  formatSize: (bytes: number) => string
  onChange: (file: File | null) => void
  texts: { label: string; description: string }
}) {
  const { id, inputRef, accept, file, error, formatSize, onChange, texts } = props
  return (
    <Input.Wrapper
      label={texts.label}
      description={texts.description}
      error={error}
      {...requiredField}
      id={id}
    >
      <input
        ref={inputRef}
        id={id}
        type="file"
        accept={accept}
        aria-describedby={`${id}-description`}
        aria-invalid={error ? true : undefined}
        style={{ maxWidth: '100%', fontSize: 14, marginTop: 6 }}
        data-testid="import-file"
        onChange={(e) => onChange(e.currentTarget.files?.[0] ?? null)}
      />
      {file ? (
        <Group gap={6} mt={6}>
          <IconFileSpreadsheet size={16} aria-hidden />
          <Text size="sm">
            {file.name} · {formatSize(file.size)}
          </Text>
        </Group>
      ) : null}
    </Input.Wrapper>
  )
}

/**
 * The mode choice (all rows or only the valid ones) and the two actions of an import page:
 * check (dry run) and import. `pendingDryRun` is the dry-run flag of the request in flight.
 */
export function ImportRunControls(props: {
  validOnly: boolean
  onValidOnlyChange: (validOnly: boolean) => void
  pending: boolean
  pendingDryRun: boolean | undefined
  onRun: (dryRun: boolean) => void
  texts: {
    mode: string
    modeAll: string
    modeAllHint: string
    modeValidOnly: string
    modeValidOnlyHint: string
    check: string
    run: string
    checkExplain: string
    processing: string
  }
}) {
  const { texts, pending } = props
  return (
    <>
      <Radio.Group
        label={texts.mode}
        value={props.validOnly ? 'valid-only' : 'all'}
        onChange={(v) => props.onValidOnlyChange(v === 'valid-only')}
      >
        <Stack gap="sm" mt={6}>
          <Radio value="all" label={texts.modeAll} description={texts.modeAllHint} />
          <Radio
            value="valid-only"
            label={texts.modeValidOnly}
            description={texts.modeValidOnlyHint}
          />
        </Stack>
      </Radio.Group>

      <Group gap="sm">
        <Button
          variant="default"
          leftSection={<IconListSearch size={18} aria-hidden />}
          loading={pending && props.pendingDryRun === true}
          disabled={pending}
          onClick={() => props.onRun(true)}
          data-testid="import-check"
        >
          {texts.check}
        </Button>
        <Button
          leftSection={<IconUpload size={18} aria-hidden />}
          loading={pending && props.pendingDryRun === false}
          disabled={pending}
          onClick={() => props.onRun(false)}
          data-testid="import-run"
        >
          {texts.run}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {texts.checkExplain}
      </Text>
      {pending ? (
        <Text size="sm" role="status" aria-live="polite">
          {texts.processing}
        </Text>
      ) : null}
    </>
  )
}
