// Background: wiring only. Opens the card store, and answers the content scripts' card messages
// (validated, own extension only) through the knowledge service.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { onMessage } from '../../platform/messaging';
import { validate } from '../../platform/message-schemas';
import { openCardStore } from '../../platform/open-card-store';
import { HttpClient } from '../../platform/http-client';
import { KnowledgeService } from '../../platform/knowledge-service';
import { ENDPOINTS, isApiUrl } from '../../platform/endpoints';
import { offlineMode } from '../../platform/settings';
import { injectBundle } from '../../platform/load-bundle';
import { findEntities } from '../../lib/entities/pipeline';
import { timed } from '../../lib/page/timing';

export default defineBackground(() => {
  const http = new HttpClient({
    fetch: (input, init) => fetch(input, init),
    userAgent: `Backstory/${browser.runtime.getManifest().version} (browser extension; looks up entity names only)`,
    isAllowed: isApiUrl,
    isOffline: () => offlineMode.getValue(),
  });
  const service = openCardStore().then((store) => new KnowledgeService(store, http, ENDPOINTS));

  /** Only this extension's own pages and content scripts may ask. */
  const fromUs = (sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) throw new Error('Message from another extension or page ignored');
  };

  onMessage('prefetchCards', async ({ data, sender }) => {
    fromUs(sender);
    const request = validate('prefetchCards', data);
    return { cards: await (await service).prefetch(request.lang, request.entities) };
  });
  onMessage('getCard', async ({ data, sender }) => {
    fromUs(sender);
    const request = validate('getCard', data);
    return (await service).getCard(request.lang, request.entity);
  });
  // Entity finding lives here: its code stays warm from page to page, and off the pages' main threads.
  onMessage('findEntities', ({ data, sender }) => {
    fromUs(sender);
    const request = validate('findEntities', data);
    return timed('entities', () => findEntities(request.text, { referenceDate: request.referenceDate }));
  });
  onMessage('injectScript', async ({ data, sender }) => {
    fromUs(sender);
    const request = validate('injectScript', data);
    if (sender.tab?.id === undefined) throw new Error('injectScript comes from a tab');
    await injectBundle(sender.tab.id, sender.frameId, request.file);
    return { ok: true as const };
  });
  onMessage('getCacheStats', async ({ sender }) => {
    fromUs(sender);
    return (await service).stats();
  });
  onMessage('clearCache', async ({ sender }) => {
    fromUs(sender);
    await (await service).clear();
    return { ok: true as const };
  });
  onMessage('chooseCard', async ({ data, sender }) => {
    fromUs(sender);
    const request = validate('chooseCard', data);
    return (await service).choose(request.lang, request.entity, request.title);
  });
});
