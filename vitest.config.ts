import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}'],
    globalSetup: ['./server/test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One process per worker runs many files, one after another, reusing the loaded modules:
    // a fresh process and module graph per file cost about half of the run. Every file builds
    // its own app and database (server/test/test-app.ts), so no state is shared by design;
    // a file that changes globals restores them (docs/decisions/0019-test-speed.md).
    isolate: false,
    // Vitest's default is cores − 1: one file at a time on the 2-core CI machine, while the
    // tests mostly wait for PostgreSQL (another process). Two at a time at least.
    maxWorkers: Math.max(2, availableParallelism()),
    // Tests never retry: a flaky test is a bug to fix.
    retry: 0,
  },
})
