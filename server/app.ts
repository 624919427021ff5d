import fastifyCookie from '@fastify/cookie'
import fastifyHelmet from '@fastify/helmet'
import fastifyMultipart from '@fastify/multipart'
import fastifyRateLimit from '@fastify/rate-limit'
import fastifySwagger from '@fastify/swagger'
import fastifySwaggerUi from '@fastify/swagger-ui'
import Fastify, { type FastifyInstance } from 'fastify'
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod'
import { sql } from 'drizzle-orm'
import path from 'node:path'
import { z } from 'zod'
import { setZodLanguage } from '../shared/zod-language.ts'
import type { Config } from './config.ts'
import type { Db } from './db/client.ts'
import { dayIn, systemClock, type Clock } from './lib/clock.ts'
import { AppError } from './lib/errors.ts'
import { createEventBus, type EventBus } from './lib/events.ts'
import { createLocalFileStore } from './lib/file-store.ts'
import type { Jobs } from './lib/jobs.ts'
import { createMailer, type Mailer } from './lib/mailer.ts'
import { activitiesRoutes } from './modules/activities/activities.routes.ts'
import { createActivitiesService } from './modules/activities/activities.service.ts'
import { assessmentDocumentRoutes } from './modules/assessments/assessment-documents.routes.ts'
import { assessmentsRoutes } from './modules/assessments/assessments.routes.ts'
import { createAssessmentsService } from './modules/assessments/assessments.service.ts'
import { ratingRoutes } from './modules/assessments/rating.routes.ts'
import { createRatingService } from './modules/assessments/rating.service.ts'
import { createAssessmentsFollowupPort } from './modules/assessments/assessments.followup-port.ts'
import { angkaKreditRoutes } from './modules/followup/angka-kredit.routes.ts'
import { createAngkaKreditService } from './modules/followup/angka-kredit.service.ts'
import { siasnRoutes } from './modules/followup/siasn.routes.ts'
import { createSiasnService } from './modules/followup/siasn.service.ts'
import { recommendationsRoutes } from './modules/followup/recommendations.routes.ts'
import { createRecommendationsService } from './modules/followup/recommendations.service.ts'
import { talentRoutes } from './modules/followup/talent.routes.ts'
import { createTalentService } from './modules/followup/talent.service.ts'
import { tppRoutes } from './modules/followup/tpp.routes.ts'
import { createTppService } from './modules/followup/tpp.service.ts'
import { feedbackRoutes } from './modules/activities/feedback.routes.ts'
import { createFeedbackService } from './modules/activities/feedback.service.ts'
import { monitoringRoutes } from './modules/activities/monitoring.routes.ts'
import { createMonitoringService } from './modules/activities/monitoring.service.ts'
import { maintainProgressPartitions } from './modules/activities/partitions.ts'
import { createRemindersService } from './modules/activities/reminders.service.ts'
import { createAuditService } from './modules/audit/audit.service.ts'
import { auditRoutes } from './modules/audit/audit.routes.ts'
import { authRoutes, userRoutes } from './modules/auth/auth.routes.ts'
import { createAccountsPort, createAuthService } from './modules/auth/auth.service.ts'
import { registerNotificationListeners } from './modules/notifications/notifications.listeners.ts'
import { notificationRoutes } from './modules/notifications/notifications.routes.ts'
import { createNotificationsService } from './modules/notifications/notifications.service.ts'
import { orgImportRoutes } from './modules/org/org-import.routes.ts'
import { createOrgImportService } from './modules/org/org-import.service.ts'
import { orgRoutes } from './modules/org/org.routes.ts'
import { createOrgService } from './modules/org/org.service.ts'
import { periodsRoutes } from './modules/periods/periods.routes.ts'
import { createPeriodsService } from './modules/periods/periods.service.ts'
import { skpDocumentRoutes } from './modules/skp/skp-documents.routes.ts'
import { skpRoutes } from './modules/skp/skp.routes.ts'
import { createSkpService } from './modules/skp/skp.service.ts'
import { helpdeskRoutes } from './modules/helpdesk/helpdesk.routes.ts'
import { createHelpdeskService } from './modules/helpdesk/helpdesk.service.ts'
import { reportsRoutes } from './modules/reports/reports.routes.ts'
import { createReportsService } from './modules/reports/reports.service.ts'
import { frameworkErrors, registerErrorHandler } from './plugins/error-handler.ts'
import { registerMetrics } from './plugins/metrics.ts'
import { registerSession } from './plugins/session.ts'
import { registerWeb } from './plugins/web.ts'

export type AppDeps = {
  config: Config
  db: Db
  clock?: Clock
  version?: string
  /** The one in-process event bus; tests may pass their own to observe events. */
  events?: EventBus
  /**
   * Where the reports read model reads (issue 7): a streaming replica with fallback to the
   * primary (server/db/replica.ts) when DATABASE_REPLICA_URL is set; default `db`.
   */
  readDb?: Db
  /**
   * The job queue (main.ts: pg-boss, started after buildApp). buildApp registers the job
   * handlers on it; tests leave it out and call runReminders / flushOutbox directly.
   */
  jobs?: Jobs
  /** Email transport; default from config (SMTP_URL, or .eml files in MAIL_DIR). */
  mailer?: Mailer
}

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

// The API answers in Bahasa Indonesia, the language of its users.
setZodLanguage('id')

/** Builds the whole app from explicit dependencies: used by main.ts and by every API test. */
export async function buildApp({
  config,
  db,
  clock = systemClock,
  version = '0.1.0',
  events: givenEvents,
  jobs,
  mailer: givenMailer,
  readDb = db,
}: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    genReqId: () => crypto.randomUUID(),
    // A too-long path parameter or a broken %-encoding: our error envelope, not Fastify's.
    frameworkErrors,
  })
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  registerErrorHandler(app)

  // Services: factories over explicit dependencies, wired here once.
  const audit = createAuditService({ db })
  const accounts = createAccountsPort({ clock })
  const events =
    givenEvents ??
    createEventBus((name, error) =>
      app.log.error({ err: error, event: name }, 'event listener failed'),
    )
  const org = createOrgService({ db, clock, audit, accounts, events })
  const auth = createAuthService({ db, clock, config, audit, org })
  const skp = createSkpService({ db, clock, audit, org, events })
  // A mutasi closes the running SKP of that year (the pegawai then creates one for the new position).
  events.on('pegawai.moved', async (e) => {
    await skp.closeForMutasi(e)
  })
  const periods = createPeriodsService({ db, clock, audit, org })
  // The pegawai's side of activities: rencana aksi, daily progress, evidence, import, settings.
  const activities = createActivitiesService({
    db,
    clock,
    audit,
    org,
    skp,
    periods,
    fileStore: createLocalFileStore(config.uploadDir),
  })
  // The atasan's side of activities: monitoring, verification, umpan balik.
  const monitoring = createMonitoringService({ db, clock, audit, org, skp, periods, events })
  const feedback = createFeedbackService({ db, clock, audit, org, skp, events })
  // Stage 3, the pegawai's side: periods, realisasi, evidence, submit, keberatan, settings.
  // Its files live in their own store (a subfolder): a picked daily-progress file is copied,
  // so deleting the entry never breaks an assessment's evidence.
  const assessments = createAssessmentsService({
    db,
    clock,
    audit,
    org,
    skp,
    periods,
    activities,
    fileStore: createLocalFileStore(path.join(config.uploadDir, 'assessments')),
    events,
  })
  // Stage 3, the assessor's side: umpan balik, ratings, finalising with the distribution rule,
  // keberatan decisions, reopening, and the predikat kinerja organisasi with the penetapan.
  const rating = createRatingService({
    db,
    clock,
    audit,
    org,
    skp,
    periods,
    events,
    assessments,
  })
  const mailer =
    givenMailer ??
    createMailer({ from: config.mailFrom, smtpUrl: config.smtpUrl, dir: config.mailDir })
  if (!givenMailer) app.addHook('onClose', async () => mailer.close())
  const notifications = createNotificationsService({
    db,
    clock,
    mailer,
    publicUrl: config.publicUrl,
    // Email goes to the address on the pegawai record of the account (none for admin-only accounts).
    emailsOfAccounts: async (userIds) => {
      const pegawaiOf = await accounts.pegawaiOfAccounts(db, userIds)
      const emails = await org.emailsOf([...pegawaiOf.values()])
      return new Map(
        [...pegawaiOf].flatMap(([userId, pegawaiId]) => {
          const email = emails.get(pegawaiId)
          return email ? [[userId, email] as const] : []
        }),
      )
    },
    onEmailQueued: () => jobs?.trigger('mail.flush'),
  })
  const reminders = createRemindersService({
    db,
    org,
    accounts,
    periods,
    skp,
    notifications,
    onError: (err, instansiId) => app.log.error({ err, instansiId }, 'reminders failed'),
  })
  jobs?.handle('reminders.tick', async () => {
    await reminders.runReminders(clock.now())
  })
  jobs?.handle('progress.partitions', async () => {
    const r = await maintainProgressPartitions(db, {
      today: dayIn(clock.now(), 'UTC'),
      monthsAhead: config.progressPartitionMonthsAhead,
    })
    if (r.created.length) app.log.info(r, 'daily_progress partitions created')
  })
  jobs?.handle('mail.flush', async () => {
    // Up to 500 emails a run; whatever is left waits for the next minute.
    for (let round = 0; round < 10; round++) {
      const r = await notifications.flushOutbox(50)
      if (r.sent + r.retried + r.failed < 50) break
    }
  })
  registerNotificationListeners(events, notifications, {
    findAccountIdByPegawai: (pegawaiId) => accounts.findAccountIdByPegawai(db, pegawaiId),
  })

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets inline style attributes.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    // HSTS below: per request, only over HTTPS.
    hsts: false,
    crossOriginEmbedderPolicy: false,
  })
  // HSTS whenever the app is reached over HTTPS: always with COOKIE_SECURE=true, and with `auto`
  // when the request came over HTTPS (directly, or from a trusted proxy's X-Forwarded-Proto).
  // Never on plain HTTP (it would lock plain-HTTP installs out).
  if (config.cookieSecure !== 'false')
    app.addHook('onRequest', async (req, reply) => {
      if (config.cookieSecure === 'true' || req.protocol === 'https')
        void reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains')
    })
  await app.register(fastifyCookie)
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: () =>
      new AppError(
        'RATE_LIMITED',
        'Terlalu banyak percobaan masuk; tunggu sebentar lalu coba lagi',
        'LOGIN_RATE_LIMITED',
      ),
  })
  await app.register(fastifyMultipart, {
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 },
  })
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Kinerja API',
        version,
        description:
          'Performance management for ASN (PermenPAN-RB 6/2022). Sign in with POST /api/auth/login; state-changing requests carry X-CSRF-Token.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'kinerja_session' } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  })
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true })

  registerSession(app, (token, req) => auth.resolveSession(token, req.ip))
  registerMetrics(app, { token: config.metricsToken })

  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  )
  app.get(
    '/api/health',
    {
      config: { public: true },
      schema: {
        tags: ['system'],
        summary: 'App and database status',
        security: [],
        response: {
          200: z.object({
            status: z.literal('ok'),
            db: z.literal('ok'),
            version: z.string(),
            time: z.string(),
          }),
          503: z.object({
            status: z.literal('degraded'),
            db: z.literal('down'),
            version: z.string(),
            time: z.string(),
          }),
        },
      },
    },
    async (_req, reply) => {
      const time = clock.now().toISOString()
      try {
        await db.execute(sql`select 1`)
        return { status: 'ok' as const, db: 'ok' as const, version, time }
      } catch {
        return reply
          .code(503)
          .send({ status: 'degraded' as const, db: 'down' as const, version, time })
      }
    },
  )

  await app.register(
    authRoutes(auth, {
      secure: config.cookieSecure,
      ttlHours: config.sessionTtlHours,
      loginRatePerMinute: config.loginRatePerMinute,
    }),
    { prefix: '/api/auth' },
  )
  await app.register(userRoutes(auth), { prefix: '/api/users' })
  await app.register(orgRoutes(org), { prefix: '/api/org' })
  await app.register(
    orgImportRoutes(
      createOrgImportService({ db, clock, audit, accounts, dataDir: config.dataDir }),
    ),
    { prefix: '/api/org' },
  )
  await app.register(periodsRoutes(periods), { prefix: '/api/periods' })
  await app.register(auditRoutes(audit), { prefix: '/api/audit' })
  await app.register(skpRoutes(skp), { prefix: '/api/skp' })
  await app.register(
    skpDocumentRoutes({ skp, instansiInfo: (id) => org.instansiInfo(id), clock }),
    { prefix: '/api/skp' },
  )
  await app.register(activitiesRoutes(activities), { prefix: '/api/activities' })
  await app.register(monitoringRoutes(monitoring), { prefix: '/api/activities' })
  await app.register(feedbackRoutes(feedback), { prefix: '/api/activities' })
  await app.register(assessmentsRoutes(assessments), { prefix: '/api/assessments' })
  await app.register(ratingRoutes(rating), { prefix: '/api/assessments' })
  await app.register(
    assessmentDocumentRoutes({
      assessments,
      rating,
      periodById: (instansiId, periodId) => periods.periodById(instansiId, periodId),
      instansiInfo: (id) => org.instansiInfo(id),
      clock,
    }),
    { prefix: '/api/assessments' },
  )
  await app.register(notificationRoutes(notifications), { prefix: '/api/notifications' })
  // Stage 4 (issue 6): angka kredit and the SIASN export read final results through the port.
  const assessmentResults = createAssessmentsFollowupPort({ db })
  await app.register(
    angkaKreditRoutes(
      createAngkaKreditService({ db, clock, audit, org, assessments: assessmentResults, skp }),
    ),
    { prefix: '/api/followup/angka-kredit' },
  )
  await app.register(
    siasnRoutes(createSiasnService({ clock, assessments: assessmentResults, periods })),
    { prefix: '/api/followup/siasn' },
  )
  // TPP, reward/coaching recommendations with coaching plans, and the talent 9-box.
  const followupDeps = { db, clock, audit, org, periods, assessments: assessmentResults }
  await app.register(tppRoutes(createTppService({ ...followupDeps, skp })), {
    prefix: '/api/followup',
  })
  await app.register(recommendationsRoutes(createRecommendationsService(followupDeps)), {
    prefix: '/api/followup',
  })
  await app.register(talentRoutes(createTalentService(followupDeps)), { prefix: '/api/followup' })
  // Helpdesk (issue 6): tickets routed to the PIC, FAQ, SLA stats, onboarding state.
  await app.register(
    helpdeskRoutes(
      createHelpdeskService({
        db,
        clock,
        audit,
        events,
        org,
        skp,
        periods,
        staff: accounts,
        fileStore: createLocalFileStore(path.join(config.uploadDir, 'helpdesk')),
      }),
    ),
    { prefix: '/api/helpdesk' },
  )
  // Reports (issue 6): a read model over every module's tables; leaders see their units, admins all.
  await app.register(reportsRoutes(createReportsService({ db, readDb, clock, org, periods })), {
    prefix: '/api/reports',
  })

  await registerWeb(app, config.webDist)
  return app
}
