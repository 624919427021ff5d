import { Button, Group, NativeSelect, Paper, Skeleton, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { INSTANSI_TIME_ZONES } from '../../../../../shared/periods.ts'
import type { InstansiTimeZone } from '../../../../../shared/periods.ts'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { notifyError, notifySuccess } from '../../../lib/notify.tsx'
import { useInstansi, useUpdateInstansi } from '../api.ts'
import { ZONE_KEY } from '../labels.ts'

/** The instansi's name and time zone (WIB/WITA/WIT): "today" and deadlines are read in it. */
export function InstansiCard() {
  const { t } = useTranslation()
  const instansi = useInstansi()
  const update = useUpdateInstansi()
  const [draft, setDraft] = useState<InstansiTimeZone | null>(null)
  const current = instansi.data?.timeZone
  const value = draft ?? current ?? ''
  const known = (INSTANSI_TIME_ZONES as readonly string[]).includes(current ?? '')

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="instansi-title">
      <Stack gap="sm">
        <Title order={2} fz={18} id="instansi-title">
          {t('periods.instansiTitle')}
        </Title>
        {instansi.isPending ? (
          <Skeleton h={60} />
        ) : instansi.isError ? (
          <ErrorState error={instansi.error} onRetry={() => void instansi.refetch()} />
        ) : (
          <>
            <Text fw={600}>{instansi.data.name}</Text>
            <NativeSelect
              label={t('periods.timeZone')}
              description={t('periods.timeZoneHint')}
              value={value}
              onChange={(e) => setDraft(e.currentTarget.value as InstansiTimeZone)}
              data={[
                ...(known ? [] : [{ value, label: value }]),
                ...INSTANSI_TIME_ZONES.map((z) => ({
                  value: z,
                  label: t(`periods.zone.${ZONE_KEY[z]}`),
                })),
              ]}
              data-testid="time-zone-select"
            />
            <Group>
              <Button
                size="sm"
                disabled={draft === null || draft === current}
                loading={update.isPending}
                onClick={() => {
                  if (!draft) return
                  update.mutate(
                    { timeZone: draft },
                    {
                      onSuccess: (i) => {
                        setDraft(null)
                        notifySuccess(
                          t('periods.timeZoneSaved', {
                            zone: t(
                              `periods.zoneShort.${ZONE_KEY[i.timeZone as InstansiTimeZone]}`,
                            ),
                          }),
                        )
                      },
                      onError: (e) => notifyError(e),
                    },
                  )
                }}
              >
                {t('periods.saveTimeZone')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  )
}
