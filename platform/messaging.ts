// The one typed protocol between the extension's parts: each message's request and response, with a
// valibot schema for every request so that nothing unvalidated reaches a handler.
import { defineExtensionMessaging } from '@webext-core/messaging';
import * as v from 'valibot';
import type { EntityQuery, LinkResult } from '../lib/types';
import type { ArticleSnapshot } from '../lib/briefing/build-briefing';

/** What a tab's content script knows about its page, for the side panel and the popup. */
export interface PageState {
  status: 'article' | 'not-article' | 'off' | 'reading';
  host: string;
  /** The article's analysis (only when status is 'article'): the side panel builds the briefing from it. */
  snapshot?: ArticleSnapshot;
}

const EntityQuerySchema = v.object({
  id: v.pipe(v.string(), v.maxLength(200)),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  kind: v.picklist(['person', 'agreement', 'organization']),
  role: v.optional(v.pipe(v.string(), v.maxLength(300))),
  year: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1000), v.maxValue(2200))),
  acronym: v.optional(v.pipe(v.string(), v.maxLength(20))),
  mentions: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
const Lang = v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/));

/** Request schemas, one per message. */
export const REQUESTS = {
  prefetchCards: v.object({ lang: Lang, entities: v.pipe(v.array(EntityQuerySchema), v.maxLength(300)) }),
  getCard: v.object({ lang: Lang, entity: EntityQuerySchema }),
  chooseCard: v.object({
    lang: Lang,
    entity: EntityQuerySchema,
    title: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  }),
  scrollToText: v.object({
    start: v.pipe(v.number(), v.integer(), v.minValue(0)),
    end: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  focusEntity: v.object({ id: v.pipe(v.string(), v.maxLength(200)) }),
};

export interface ProtocolMap {
  /** Content → background: look up every entity of the page now, so hovers are answered from IndexedDB. */
  prefetchCards(data: { lang: string; entities: EntityQuery[] }): { ok: true };
  /** Content → background: the card for one entity (stored, or looked up now). */
  getCard(data: { lang: string; entity: EntityQuery }): LinkResult;
  /** Content → background: the reader picked this article for the entity's name; remember it. */
  chooseCard(data: { lang: string; entity: EntityQuery; title: string }): LinkResult;
  /** Popup → background: how many cards are stored and roughly how much room they take. */
  getCacheStats(): { cards: number; bytes: number };
  /** Popup → background: forget every stored card and look-up (the reader's choices stay). */
  clearCache(): { ok: true };
  /** Side panel or popup → content script: the page's state and, on articles, its analysis. */
  getPageState(): PageState;
  /** Side panel → content script: scroll to this span of the article text and flash it. */
  scrollToText(data: { start: number; end: number }): { ok: boolean };
  /** Side panel → content script: scroll to the entity's first mention and open its card. */
  focusEntity(data: { id: string }): { ok: boolean };
  /** Content script → background (Firefox): run the analyzer bundle in my tab. */
  injectAnalyzer(): { ok: true };
  /** Content script → side panel: the page was read again (navigation, late content, settings). */
  pageChanged(data: { status: PageState['status'] }): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

/** Parses a request against its schema; throws a short error for anything malformed. */
export function validate<K extends keyof typeof REQUESTS>(name: K, data: unknown): v.InferOutput<(typeof REQUESTS)[K]> {
  const result = v.safeParse(REQUESTS[name], data);
  if (!result.success) throw new Error(`Malformed ${name} message: ${result.issues[0]?.message ?? 'invalid'}`);
  return result.output;
}
