import { Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { Controller } from 'react-hook-form'
import type { Control, FieldPathByValue, FieldValues } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useIsPhone } from '../../lib/use-is-phone.ts'

/** One titled card of a settings page (a landmark named by its heading). */
export function SettingsSection(props: {
  id: string
  title: string
  icon: ReactNode
  children: ReactNode
}) {
  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'sm', sm: 'lg' }}
      component="section"
      aria-labelledby={props.id}
    >
      <Stack gap="sm">
        <Title
          order={2}
          fz={18}
          id={props.id}
          style={{ display: 'flex', gap: 8, alignItems: 'center' }}
        >
          {props.icon}
          {props.title}
        </Title>
        {props.children}
      </Stack>
    </Paper>
  )
}

/**
 * The bottom bar of a settings form: "use the defaults" on the left, "unsaved changes" and
 * Save (submits the form) on the right; it sticks to the bottom while there are changes.
 */
export function SettingsSaveBar(props: {
  dirty: boolean
  saving: boolean
  onUseDefaults: () => void
  useDefaultsLabel: string
  unsavedLabel: string
  saveTestId: string
}) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  return (
    <Paper
      withBorder
      shadow={props.dirty ? 'md' : undefined}
      radius="md"
      p="sm"
      style={props.dirty ? { position: 'sticky', bottom: isPhone ? 76 : 16, zIndex: 5 } : undefined}
    >
      <Group justify="space-between" gap="xs">
        <Button variant="subtle" onClick={props.onUseDefaults}>
          {props.useDefaultsLabel}
        </Button>
        <Group gap="xs">
          <Text size="sm" aria-live="polite">
            {props.dirty ? props.unsavedLabel : ''}
          </Text>
          <Button
            type="submit"
            loading={props.saving}
            disabled={!props.dirty}
            data-testid={props.saveTestId}
          >
            {t('common.save')}
          </Button>
        </Group>
      </Group>
    </Paper>
  )
}

/**
 * A whole-number setting (`data-testid="setting-<name>"`): out-of-range values are shown as
 * typed (no clamping) so the schema can explain them; an empty input is NaN.
 */
export function IntegerSettingField<T extends FieldValues>(props: {
  control: Control<T>
  name: FieldPathByValue<T, number>
  label: string
  hint: string
  min: number
  max: number
  suffix?: string
}) {
  return (
    <Controller
      control={props.control}
      name={props.name}
      render={({ field, fieldState }) => (
        <NumberInput
          label={props.label}
          description={props.hint}
          min={props.min}
          max={props.max}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          suffix={props.suffix}
          value={field.value}
          onChange={(v) =>
            field.onChange(typeof v === 'number' ? v : v === '' ? Number.NaN : Number(v))
          }
          onBlur={field.onBlur}
          name={field.name}
          ref={field.ref}
          error={fieldState.error?.message}
          data-testid={`setting-${props.name}`}
        />
      )}
    />
  )
}
