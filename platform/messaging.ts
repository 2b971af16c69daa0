// The one typed protocol between the extension's parts: each message's request and response. The
// schemas that validate every request live in message-schemas.ts, loaded only where messages arrive.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { EntityAnalysis, EntityKind, EntityQuery, LinkResult } from '../lib/types';
import type { ArticleReading, ArticleRequest } from '../lib/analysis';
import type { ArticleSnapshot } from '../lib/briefing/build-briefing';
import type { BundleFile } from './load-bundle';
import type { ReadLanguage } from '../lib/entities/read-language';

/** The settings a page needs: where Backstory is off, and which kinds get marks. */
export interface ReaderSettings {
  disabledSites: string[];
  markedKinds: EntityKind[];
}

/** What a tab's content script knows about its page, for the side panel and the popup. */
export interface PageState {
  status: 'article' | 'not-article' | 'off' | 'reading';
  host: string;
  /** The article's analysis (only when status is 'article'): the side panel builds the briefing from it. */
  snapshot?: ArticleSnapshot;
}

/**
 * Whether this content script still belongs to a running extension: after an update or a reload, the
 * old scripts in open tabs lose their runtime (Chrome leaves them running, orphaned).
 */
export function extensionAlive(): boolean {
  return (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id !== undefined;
}

export interface ProtocolMap {
  /**
   * Content → background: look up every entity of the page now (one batch per source), and return their
   * cards, which the page keeps in memory so a hover paints its card at once. The batch also means the
   * page was read: the background tells the side panel (pageChanged with the tab), the page need not.
   */
  prefetchCards(data: { lang: string; entities: EntityQuery[]; budget?: number }): {
    cards: Record<string, LinkResult>;
  };
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
  /**
   * Content script → background: an article's byline, date and verdict from the clues the page gathered,
   * and the people and agreements in its text (it stays in the browser); with the reader's settings,
   * which the page needs only to mark (pages never wake the storage API themselves, nor ask first).
   */
  readArticle(data: ArticleRequest): ArticleReading & { settings: ReaderSettings };
  /**
   * Content script → background: type the article's doubtful names by Wikidata (only the names go out,
   * none in offline mode) and read its entities again with the verdicts; `requests`: how many it made.
   */
  confirmNames(data: { text: string; lang: ReadLanguage; referenceDate: string | null }): {
    analysis: EntityAnalysis;
    requests: number;
  };
  /** Content script → background (Firefox): run one of the extension's bundles in my tab. */
  injectScript(data: { file: BundleFile }): { ok: true };
  /** Background → every tab: the reader changed a setting in the popup; apply it now. */
  settingsChanged(data: ReaderSettings): void;
  /**
   * Content script → side panel: the page was read again (navigation, late content, settings). The
   * background sends it for a page whose card batch it received, naming the page's tab.
   */
  pageChanged(data: { status: PageState['status']; tabId?: number }): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
