import { Alert, Button, Group, List, Modal, Stack, Table, Text } from '@mantine/core'
import { IconCalculator, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { notifyError } from '../../../lib/notify.tsx'
import { useIsPhone } from '../../../lib/use-is-phone.ts'
import type { AkGenerateResult } from '../api.ts'
import { useGenerateAk } from '../api.ts'

/**
 * "Hitung AK tahun …" (admin): says what will happen, then shows what happened — lines
 * created and every person skipped with the reason (no final annual predikat, already
 * generated, no SKP…). The server is idempotent: running it twice creates nothing new.
 */
export function AkGenerateDialog(props: { year: number; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const isPhone = useIsPhone()
  const generate = useGenerateAk()
  const result: AkGenerateResult | undefined = generate.data
  const close = () => {
    generate.reset()
    props.onClose()
  }
  return (
    <Modal
      opened={props.opened}
      onClose={close}
      title={t('followup.ak.generateTitle', { year: props.year })}
      size="lg"
      fullScreen={isPhone}
    >
      {result ? (
        <Stack gap="md" data-testid="ak-generate-result">
          <Alert
            color="teal"
            variant="light"
            icon={<IconCircleCheck aria-hidden />}
            title={t('followup.ak.generatedTitle')}
            role="status"
          >
            {t('followup.ak.generatedCount', { count: result.created, year: props.year })}
          </Alert>
          {result.skipped.length > 0 ? (
            <Stack gap="xs">
              <Text fw={600}>
                {t('followup.ak.skippedCount', { count: result.skipped.length })}
              </Text>
              <Table.ScrollContainer minWidth={320} mah={360}>
                <Table striped verticalSpacing="xs">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('followup.name')}</Table.Th>
                      <Table.Th scope="col">{t('followup.ak.skippedReason')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {result.skipped.map((s) => (
                      <Table.Tr key={s.pegawaiId} data-testid="ak-skipped-row">
                        <Table.Td>{s.name}</Table.Td>
                        <Table.Td>{s.reason}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              {t('followup.ak.noneSkipped')}
            </Text>
          )}
          <Group justify="flex-end">
            <Button onClick={close} data-testid="ak-generate-close">
              {t('followup.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <Text size="sm">{t('followup.ak.generateIntro', { year: props.year })}</Text>
          <List size="sm" spacing={4}>
            <List.Item>{t('followup.ak.generateRule1')}</List.Item>
            <List.Item>{t('followup.ak.generateRule2')}</List.Item>
            <List.Item>{t('followup.ak.generateRule3')}</List.Item>
          </List>
          <Alert color="kinerja" variant="light" icon={<IconInfoCircle aria-hidden />}>
            {t('followup.ak.generateIdempotent')}
          </Alert>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={generate.isPending}>
              {t('common.cancel')}
            </Button>
            <Button
              leftSection={<IconCalculator size={18} aria-hidden />}
              loading={generate.isPending}
              onClick={() => generate.mutate(props.year, { onError: (e) => notifyError(e) })}
              data-testid="ak-generate-confirm"
            >
              {t('followup.ak.generateConfirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  )
}
