import { defineConfig } from 'vitest/config'

// System tests (issue 7): several app processes behind nginx, a streaming replica, kill -9 crash
// tests, backup/restore of a whole deployment. They start real programs (PostgreSQL clusters,
// nginx, the app as child processes), so they run one file at a time, once in CI
// (`npm run test:system`), as root on Debian with postgresql-15 and nginx installed.
export default defineConfig({
  test: {
    include: ['system/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: 'forks',
    fileParallelism: false,
    retry: 0,
  },
})
