import {
  Alert,
  Button,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { useEffect } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { BERAKHLAK, CORE_VALUES } from '../../../../../shared/rules/berakhlak.ts'
import type { CoreValue } from '../../../../../shared/rules/berakhlak.ts'
import type { Skp } from '../../../../../shared/skp.ts'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useSaveEkspektasi } from '../api.ts'
import type { SkpWriter } from './use-skp-writer.tsx'

type Values = Record<CoreValue, string>

function valuesOf(skp: Skp): Values {
  const byValue = new Map(skp.perilaku.map((p) => [p.coreValue, p.ekspektasiKhusus ?? '']))
  return Object.fromEntries(CORE_VALUES.map((v) => [v, byValue.get(v) ?? ''])) as Values
}

/**
 * (b) Perilaku kerja: the seven BerAKHLAK values with their panduan (fixed reference data,
 * read-only) and the atasan's "ekspektasi khusus", which only the atasan writes.
 */
export function PerilakuSection(props: {
  skp: Skp
  writer: SkpWriter
  onDirtyChange: (dirty: boolean) => void
}) {
  const { t } = useTranslation()
  const { skp } = props
  const editable = skp.canEditEkspektasi
  const save = useSaveEkspektasi(skp.id)
  const form = useForm<Values>({ defaultValues: valuesOf(skp) })
  const { reset } = form
  // A newer version (after any save) refreshes what the person did not touch.
  useEffect(() => {
    reset(valuesOf(skp), { keepDirtyValues: true })
  }, [skp, reset])
  const { isDirty } = form.formState
  const { onDirtyChange } = props
  useEffect(() => onDirtyChange(editable && isDirty), [editable, isDirty, onDirtyChange])

  const onSubmit = form.handleSubmit((values) => {
    save.mutate(
      {
        version: skp.version,
        items: CORE_VALUES.map((v) => ({
          coreValue: v,
          ekspektasiKhusus: values[v].trim() === '' ? null : values[v].trim(),
        })),
      },
      {
        onSuccess: (s) => {
          reset(valuesOf(s))
          notifySuccess(t('skp.perilaku.saved'))
        },
        onError: (e) => {
          if (!props.writer.handleConflict(e)) notifyError(e)
        },
      },
    )
  })

  const serverValues = new Map(skp.perilaku.map((p) => [p.coreValue, p]))
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="perilaku-section">
      <Stack gap="md">
        <Alert role="note" variant="light" color="kinerja" icon={<IconInfoCircle aria-hidden />}>
          {editable ? t('skp.perilaku.introAtasan') : t('skp.perilaku.intro')}
        </Alert>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          {CORE_VALUES.map((v) => {
            const server = serverValues.get(v)
            const label = server?.label ?? BERAKHLAK[v].label
            const panduan = server?.panduan.length ? server.panduan : BERAKHLAK[v].panduan
            const ekspektasi = server?.ekspektasiKhusus ?? null
            return (
              <Paper key={v} withBorder radius="md" p="md" component="section" aria-label={label}>
                <Stack gap="xs">
                  <Title order={3} fz={16}>
                    {label}
                  </Title>
                  <div>
                    <Text size="xs" c="dimmed" fw={700} tt="uppercase">
                      {t('skp.perilaku.panduan')}
                    </Text>
                    <List size="sm" spacing={2} type="ordered">
                      {panduan.map((p) => (
                        <List.Item key={p}>{p}</List.Item>
                      ))}
                    </List>
                  </div>
                  {editable ? (
                    <Textarea
                      label={t('skp.perilaku.ekspektasi')}
                      description={t('skp.perilaku.ekspektasiHint')}
                      placeholder={t('skp.perilaku.ekspektasiExample')}
                      autosize
                      minRows={2}
                      maxLength={1000}
                      data-testid={`ekspektasi-${v}`}
                      {...form.register(v)}
                    />
                  ) : (
                    <div>
                      <Text size="xs" c="dimmed" fw={700} tt="uppercase">
                        {t('skp.perilaku.ekspektasi')}
                      </Text>
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                        {ekspektasi ?? t('skp.perilaku.noEkspektasi')}
                      </Text>
                    </div>
                  )}
                </Stack>
              </Paper>
            )
          })}
        </SimpleGrid>
        {editable ? (
          <Group justify="flex-end">
            <Button
              type="submit"
              loading={save.isPending}
              disabled={!isDirty}
              data-testid="ekspektasi-save"
            >
              {t('skp.perilaku.save')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  )
}
