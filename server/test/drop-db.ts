import type pg from 'pg'

/**
 * Drops a test database. FORCE ends our own leftover sessions; an autovacuum worker busy in the
 * database (after a large seed) belongs to no role, and a non-superuser (CI's PostgreSQL 15
 * role) may not terminate it that way: then a plain DROP, which stops autovacuum itself.
 */
export async function dropTestDatabase(client: pg.Client, name: string) {
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  } catch (error) {
    if ((error as { code?: string }).code !== '42501') throw error
    await client.query(`DROP DATABASE IF EXISTS ${name}`)
  }
}
