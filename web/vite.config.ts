import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import type { Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'

const root = fileURLToPath(new URL('.', import.meta.url))
const apiTarget = 'http://127.0.0.1:3000'

/** iOS ignores the manifest's icons for "Add to Home Screen"; it reads this link instead. */
function appleTouchIcon(): Plugin {
  return {
    name: 'kinerja-apple-touch-icon',
    transformIndexHtml: () => [
      {
        tag: 'link',
        attrs: { rel: 'apple-touch-icon', href: '/apple-touch-icon-180x180.png' },
        injectTo: 'head',
      },
    ],
  }
}

/**
 * The SPA lives in web/ and builds to web/dist, which the server serves with an
 * index.html fallback. In development the API is proxied so the browser sees one origin
 * (the session cookie and CSRF header work the same as in production).
 *
 * Installable PWA (issue #4, "offline daily progress"): a generated service worker precaches
 * the app shell and every route chunk, so the app opens without a connection; navigations fall
 * back to index.html except under /api (downloads and the API always go to the network). API
 * answers are never cached by the service worker: they hold personal data, and offline entries
 * live in the progress feature's own IndexedDB queue instead. The worker is registered by a
 * small same-origin script (`registerSW.js`), which the CSP (`script-src 'self'`) allows.
 */
export default defineConfig({
  root,
  publicDir: 'public',
  plugins: [
    react(),
    appleTouchIcon(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      includeAssets: ['favicon.svg', 'apple-touch-icon-180x180.png'],
      manifest: {
        id: '/',
        name: 'Kinerja',
        short_name: 'Kinerja',
        description: 'Kinerja — pengelolaan kinerja pegawai ASN: SKP, progres harian, penilaian',
        lang: 'id-ID',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#1864ab',
        background_color: '#ffffff',
        categories: ['productivity', 'business'],
        icons: [
          { src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/maskable-512x512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
        shortcuts: [
          {
            name: 'Catat progres harian',
            short_name: 'Progres',
            url: '/progres-harian',
            icons: [{ src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png' }],
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // The guide's screenshots (~1.4 MB) load when a topic is opened, not at install.
        globIgnores: ['**/panduan/**'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api(\/|$)/, /^\/metrics(\/|$)/],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        // No runtimeCaching: API answers (personal data) are never stored by the worker.
        runtimeCaching: [],
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 600,
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/metrics': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
})
