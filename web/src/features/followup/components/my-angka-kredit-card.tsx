import { Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconCertificate, IconChevronRight } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { JabatanJenis } from '../../../../../shared/org.ts'
import { JF_JENJANG_LABEL } from '../../../../../shared/rules/angka-kredit.ts'
import { ButtonLink } from '../../../components/ui/links.tsx'
import { useAkLedger } from '../api.ts'
import { formatAk, isJf, ledgerWorthShowing } from '../followup-view.ts'
import { PromotionBadges } from './promotion-badges.tsx'

/**
 * "Angka kredit saya" on the profile of a JF pegawai: the cumulative AK, the promotion hints
 * and a link to the ledger and PAK. Shown only when the ledger answers for the person (a
 * failed or refused request shows nothing: the profile is not the place for that error).
 */
export function MyAngkaKreditCard(props: { pegawaiId: string; jabatanJenis: JabatanJenis }) {
  const { t } = useTranslation()
  const ledger = useAkLedger(props.pegawaiId, isJf(props.jabatanJenis))
  if (!ledger.data || !ledgerWorthShowing(ledger.data)) return null
  const l = ledger.data
  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'sm', sm: 'md' }}
      component="section"
      aria-labelledby="my-ak-title"
      data-testid="my-angka-kredit"
    >
      <Stack gap="sm">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon size={40} radius="md" variant="light" aria-hidden>
            <IconCertificate size={22} />
          </ThemeIcon>
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={2} fz={18} id="my-ak-title">
              {t('followup.mine.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {l.jenjang
                ? t('followup.mine.jenjang', { jenjang: JF_JENJANG_LABEL[l.jenjang] })
                : t('followup.mine.noJenjang')}
            </Text>
          </Stack>
        </Group>
        <Text size="sm">
          {t('followup.mine.total')}{' '}
          <Text span fw={700} fz="lg" data-testid="my-ak-total">
            {formatAk(l.total)}
          </Text>
        </Text>
        <PromotionBadges hint={l.promotion} />
        <Group>
          <ButtonLink
            to="/tindak-lanjut/angka-kredit/$pegawaiId"
            params={{ pegawaiId: l.pegawaiId }}
            variant="light"
            rightSection={<IconChevronRight size={16} aria-hidden />}
            data-testid="my-ak-open"
          >
            {t('followup.mine.open')}
          </ButtonLink>
        </Group>
      </Stack>
    </Paper>
  )
}
