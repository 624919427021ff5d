/** A flat, field-by-field comparison of an audit row's before/after documents. */
export type DiffKind = 'added' | 'removed' | 'changed' | 'same'
export type DiffRow = { key: string; before: unknown; after: unknown; kind: DiffKind }

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** Nested objects are compared by dotted path ("address.city") so a change is easy to find. */
export function diffDocuments(before: unknown, after: unknown): DiffRow[] {
  const rows: DiffRow[] = []
  const walk = (b: unknown, a: unknown, prefix: string) => {
    if (isPlainObject(b) && isPlainObject(a)) {
      const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort()
      for (const k of keys) {
        const path = prefix ? `${prefix}.${k}` : k
        if (!(k in b)) rows.push({ key: path, before: undefined, after: a[k], kind: 'added' })
        else if (!(k in a))
          rows.push({ key: path, before: b[k], after: undefined, kind: 'removed' })
        else if (isPlainObject(b[k]) && isPlainObject(a[k])) walk(b[k], a[k], path)
        else
          rows.push({
            key: path,
            before: b[k],
            after: a[k],
            kind: same(b[k], a[k]) ? 'same' : 'changed',
          })
      }
      return
    }
    if (isPlainObject(a) && (b === null || b === undefined)) {
      for (const k of Object.keys(a).sort())
        rows.push({
          key: prefix ? `${prefix}.${k}` : k,
          before: undefined,
          after: a[k],
          kind: 'added',
        })
      return
    }
    if (isPlainObject(b) && (a === null || a === undefined)) {
      for (const k of Object.keys(b).sort())
        rows.push({
          key: prefix ? `${prefix}.${k}` : k,
          before: b[k],
          after: undefined,
          kind: 'removed',
        })
      return
    }
    rows.push({
      key: prefix || '(nilai)',
      before: b,
      after: a,
      kind: same(b, a) ? 'same' : 'changed',
    })
  }
  walk(before, after, '')
  return rows
}

export function showValue(v: unknown): string {
  if (v === undefined || v === null) return '—'
  if (typeof v === 'string') return v
  return JSON.stringify(v)
}
