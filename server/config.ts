import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

/** The only reader of process.env. Every variable has a safe local default (see .env.example). */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  DATABASE_REPLICA_URL: z.string().optional(),
  // At least 2: migrations hold an advisory lock on one connection while applying on another.
  DATABASE_POOL_MAX: z.coerce.number().int().min(2).max(200).default(10),
  // A request waiting longer than this for a free pooled connection fails with 503 (0 = forever).
  DATABASE_POOL_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  DATABASE_POOL_IDLE_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  // Tests: fail a query that asks the pool for a connection inside db.transaction (decision 0024).
  DB_NESTED_ACQUIRE_CHECK: z.enum(['off', 'warn', 'throw']).default('off'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(12),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
  DEMO_SEED: z.enum(['auto', 'true', 'false']).default('auto'),
  WEB_DIST: z.string().default('./web/dist'),
  METRICS_TOKEN: z.string().optional(),
  UPLOAD_DIR: z.string().optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default(''),
  MAIL_DIR: z.string().optional(),
  PUBLIC_URL: z.string().optional(),
  JOBS: z.enum(['on', 'off', '']).default('on'),
  REMINDER_CHECK_CRON: z
    .string()
    .regex(/^(\S+( \S+){4,5})?$/, 'a cron expression of 5 (or 6) fields, e.g. */15 * * * *')
    .default(''),
  JOBS_CRON_CHECK_SECONDS: z.coerce.number().int().min(1).max(45).default(30),
  PROGRESS_PARTITION_MONTHS_AHEAD: z.coerce.number().int().min(1).max(36).default(3),
})

export type Config = {
  port: number
  host: string
  dataDir: string
  databaseUrl: string | undefined
  databaseReplicaUrl: string | undefined
  poolMax: number
  /** How long a request may wait for a pooled connection (ms) before a 503; 0 = forever. */
  poolTimeoutMs: number
  /** How long an unused pooled connection stays open (ms). */
  poolIdleMs: number
  /** The nested-acquire check of server/db/client.ts: on in tests, off in production. */
  dbNestedAcquireCheck: 'off' | 'warn' | 'throw'
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL']
  sessionTtlHours: number
  cookieSecure: 'auto' | 'true' | 'false'
  trustProxy: boolean
  loginMaxFailures: number
  loginLockMinutes: number
  loginRatePerMinute: number
  demoSeed: 'auto' | 'true' | 'false'
  webDist: string
  metricsToken: string | undefined
  /** Evidence files (content-addressed by sha256); default DATA_DIR/uploads. */
  uploadDir: string
  /** SMTP server (smtp://user:pass@host:587); unset = each email is written to mailDir. */
  smtpUrl: string | undefined
  mailFrom: string
  mailDir: string
  /** Where people open Kinerja (https://kinerja.example.go.id), for links in emails. */
  publicUrl: string | undefined
  /** Background jobs (pg-boss): reminders and the email outbox. */
  jobs: boolean
  reminderCheckCron: string
  /** How often each process checks the cron schedules (seconds); a slot is sent within it. */
  jobsCronCheckSeconds: number
  /** Months of daily_progress partitions created ahead of the current one (decision 0014). */
  progressPartitionMonthsAhead: number
}

/** Reads ./.env into the environment when present (variables already set win). */
export function loadDotEnv(file = '.env') {
  if (fs.existsSync(file)) process.loadEnvFile(file)
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const r = envSchema.safeParse(env)
  if (!r.success) {
    const problems = r.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n')
    throw new Error(`Invalid configuration:\n${problems}`)
  }
  const e = r.data
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL || undefined,
    databaseReplicaUrl: e.DATABASE_REPLICA_URL || undefined,
    poolMax: e.DATABASE_POOL_MAX,
    poolTimeoutMs: e.DATABASE_POOL_TIMEOUT_MS,
    poolIdleMs: e.DATABASE_POOL_IDLE_MS,
    dbNestedAcquireCheck: e.DB_NESTED_ACQUIRE_CHECK,
    logLevel: e.LOG_LEVEL,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    cookieSecure: e.COOKIE_SECURE,
    trustProxy: e.TRUST_PROXY === 'true',
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginLockMinutes: e.LOGIN_LOCK_MINUTES,
    loginRatePerMinute: e.LOGIN_RATE_PER_MINUTE,
    demoSeed: e.DEMO_SEED,
    webDist: path.resolve(e.WEB_DIST),
    metricsToken: e.METRICS_TOKEN || undefined,
    uploadDir: path.resolve(e.UPLOAD_DIR || path.join(e.DATA_DIR, 'uploads')),
    smtpUrl: e.SMTP_URL || undefined,
    mailFrom: e.MAIL_FROM.trim() || 'Kinerja <no-reply@kinerja.local>',
    mailDir: path.resolve(e.MAIL_DIR || path.join(e.DATA_DIR, 'mail')),
    publicUrl: e.PUBLIC_URL ? e.PUBLIC_URL.replace(/\/+$/, '') : undefined,
    jobs: e.JOBS !== 'off',
    reminderCheckCron: e.REMINDER_CHECK_CRON || '*/15 * * * *',
    jobsCronCheckSeconds: e.JOBS_CRON_CHECK_SECONDS,
    progressPartitionMonthsAhead: e.PROGRESS_PARTITION_MONTHS_AHEAD,
  }
}

/** Test databases: read here too so that process.env stays in this file. */
export function testDatabaseUrl(
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  return env.TEST_DATABASE_URL || undefined
}

/**
 * The API fuzz test (server/hardening/fuzz.test.ts): FUZZ_ITERATIONS requests per operation,
 * FUZZ_SEED a number or `random` (the seed is printed so a failure can be replayed).
 */
export function fuzzSettings(env: Record<string, string | undefined> = process.env): {
  iterations: number | undefined
  seed: string | undefined
} {
  const n = Number(env.FUZZ_ITERATIONS)
  return {
    iterations: Number.isInteger(n) && n > 0 ? n : undefined,
    seed: env.FUZZ_SEED || undefined,
  }
}
