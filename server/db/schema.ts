// The one place drizzle-kit reads: every module's tables.
export * from '../modules/org/org.tables.ts'
export * from '../modules/auth/auth.tables.ts'
export * from '../modules/audit/audit.tables.ts'
export * from '../modules/skp/skp.tables.ts'
export * from '../modules/notifications/notifications.tables.ts'
export * from '../modules/periods/periods.tables.ts'
export * from '../modules/activities/activities.tables.ts'
export * from '../modules/assessments/assessments.tables.ts'
