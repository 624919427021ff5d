import type { AuditQuery } from '../../../shared/audit.ts'
import type { Actor } from '../../lib/actor.ts'
import { hasRole } from '../../lib/actor.ts'
import { notFound } from '../../lib/errors.ts'
import type { Db, Executor } from '../../db/client.ts'
import { insertAudit, listAudit } from './audit.repository.ts'

export type AuditRecord = {
  action: string
  entity: string
  entityId?: string | null
  before?: unknown
  after?: unknown
  /** Defaults to the actor's instansi. */
  instansiId?: string | null
}

export function createAuditService({ db }: { db: Db }) {
  return {
    /** Writes one audit row inside the caller's transaction (never after it). */
    async record(tx: Executor, actor: Actor | null, r: AuditRecord): Promise<void> {
      await insertAudit(tx, {
        instansiId: r.instansiId === undefined ? (actor?.instansiId ?? null) : r.instansiId,
        actorUserId: actor?.userId ?? null,
        actorLabel: actor ? `${actor.displayName} (${actor.username})` : 'anonim',
        action: r.action,
        entity: r.entity,
        entityId: r.entityId ?? null,
        before: r.before,
        after: r.after,
        ip: actor?.ip ?? null,
      })
    },

    /** Admins read their instansi's audit log; super admins read everything. */
    async list(actor: Actor, q: AuditQuery) {
      const isSuper = hasRole(actor, 'super_admin')
      if (!isSuper && !hasRole(actor, 'admin_instansi')) throw notFound('Halaman')
      const { rows, total } = await listAudit(db, {
        ...q,
        instansiId: isSuper ? null : actor.instansiId,
      })
      return {
        items: rows.map((r) => ({
          id: r.id,
          at: r.at.toISOString(),
          actorLabel: r.actorLabel,
          action: r.action,
          entity: r.entity,
          entityId: r.entityId,
          before: r.before,
          after: r.after,
          ip: r.ip,
        })),
        total,
        page: q.page,
        pageSize: q.pageSize,
      }
    },
  }
}
export type AuditService = ReturnType<typeof createAuditService>
