// WXT build configuration: one source tree, a Chrome MV3 and a Firefox MV2 build, Preact for the UI.
// `--mode e2e` makes a test build whose Wikipedia/Wikidata base is the local fixture server (.env.e2e).
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { noRawHtml } from './scripts/vite-no-raw-html';
import { compileHints } from './scripts/vite-compile-hints';

/** The fixture server the e2e build talks to instead of Wikipedia (see .env.e2e). */
const E2E_BASE = 'http://127.0.0.1:5180';

export default defineConfig({
  imports: false,
  vite: () => ({
    plugins: [preact(), noRawHtml(), compileHints(['analyzer.js', 'cards.js'])],
    // BACKSTORY_PROFILE=1 keeps names readable in CPU profiles of the built extension.
    ...(process.env.BACKSTORY_PROFILE ? { build: { minify: false } } : {}),
  }),
  manifest: ({ browser, mode }) => ({
    // Name, description and every word of the UI come from public/_locales/<lang>/messages.json, picked
    // by the browser's UI language (en, fr, de, es, ru; English otherwise).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and cards; activeTab: the popup's site switch; sidePanel: the briefing in Chrome
    // (Firefox has its sidebar, declared by the sidepanel entrypoint).
    // Firefox: the pages' own patterns, so the background can inject the analyzer where the content
    // script already runs (the install prompt is unchanged: content scripts already ask for all sites).
    permissions: ['storage', 'activeTab', ...(browser === 'firefox' ? ['http://*/*', 'https://*/*'] : ['sidePanel'])],
    // Look-ups of entity names go to these two APIs only (see README, "Permissions").
    host_permissions: [
      'https://*.wikipedia.org/*',
      'https://www.wikidata.org/*',
      ...(mode === 'e2e' ? [`${E2E_BASE}/*`] : []),
    ],
    // The sentinel runs on every page and does only the cheap first check (no extension API), so it is
    // an unlisted script declared here rather than a WXT content script, whose wrapper would wake the
    // extension API on every page. marks.css styles the marks of the analyzer it loads.
    content_scripts: [
      {
        matches: ['http://*/*', 'https://*/*'],
        js: [browser === 'firefox' ? 'sentinel-firefox.js' : 'sentinel.js'],
        css: ['marks.css'],
        run_at: 'document_idle',
      },
    ],
    // The analyzer bundle, loaded by the sentinel on pages that may be articles, and the card UI it
    // loads at the first hover. Only at the session's dynamic address (runtime.getURL gives it): at the
    // fixed chrome-extension://<id>/ address any page could fetch them and learn that Backstory is
    // installed. (Firefox injects them from the background instead.)
    ...(browser === 'firefox'
      ? {}
      : {
          web_accessible_resources: [
            { resources: ['analyzer.js', 'cards.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true },
          ],
        }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'backstory@backstory-reader.org',
              // 140: sidebar, CSS Custom Highlight API and the data-collection declaration below.
              strict_min_version: '140.0',
              // Nothing is collected: page text never leaves the browser; name look-ups are not data collection.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads the data-collection declaration from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // The toolbar button's and the sidebar's titles, which WXT takes from the pages' <title>, in the UI language too.
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const action of [manifest.action, manifest.browser_action])
        if (action) action.default_title = '__MSG_extName__';
      const sidebar = (manifest as { sidebar_action?: { default_title?: string } }).sidebar_action;
      if (sidebar) sidebar.default_title = '__MSG_briefingTitle__';
    },
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
