// Reads the live page and keeps its marks: check and extract in slices, then the article's byline, date,
// verdict and entities from the reader it is given (the background, in the extension), then marks on the
// body and the headline; clears on demand.
import type { EntityAnalysis, EntityKind } from '../types';
import { checkArticleSteps } from '../article/is-article';
import type { DeclaredSignals } from '../article/declared-signals';
import { extractArticleSteps } from '../article/extract';
import {
  articleRequest,
  assembleAnalysis,
  NO_ENTITIES,
  settleParts,
  type ArticleReading,
  type ArticleRequest,
  type PageAnalysis,
} from '../analysis';
import { MarkSet, type MarkRequest } from '../highlight/marks';
import { buildTextMap } from '../article/text-map';
import { boilerplateTest } from '../article/boilerplate';
import { textRange } from '../highlight/text-range';
import { recordMeasure, timed } from './timing';
import { runAll, straightRunner, whileAlive, type SliceRunner, type Steps } from './slices';

/** The same entities, kinds and mentions: marking again would change nothing. */
function sameMarks(a: EntityAnalysis, b: EntityAnalysis): boolean {
  const shape = (x: EntityAnalysis) =>
    x.entities.map((e) => `${e.id}:${e.kind}:${e.mentions.map((m) => m.start).join(',')}`).join('|');
  return shape(a) === shape(b);
}

export const ALL_KINDS: ReadonlySet<EntityKind> = new Set(['person', 'agreement', 'organization']);

/** Reads an article's clues and text off the page's thread (the extension asks its background). */
export type ArticleReader = (request: ArticleRequest) => Promise<ArticleReading>;

export interface PageReaderOptions {
  readArticle: ArticleReader;
  /** Runs the DOM stages; the content script's runner pauses between slices. */
  run?: SliceRunner;
  kinds?: ReadonlySet<EntityKind>;
  /** What the page declared, when the caller has read it already (used by the first read only). */
  signals?: DeclaredSignals;
  /** Reads what the page declares again (late content, navigation): the sentinel's cheap check. */
  readSignals: (doc: Document) => DeclaredSignals;
}

export class PageReader {
  private marks = new MarkSet();
  private current: PageAnalysis | null = null;
  /** Bumped by every read and clear: work of an older generation stops at its next checkpoint. */
  private generation = 0;
  private kinds: ReadonlySet<EntityKind>;
  private readonly run: SliceRunner;
  private readonly readArticle: ArticleReader;
  private signals: DeclaredSignals | undefined;
  private readonly readSignals: (doc: Document) => DeclaredSignals;

  constructor(
    private readonly doc: Document,
    options: PageReaderOptions,
  ) {
    this.kinds = options.kinds ?? ALL_KINDS;
    this.run = options.run ?? straightRunner(recordMeasure);
    this.readArticle = options.readArticle;
    this.signals = options.signals;
    this.readSignals = options.readSignals;
  }

  /** The last complete analysis, or null before the first read finishes. */
  get analysis(): PageAnalysis | null {
    return this.current;
  }

  get isArticle(): boolean {
    return this.current?.article !== null && this.current?.article !== undefined;
  }

  /** The element that holds the article's body, for watching it grow. */
  get bodyRoot(): Element | null {
    return this.current?.article?.body.root ?? null;
  }

  /**
   * Reads the page afresh and marks it; on a page that is not an article it changes nothing.
   * Resolves to null when a later read or a clear superseded this one.
   */
  async read(): Promise<PageAnalysis | null> {
    const generation = this.restart();
    const alive = () => generation === this.generation;
    const signals = this.signals ?? this.readSignals(this.doc);
    this.signals = undefined; // a later read (late content, navigation) looks again
    const found = await this.run('check-guards', checkArticleSteps(this.doc, signals));
    if (!alive()) return null;
    const extracted = found.isArticle ? await this.run('extract', extractArticleSteps(this.doc, found)) : null;
    const request = alive() ? articleRequest(found, extracted) : null;
    const waited = performance.now();
    // A reader that fails (text too long, extension reloaded) leaves the article read but unmarked, and
    // without its byline and date. Sending costs the page's thread too (the message is copied; the
    // first send wakes the API).
    const sent = request ? timed('hand-off', () => this.readArticle(request)) : null;
    const reading = sent ? await sent.catch(() => null) : null;
    if (request) recordMeasure('entities-wait', waited, performance.now() - waited);
    if (!alive()) return null;
    const result = timed('hand-off', () => {
      const { check, article } = reading
        ? settleParts(found, extracted, reading.settlement)
        : { check: found, article: extracted };
      return assembleAnalysis(check, article, article && reading ? reading.analysis : NO_ENTITIES);
    });
    this.current = result;
    if (result.article) await this.run('mark', whileAlive(this.markSteps(result), alive));
    return alive() ? result : null;
  }

  /**
   * The article's entities read again with the knowledge look-up's verdicts (`analysis`, for the read
   * that gave `read`): confirmed people get marks, refuted ones lose theirs. The marks are taken off
   * and put back in one task, so no frame shows the page unmarked. Null when a later read or a clear
   * superseded `read`; `read` itself when nothing changed.
   */
  reconfirm(read: PageAnalysis, analysis: EntityAnalysis): PageAnalysis | null {
    if (this.current !== read || !read.article) return null;
    if (sameMarks(read.analysis, analysis)) return read;
    const next = assembleAnalysis(read.check, read.article, analysis);
    this.marks.unwrapAll();
    this.current = next;
    timed('mark', () => runAll(this.markSteps(next)));
    return next;
  }

  /** The kinds the next marking uses, known before it (the reader's settings come with the entities). */
  preferKinds(kinds: ReadonlySet<EntityKind>): void {
    this.kinds = kinds;
  }

  /** Which kinds get marks; changing them re-marks the page without reading it again. */
  async setKinds(kinds: ReadonlySet<EntityKind>): Promise<void> {
    this.kinds = kinds;
    const current = this.current;
    if (!current?.article) return;
    const generation = this.restart();
    this.current = current;
    await this.run(
      'mark',
      whileAlive(this.markSteps(current), () => generation === this.generation),
    );
  }

  /** A live Range over body text offsets (the text is read again, since marking split its nodes). */
  rangeOf(start: number, end: number): Range | null {
    const article = this.current?.article;
    if (!article) return null;
    const title = article.meta.title;
    const map = buildTextMap(
      [{ root: article.body.root, include: article.body.include }],
      boilerplateTest(title, article.body),
    );
    return textRange(this.doc, map, start, end);
  }

  /** Removes every mark, restoring the page's DOM exactly, and abandons a read under way. */
  clear(): void {
    this.restart();
  }

  private restart(): number {
    this.marks.unwrapAll();
    this.current = null;
    return ++this.generation;
  }

  private *markSteps(result: PageAnalysis): Steps<void> {
    const article = result.article;
    if (!article) return;
    const kindOf = new Map(result.analysis.entities.map((e) => [e.id, e.kind]));
    const wanted = (kind: EntityKind | undefined): kind is EntityKind => kind !== undefined && this.kinds.has(kind);
    if (article.headlineText) {
      const headline = result.headlineMentions
        .map((m) => ({ start: m.start, end: m.end, entityId: m.entityId, kind: kindOf.get(m.entityId) }))
        .filter((m): m is MarkRequest => wanted(m.kind));
      this.marks.wrap(this.doc, article.headlineText, headline);
    }
    const body: MarkRequest[] = result.analysis.entities
      .filter((e) => wanted(e.kind))
      .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entityId: e.id, kind: e.kind })));
    yield* this.marks.wrapSteps(this.doc, article.text, body);
  }
}
