import { defineConfig } from '@playwright/test'

// Debian's chromium, never a downloaded browser (DEVELOPERS.md).
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
// E2E_PORT lets several people run flows side by side on one machine (each gets its own data).
const PORT = Number(process.env.E2E_PORT ?? 3100)
const DATA_DIR = PORT === 3100 ? './data/e2e' : `./data/e2e-${PORT}`

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results/playwright',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'id-ID',
    timezoneId: 'Asia/Makassar',
    launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    // A fresh embedded database with the Gianyar demo, like a first `npm start`.
    command: `rm -rf ${DATA_DIR} && node --import tsx server/start.ts`,
    // Many sign-ins from one address in one minute: lift the per-client login limit for the suite.
    env: {
      PORT: String(PORT),
      DATA_DIR,
      LOG_LEVEL: 'warn',
      LOGIN_RATE_PER_MINUTE: '1000',
    },
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
  },
})
