// WXT build configuration: one source tree, Chrome MV3 and Firefox builds, Preact for the UI.
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Backstory',
    description:
      'Marks the people and agreements in news articles, explains them on hover, and briefs you in the side panel. Page text stays on your machine.',
    // storage: settings and cards; activeTab: the popup's site switch; sidePanel: the briefing in Chrome.
    permissions: ['storage', 'activeTab', 'sidePanel'],
    // Look-ups of entity names go to these two APIs only (see README, "Permissions").
    host_permissions: ['https://*.wikipedia.org/*', 'https://www.wikidata.org/*'],
  },
  webExt: {
    // Debian's Chromium and Firefox ESR; `npm run dev` passes the demo article to open.
    binaries: {
      chrome: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    },
    startUrls: process.env.BACKSTORY_START_URL ? [process.env.BACKSTORY_START_URL] : [],
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  },
});
