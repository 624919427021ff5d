import fs from 'node:fs'
import type { InjectOptions } from 'fastify'
import ExcelJS from 'exceljs'
import { sql } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import {
  OPERATIONS,
  PRIVATE_KINDS,
  PUBLIC_OPERATIONS,
  openApiOperations,
  type Kind,
  type OpRequest,
  type OpSpec,
  type Records,
  type VersionOf,
} from './permissions-ops.ts'
import { EXPECTED } from './permissions-expected.ts'
import { buildWorld, ROLES, type Role, type Target } from './permissions-world.ts'

/**
 * The permissions matrix (issue #7): every operation of /api/openapi.json × every role ×
 * records the role may and may not see. Decision record: docs/decisions/0018.
 *
 * - Instansi A is the Gianyar demo: the pegawai (a pelaksana), their atasan, the atasan's atasan,
 *   the PIC helpdesk and the admin. Instansi B is a factory office; its admin is "otherAdmin".
 * - Targets: `self` (the pegawai's records), `peer` (a colleague with the same atasan),
 *   `outsider` (someone outside the atasan's atasan's subtree), `otherInstansi` (a staff
 *   member of B), `none` (random ids).
 * - A LEAK is a response to a record the role may not see that differs from the response to a
 *   random id (status or error code), is not a refusal, or contains an id of a record the role
 *   may not see. Responses to every role are also searched for ids of records it may not see.
 * - A record the role may see: the status must be the one in permissions-expected.ts.
 */
const w = await buildWorld()
const { t, targets } = w
afterAll(() => fs.rmSync(w.dataDir, { recursive: true, force: true }))

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g

/** The records a role may not see, by target; `intra` = inside its own instansi. */
const FOREIGN: Record<Role, Target[]> = {
  anonymous: [],
  pegawai: ['peer', 'outsider', 'otherInstansi'],
  atasan: ['outsider', 'otherInstansi'],
  atasanAtasan: ['outsider', 'otherInstansi'],
  pic: ['outsider', 'otherInstansi'],
  otherAdmin: ['self', 'peer', 'outsider'],
  admin: ['otherInstansi'],
}
/** The records each role may see (and acts on in the second phase). */
const VISIBLE: Record<Role, Target> = {
  anonymous: 'self',
  pegawai: 'self',
  atasan: 'self',
  atasanAtasan: 'self',
  pic: 'self',
  otherAdmin: 'otherInstansi',
  admin: 'self',
}
const crossInstansi = (role: Role, target: Target) =>
  role === 'otherAdmin' ? target !== 'otherInstansi' : target === 'otherInstansi'
/** The PIC sees every ticket of the instansi: tickets are not foreign to them. */
const PIC_SEES: ReadonlySet<Kind> = new Set<Kind>(['ticket', 'attachment'])

/** Ids of records `role` must never receive, with the kinds they belong to. */
function forbiddenIds(role: Role): Map<string, string> {
  const ids = new Map<string, string>()
  for (const target of FOREIGN[role]) {
    const cross = crossInstansi(role, target)
    for (const [kind, id] of Object.entries(targets[target]) as [Kind, string][]) {
      if (!id) continue
      // Inside the instansi the directory (units, jabatan, pegawai, periods…) is shared, and the
      // cascading tree shows every SKP's RHK to every member (decision 0007).
      if (!cross && (!PRIVATE_KINDS.has(kind) || ['skp', 'rhk', 'indikator'].includes(kind)))
        continue
      if (!cross && role === 'pic' && PIC_SEES.has(kind)) continue
      ids.set(id, `${target}.${kind}`)
    }
  }
  // Ids that are also the role's own visible records are not forbidden (shared instansi rows).
  for (const id of Object.values(targets[VISIBLE[role]])) if (id) ids.delete(id)
  return ids
}
const FORBIDDEN = Object.fromEntries(ROLES.map((r) => [r, forbiddenIds(r)])) as Record<
  Role,
  Map<string, string>
>

/**
 * The target's records with those the role may not see replaced by random ids: across instansi
 * every record, inside it the personal ones (and the person). What stays is shared by the
 * instansi (units, periods…), so a difference in the answer can only come from the hidden record.
 */
function baselineOf(role: Role, target: Target): Records {
  const r: Records = { ...targets[target] }
  for (const kind of Object.keys(r) as Kind[]) {
    if (kind === 'instansi') continue
    const hidden =
      crossInstansi(role, target) ||
      PRIVATE_KINDS.has(kind) ||
      kind === 'pegawai' ||
      kind === 'user'
    if (hidden) r[kind] = targets.none[kind]
  }
  return r
}

const versionOf: VersionOf = async (table, id, column = 'id') => {
  if (!id) return 0
  const res = await t.db.execute(
    sql`SELECT version FROM ${sql.identifier(table)} WHERE ${sql.identifier(column)} = ${id}`,
  )
  return (res.rows[0] as { version?: number } | undefined)?.version ?? 0
}

type Res = Awaited<ReturnType<typeof t.app.inject>>
/**
 * At most 20 requests at a time, four times the test pool's 5 connections: no use case asks the
 * pool for a second connection while it holds one in a transaction (the nested-acquire check of
 * server/db/client.ts fails the test if one does, decision 0024), so a burst only queues.
 */
const IN_FLIGHT = 20
let running = 0
const waiting: (() => void)[] = []
async function send(role: Role, req: OpRequest): Promise<Res> {
  if (running >= IN_FLIGHT) await new Promise<void>((resolve) => waiting.push(resolve))
  running++
  try {
    return await sendNow(role, req)
  } finally {
    running--
    waiting.shift()?.()
  }
}
async function sendNow(role: Role, req: OpRequest): Promise<Res> {
  const s = role === 'anonymous' ? null : await w.session(w.accounts[role])
  const headers = { ...((req.headers as Record<string, string>) ?? {}) }
  if (s) {
    headers.cookie = s.cookie
    headers['x-csrf-token'] = s.csrfToken
  }
  return t.app.inject({ ...req, headers } as InjectOptions)
}

/** The body as text: JSON/CSV as is, XLSX as the text of every cell, anything else latin1. */
async function textOf(res: Res): Promise<string> {
  const type = String(res.headers['content-type'] ?? '')
  if (type.includes('spreadsheetml')) {
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
    const cells: string[] = []
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => cells.push(c.text))))
    return cells.join('\n')
  }
  return type.includes('pdf') || type.includes('octet')
    ? res.rawPayload.toString('latin1')
    : res.body
}
const codeOf = (res: Res) => {
  try {
    return res.json<{ error?: { code?: string } }>().error?.code ?? ''
  } catch {
    return ''
  }
}
const reasonOf = (res: Res) => {
  try {
    return res.json<{ error?: { reason?: string } }>().error?.reason ?? ''
  } catch {
    return ''
  }
}
const shape = (res: Res) => `${res.statusCode}${codeOf(res) ? ` ${codeOf(res)}` : ''}`

/** Ids in the response that the role may not receive (and that it did not send itself). */
async function leakedIds(role: Role, req: OpRequest, res: Res): Promise<string[]> {
  const sent = `${JSON.stringify(req.url)} ${typeof req.payload === 'string' ? req.payload : JSON.stringify(req.payload ?? '')}`
  const text = await textOf(res)
  const found = new Set(text.match(UUID) ?? [])
  return [...found]
    .filter((id) => FORBIDDEN[role].has(id) && !sent.includes(id))
    .map((id) => `${FORBIDDEN[role].get(id)} ${id}`)
}

const operations = await openApiOperations(t.app)
const personal = (op: OpSpec) => op.personal ?? op.kinds.some((k) => PRIVATE_KINDS.has(k))
/** Phase order: reads first, then writes, deletes and session changes last. */
const rank = (key: string) => {
  const op = OPERATIONS[key]!
  if (op.touchesSessions) return 4
  if (key.startsWith('GET ')) return 0
  if (key.startsWith('DELETE ')) return 3
  return key.includes('/close') || key.includes('/reopen') ? 2 : 1
}
const ordered = operations.filter((k) => OPERATIONS[k]).sort((a, b) => rank(a) - rank(b))

const stats = { requests: 0, foreignCases: 0, reachedPolicy: 0, skippedNoRecord: 0 }
const leaks: string[] = []
const timing: Record<string, number> = {}
const baselines = new Map<string, Promise<Res>>()
const observed: Record<string, string> = {}
const mismatches: string[] = []

describe('permissions matrix (every OpenAPI operation × role × record)', () => {
  it('has a spec for every operation and no spec for an operation that is gone', () => {
    const missing = operations.filter((k) => !OPERATIONS[k])
    expect(missing, 'operations without a matrix spec (add them to permissions-ops.ts)').toEqual([])
    const stale = Object.keys(OPERATIONS).filter((k) => !operations.includes(k))
    expect(stale, 'specs for operations that are no longer in the OpenAPI document').toEqual([])
    const noExpectation = operations.filter((k) => !EXPECTED[k])
    expect(noExpectation, 'operations without expectations in permissions-expected.ts').toEqual([])
    expect(operations.length).toBeGreaterThan(150)
  })

  it('the records of every kind exist for every target', () => {
    const lacking: string[] = []
    for (const target of ['self', 'peer', 'outsider', 'otherInstansi'] as const)
      for (const key of ordered)
        for (const k of OPERATIONS[key]!.kinds)
          if (!targets[target][k]) lacking.push(`${target}.${k} (${key})`)
    expect([...new Set(lacking.map((l) => l.split(' ')[0]))], w.notes.join('\n')).toEqual([])
  })

  it('anonymous callers get 401 UNAUTHENTICATED on everything but the public operations', async () => {
    const open: string[] = []
    await Promise.all(
      ordered.map(async (key) => {
        const req = await OPERATIONS[key]!.build(targets.self, versionOf)
        const res = await send('anonymous', req)
        stats.requests++
        const refused =
          res.statusCode === 401 && codeOf(res) === 'UNAUTHENTICATED' && !reasonOf(res)
        if (PUBLIC_OPERATIONS.has(key) ? refused : !refused) open.push(`${key} → ${shape(res)}`)
      }),
    )
    expect(open, 'not public but answered, or public but asking for a session').toEqual([])
  })

  it('records a role may not see: answered exactly like a random id, never with their data', async () => {
    const before = await checksums()
    for (const key of ordered) {
      const op = OPERATIONS[key]!
      if (op.kinds.length === 0) continue
      const started = performance.now()
      const cases = ROLES.flatMap((role) =>
        FOREIGN[role]
          .filter(
            (target) =>
              crossInstansi(role, target) ||
              (personal(op) && !(role === 'pic' && op.kinds.some((k) => PIC_SEES.has(k)))),
          )
          .map((target) => ({ role, target })),
      )
      await Promise.all(
        cases.map(async ({ role, target }) => {
          const r: Records = targets[target]
          if (op.kinds.some((k) => !r[k])) {
            stats.skippedNoRecord++
            return
          }
          // The same request with every record the role may not see replaced by a random id
          // (answers cached: targets that differ only in hidden records share the baseline).
          const baseReq = await op.build(baselineOf(role, target), versionOf)
          const baseKey = `${role} ${JSON.stringify({ ...baseReq, payload: Buffer.isBuffer(baseReq.payload) ? 'upload' : baseReq.payload })}`
          let base = baselines.get(baseKey)
          if (!base) {
            base = send(role, baseReq)
            baselines.set(baseKey, base)
            stats.requests++
          }
          const req = await op.build(r, versionOf)
          const res = await send(role, req)
          stats.requests++
          stats.foreignCases++
          if ([403, 404].includes(res.statusCode)) stats.reachedPolicy++
          const where = `${key} as ${role} on ${target}`
          if (res.statusCode >= 500)
            leaks.push(`${where}: ${res.statusCode} ${res.body.slice(0, 200)}`)
          else if (shape(res) !== shape(await base))
            leaks.push(
              `${where}: ${shape(res)} but a random id gets ${shape(await base)} ${res.body.slice(0, 160)}`,
            )
          const ids = await leakedIds(role, req, res)
          if (ids.length) leaks.push(`${where}: returns ${ids.join(', ')}`)
        }),
      )
      timing[key] = (timing[key] ?? 0) + performance.now() - started
    }
    expect(leaks).toEqual([])
    // Nothing a refused request addressed was changed.
    expect(await checksums()).toEqual(before)
    expect(stats.foreignCases).toBeGreaterThan(300)
  }, 300_000)

  it('records a role may see: the status the policy gives, and no foreign ids in any answer', async () => {
    const seenLeaks: string[] = []
    for (const key of ordered) {
      const op = OPERATIONS[key]!
      const started = performance.now()
      const one = async (role: Exclude<Role, 'anonymous'>) => {
        const req = await op.build(targets[VISIBLE[role]], versionOf)
        const res = await send(role, req)
        stats.requests++
        if (res.statusCode >= 500)
          seenLeaks.push(`${key} as ${role}: ${res.statusCode} ${res.body.slice(0, 200)}`)
        const ids = await leakedIds(role, req, res)
        if (ids.length) seenLeaks.push(`${key} as ${role}: returns ${ids.join(', ')}`)
        return `${role}:${res.statusCode}`
      }
      const signedIn = ROLES.filter((r) => r !== 'anonymous')
      // Reads run side by side; writes one role after the other (least powerful first).
      const line = key.startsWith('GET ')
        ? await Promise.all(signedIn.map(one))
        : await signedIn.reduce(
            async (acc, role) => [...(await acc), await one(role)],
            Promise.resolve([] as string[]),
          )
      if (op.touchesSessions) w.forget()
      observed[key] = line.join(' ')
      timing[key] = (timing[key] ?? 0) + performance.now() - started
      if (EXPECTED[key] !== observed[key])
        mismatches.push(`  '${key}': '${observed[key]}', // expected '${EXPECTED[key] ?? '—'}'`)
    }
    expect(seenLeaks).toEqual([])
    expect(mismatches, 'observed statuses differing from permissions-expected.ts').toEqual([])
  }, 300_000)

  it('prints the size of the matrix', () => {
    console.info(
      `permissions matrix: ${operations.length} operations × ${ROLES.length} roles; ` +
        `${stats.foreignCases} foreign-record cases (${stats.reachedPolicy} refused by the policy, ` +
        `the rest by validation identically to a random id), ${stats.skippedNoRecord} skipped, ` +
        `${stats.requests} requests, ${leaks.length} leaks; slowest: ` +
        Object.entries(timing)
          .sort((x, y) => y[1] - x[1])
          .slice(0, 8)
          .map(([k, ms]) => `${k} ${Math.round(ms)} ms`)
          .join(', '),
    )
  })
})

/** md5 of every foreign target's rows (by the tables of their kinds): refused requests change nothing. */
async function checksums() {
  const TABLE: Partial<Record<Kind, string>> = {
    unit: 'units',
    jabatan: 'jabatan',
    pegawai: 'pegawai',
    user: 'user_accounts',
    exclusion: 'pegawai_exclusions',
    override: 'atasan_overrides',
    acting: 'acting_assignments',
    period: 'periods',
    holiday: 'holidays',
    skp: 'skp',
    rhk: 'rhk',
    indikator: 'indikator',
    rencanaAksi: 'rencana_aksi',
    progress: 'daily_progress',
    evidence: 'progress_evidence',
    template: 'progress_templates',
    feedbackThread: 'feedback_threads',
    assessment: 'assessments',
    assessmentEvidence: 'assessment_evidence',
    extension: 'assessment_extensions',
    notification: 'notifications',
    akEntry: 'ak_entries',
    coaching: 'coaching_plans',
    ticket: 'helpdesk_tickets',
    attachment: 'helpdesk_attachments',
    faq: 'helpdesk_faq',
  }
  const out: Record<string, string> = {}
  for (const target of ['peer', 'outsider', 'otherInstansi', 'self'] as const)
    for (const [kind, table] of Object.entries(TABLE) as [Kind, string][]) {
      const id = targets[target][kind]
      if (!id) continue
      // user_accounts.last_seen / sessions move with every request; compare the stable columns.
      const cols =
        table === 'user_accounts'
          ? sql`md5(row(u.roles, u.active, u.password_hash)::text)`
          : sql`md5(u::text)`
      const res = await t.db.execute(
        sql`SELECT ${cols} AS h FROM ${sql.identifier(table)} u WHERE u.id = ${id}`,
      )
      out[`${target}.${kind}`] = (res.rows[0] as { h?: string } | undefined)?.h ?? 'gone'
    }
  return out
}
