import { Stack } from '@mantine/core'
import type { UpdatePegawai } from '../../../../../shared/org.ts'
import { useNavigate, useParams } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { ErrorState } from '../../../components/ui/error-state.tsx'
import { AnchorLink } from '../../../components/ui/links.tsx'
import { LoadingState } from '../../../components/ui/loading-state.tsx'
import { PageHeader } from '../../../components/ui/page-header.tsx'
import { notifySuccess } from '../../../lib/notify.tsx'
import { useCreatePegawai, usePegawai, useUpdatePegawai } from '../api.ts'
import { EMPTY_PEGAWAI, PegawaiForm, valuesFromPegawai } from '../components/pegawai-form.tsx'

export function PegawaiNewPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const create = useCreatePegawai()
  return (
    <Stack maw={920}>
      <AnchorLink to="/pegawai" size="sm">
        ← {t('pegawai.backToList')}
      </AnchorLink>
      <PageHeader
        title={t('pegawai.form.addTitle')}
        description={t('pegawai.form.addDescription')}
      />
      <PegawaiForm
        mode="create"
        initial={EMPTY_PEGAWAI}
        submitting={create.isPending}
        submitError={create.error}
        onCancel={() => void navigate({ to: '/pegawai' })}
        onSubmit={(values) =>
          create.mutate(values, {
            onSuccess: (p) => {
              notifySuccess(t('pegawai.form.created', { name: p.fullName }))
              void navigate({ to: '/pegawai/$pegawaiId', params: { pegawaiId: p.id } })
            },
          })
        }
      />
    </Stack>
  )
}

export function PegawaiEditPage() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { pegawaiId } = useParams({ strict: false })
  const pegawai = usePegawai(pegawaiId)
  const update = useUpdatePegawai()
  const back = () =>
    void navigate({ to: '/pegawai/$pegawaiId', params: { pegawaiId: pegawaiId ?? '' } })
  return (
    <Stack maw={920}>
      <AnchorLink to="/pegawai/$pegawaiId" params={{ pegawaiId: pegawaiId ?? '' }} size="sm">
        ← {t('pegawai.backToDetail')}
      </AnchorLink>
      <PageHeader
        title={
          pegawai.data
            ? t('pegawai.form.editTitle', { name: pegawai.data.fullName })
            : t('pegawai.form.editTitleShort')
        }
        description={t('pegawai.form.editDescription')}
      />
      {pegawai.isPending ? (
        <LoadingState rows={6} />
      ) : pegawai.isError ? (
        <ErrorState error={pegawai.error} onRetry={() => void pegawai.refetch()} />
      ) : (
        <PegawaiForm
          key={pegawai.data.id}
          mode="edit"
          initial={valuesFromPegawai(pegawai.data)}
          submitting={update.isPending}
          submitError={update.error}
          onCancel={back}
          onSubmit={(values) => {
            // The NIP is the person's identity and is not edited here.
            const changes: UpdatePegawai = {
              name: values.name,
              gelarDepan: values.gelarDepan,
              gelarBelakang: values.gelarBelakang,
              status: values.status,
              golongan: values.golongan,
              unitId: values.unitId,
              jabatanId: values.jabatanId,
              email: values.email,
              phone: values.phone,
              active: values.active,
            }
            update.mutate(
              { id: pegawai.data.id, ...changes },
              {
                onSuccess: (p) => {
                  notifySuccess(t('pegawai.form.updated', { name: p.fullName }))
                  back()
                },
              },
            )
          }}
        />
      )}
    </Stack>
  )
}
