import type { GuideRole, GuideTopicId } from '../topics.ts'

/**
 * The guide's text, one file per language (id.ts, en.ts), loaded with the guide pages only.
 * In step texts, **double asterisks** mark what the person taps or reads on the screen.
 */

/** A screenshot in web/public/panduan/<file>.png (made by `npm run guide:screens`). */
export type GuideImage = { file: string; alt: string }

export type GuideStep = { text: string; image?: GuideImage }

export type GuideTopic = {
  id: GuideTopicId
  /** The roles whose list shows this topic (the first is its home). */
  roles: readonly GuideRole[]
  title: string
  /** One sentence: what the topic helps to do. */
  summary: string
  /** Extra words people search with (synonyms, terms from the regulation). */
  keywords: readonly string[]
  /** The app page this topic explains ("Buka halamannya"). */
  screen?: string
  steps: readonly GuideStep[]
  /** What a good entry looks like. */
  example?: { title?: string; lines: readonly string[] }
  tips?: readonly string[]
  related?: readonly GuideTopicId[]
}

export type GuideContent = { topics: readonly GuideTopic[] }
