import { Grid, Paper, Stack } from '@mantine/core'
import { IconPencil } from '@tabler/icons-react'
import { useParams } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { AnchorLink, ButtonLink } from '../../../components/ui/links.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { todayIn } from '../../../lib/format.ts'
import { useSessionUser } from '../../auth/api.ts'
import { usePegawai } from '../api.ts'
import { ActingSection } from '../components/acting-section.tsx'
import { AtasanSection } from '../components/atasan-section.tsx'
import { ExclusionsSection } from '../components/exclusions-section.tsx'
import { PegawaiProfileCard } from '../components/profile-card.tsx'

export function PegawaiDetailPage() {
  const { t } = useTranslation()
  const me = useSessionUser()
  const { pegawaiId } = useParams({ strict: false })
  const pegawai = usePegawai(pegawaiId)
  const today = todayIn(me.instansiTimeZone ?? undefined)

  return (
    <Stack>
      <AnchorLink to="/pegawai" search={{ unitId: undefined }} size="sm">
        ← {t('pegawai.backToList')}
      </AnchorLink>
      {pegawai.isPending ? (
        <LoadingState rows={6} />
      ) : pegawai.isError ? (
        <ErrorState error={pegawai.error} onRetry={() => void pegawai.refetch()} />
      ) : (
        <>
          <PageHeader
            title={pegawai.data.fullName}
            description={t('pegawai.detailDescription')}
            actions={
              <ButtonLink
                to="/pegawai/$pegawaiId/ubah"
                params={{ pegawaiId: pegawai.data.id }}
                leftSection={<IconPencil size={18} aria-hidden />}
              >
                {t('pegawai.edit')}
              </ButtonLink>
            }
          />
          <div data-testid="pegawai-detail">
            <PegawaiProfileCard pegawai={pegawai.data} atasan={null} testId="pegawai-detail-card" />
          </div>
          <Grid gutter="md">
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} h="100%">
                <AtasanSection pegawai={pegawai.data} today={today} />
              </Paper>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} h="100%">
                <ActingSection pegawai={pegawai.data} today={today} />
              </Paper>
            </Grid.Col>
            <Grid.Col span={12}>
              <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
                <ExclusionsSection pegawaiId={pegawai.data.id} today={today} />
              </Paper>
            </Grid.Col>
          </Grid>
        </>
      )}
    </Stack>
  )
}
