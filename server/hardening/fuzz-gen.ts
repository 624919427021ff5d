import type { JsonSchema } from './openapi-ops.ts'
import type { Rng } from './fuzz-rng.ts'

/**
 * Generators of the fuzz test: values that satisfy an operation's schema (so a request reaches
 * the service and the database), and hostile mutations of them.
 */

/** Strings that have broken web apps: SQL, script, formula, unicode edge cases, NUL, traversal. */
export const HOSTILE_STRINGS: readonly string[] = [
  "' OR '1'='1",
  "'; DROP TABLE user_accounts; --",
  '1; SELECT pg_sleep(5)--',
  '" OR ""="',
  '\\',
  "O'Brien \\' \\\" %_",
  '%',
  '_',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil.example","x")',
  '+1+1',
  '-1+1',
  '@SUM(1)',
  '../../../../etc/passwd',
  '..\\..\\..\\windows\\win.ini',
  '/etc/passwd',
  'C:\\Windows\\System32',
  'a\u0000b',
  '\u0000',
  '\ud800',
  'x\udfffy',
  '\u202eevil\u202c',
  '\u200b\u200c\u200d\ufeff',
  'Z\u0351\u0300\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308',
  '😀👩‍👩‍👧‍👦🇮🇩',
  '𝕏𝔂𝔃',
  'ﷺ',
  '\u0085\u2028\u2029',
  '\r\n\r\nX-Injected: 1',
  '\t\v\f\b',
  ' ',
  '',
  'null',
  'undefined',
  'NaN',
  '-0',
  '1e309',
  '{"$gt":""}',
  '${7*7}{{7*7}}<%= 7*7 %>',
  'ａｄｍｉｎ',
  'İıŞşĞğ',
  '中文字符测试',
]

/** Path parameter values: wrong types, traversal, SQL, unicode, huge. */
export const HOSTILE_PARAMS: readonly string[] = [
  '../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '..',
  '.',
  '%00',
  '%ZZ',
  '%',
  '\u0000',
  "1' OR '1'='1",
  '<script>',
  '-1',
  '0',
  '1.5',
  '1e10',
  '99999999999999999999999',
  '2147483648',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  ' ',
  '𝕏',
  '\u202e',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '00000000-0000-0000-0000-00000000000g',
  '00000000000000000000000000000000',
  'ABCDEF01-2345-4678-89AB-CDEF01234567',
  'x'.repeat(300),
  'x'.repeat(5000),
]

const WRONG_TYPES: readonly unknown[] = [
  0,
  -1,
  1.5,
  1e308,
  -1e308,
  2 ** 53 + 1,
  2 ** 31,
  true,
  false,
  'teks',
  '',
  [],
  {},
  [1, 'a', null],
  { a: { b: [1] } },
]

export type IdSource = (name: string) => string | undefined

/** Context of value generation: where ids come from. */
export type GenContext = {
  rng: Rng
  idFor: IdSource
  /** Put this text in every free-text field (no format, pattern or enum), within its length. */
  text?: string
}

const DATE = /\\d\{4\}-\\d\{2\}-\\d\{2\}/
const TIME = /\[01\]\\d\|2\[0-3\]/

/** A value that should satisfy `schema` (best effort: patterns are only recognised, not solved). */
export function sample(schema: JsonSchema, name: string, ctx: GenContext, depth = 0): unknown {
  const { rng } = ctx
  if (depth > 8) return null
  if (schema.const !== undefined) return schema.const
  if (schema.enum && schema.enum.length > 0) return rng.pick(schema.enum)
  const alternatives = schema.anyOf ?? schema.oneOf
  if (alternatives && alternatives.length > 0) {
    const nonNull = alternatives.filter((s) => s.type !== 'null')
    return sample(rng.pick(nonNull.length > 0 ? nonNull : alternatives), name, ctx, depth + 1)
  }
  if (schema.allOf && schema.allOf.length > 0) {
    return sample(Object.assign({}, ...schema.allOf) as JsonSchema, name, ctx, depth + 1)
  }
  if (schema.default !== undefined && rng.chance(0.3)) return schema.default
  const type = Array.isArray(schema.type)
    ? (schema.type.find((t) => t !== 'null') ?? 'null')
    : schema.type
  switch (type) {
    case 'string':
      return sampleString(schema, name, ctx)
    case 'integer':
    case 'number': {
      const lo = typeof schema.minimum === 'number' ? schema.minimum : 0
      const hi = typeof schema.maximum === 'number' ? schema.maximum : lo + 100
      let v = /year|tahun/i.test(name) ? 2026 : lo + rng.int(0, Math.min(10, hi - lo))
      if (v < lo) v = lo
      if (v > hi) v = hi
      if (typeof schema.exclusiveMinimum === 'number' && v <= schema.exclusiveMinimum)
        v = schema.exclusiveMinimum + 1
      return type === 'integer' ? Math.round(v) : v
    }
    case 'boolean':
      return rng.chance(0.5)
    case 'array': {
      const min = schema.minItems ?? 0
      const max = Math.min(schema.maxItems ?? 3, min + 2)
      const n = Math.max(min, Math.min(max, 1))
      return Array.from({ length: n }, () => sample(schema.items ?? {}, name, ctx, depth + 1))
    }
    case 'object':
    case undefined: {
      if (!schema.properties) return type === 'object' ? {} : 'x'
      const out: Record<string, unknown> = {}
      const required = new Set(schema.required ?? [])
      for (const [key, prop] of Object.entries(schema.properties)) {
        if (required.has(key) || rng.chance(0.6)) out[key] = sample(prop, key, ctx, depth + 1)
      }
      return out
    }
    case 'null':
      return null
    default:
      return null
  }
}

function sampleString(schema: JsonSchema, name: string, ctx: GenContext): string {
  const { rng } = ctx
  if (schema.format === 'uuid') return ctx.idFor(name) ?? rng.uuid()
  if (schema.format === 'date-time') return '2026-11-27T02:00:00.000Z'
  if (schema.format === 'email') return `fuzz${rng.int(0, 9999)}@example.org`
  if (schema.format === 'uri') return `https://example.org/fuzz/${rng.int(0, 9999)}`
  if (schema.pattern) {
    if (DATE.test(schema.pattern)) return rng.pick(['2026-11-27', '2026-11-26', '2026-01-02'])
    if (TIME.test(schema.pattern)) return rng.pick(['08:00', '09:30', '16:00'])
    const digits = /^\^\\d\{(\d+)\}\$$/.exec(schema.pattern)
    if (digits) return Array.from({ length: Number(digits[1]) }, () => rng.int(0, 9)).join('')
    const hex = /^\^\[a-f0-9\]\{(\d+)\}\$$/.exec(schema.pattern)
    if (hex)
      return Array.from({ length: Number(hex[1]) }, () => rng.int(0, 15).toString(16)).join('')
  }
  const id = /Id$/.test(name) ? ctx.idFor(name) : undefined
  if (id) return id
  const min = schema.minLength ?? 0
  const max = schema.maxLength ?? 200
  let s = ctx.text ?? rng.pick(['Uji fuzz', 'Laporan kegiatan harian', 'Catatan', 'ok'])
  while (s.length < min) s += ' uji'
  return Array.from(s)
    .slice(0, Math.max(min, Math.min(max, s.length)))
    .join('')
}

type JsonPath = (string | number)[]

/** Every location in a JSON value (root = []), objects and arrays included. */
function locations(value: unknown, at: JsonPath = [], out: JsonPath[] = []): JsonPath[] {
  out.push(at)
  if (Array.isArray(value)) value.forEach((v, i) => locations(v, [...at, i], out))
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) locations(v, [...at, k], out)
  return out
}

function setAt(root: unknown, at: JsonPath, value: unknown, remove = false): unknown {
  if (at.length === 0) return value
  const copy = structuredClone(root) as Record<string | number, unknown>
  let node = copy
  for (const key of at.slice(0, -1)) {
    const child = node[key]
    // An earlier mutation replaced this branch: leave the value as it is.
    if (!child || typeof child !== 'object') return copy
    node = child as Record<string | number, unknown>
  }
  const last = at[at.length - 1] as string | number
  if (remove) {
    if (Array.isArray(node)) node.splice(Number(last), 1)
    else Reflect.deleteProperty(node, last)
  } else node[last] = value
  return copy
}

export const hugeString = (n: number, unit = 'A') => unit.repeat(Math.ceil(n / unit.length))

/** Nesting as text: JSON.stringify of a value this deep would overflow the test's own stack. */
function deepText(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array'
    ? `${'['.repeat(depth)}"x"${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}"x"${'}'.repeat(depth)}`
}

/** A body as it goes on the wire: raw text (or bytes) and its content type. */
export type WireBody = { payload: string | Buffer; contentType: string | null; note: string }

const json = (value: unknown, note: string): WireBody => ({
  payload: JSON.stringify(value) ?? 'null',
  contentType: 'application/json',
  note,
})

/** One hostile version of a valid JSON body. */
export function mutateBody(valid: unknown, rng: Rng): WireBody {
  const kind = rng.int(0, 13)
  const spots = locations(valid)
  const spot = rng.pick(spots)
  const where = spot.join('.') || '(root)'
  switch (kind) {
    case 0: {
      const leaves = spots.filter((p) => p.length > 0)
      if (leaves.length === 0) return json({}, 'empty object')
      const p = rng.pick(leaves)
      return json(setAt(valid, p, undefined, true), `remove ${p.join('.')}`)
    }
    case 1:
      return json(setAt(valid, spot, null), `null at ${where}`)
    case 2: {
      const v = rng.pick(WRONG_TYPES)
      return json(setAt(valid, spot, v), `wrong type ${JSON.stringify(v)} at ${where}`)
    }
    case 3:
    case 4:
    case 5: {
      const s = rng.pick(HOSTILE_STRINGS)
      return json(setAt(valid, spot, s), `hostile ${JSON.stringify(s)} at ${where}`)
    }
    case 6: {
      const n = rng.pick([70_000, 300_000, 1_100_000])
      return json(
        setAt(valid, spot, hugeString(n, rng.pick(['A', 'é', '😀']))),
        `${n}-char string at ${where}`,
      )
    }
    case 7: {
      const d = rng.pick([200, 5_000, 50_000])
      const kind = rng.pick(['array', 'object'] as const)
      const text = JSON.stringify(setAt(valid, spot, '__DEEP__')) ?? '"__DEEP__"'
      return {
        payload: text.replace('"__DEEP__"', deepText(d, kind)),
        contentType: 'application/json',
        note: `${kind} nesting ${d} at ${where}`,
      }
    }
    case 8: {
      const arr = Array.from({ length: rng.pick([1_000, 20_000]) }, (_, i) => i)
      return json(setAt(valid, spot, arr), `array of ${arr.length} at ${where}`)
    }
    case 9: {
      // Prototype pollution: only raw text can carry a `__proto__` key.
      const base = JSON.stringify(
        valid && typeof valid === 'object' && !Array.isArray(valid) ? valid : {},
      )
      const extra = rng.pick([
        '"__proto__":{"polluted":"yes","isAdmin":true}',
        '"constructor":{"prototype":{"polluted":"yes"}}',
        '"__proto__":null',
      ])
      const payload = base === '{}' ? `{${extra}}` : `${base.slice(0, -1)},${extra}}`
      return { payload, contentType: 'application/json', note: `prototype keys ${extra}` }
    }
    case 10: {
      const extra = {
        zzUnknown: 'x',
        id: rng.uuid(),
        instansiId: rng.uuid(),
        role: 'admin',
        version: -1,
      }
      const base = valid && typeof valid === 'object' && !Array.isArray(valid) ? valid : {}
      return json({ ...base, ...extra }, 'unknown and privileged keys')
    }
    case 11:
      return rawBody(rng, JSON.stringify(valid) ?? '{}')
    case 12: {
      const v = rng.pick([1e308, -1e308, 2 ** 53 + 1, -(2 ** 31) - 1, 0.000001, -0, 1.5])
      return json(setAt(valid, spot, v), `number ${v} at ${where}`)
    }
    default: {
      const leaves = spots.filter((p) => p.length > 0)
      let out = valid
      for (let i = 0; i < 3 && leaves.length > 0; i++)
        out = setAt(out, rng.pick(leaves), rng.pick(HOSTILE_STRINGS))
      return json(out, 'several hostile strings')
    }
  }
}

/** Bodies that are not the JSON the route expects: wrong content types, broken JSON, bytes. */
export function rawBody(rng: Rng, validText: string): WireBody {
  const cases: (() => WireBody)[] = [
    () => ({ payload: validText, contentType: 'text/plain', note: 'JSON as text/plain' }),
    () => ({
      payload: 'a=1&b=2',
      contentType: 'application/x-www-form-urlencoded',
      note: 'form body',
    }),
    () => ({
      payload:
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
      contentType: 'application/xml',
      note: 'XML with XXE',
    }),
    () => ({
      payload: validText.slice(0, Math.max(1, validText.length - 1)),
      contentType: 'application/json',
      note: 'truncated JSON',
    }),
    () => ({ payload: '', contentType: 'application/json', note: 'empty JSON body' }),
    () => ({ payload: 'null', contentType: 'application/json', note: 'null body' }),
    () => ({ payload: '[]', contentType: 'application/json', note: 'array body' }),
    () => ({ payload: '"x"', contentType: 'application/json', note: 'string body' }),
    () => ({ payload: '12', contentType: 'application/json', note: 'number body' }),
    () => ({ payload: `\ufeff${validText}`, contentType: 'application/json', note: 'BOM' }),
    () => ({
      payload: validText,
      contentType: 'application/json; charset=utf-16',
      note: 'charset utf-16',
    }),
    () => ({ payload: validText, contentType: null, note: 'no content type' }),
    () => ({ payload: validText, contentType: 'application/vnd.api+json', note: 'odd JSON type' }),
    () => ({
      payload: Buffer.from([
        0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xed, 0xa0, 0x80, 0x22, 0x7d,
      ]),
      contentType: 'application/json',
      note: 'invalid UTF-8 bytes',
    }),
    () => ({
      payload: `{"a":1,"a":2,${validText.slice(1)}`,
      contentType: 'application/json',
      note: 'duplicate keys',
    }),
    () => ({ payload: 'NaN', contentType: 'application/json', note: 'NaN' }),
    () => ({
      payload:
        '--x\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nhi\r\n--x--\r\n',
      contentType: 'multipart/form-data; boundary=x',
      note: 'multipart to a JSON route',
    }),
  ]
  return rng.pick(cases)()
}

/**
 * encodeURIComponent that also takes lone surrogates (which it refuses): they go out as the
 * 3-byte sequence a careless encoder would produce (invalid UTF-8 on the server's side).
 */
export function encodeAny(s: string): string {
  return s.replace(/[\s\S]/gu, (c) => {
    try {
      return encodeURIComponent(c)
    } catch {
      const u = c.charCodeAt(0)
      return [0xe0 | (u >> 12), 0x80 | ((u >> 6) & 63), 0x80 | (u & 63)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('')
    }
  })
}

/** A hostile value for one query parameter (as the raw, already-encoded query fragment). */
export function hostileQueryValue(rng: Rng, name: string): string {
  const enc = encodeAny
  const cases: (() => string)[] = [
    () => `${enc(name)}=${enc(rng.pick(HOSTILE_STRINGS))}`,
    () => `${enc(name)}=${enc(rng.pick(HOSTILE_PARAMS))}`,
    () => `${enc(name)}=1&${enc(name)}=2`,
    () => `${enc(name)}[]=1&${enc(name)}[]=2`,
    () => `${enc(name)}[a]=1`,
    () => `${enc(name)}=`,
    () => enc(name),
    () => `${enc(name)}=${hugeString(rng.pick([2_000, 60_000]))}`,
    () =>
      `${enc(name)}=${rng.pick(['-1', '0', '1.5', '1e400', '99999999999999999999', 'true', 'NaN'])}`,
    () => `${enc(name)}=%ZZ%`,
    () => `${enc(name)}=%00`,
    () => `${enc(name)}=%C0%AE%C0%AE%2F`,
  ]
  return rng.pick(cases)()
}

/** Extra query keys nobody asked for. */
export function unknownQuery(rng: Rng): string {
  return rng.pick([
    '__proto__[polluted]=yes',
    'constructor[prototype][polluted]=yes',
    'zz=1',
    'instansiId=00000000-0000-4000-8000-000000000000',
    `${hugeString(3_000, 'k')}=v`,
    'a=%ZZ',
  ])
}
