import { IconHeadset, IconHelpCircle } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { ComingSoon } from '../../../components/ui/coming-soon.tsx'
import { ButtonLink } from '../../../components/ui/links.tsx'

type Feature = 'bantuan' | 'helpdesk'

/** Planned features get a page that explains what is coming, never a blank screen. */
function Placeholder(props: { feature: Feature; icon: ReactNode }) {
  const { t } = useTranslation()
  const title = t(`nav.${props.feature}`)
  useEffect(() => {
    document.title = `${title} · Kinerja`
  }, [title])
  return (
    <ComingSoon
      title={title}
      icon={props.icon}
      description={t(`comingSoon.${props.feature}.description`)}
      points={t(`comingSoon.${props.feature}.points`, { returnObjects: true })}
      action={
        <div>
          <ButtonLink to="/" variant="light">
            {t('errors.backHome')}
          </ButtonLink>
        </div>
      }
    />
  )
}

export const BantuanPage = () => (
  <Placeholder feature="bantuan" icon={<IconHelpCircle size={30} />} />
)
export const HelpdeskPage = () => (
  <Placeholder feature="helpdesk" icon={<IconHeadset size={30} />} />
)
