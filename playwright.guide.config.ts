import { defineConfig } from '@playwright/test'
import base from './playwright.config.ts'

/**
 * `npm run guide:screens`: regenerates the built-in guide's screenshots
 * (web/public/panduan/*.png) from the real app against a fresh demo. Not part of the default
 * e2e run (its file is not a *.spec.ts). GUIDE_REUSE_SERVER=1 uses a server already running on
 * E2E_PORT (for quick retakes); by default a fresh demo is started like the e2e suite does.
 */
const PORT = Number(process.env.E2E_PORT ?? 3124)
const DATA_DIR = `./data/e2e-${PORT}`

export default defineConfig({
  ...base,
  testDir: './e2e',
  testMatch: 'guide-screens.ts',
  outputDir: './test-results/guide-screens',
  timeout: 300_000,
  use: {
    ...base.use,
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 1,
    actionTimeout: 15_000,
  },
  webServer: {
    command: `rm -rf ${DATA_DIR} && node --import tsx server/start.ts`,
    env: { PORT: String(PORT), DATA_DIR, LOG_LEVEL: 'warn', LOGIN_RATE_PER_MINUTE: '1000' },
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 180_000,
    reuseExistingServer: process.env.GUIDE_REUSE_SERVER === '1',
  },
})
