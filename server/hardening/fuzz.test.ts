import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fuzzSettings } from '../config.ts'
import { attachEvidence, logProgress } from '../test/activities-factories.ts'
import { openAssessment, setupAssessmentOffice } from '../test/assessment-factories.ts'
import { skpKit } from '../test/skp-factories.ts'
import { setupTestApp } from '../test/test-app.ts'
import { ticketBody } from '../modules/helpdesk/helpdesk-test-kit.ts'
import {
  HOSTILE_PARAMS,
  HOSTILE_STRINGS,
  hostileQueryValue,
  mutateBody,
  rawBody,
  unknownQuery,
} from './fuzz-gen.ts'
import { createHarness, type Failure, type FuzzRole, type Harness } from './fuzz-harness.ts'
import { createRng, resolveSeed, type Rng } from './fuzz-rng.ts'
import { escapeTargets, multipart, PNG, uploadCases } from './fuzz-uploads.ts'
import { installWriteLog, listFiles, writeLogMark } from './fuzz-writes.ts'
import { listOperations, opName, ROLE_NAMES, type Operation, type RoleName } from './openapi-ops.ts'

/**
 * Fuzzes every operation of /api/openapi.json on a factory office with invalid and hostile input, as
 * several roles: wrong types, huge strings, unicode, NUL, SQL and script payloads, prototype
 * keys, broken JSON and wrong content types, hostile path and query values, and for upload
 * routes oversized, mislabeled and script files with traversal names. Every answer must be
 * < 500, every 4xx must carry `{ error: { code, message } }`, and a rejected request must write
 * nothing (a trigger log per table, fuzz-writes.ts) and leave the upload directory unchanged.
 *
 * Bounded: FUZZ_ITERATIONS requests per operation in the random rounds (default below); `npm run test:fuzz` runs a long random-seed version.
 * A failure prints the seed and the request: FUZZ_SEED=<seed> replays the same sequence.
 */

const DEFAULT_SEED = 20261127
const DEFAULT_ITERATIONS = 3
const settings = fuzzSettings()
const seed = resolveSeed(settings.seed, DEFAULT_SEED)
const iterations = settings.iterations ?? DEFAULT_ITERATIONS
const LONG = 20 * 60_000

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinerja-fuzz-'))
const marker = `kinerja-fuzz-escape-${seed}-${process.pid}`
const t = await setupTestApp({ env: { DATA_DIR: dataDir } })
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

const ROLES = ROLE_NAMES
let ops: Operation[] = []
let h: Harness
let started = 0
const uploaders: string[] = []
/** Upload cases of the random rounds (the oversized one only runs in the upload test). */
const roundUploads = uploadCases(marker).filter((c) => !c.note.startsWith('oversized'))
const phases: string[] = []

function report(failures: Failure[], from: number): string {
  const list = failures.slice(from)
  return list
    .slice(0, 40)
    .map((f, i) => `${i + 1}. ${f.problem}\n  ${f.request}\n  → ${f.response}`)
    .join('\n')
    .concat(list.length > 40 ? `\n… and ${list.length - 40} more` : '')
}

function expectNoFailures(from: number) {
  const found = h.failures.length - from
  expect(found, `fuzz seed ${seed}: ${found} failures\n${report(h.failures, from)}`).toBe(0)
}

const isUpload = (op: Operation) => op.body?.contentType === 'multipart/form-data'
const rawSafe = (v: string) => /^[\x21-\x7e]+$/.test(v) && !v.includes('?') && !v.includes('#')

beforeAll(async () => {
  started = Date.now()
  // A factory office with a year of quarterly periods, approved SKPs, daily progress with
  // evidence, an assessment and a helpdesk ticket: records for path parameters to point at.
  const { logins } = await seedOffice()
  phases.push(`office ${Date.now() - started} ms`)
  await installWriteLog(t.db)
  ops = await listOperations(t.app)
  h = await createHarness(t, { logins, dataDir, seed, mark: await writeLogMark(t.db) })
  // Ids for path parameters: every JSON GET as every role, top-level lists first.
  const gets = ops.filter((o) => o.method === 'GET' && o.responseTypes.includes('application/json'))
  const rng = createRng(seed)
  for (const withParams of [false, true]) {
    for (const op of gets.filter((o) => o.pathParams.length > 0 === withParams)) {
      for (const role of ROLES) {
        // Nested lists only where the parent's id is known (a random id would only 404).
        if (
          op.pathParams.some((p) => p.schema.format === 'uuid' && !h.idFor(role, op, p.name, rng))
        )
          continue
        const { path: p, query } = h.validParams(role, op, rng, true)
        const res = await h.send({
          op: opName(op),
          role,
          method: 'GET',
          url: h.urlOf(op, p, query),
          note: 'harvest ids',
        })
        if (res?.statusCode === 200) h.harvest(role, op.path, res.json())
      }
    }
  }
  phases.push(`harvest ${Date.now() - started} ms`)
}, LONG)

describe(`API fuzz (seed ${seed}, ${iterations} rounds)`, () => {
  it('covers every operation of the OpenAPI document', () => {
    expect(ops.length).toBeGreaterThan(100)
    for (const op of ops) expect(op.path.startsWith('/api/'), opName(op)).toBe(true)
  })

  it(
    'anonymous: every operation but sign-in and health answers 401, writes nothing',
    async () => {
      const from = h.failures.length
      const rng = createRng(seed + 1)
      for (const op of ops) {
        const { path: p, query } = h.validParams('anonymous', op, rng)
        const body =
          op.body && !isUpload(op) ? JSON.stringify(h.validBody('anonymous', op, rng)) : undefined
        const res = await h.send({
          op: opName(op),
          role: 'anonymous',
          method: op.method,
          url: h.urlOf(op, p, query),
          contentType: body !== undefined ? 'application/json' : undefined,
          payload: body,
          note: 'anonymous, valid input',
        })
        if (!op.public && op.path !== '/api/auth/login')
          expect(res?.statusCode, `${opName(op)} anonymous`).toBe(401)
      }
      expectNoFailures(from)
    },
    LONG,
  )

  it(
    'valid requests with hostile text in every free-text field: no 5xx, nothing written when refused',
    async () => {
      const from = h.failures.length
      const rng = createRng(seed + 2)
      for (const op of ops.filter((o) => o.body && !isUpload(o))) {
        for (const text of [rng.pick(HOSTILE_STRINGS), rng.pick(HOSTILE_STRINGS)]) {
          const role = rng.pick(ROLES)
          const { path: p, query } = h.validParams(role, op, rng)
          await h.send({
            op: opName(op),
            role,
            method: op.method,
            url: h.urlOf(op, p, query),
            contentType: 'application/json',
            payload: JSON.stringify(h.validBody(role, op, rng, text)),
            note: `valid body, every text = ${JSON.stringify(text)}`,
          })
        }
      }
      expectNoFailures(from)
    },
    LONG,
  )

  it(
    'uploads: oversized, mislabeled, script and traversal-named files',
    async () => {
      const from = h.failures.length
      const rng = createRng(seed + 4)
      const cases = uploadCases(marker)
      for (const op of ops.filter(isUpload)) {
        const who = await authorisedUploader(op, rng)
        uploaders.push(
          `${opName(op)} as ${who.role}${who.authorised ? '' : ' (refused to all roles)'}`,
        )
        for (const c of cases) {
          await h.send({
            op: opName(op),
            role: who.role,
            method: op.method,
            url: who.url,
            contentType: c.contentType,
            payload: c.body,
            note: `upload: ${c.note}`,
          })
        }
      }
      // Nothing landed where a traversal name points, and no stored file carries a user's name.
      const uploadRoots = [
        dataDir,
        path.join(dataDir, 'uploads'),
        path.join(dataDir, 'uploads', 'tmp'),
        process.cwd(),
      ]
      for (const target of escapeTargets(marker, uploadRoots))
        expect(fs.existsSync(target), `escaped upload at ${target}`).toBe(false)
      for (const file of listFiles(dataDir).keys())
        expect(file.includes(marker), `stored file named by the client: ${file}`).toBe(false)
      expectNoFailures(from)
    },
    LONG,
  )

  it(
    `random rounds: ${iterations} hostile requests per operation`,
    async () => {
      const from = h.failures.length
      const rng = createRng(seed + 3)
      for (let round = 0; round < iterations; round++) {
        for (const op of ops) await h.send(fuzzRequest(op, rng, round))
      }
      expectNoFailures(from)
    },
    LONG,
  )

  it(
    'reads back everything that was stored: every GET as two roles, no 5xx',
    async () => {
      const from = h.failures.length
      const rng = createRng(seed + 5)
      for (const op of ops.filter((o) => o.method === 'GET')) {
        for (const role of [rng.pick(ROLES), rng.pick(ROLES)]) {
          const { path: p, query } = h.validParams(role, op, rng)
          await h.send({
            op: opName(op),
            role,
            method: 'GET',
            url: h.urlOf(op, p, query),
            note: 'read back',
          })
        }
      }
      expectNoFailures(from)
    },
    LONG,
  )

  it('leaves no polluted prototype behind', () => {
    const probe = {} as Record<string, unknown>
    expect(probe.polluted).toBeUndefined()
    expect(probe.isAdmin).toBeUndefined()
    const s = h.stats()
    const statuses = [...s.statusCounts].sort((a, b) => a[0] - b[0]).map(([k, v]) => `${k}×${v}`)
    // The summary a reader of the CI log wants: how much was tried, and how it was answered.
    const slowest = [...s.msPerOp]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([op, ms]) => `${op} ${Math.round(ms)} ms`)
    console.info(
      `fuzz: seed ${seed}, ${ops.length} operations, ${s.requests} requests in ${Math.round((Date.now() - started) / 1000)} s, statuses ${statuses.join(' ')}, re-logins ${s.relogins}\n  phases: ${phases.join(', ')}\n  slowest: ${slowest.join(', ')}\n  uploads: ${uploaders.join('; ')}`,
    )
    const untouched = ops.filter((o) => !s.perOp.has(opName(o))).map(opName)
    expect(untouched).toEqual([])
  })
})

async function seedOffice() {
  const kit = skpKit(t)
  const a = await setupAssessmentOffice(t, { kit })
  const pic = await t.f.pegawai(a.o.instansi.id, a.o.units.root.id, { roles: ['pic_helpdesk'] })
  const staff = await kit.session(a.o.staff1)
  const progress = await logProgress(t, staff, { rhkId: a.skp1.rhk[0]!.id })
  await logProgress(t, staff)
  await attachEvidence(t, staff, progress.id)
  await openAssessment(t, staff, a.periods.q4)
  const ticket = await t.as(staff, {
    method: 'POST',
    url: '/api/helpdesk/tickets',
    payload: ticketBody(),
  })
  expect(ticket.statusCode, ticket.body).toBe(201)
  const logins: Record<RoleName, string> = {
    admin: a.o.admin.username,
    atasan: a.o.kasub.username,
    pegawai: a.o.staff1.username,
    pic: pic.username,
  }
  return { logins }
}

/** One hostile request for an operation: a mutated body, path, query or content type. */
function fuzzRequest(op: Operation, rng: Rng, round: number) {
  const role: FuzzRole = rng.pick(ROLES)
  const { path: p, query } = h.validParams(role, op, rng)
  const base = { op: opName(op), role, method: op.method }
  if (isUpload(op)) {
    const c = rng.pick(roundUploads)
    return {
      ...base,
      url: h.urlOf(op, p, query),
      contentType: c.contentType,
      payload: c.body,
      note: `upload: ${c.note}`,
    }
  }
  const valid = h.validBody(role, op, rng)
  const validText = valid === undefined ? undefined : JSON.stringify(valid)
  const strategies = ['path', 'query', 'unknown-query'] as const
  const kind = op.body
    ? rng.pick([...strategies, 'body', 'body', 'body', 'raw-body'] as const)
    : rng.pick([...strategies, op.method === 'GET' ? 'query' : 'junk-body'] as const)
  let url = h.urlOf(op, p, query)
  let contentType: string | null | undefined =
    validText !== undefined ? 'application/json' : undefined
  let payload: string | Buffer | undefined = validText
  let note: string = kind
  switch (kind) {
    case 'path': {
      if (op.pathParams.length === 0) {
        url = `${h.urlOf(op, p, query)}${rng.pick(['/..', '/%2e%2e/%2e%2e', '/x', '//', '/%00', ';x=1'])}`
        note = 'path suffix'
        break
      }
      const param = rng.pick(op.pathParams)
      const v = rng.pick(HOSTILE_PARAMS)
      const raw = rawSafe(v) && rng.chance(0.3)
      url = h.urlOf(op, { ...p, [param.name]: v }, query, raw)
      note = `path ${param.name}=${JSON.stringify(v.slice(0, 40))}${raw ? ' (raw)' : ''}`
      break
    }
    case 'query': {
      const names = op.queryParams.map((q) => q.name)
      const name = names.length > 0 ? rng.pick(names) : 'q'
      const fragment = hostileQueryValue(rng, name)
      url = `${fillPathOf(op, p)}?${[...query.filter((q) => !q.startsWith(`${encodeURIComponent(name)}=`)), fragment].join('&')}`
      note = `query ${fragment.slice(0, 60)}`
      break
    }
    case 'unknown-query': {
      const fragment = unknownQuery(rng)
      url = `${fillPathOf(op, p)}?${[...query, fragment].join('&')}`
      note = `unknown query ${fragment.slice(0, 60)}`
      break
    }
    case 'body': {
      const m = mutateBody(valid, rng)
      contentType = m.contentType
      payload = m.payload
      note = `body: ${m.note}`
      break
    }
    case 'raw-body':
    case 'junk-body': {
      const m = rawBody(rng, validText ?? '{"x":1}')
      contentType = m.contentType
      payload = m.payload
      note = `raw body: ${m.note}`
      break
    }
  }
  return { ...base, url, contentType, payload, note: `round ${round} ${note}` }
}

const fillPathOf = (op: Operation, p: Record<string, string>) => h.urlOf(op, p, [])

/**
 * The role and URL under which an upload route accepts a small valid file (so hostile files
 * reach the file checks, not a 404); the first role not refused, admin when all are.
 */
async function authorisedUploader(
  op: Operation,
  rng: Rng,
): Promise<{ role: RoleName; url: string; authorised: boolean }> {
  let fallback: { role: RoleName; url: string } | null = null
  for (const role of ROLES) {
    for (let attempt = 0; attempt < 8; attempt++) {
      const { path: p, query } = h.validParams(role, op, rng)
      const url = h.urlOf(op, p, query)
      fallback ??= { role, url }
      const res = await h.send({
        op: opName(op),
        role,
        method: op.method,
        url,
        contentType: 'multipart/form-data; boundary=----kinerjaFuzzBoundary7',
        payload: multipart([
          { name: 'file', filename: 'probe.png', contentType: 'image/png', data: PNG },
        ]),
        note: 'upload probe: small PNG',
      })
      if (res && ![401, 403, 404].includes(res.statusCode)) return { role, url, authorised: true }
    }
  }
  return { ...(fallback ?? { role: 'admin', url: op.path }), authorised: false }
}
