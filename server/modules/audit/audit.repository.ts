import { and, desc, eq, gte, ilike, lt, sql, type SQL } from 'drizzle-orm'
import type { Executor } from '../../db/client.ts'
import { auditLog } from './audit.tables.ts'

export type AuditEntry = {
  instansiId: string | null
  actorUserId: string | null
  actorLabel: string
  action: string
  entity: string
  entityId: string | null
  before?: unknown
  after?: unknown
  ip?: string | null
}

export async function insertAudit(db: Executor, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    ...entry,
    before: entry.before ?? null,
    after: entry.after ?? null,
    ip: entry.ip ?? null,
  })
}

export type AuditFilter = {
  instansiId: string | null
  entity?: string
  entityId?: string
  action?: string
  actor?: string
  from?: string
  to?: string
  page: number
  pageSize: number
}

export async function listAudit(db: Executor, f: AuditFilter) {
  const where: SQL[] = []
  if (f.instansiId) where.push(eq(auditLog.instansiId, f.instansiId))
  if (f.entity) where.push(eq(auditLog.entity, f.entity))
  if (f.entityId) where.push(eq(auditLog.entityId, f.entityId))
  if (f.action) where.push(ilike(auditLog.action, `${f.action}%`))
  if (f.actor) where.push(ilike(auditLog.actorLabel, `%${f.actor}%`))
  if (f.from) where.push(gte(auditLog.at, new Date(`${f.from}T00:00:00Z`)))
  if (f.to) where.push(lt(auditLog.at, sql`(${f.to}::date + 1)::timestamptz`))
  const cond = where.length ? and(...where) : undefined
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(cond)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(cond),
  ])
  return { rows, total: count?.n ?? 0 }
}
