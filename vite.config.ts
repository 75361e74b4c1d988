import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    sveltekit(),
    SvelteKitPWA({
      registerType: 'autoUpdate',
      injectRegister: false, // registered from +layout.svelte
      scope: '/',
      buildBase: '/',
      kit: { trailingSlash: 'always' },
      manifest: {
        name: 'Reprise',
        short_name: 'Reprise',
        start_url: '/',
        display: 'standalone',
        theme_color: '#0a4b5c',
        background_color: '#ffffff',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' }]
      },
      workbox: {
        globPatterns: ['client/**/*.{js,css,ico,png,svg,webmanifest,json}', 'prerendered/**/*.html'],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        // The kiosk's installation settings (/borne/?impression=1&delai=120) still find the precached page, online
        // and offline (otherwise the navigation fallback would serve the home page); utm_/fbclid are Workbox's defaults.
        ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^impression$/, /^delai$/]
      }
    })
  ],
  build: {
    // Browser floor (PRODUCT.md): iOS Safari ≥ 15, Chrome/Android ≥ 90, Firefox ESR (≥ 115).
    target: ['es2020', 'safari15', 'chrome90', 'firefox115']
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.ts'],
          setupFiles: ['./tests/component/setup.ts']
        }
      },
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/cases/**/*.test.ts', 'tests/property/**/*.test.ts', 'tests/fuzz/**/*.test.ts'],
          testTimeout: 60_000
        }
      }
    ]
  }
});
