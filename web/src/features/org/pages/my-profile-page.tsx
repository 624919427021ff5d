import { Stack } from '@mantine/core'
import { IconUserQuestion } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { MyAngkaKreditCard } from '../../followup/components/my-angka-kredit-card.tsx'
import { useMyProfile } from '../api.ts'
import { PegawaiProfileCard } from '../components/profile-card.tsx'

export function MyProfilePage() {
  const { t } = useTranslation()
  const profile = useMyProfile()
  return (
    <Stack>
      <PageHeader title={t('profile.title')} description={t('profile.description')} />
      {profile.isPending ? (
        <LoadingState rows={4} />
      ) : profile.isError ? (
        <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />
      ) : profile.data.pegawai ? (
        <>
          <PegawaiProfileCard pegawai={profile.data.pegawai} atasan={profile.data.atasan} />
          <MyAngkaKreditCard
            pegawaiId={profile.data.pegawai.id}
            jabatanJenis={profile.data.pegawai.jabatanJenis}
          />
        </>
      ) : (
        <EmptyState
          icon={<IconUserQuestion size={30} />}
          title={t('profile.noPegawaiTitle')}
          description={t('profile.noPegawai')}
        />
      )}
    </Stack>
  )
}
