// Import of 10 000 employees from XLSX through the real route (POST /api/org/import/pegawai),
// into a fresh instansi of its own (its units imported first), removed afterwards so that the
// national data set stays as generated. Goal: ≤ 30 s.
import ExcelJS from 'exceljs'
import { watchMemory } from '../lib/load.ts'
import { signIn } from '../lib/processes.ts'
import type { Row } from '../lib/report.ts'
import { BENCH_ADMIN, BENCH_PASSWORD } from '../generate.ts'
import type { BenchContext } from './context.ts'

const CODE = 'BENCHIMPORT'
const ADMIN = 'bench.import.admin'

async function xlsx(header: string[], rows: (string | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('Data')
  ws.addRow(header)
  for (const r of rows) ws.addRow(r)
  // NIPs are 18 digits: text cells, as a careful admin's sheet has them.
  ws.getColumn(1).numFmt = '@'
  return Buffer.from(await wb.xlsx.writeBuffer())
}

/** An 18-digit NIP that parses (born 1999–2004, appointed 2023–2025), unique per i < 5 994 000. */
export function importNip(i: number): string {
  const birth = new Date(Date.UTC(1999, 0, 1) + (i % 2000) * 86_400_000)
  const ymd = birth.toISOString().slice(0, 10).replace(/-/g, '')
  const tmt = `${2023 + (Math.floor(i / 2000) % 3)}${String(1 + (i % 12)).padStart(2, '0')}`
  return `${ymd}${tmt}${1 + (i % 2)}${String(Math.floor(i / 6000) + 1).padStart(3, '0')}`
}

async function removeInstansi(ctx: BenchContext) {
  const { client } = ctx
  const found = await client.query<{ id: string }>('SELECT id FROM instansi WHERE code = $1', [
    CODE,
  ])
  const id = found.rows[0]?.id
  if (!id) return
  const tables = await client.query<{ table_name: string }>(
    `SELECT c.table_name FROM information_schema.columns c
     JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE c.table_schema = 'public' AND c.column_name = 'instansi_id' AND t.table_type = 'BASE TABLE'`,
  )
  await client.query('BEGIN')
  await client.query('SET LOCAL session_replication_role = replica')
  await client.query(
    `DELETE FROM sessions WHERE user_id IN (SELECT id FROM user_accounts WHERE instansi_id = $1)`,
    [id],
  )
  for (const { table_name } of tables.rows)
    await client.query(
      `DELETE FROM ${client.escapeIdentifier(table_name)} WHERE instansi_id = $1`,
      [id],
    )
  await client.query('DELETE FROM instansi WHERE id = $1', [id])
  await client.query('COMMIT')
}

async function upload(url: string, cookie: string, csrf: string, name: string, data: Buffer) {
  const form = new FormData()
  form.append('mode', 'all')
  form.append('file', new Blob([new Uint8Array(data)]), name)
  const res = await fetch(url, {
    method: 'POST',
    headers: { cookie, 'x-csrf-token': csrf },
    body: form,
  })
  const text = await res.text()
  return { status: res.status, text }
}

export async function importScenario(ctx: BenchContext, log: (s: string) => void): Promise<Row[]> {
  const { app, opts, client } = ctx
  const n = opts.importRows
  await removeInstansi(ctx)
  const inst = await client.query<{ id: string }>(
    `INSERT INTO instansi (code, name, time_zone) VALUES ($1, 'Instansi impor (bench)', 'Asia/Jakarta') RETURNING id`,
    [CODE],
  )
  const instansiId = inst.rows[0]!.id
  await client.query(
    `INSERT INTO user_accounts (instansi_id, username, display_name, password_hash, roles)
     SELECT $1, $2, 'Admin impor (bench)', password_hash, '{admin_instansi}'
     FROM user_accounts WHERE username = $3`,
    [instansiId, ADMIN, BENCH_ADMIN],
  )
  try {
    const [admin] = await signIn(app.url, [ADMIN], BENCH_PASSWORD)
    const units = 1 + Math.ceil(n / 200)
    const unitRows = Array.from({ length: units }, (_, u) =>
      u === 0 ? ['IMP', 'Badan Impor', null] : [`IMP-${u}`, `Bidang Impor ${u}`, 'IMP'],
    )
    const unitFile = await xlsx(['kode_unit', 'nama_unit', 'kode_unit_induk'], unitRows)
    const u = await upload(
      `${app.url}/api/org/import/units`,
      admin!.cookie,
      admin!.csrf,
      'unit.xlsx',
      unitFile,
    )
    if (u.status !== 200) throw new Error(`unit import: ${u.status} ${u.text.slice(0, 500)}`)
    const rows = Array.from({ length: n }, (_, i) => {
      const unit = i < units ? i : 1 + (i % (units - 1))
      const head = i < units
      return [
        importNip(i),
        `Pegawai Impor ${i + 1}`,
        'PNS',
        head ? 'IV/a' : 'III/a',
        unit === 0 ? 'IMP' : `IMP-${unit}`,
        head ? (unit === 0 ? 'Kepala Badan' : 'Kepala Bidang') : 'Pengadministrasi Umum',
        head ? (unit === 0 ? 'JPT Pratama' : 'Administrator') : 'Pelaksana',
        head ? 'ya' : 'tidak',
        `impor${i + 1}@bench.kinerja.local`,
        'ya',
      ]
    })
    const file = await xlsx(
      [
        'nip',
        'nama',
        'status',
        'golongan',
        'kode_unit',
        'jabatan',
        'jenis_jabatan',
        'kepala_unit',
        'email',
        'aktif',
      ],
      rows,
    )
    log(`  import: ${n} rows, ${(file.length / 1024).toFixed(0)} KiB XLSX, ${units} units`)
    const stopWatch = watchMemory(app.pid)
    const started = performance.now()
    const r = await upload(
      `${app.url}/api/org/import/pegawai`,
      admin!.cookie,
      admin!.csrf,
      'pegawai.xlsx',
      file,
    )
    const seconds = (performance.now() - started) / 1000
    const peak = stopWatch()
    const created = await client.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM pegawai WHERE instansi_id = $1',
      [instansiId],
    )
    const ok = r.status === 200 && created.rows[0]?.n === n
    return [
      {
        scenario: `import ${n.toLocaleString('en')} employees from XLSX`,
        target: '≤ 30 s',
        measured: `${seconds.toFixed(1)} s (${created.rows[0]?.n ?? 0} created)`,
        pass: ok && seconds <= 30,
        seconds,
        peakRssMiB: peak,
        note: ok ? undefined : `status ${r.status}: ${r.text.slice(0, 300)}`,
      },
    ]
  } finally {
    await removeInstansi(ctx)
  }
}
