// Background: wiring only. Opens the card store and answers the extension's own messages through the
// router (platform/background-router.ts), which checks the sender and validates every request.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { onMessage, sendMessage, type ReaderSettings } from '../../platform/messaging';
import { openCardStore } from '../../platform/open-card-store';
import { HttpClient } from '../../platform/http-client';
import { readerLanguage } from '../../lib/knowledge/reader-language';
import { KnowledgeService } from '../../platform/knowledge-service';
import { ENDPOINTS, isApiUrl } from '../../platform/endpoints';
import { disabledSites, markedKinds, offlineMode } from '../../platform/settings';
import { injectBundle } from '../../platform/load-bundle';
import { BACKGROUND_MESSAGES, backgroundHandlers } from '../../platform/background-router';
import { findEntities } from '../../lib/entities/pipeline';
import { timed } from '../../lib/page/timing';

async function readSettings(): Promise<ReaderSettings> {
  const [sites, kinds] = await Promise.all([disabledSites.getValue(), markedKinds.getValue()]);
  return { disabledSites: sites, markedKinds: kinds };
}

export default defineBackground(() => {
  const http = new HttpClient({
    fetch: (input, init) => fetch(input, init),
    userAgent: `Backstory/${browser.runtime.getManifest().version} (browser extension; looks up entity names only)`,
    isAllowed: isApiUrl,
    isOffline: () => offlineMode.getValue(),
  });
  const handlers = backgroundHandlers({
    ownId: browser.runtime.id,
    service: openCardStore().then(
      (store) =>
        new KnowledgeService(
          store,
          http,
          ENDPOINTS,
          Date.now,
          readerLanguage(browser.i18n.getMessage('locale'), browser.i18n.getUILanguage()),
        ),
    ),
    findEntities: (text, lang, referenceDate, verdicts) =>
      timed('entities', () => findEntities(text, { referenceDate, lang, ...(verdicts ? { verdicts } : {}) })),
    injectBundle,
    readSettings,
    announcePage: (tabId) => void sendMessage('pageChanged', { status: 'article', tabId }).catch(() => undefined),
  });
  for (const name of BACKGROUND_MESSAGES) {
    onMessage(name, ({ data, sender }) => handlers[name](data, sender) as never);
  }
  // A change in the popup reaches every open page at once (pages never watch storage themselves).
  const broadcast = async () => {
    const settings = await readSettings();
    for (const tab of await browser.tabs.query({})) {
      if (tab.id !== undefined) void sendMessage('settingsChanged', settings, tab.id).catch(() => undefined);
    }
  };
  disabledSites.watch(() => void broadcast());
  markedKinds.watch(() => void broadcast());
});
