// The Firefox e2e suite: Playwright's runner driving Debian's Firefox ESR through puppeteer-core
// (WebDriver BiDi), with the e2e build that talks to the local fixture server.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e/firefox',
  testMatch: '**/*.spec.ts',
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e-firefox.json' }]] : 'list',
});
