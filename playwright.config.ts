/**
 * End-to-end tests drive the built renderer in Debian's Chromium through the web bridge, as a person would.
 * Playwright's own browser downloads are never used (they cannot be fetched here): CHROMIUM_PATH or /usr/bin/chromium.
 */
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions, E2E_PORT } from './e2e/browser';

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}/`,
    launchOptions: chromiumLaunchOptions,
    acceptDownloads: true,
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'e2e', grepInvert: /@screenshots/ },
    { name: 'screenshots', grep: /@screenshots/ },
  ],
  webServer: {
    // The renderer is built by `npm run test:e2e` first; preview serves it with the same CSP header as production.
    // E2E_OUT_DIR lets a run use its own build (`vite build --mode web --outDir dist-e2e`) while a benchmark serves dist/.
    command: `npx vite preview --mode web --host 127.0.0.1 --port ${E2E_PORT} --strictPort${
      process.env.E2E_OUT_DIR ? ` --outDir ${process.env.E2E_OUT_DIR}` : ''
    }`,
    url: `http://127.0.0.1:${E2E_PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
