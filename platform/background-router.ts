// The background's answers to every message it receives: each from this extension only, each request
// validated before a handler sees it. The entrypoint registers these; tests call them directly.
import { validate } from './message-schemas';
import type { ProtocolMap, ReaderSettings } from './messaging';
import type { KnowledgeService } from './knowledge-service';
import type { BundleFile } from './load-bundle';
import type { EntityAnalysis } from '../lib/types';
import { settleArticle } from '../lib/article/settle-article';
import { NO_ENTITIES } from '../lib/analysis';
import type { NameVerdict } from '../lib/entities/person-evidence';
import { nameKey, withVerdicts } from '../lib/entities/verdicts';
import type { ReadLanguage } from '../lib/entities/read-language';

/** The Wikipedia whose items type the names the rules doubt: the entity finder reads English. */

/** What the browser says about a message's sender (the fields we read). */
export interface Sender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
}

export interface BackgroundDeps {
  /** This extension's id: messages from any other sender are refused. */
  ownId: string;
  service: Promise<KnowledgeService>;
  findEntities(
    text: string,
    lang: ReadLanguage,
    referenceDate: string | null,
    verdicts?: ReadonlyMap<string, NameVerdict>,
  ): EntityAnalysis;
  injectBundle(tabId: number, frameId: number | undefined, file: BundleFile): Promise<void>;
  readSettings(): Promise<ReaderSettings>;
  /** Tells the side panel that the article in tab `tabId` was read (its card batch arrived). */
  announcePage(tabId: number): void;
}

export const BACKGROUND_MESSAGES = [
  'prefetchCards',
  'getCard',
  'chooseCard',
  'readArticle',
  'confirmNames',
  'injectScript',
  'getCacheStats',
  'clearCache',
] as const;
type BackgroundMessage = (typeof BACKGROUND_MESSAGES)[number];

export type BackgroundHandlers = {
  [K in BackgroundMessage]: (data: unknown, sender: Sender) => Promise<ReturnType<ProtocolMap[K]>>;
};

export function backgroundHandlers(deps: BackgroundDeps): BackgroundHandlers {
  /** Only this extension's own pages and content scripts may ask. */
  const fromUs = (sender: Sender) => {
    if (sender?.id !== deps.ownId) throw new Error('Message from another extension or page ignored');
  };
  return {
    async prefetchCards(data, sender) {
      fromUs(sender);
      const request = validate('prefetchCards', data);
      if (sender.tab?.id !== undefined) deps.announcePage(sender.tab.id);
      return { cards: await (await deps.service).prefetch(request.lang, request.entities, request.budget) };
    },
    async getCard(data, sender) {
      fromUs(sender);
      const request = validate('getCard', data);
      return (await deps.service).getCard(request.lang, request.entity);
    },
    async chooseCard(data, sender) {
      fromUs(sender);
      const request = validate('chooseCard', data);
      return (await deps.service).choose(request.lang, request.entity, request.title);
    },
    // Reading bylines, dates and entities lives in the background: its code stays warm from page to
    // page, off the pages' threads. A page refused by its verdict is not read for entities.
    async readArticle(data, sender) {
      fromUs(sender);
      const request = validate('readArticle', data);
      const reading = deps.readSettings();
      const settlement = settleArticle(request.clues, request.evidence);
      const text = settlement.notArticle ? null : request.text;
      if (text === null) return { settlement, analysis: NO_ENTITIES, settings: await reading };
      // Names the knowledge look-up typed before cost nothing, offline too; the others are the page's
      // questions ("doubtful"), asked once its marks are on (confirmNames).
      const date = settlement.publishedTime;
      const { lang } = request;
      const first = deps.findEntities(text, lang, date);
      const stored = await (await deps.service).storedVerdicts(lang, first.doubtful ?? []);
      const analysis = withVerdicts(first, stored, (verdicts) => deps.findEntities(text, lang, date, verdicts));
      const doubtful = (analysis.doubtful ?? []).filter((name) => !stored.has(nameKey(name)));
      return { settlement, analysis: { ...analysis, doubtful }, settings: await reading };
    },
    // The article's doubtful names typed by Wikidata (stored verdicts, then one request for the rest),
    // and its entities read again with every verdict: the page adds and removes marks from the answer.
    async confirmNames(data, sender) {
      fromUs(sender);
      const request = validate('confirmNames', data);
      const service = await deps.service;
      const { text, lang, referenceDate } = request;
      // Names are typed on the page language's Wikipedia: "Poutine" is a title on fr., not on en.
      const first = deps.findEntities(text, lang, referenceDate);
      const { answers, requests } = await service.typeNames(lang, first.doubtful ?? []);
      const analysis = withVerdicts(first, answers, (verdicts) =>
        deps.findEntities(text, lang, referenceDate, verdicts),
      );
      return { analysis: { ...analysis, doubtful: [] }, requests };
    },
    async injectScript(data, sender) {
      fromUs(sender);
      const request = validate('injectScript', data);
      if (sender.tab?.id === undefined) throw new Error('injectScript comes from a tab');
      await deps.injectBundle(sender.tab.id, sender.frameId, request.file);
      return { ok: true as const };
    },
    async getCacheStats(_data, sender) {
      fromUs(sender);
      return (await deps.service).stats();
    },
    async clearCache(_data, sender) {
      fromUs(sender);
      await (await deps.service).clear();
      return { ok: true as const };
    },
  };
}
