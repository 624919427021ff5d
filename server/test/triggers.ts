import type pg from 'pg'

/**
 * Runs `run` on one pooled client inside a transaction with `trigger` on `table` disabled, as a
 * bulk load does, so the rows it writes are never seen by that trigger. Disabled by the table's
 * owner inside the transaction (CI's role is not a superuser, so session_replication_role is not
 * available there); the trigger is enabled again before the commit, and on an error the
 * transaction is rolled back.
 */
export async function withTriggerDisabled(
  pool: pg.Pool,
  table: string,
  trigger: string,
  run: (client: pg.PoolClient) => Promise<unknown>,
) {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await client.query(`ALTER TABLE ${table} DISABLE TRIGGER ${trigger}`)
    await run(client)
    await client.query(`ALTER TABLE ${table} ENABLE TRIGGER ${trigger}`)
    await client.query('COMMIT')
  } catch (e) {
    await client.query('ROLLBACK')
    throw e
  } finally {
    client.release()
  }
}
