import { ActionIcon, Button, Group, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Skp } from '../../../../../shared/skp.ts'
import { notifySuccess } from '../../../lib/notify.tsx'
import { LAMPIRAN_KEYS, cleanLampiran, contentFromSkp, sameLampiran } from '../skp-content.ts'
import type { LampiranKey, SkpContent } from '../skp-content.ts'
import type { SkpWriter } from './use-skp-writer.tsx'

type Lampiran = SkpContent['lampiran']

const copyOf = (l: Lampiran): Lampiran => ({
  dukunganSumberDaya: [...l.dukunganSumberDaya],
  skemaPertanggungjawaban: [...l.skemaPertanggungjawaban],
  konsekuensi: [...l.konsekuensi],
})

/**
 * (c) Lampiran: dukungan sumber daya, skema pertanggungjawaban and konsekuensi, each a
 * list of short lines with an example. Saved with the button; leaving with unsaved lines
 * asks first.
 */
export function LampiranSection(props: {
  skp: Skp
  writer: SkpWriter
  onDirtyChange: (dirty: boolean) => void
}) {
  const { t } = useTranslation()
  const { skp, writer } = props
  const editable = skp.canEditContent
  const [baseline, setBaseline] = useState<Lampiran>(() => copyOf(skp.lampiran))
  const [draft, setDraft] = useState<Lampiran>(() => copyOf(skp.lampiran))
  const dirty = !sameLampiran(draft, baseline)

  // A newer version replaces the lines only when the person has not changed them.
  if (!sameLampiran(skp.lampiran, baseline)) {
    setBaseline(copyOf(skp.lampiran))
    if (!dirty) setDraft(copyOf(skp.lampiran))
  }

  const { onDirtyChange } = props
  useEffect(() => {
    onDirtyChange(editable && dirty)
  }, [editable, dirty, onDirtyChange])

  const update = (key: LampiranKey, lines: string[]) => setDraft((d) => ({ ...d, [key]: lines }))
  const save = () =>
    writer.saveContent(
      { ...contentFromSkp(skp), lampiran: cleanLampiran(draft) },
      {
        onSuccess: (s) => {
          setBaseline(copyOf(s.lampiran))
          setDraft(copyOf(s.lampiran))
          notifySuccess(t('skp.lampiran.saved'))
        },
      },
    )

  return (
    <Stack gap="md" data-testid="lampiran-section">
      <Text size="sm" c="dimmed">
        {t('skp.lampiran.intro')}
      </Text>
      {LAMPIRAN_KEYS.map((key) => {
        const lines = draft[key]
        return (
          <Paper
            key={key}
            withBorder
            radius="md"
            p="md"
            component="section"
            aria-labelledby={`lampiran-${key}`}
          >
            <Stack gap="xs">
              <div>
                <Title order={2} fz={17} id={`lampiran-${key}`}>
                  {t(`skp.lampiran.${key}.title`)}
                </Title>
                <Text size="sm" c="dimmed">
                  {t(`skp.lampiran.${key}.hint`)}
                </Text>
              </div>
              {editable ? (
                <>
                  {lines.map((line, i) => (
                    <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
                      <Textarea
                        aria-label={t('skp.lampiran.lineLabel', {
                          title: t(`skp.lampiran.${key}.title`),
                          n: i + 1,
                        })}
                        placeholder={t(`skp.lampiran.${key}.example`)}
                        value={line}
                        onChange={(e) =>
                          update(
                            key,
                            lines.map((l, j) => (j === i ? e.currentTarget.value : l)),
                          )
                        }
                        autosize
                        minRows={1}
                        maxLength={500}
                        style={{ flex: 1 }}
                        data-testid={`lampiran-${key}-line`}
                      />
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        size="lg"
                        mt={2}
                        onClick={() =>
                          update(
                            key,
                            lines.filter((_, j) => j !== i),
                          )
                        }
                        aria-label={t('skp.lampiran.removeLine', { n: i + 1 })}
                      >
                        <IconTrash size={18} aria-hidden />
                      </ActionIcon>
                    </Group>
                  ))}
                  {lines.length < 20 ? (
                    <div>
                      <Button
                        size="xs"
                        variant="light"
                        leftSection={<IconPlus size={16} aria-hidden />}
                        onClick={() => update(key, [...lines, ''])}
                        data-testid={`lampiran-${key}-add`}
                      >
                        {t('skp.lampiran.addLine')}
                      </Button>
                    </div>
                  ) : null}
                </>
              ) : lines.length === 0 ? (
                <Text size="sm" c="dimmed" fs="italic">
                  {t('skp.lampiran.empty')}
                </Text>
              ) : (
                <List size="sm" spacing={4}>
                  {lines.map((l, i) => (
                    <List.Item key={i}>{l}</List.Item>
                  ))}
                </List>
              )}
            </Stack>
          </Paper>
        )
      })}
      {editable ? (
        <Group justify="flex-end" gap="sm">
          {dirty ? (
            <Text size="sm" fw={600} role="status">
              {t('skp.unsaved.inline')}
            </Text>
          ) : null}
          <Button
            onClick={save}
            loading={writer.saving}
            disabled={!dirty}
            data-testid="lampiran-save"
          >
            {t('skp.lampiran.save')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  )
}
