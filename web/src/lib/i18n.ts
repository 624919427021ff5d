import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { id } from '../locales/id.ts'

/**
 * Bahasa Indonesia is the default and ships in the first load; English is fetched only
 * when someone picks it. The choice is remembered in localStorage.
 */
export const LANGUAGES = ['id', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

const STORAGE_KEY = 'kinerja.lang'

export function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id'
  } catch {
    return 'id'
  }
}

async function ensureResources(lang: Language): Promise<void> {
  if (lang === 'en' && !i18next.hasResourceBundle('en', 'translation')) {
    const { en } = await import('../locales/en.ts')
    i18next.addResourceBundle('en', 'translation', en)
  }
}

export async function initI18n(): Promise<typeof i18next> {
  const lng = storedLanguage()
  await i18next.use(initReactI18next).init({
    lng: 'id',
    fallbackLng: 'id',
    supportedLngs: [...LANGUAGES],
    resources: { id: { translation: id } },
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  if (lng !== 'id') await changeLanguage(lng)
  document.documentElement.lang = i18next.language
  return i18next
}

export async function changeLanguage(lang: Language): Promise<void> {
  await ensureResources(lang)
  await i18next.changeLanguage(lang)
  document.documentElement.lang = lang
  try {
    localStorage.setItem(STORAGE_KEY, lang)
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
}

export function currentLanguage(): Language {
  return i18next.language === 'en' ? 'en' : 'id'
}
