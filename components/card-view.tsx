// Shows the card of a hovered or focused mark: renders at once with what the article says (and a
// skeleton), then with the background the extension's store or the network returns.
import { render } from 'preact';
import type { Entity, LinkResult } from '../lib/types';
import type { PageAnalysis } from '../lib/analyze';
import { inArticle } from '../lib/page/in-article';
import { MARK_TAG } from '../lib/highlight/marks';
import { MEASURE_PREFIX } from '../lib/page/timing';
import { EntityCard } from './EntityCard';
import { createCardHost, type CardHost } from './card-host';
import type { HoverTarget } from './hover-controller';

export interface CardViewDeps {
  doc: Document;
  analysis(): PageAnalysis | null;
  /** The entity's card when the page already holds it (the background's batch for the page). */
  cachedCard(entity: Entity): LinkResult | undefined;
  fetchCard(entity: Entity): Promise<LinkResult>;
  chooseCard(entity: Entity, title: string): Promise<LinkResult>;
  /** Called after the card's content changed, so it can be placed again. */
  onResize(): void;
}

/**
 * Runs `fn` once the next frame is painted: a task queued from the frame's animation callback runs
 * after that frame's paint. The benchmark reads the card's time from the end of the hover delay to it.
 */
function afterNextPaint(fn: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      fn();
    };
    channel.port2.postMessage(null);
  });
}

const FAILED: LinkResult = { status: 'failed', confidence: 0, candidates: [], reason: 'Wikipedia did not answer' };

export class CardView {
  private host: CardHost | null = null;
  private shown: string | null = null;

  constructor(private readonly deps: CardViewDeps) {}

  private entity(id: string): Entity | undefined {
    return this.deps.analysis()?.analysis.entities.find((e) => e.id === id);
  }

  /** Marks of an entity that start a mention (the ones with a tab stop), in page order. */
  private mentionsOf(id: string): Element[] {
    return Array.from(this.deps.doc.querySelectorAll(`${MARK_TAG}[tabindex]`)).filter(
      (m) => m.getAttribute('data-backstory-entity') === id,
    );
  }

  private paint(entity: Entity, mark: Element, result: LinkResult | null): void {
    const analysis = this.deps.analysis();
    if (!this.host || !analysis) return;
    const mentions = this.mentionsOf(entity.id);
    const next = mentions[mentions.indexOf(mark) + 1] ?? mentions[0];
    render(
      <EntityCard
        name={entity.name}
        kind={entity.kind}
        pageLang={analysis.article?.meta.lang ?? ''}
        info={inArticle(entity, analysis.analysis)}
        result={result}
        articleDate={analysis.article?.meta.publishedTime ?? null}
        today={new Date().toISOString().slice(0, 10)}
        hasNextMention={mentions.length > 1}
        onChoose={(title) => void this.choose(entity, mark, title)}
        onNextMention={() => next && this.goTo(next)}
      />,
      this.host.mount,
    );
    this.deps.onResize();
  }

  private goTo(mark: Element): void {
    mark.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    if (mark instanceof HTMLElement) mark.focus();
  }

  private async choose(entity: Entity, mark: Element, title: string): Promise<void> {
    this.paint(entity, mark, null);
    const result = await this.deps.chooseCard(entity, title).catch(() => FAILED);
    if (this.shown === entity.id) this.paint(entity, mark, result);
  }

  open(target: HoverTarget): HTMLElement {
    this.host ??= createCardHost(this.deps.doc);
    if (!this.host.host.isConnected) this.deps.doc.documentElement.appendChild(this.host.host);
    const entity = this.entity(target.entityId);
    this.shown = target.entityId;
    if (entity) {
      const opened = performance.now();
      const show = (result: LinkResult) => {
        if (this.shown !== entity.id) return;
        this.paint(entity, target.mark, result);
        afterNextPaint(() => performance.measure(`${MEASURE_PREFIX}card`, { start: opened, end: performance.now() }));
      };
      // The page's batch usually holds the card: then it is painted whole, at once.
      const cached = this.deps.cachedCard(entity);
      if (cached) show(cached);
      else {
        this.paint(entity, target.mark, null);
        void this.deps.fetchCard(entity).then(show, () => show(FAILED));
      }
    }
    return this.host.host;
  }

  close(): void {
    this.shown = null;
    if (this.host) {
      render(null, this.host.mount);
      this.host.remove();
    }
  }
}
