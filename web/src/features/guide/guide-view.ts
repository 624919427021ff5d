import type { Me } from '../auth/api.ts'
import { isAdmin, isHelpdesk } from '../auth/api.ts'
import type { GuideTopic } from './content/types.ts'
import type { GuideRole } from './topics.ts'

/**
 * The role whose guide a person sees first: what they were given to do beyond their own
 * work (admin, then PIC), else atasan when they lead someone, else pegawai.
 */
export function mainGuideRole(me: Pick<Me, 'roles' | 'isAtasan'>): GuideRole {
  if (isAdmin(me)) return 'admin'
  if (isHelpdesk(me)) return 'pic'
  if (me.isAtasan) return 'atasan'
  return 'pegawai'
}

/** Lower case, without accents and punctuation, single spaces: what search compares. */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\*\*/g, '')
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim()
}

/**
 * Topics matching every word of the query (in any order), best first: a word in the title
 * counts most, then the keywords and summary, then the steps and examples. An empty query
 * matches nothing (the caller shows the role's list instead).
 */
export function searchTopics(topics: readonly GuideTopic[], query: string): GuideTopic[] {
  const words = normalize(query).split(' ').filter(Boolean)
  if (words.length === 0) return []
  const scored: { topic: GuideTopic; score: number; order: number }[] = []
  topics.forEach((topic, order) => {
    const title = normalize(topic.title)
    const meta = normalize([topic.summary, ...topic.keywords].join(' '))
    const body = normalize(
      [
        ...topic.steps.map((s) => s.text),
        ...(topic.example?.lines ?? []),
        ...(topic.tips ?? []),
      ].join(' '),
    )
    let score = 0
    for (const word of words) {
      if (title.includes(word)) score += 5
      else if (meta.includes(word)) score += 3
      else if (body.includes(word)) score += 1
      else return
    }
    scored.push({ topic, score, order })
  })
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((s) => s.topic)
}

/** A role's topics: its own first (the role is the topic's home), then the shared ones. */
export function topicsForRole(topics: readonly GuideTopic[], role: GuideRole): GuideTopic[] {
  const mine = topics.filter((t) => t.roles.includes(role))
  return [...mine.filter((t) => t.roles[0] === role), ...mine.filter((t) => t.roles[0] !== role)]
}

/** Splits "Tekan **Simpan** lalu …" into plain and bold parts. */
export function emphasisParts(text: string): { text: string; strong: boolean }[] {
  return text
    .split('**')
    .map((part, i) => ({ text: part, strong: i % 2 === 1 }))
    .filter((p) => p.text !== '')
}
