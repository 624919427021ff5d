import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { GuideContent } from './types.ts'

/** Each language's guide is its own chunk, fetched with the guide pages only. */
const LOADERS: Record<'id' | 'en', () => Promise<GuideContent>> = {
  id: () => import('./id.ts').then((m) => m.guideId),
  en: () => import('./en.ts').then((m) => m.guideEn),
}

/** The guide in the current UI language (Bahasa Indonesia unless English is chosen). */
export function useGuideContent() {
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'id'
  return useQuery({
    queryKey: ['guide', 'content', lang],
    queryFn: LOADERS[lang],
    staleTime: Infinity,
    gcTime: Infinity,
  })
}

/** Where a topic's screenshot is served from (web/public/panduan). */
export function screenshotUrl(file: string): string {
  return `/panduan/${file}.png`
}
