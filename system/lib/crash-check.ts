import fs from 'node:fs'
import path from 'node:path'
import type pg from 'pg'
import { sha256, type LoadState } from './crash-load.ts'

/**
 * What must hold after the crashes, checked in the database and the FileStore directly:
 * - every acknowledged write is there with its content (entry, last acknowledged edit, evidence);
 * - an edit without an answer left the entry either as before or as sent, never in between;
 * - a create without an answer is either absent or whole (its link and its audit entry);
 * - every entry has exactly one `progress.created` audit entry and one `progress.updated` per
 *   version; every evidence row its `progress.evidence_added` entry and its file, whose bytes
 *   hash to the key; no audit entry names a row that is not there.
 * Files without a row are allowed only for uploads that were never answered (documented
 * garbage, decision 0016), temp files under `tmp/` likewise.
 */
export type CheckResult = {
  problems: string[]
  rows: number
  evidenceRows: number
  unansweredCreatesPresent: number
  unansweredCreatesAbsent: number
  unansweredEditsApplied: number
  unansweredEditsNotApplied: number
  unansweredUploadsPresent: number
  garbageFiles: number
  tempFiles: number
}

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  const out: string[] = []
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) out.push(...walk(p))
    else out.push(p)
  }
  return out
}

export async function checkAfterCrashes(
  c: pg.Client,
  uploadDir: string,
  state: LoadState,
): Promise<CheckResult> {
  const problems: string[] = []
  const clientIds = state.entries.map((e) => e.clientId)
  const { rows } = await c.query<{
    id: string
    client_id: string
    description: string
    version: number
  }>(
    'select id, client_id, description, version from daily_progress where client_id = any($1::uuid[])',
    [clientIds],
  )
  const byClient = new Map(rows.map((r) => [r.client_id, r]))
  const ids = rows.map((r) => r.id)
  const { rows: evidence } = await c.query<{
    id: string
    progress_id: string
    client_id: string | null
    kind: 'file' | 'link'
    file_key: string | null
    size: number | null
    url: string | null
  }>(
    'select id, progress_id, client_id, kind, file_key, size, url from progress_evidence where progress_id = any($1::uuid[])',
    [ids],
  )
  const { rows: audits } = await c.query<{ action: string; entity_id: string; after_id: string }>(
    `select action, entity_id, after->>'id' as after_id from audit_log
      where entity = 'daily_progress' and entity_id = any($1::text[])`,
    [ids],
  )
  const { rows: dangling } = await c.query<{ entity_id: string; action: string }>(
    `select a.entity_id, a.action from audit_log a
      where a.entity = 'daily_progress' and a.action in ('progress.created', 'progress.updated', 'progress.evidence_added')
        and not exists (select 1 from daily_progress d where d.id::text = a.entity_id)`,
  )
  for (const d of dangling) problems.push(`audit ${d.action} names a missing entry ${d.entity_id}`)

  const linksOf = new Map<string, string[]>()
  for (const e of evidence)
    if (e.kind === 'link')
      linksOf.set(e.progress_id, [...(linksOf.get(e.progress_id) ?? []), e.url ?? ''])

  const result: CheckResult = {
    problems,
    rows: rows.length,
    evidenceRows: evidence.filter((e) => e.kind === 'file').length,
    unansweredCreatesPresent: 0,
    unansweredCreatesAbsent: 0,
    unansweredEditsApplied: 0,
    unansweredEditsNotApplied: 0,
    unansweredUploadsPresent: 0,
    garbageFiles: 0,
    tempFiles: 0,
  }

  for (const e of state.entries) {
    const row = byClient.get(e.clientId)
    const label = `entry ${e.clientId} (worker ${e.worker})`
    if (!row) {
      if (e.id) problems.push(`${label}: acknowledged as ${e.id} but missing`)
      else result.unansweredCreatesAbsent++
      continue
    }
    if (e.id && row.id !== e.id) problems.push(`${label}: id ${row.id}, acknowledged ${e.id}`)
    if (!e.id) result.unansweredCreatesPresent++
    const links = linksOf.get(row.id) ?? []
    const matches = (description: string, link: string, version: number) =>
      row.description === description &&
      row.version === version &&
      links.length === 1 &&
      links[0] === link
    if (e.unansweredEdit) {
      const before = matches(e.description, e.link, e.version)
      const after = matches(e.unansweredEdit.description, e.unansweredEdit.link, e.version + 1)
      if (before) result.unansweredEditsNotApplied++
      else if (after) result.unansweredEditsApplied++
      else
        problems.push(
          `${label}: half an edit: v${row.version} "${row.description}" links ${JSON.stringify(links)}`,
        )
    } else if (!matches(e.description, e.link, e.version)) {
      problems.push(
        `${label}: expected v${e.version} "${e.description}" ${e.link}, found v${row.version} "${row.description}" ${JSON.stringify(links)}`,
      )
    }
    const mine = audits.filter((a) => a.entity_id === row.id)
    const created = mine.filter((a) => a.action === 'progress.created').length
    const updated = mine.filter((a) => a.action === 'progress.updated').length
    if (created !== 1) problems.push(`${label}: ${created} progress.created audit entries`)
    if (updated !== row.version)
      problems.push(
        `${label}: version ${row.version} but ${updated} progress.updated audit entries`,
      )
  }

  const files = new Map(state.evidence.map((ev) => [ev.clientId, ev] as const))
  const evidenceRowsByClient = new Map(
    evidence.filter((e) => e.client_id).map((e) => [e.client_id, e]),
  )
  for (const row of evidence.filter((e) => e.kind === 'file')) {
    const label = `evidence ${row.id}`
    const added = audits.filter(
      (a) => a.action === 'progress.evidence_added' && a.after_id === row.id,
    ).length
    if (added !== 1) problems.push(`${label}: ${added} progress.evidence_added audit entries`)
    const key = row.file_key ?? ''
    const file = path.join(uploadDir, key.slice(0, 2), key.slice(2, 4), key)
    if (!fs.existsSync(file)) problems.push(`${label}: its file ${key} is not in the FileStore`)
    else {
      const bytes = fs.readFileSync(file)
      if (sha256(bytes) !== key) problems.push(`${label}: the file's bytes do not hash to ${key}`)
      if (bytes.length !== row.size) problems.push(`${label}: size ${bytes.length} ≠ ${row.size}`)
    }
    const sent = row.client_id ? files.get(row.client_id) : undefined
    if (!sent) problems.push(`${label}: not an upload of the load`)
    else if (sent.sha256 !== key) problems.push(`${label}: key ${key}, uploaded ${sent.sha256}`)
  }
  for (const ev of state.evidence) {
    const row = evidenceRowsByClient.get(ev.clientId)
    if (ev.id) {
      if (row?.id !== ev.id)
        problems.push(
          `evidence ${ev.clientId}: acknowledged as ${ev.id} but ${row ? `stored as ${row.id}` : 'missing'}`,
        )
    } else if (row) result.unansweredUploadsPresent++
  }

  // Files without a row: only uploads that never got an answer (staged, renamed, then killed
  // before the commit). Temp files of cut-off uploads stay under tmp/ until swept (a day old).
  const { rows: keys } = await c.query<{ file_key: string }>(
    `select distinct file_key from progress_evidence where file_key is not null`,
  )
  const referenced = new Set(keys.map((k) => k.file_key))
  const unanswered = new Set(state.evidence.filter((ev) => !ev.id).map((ev) => ev.sha256))
  for (const f of walk(uploadDir)) {
    const rel = path.relative(uploadDir, f)
    const top = rel.split(path.sep)[0] ?? ''
    if (top === 'tmp') {
      result.tempFiles++
      continue
    }
    if (!/^[0-9a-f]{2}$/.test(top)) continue // another store (assessments/, helpdesk/)
    const key = path.basename(f)
    if (referenced.has(key)) continue
    if (unanswered.has(key)) result.garbageFiles++
    else problems.push(`file ${rel} has no evidence row and was not an unanswered upload`)
  }
  return result
}
