// Everything Backstory does in one tab: read and mark the page, follow late content, show cards, obey
// the reader's settings (site switch, marked kinds) at once, and answer the side panel.
import type { Entity, EntityKind, EntityQuery, LinkResult } from '../lib/types';
import type { PageAnalysis } from '../lib/analysis';
import { PageReader } from '../lib/page/page-reader';
import type { DeclaredSignals } from '../lib/article/declared-signals';
import { pauseForBrowser, sliceRunner } from '../lib/page/slices';
import { recordMeasure, timed } from '../lib/page/timing';
import { watchPage, type PageWatcher } from '../lib/page/page-watcher';
import { toQuery } from '../lib/page/in-article';
import { readLanguageOf } from '../lib/entities/read-language';
import { MARK_TAG } from '../lib/highlight/marks';
import { LazyHover } from './lazy-hover';
import { CARDS_GLOBAL, type CardUi } from './card-ui-api';
import type { CardViewDeps } from './card-view';
import { sendMessage, type PageState } from '../platform/messaging';
import { parseSettings } from '../platform/content-requests';
import { NO_ENTITIES } from '../lib/analysis';
import { loadBundle } from '../platform/load-bundle';
import { MAX_REQUESTS } from '../lib/knowledge/urls';

/** Re-reads allowed on a page that was not an article at first (content that loads late). */
const LATE_CONTENT_CHECKS = 2;
const FLASH_MS = 1600;
/** Longest stretch of DOM work between pauses: far below the 50 ms of a long task. */
const SLICE_MS = 8;

export class PageSession {
  private readonly reader: PageReader;
  private watcher: PageWatcher | null = null;
  private hover: LazyHover | null = null;
  private readonly cardDeps: Omit<CardViewDeps, 'onResize'>;
  private enabled = false;
  private reading = true;
  /** This page's cards, as the background's batch returned them: a hover paints from here at once. */
  private readonly known = new Map<string, LinkResult>();

  constructor(
    private readonly doc: Document,
    readSignals: (doc: Document) => DeclaredSignals,
    signals?: DeclaredSignals,
  ) {
    this.reader = new PageReader(doc, {
      // Bylines, dates and entities are read in the background, whose code stays warm across pages and
      // off this tab's thread.
      // The reader's settings come with the answer: a site switched off keeps its page unmarked.
      readArticle: async (request) => {
        const answer = await sendMessage('readArticle', request);
        this.applySettings(answer.settings);
        return this.enabled ? answer : { ...answer, analysis: NO_ENTITIES };
      },
      run: sliceRunner({
        sliceMs: SLICE_MS,
        pause: pauseForBrowser,
        record: recordMeasure,
        recordSlice: (start, ms) => recordMeasure('slice', start, ms),
      }),
      readSignals,
      ...(signals ? { signals } : {}),
    });
    const lang = () => this.reader.analysis?.article?.meta.lang || 'en';
    this.cardDeps = {
      doc,
      analysis: () => this.reader.analysis,
      cachedCard: (entity) => this.known.get(entity.id),
      fetchCard: (entity) => sendMessage('getCard', { lang: lang(), entity: this.queryOf(entity) }),
      chooseCard: async (entity, title) => {
        const result = await sendMessage('chooseCard', { lang: lang(), entity: this.queryOf(entity), title });
        this.known.set(entity.id, result);
        return result;
      },
    };
  }

  /** An entity's look-up, with the article's date (which tells an office-holder from a namesake). */
  private queryOf(entity: Entity): EntityQuery {
    return toQuery(entity, this.reader.analysis?.article?.meta.publishedTime);
  }

  /** The settings that came with a reading: the kinds to mark, and whether this site is switched off. */
  private applySettings(data: unknown): void {
    const settings = parseSettings(data);
    this.reader.preferKinds(new Set(settings.markedKinds));
    if (settings.disabledSites.includes(this.doc.location?.hostname ?? '')) this.enabled = false;
  }

  /** Backstory is running in this tab (not switched off for the site). */
  get isOn(): boolean {
    return this.enabled;
  }

  get state(): PageState {
    const host = this.doc.location?.hostname ?? '';
    if (!this.enabled) return { status: 'off', host };
    if (this.reading) return { status: 'reading', host };
    const article = this.reader.analysis?.article;
    if (!article) return { status: 'not-article', host };
    return {
      status: 'article',
      host,
      snapshot: { meta: article.meta, text: article.text.text, analysis: this.reader.analysis.analysis },
    };
  }

  private read = async (): Promise<void> => {
    this.reading = true;
    const result = await this.reader.read().catch(() => null);
    if (!result) return; // superseded by a newer read, or stopped
    if (!this.enabled) return this.stop(); // the site is switched off (the reading's settings said so)
    this.reading = false;
    timed('hand-off', () => this.announce(result));
  };

  /**
   * Tells the side panel, prepares the card UI's loader, and has the background look up every card.
   * An article with entities sends only its card batch, which tells the side panel too (one message
   * fewer on the page's thread); any other page says it was read itself.
   */
  private announce(result: PageAnalysis): void {
    const entities = result.article ? result.analysis.entities.map((e) => this.queryOf(e)) : [];
    if (!result.article || entities.length === 0)
      void sendMessage('pageChanged', { status: this.state.status }).catch(() => undefined);
    if (!result.article) return;
    // The card UI is a bundle of its own, loaded at the reader's first hover or focus on a mark.
    this.hover ??= new LazyHover(this.doc, async () =>
      (await loadBundle<CardUi>('cards.js', CARDS_GLOBAL)).createHover(this.doc, this.cardDeps),
    );
    // The knowledge look-up and the cards' batch run side by side: the look-up takes one request of the
    // article's five, and a person it adds gets a card at the first hover.
    const asking = (result.analysis.doubtful ?? []).length > 0;
    // The second marking step's end, on the timeline (the benchmark waits for it).
    const confirmed = () => performance.mark('backstory:confirmed');
    if (asking) void this.confirm(result).finally(confirmed);
    else confirmed();
    if (entities.length > 0) {
      const budget = asking ? MAX_REQUESTS - 1 : MAX_REQUESTS;
      void sendMessage('prefetchCards', { lang: result.article.meta.lang || 'en', entities, budget }).then(
        ({ cards }) => Object.entries(cards).forEach(([id, card]) => this.known.set(id, card)),
        () => undefined,
      );
    }
  }

  /**
   * Asks the background to type the names the rules doubt, and applies its answer: confirmed people are
   * marked, refuted ones unmarked, within one look-up round trip.
   */
  private async confirm(result: PageAnalysis): Promise<void> {
    const article = result.article;
    if (!article) return;
    const answer = await sendMessage('confirmNames', {
      text: article.text.text,
      lang: readLanguageOf(article.meta.lang),
      referenceDate: article.meta.publishedTime ?? null,
    }).catch(() => null);
    if (!answer) return;
    const read = timed('hand-off', () => this.reader.reconfirm(result, answer.analysis));
    if (read && read !== result) void sendMessage('pageChanged', { status: this.state.status }).catch(() => undefined);
  }

  /** Reads the page (again) and watches it for content that arrives later; resolves once it is marked. */
  async start(): Promise<void> {
    this.enabled = true;
    this.watcher?.stop();
    await this.read();
    if (!this.enabled) return;
    const root = this.reader.isArticle ? (this.reader.bodyRoot?.parentElement ?? this.doc.body) : this.doc.body;
    const limit = this.reader.isArticle ? 20 : LATE_CONTENT_CHECKS;
    // Our own marks and split text never count as growth, so re-reads need no quiet zone.
    this.watcher = watchPage(root, () => void this.read(), 400, limit);
  }

  /** Removes every mark and card, leaving the page as it was. */
  stop(): void {
    this.enabled = false;
    this.watcher?.stop();
    this.watcher = null;
    this.hover?.destroy();
    this.hover = null;
    this.reader.clear();
    void sendMessage('pageChanged', { status: 'off' }).catch(() => undefined);
  }

  /** Before a single-page navigation: forget the old page, read the new one shortly. */
  navigated(): void {
    if (!this.enabled) return;
    this.reading = true;
    this.watcher?.stop();
    this.hover?.hide(false);
    this.reader.clear();
  }

  async setKinds(kinds: ReadonlySet<EntityKind>): Promise<void> {
    this.hover?.hide(false);
    await this.reader.setKinds(kinds);
  }

  scrollToText(start: number, end: number): boolean {
    const range = this.reader.rangeOf(start, end);
    if (!range) return false;
    (range.startContainer.parentElement ?? this.doc.body).scrollIntoView({
      block: 'center',
      behavior: 'instant' as ScrollBehavior,
    });
    const highlights = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
    const HighlightClass = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
    if (highlights && HighlightClass) {
      highlights.set('backstory-flash', new HighlightClass(range));
      setTimeout(() => highlights.delete('backstory-flash'), FLASH_MS);
    }
    return true;
  }

  focusEntity(id: string): boolean {
    const first = Array.from(this.doc.querySelectorAll(`${MARK_TAG}[tabindex]`)).find(
      (m) => m.getAttribute('data-backstory-entity') === id,
    );
    if (!(first instanceof HTMLElement)) return false;
    first.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    first.focus();
    // Focus events do not fire in a tab that is not focused: open the card directly.
    void this.hover?.show(first, true);
    return true;
  }
}
