import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm'
import type { FeedbackTopicKind } from '../../../shared/activities.ts'
import type { CoreValue } from '../../../shared/rules/berakhlak.ts'
import type { Executor } from '../../db/client.ts'
import { feedbackMessages, feedbackThreads } from './activities.tables.ts'

export type ThreadRow = typeof feedbackThreads.$inferSelect
export type MessageRow = typeof feedbackMessages.$inferSelect

export type Topic = {
  skpId: string
  topicKind: FeedbackTopicKind
  rhkId: string | null
  coreValue: CoreValue | null
}

export async function findThread(db: Executor, instansiId: string, id: string) {
  const [row] = await db
    .select()
    .from(feedbackThreads)
    .where(and(eq(feedbackThreads.instansiId, instansiId), eq(feedbackThreads.id, id)))
  return row
}

/** The thread, locked until the transaction ends (messages and last_message_at move together). */
export async function lockThread(db: Executor, id: string) {
  const [row] = await db
    .select()
    .from(feedbackThreads)
    .where(eq(feedbackThreads.id, id))
    .for('update')
  return row
}

/** The one thread of an SKP on a topic (unique: feedback_threads_topic_key), locked. */
export async function lockThreadByTopic(db: Executor, t: Topic) {
  const [row] = await db
    .select()
    .from(feedbackThreads)
    .where(
      and(
        eq(feedbackThreads.skpId, t.skpId),
        eq(feedbackThreads.topicKind, t.topicKind),
        t.rhkId ? eq(feedbackThreads.rhkId, t.rhkId) : isNull(feedbackThreads.rhkId),
        t.coreValue
          ? eq(feedbackThreads.coreValue, t.coreValue)
          : isNull(feedbackThreads.coreValue),
      ),
    )
    .for('update')
  return row
}

/**
 * Opens the thread of a topic; undefined when it already exists (a concurrent first message
 * may have opened it: ON CONFLICT waits for that transaction and then does nothing).
 */
export async function insertThreadIfAbsent(
  db: Executor,
  values: typeof feedbackThreads.$inferInsert,
) {
  const [row] = await db.insert(feedbackThreads).values(values).onConflictDoNothing().returning()
  return row
}

export async function insertMessage(db: Executor, values: typeof feedbackMessages.$inferInsert) {
  const [row] = await db.insert(feedbackMessages).values(values).returning()
  return row as MessageRow
}

export async function touchThread(db: Executor, id: string, at: Date) {
  await db.update(feedbackThreads).set({ lastMessageAt: at }).where(eq(feedbackThreads.id, id))
}

/** The threads of an SKP, most recently active first. */
export async function listThreads(db: Executor, instansiId: string, skpId: string) {
  return db
    .select()
    .from(feedbackThreads)
    .where(and(eq(feedbackThreads.instansiId, instansiId), eq(feedbackThreads.skpId, skpId)))
    .orderBy(desc(feedbackThreads.lastMessageAt), asc(feedbackThreads.createdAt))
}

/** The messages of the threads, oldest first. */
export async function listMessages(db: Executor, threadIds: readonly string[]) {
  if (threadIds.length === 0) return []
  return db
    .select()
    .from(feedbackMessages)
    .where(inArray(feedbackMessages.threadId, [...threadIds]))
    .orderBy(asc(feedbackMessages.createdAt))
}
