// Reads the live page and keeps its marks: analyze, mark the body and the headline, clear on demand.
// Standard DOM only (no extension APIs), so the content script wires it and tests drive it directly.
import type { EntityKind } from '../types';
import { analyzeDocument, type PageAnalysis } from '../analyze';
import { MarkSet, type MarkRequest } from '../highlight/marks';
import { buildTextMap } from '../article/text-map';
import { isBoilerplate } from '../article/boilerplate';
import { textRange } from '../highlight/text-range';
import { timed } from './timing';

export const ALL_KINDS: ReadonlySet<EntityKind> = new Set(['person', 'agreement', 'organization']);

export class PageReader {
  private marks = new MarkSet();
  private current: PageAnalysis | null = null;

  constructor(
    private readonly doc: Document,
    private kinds: ReadonlySet<EntityKind> = ALL_KINDS,
  ) {}

  /** The last analysis, or null before the first read. */
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

  /** Reads the page afresh and marks it; on a page that is not an article it changes nothing. */
  read(): PageAnalysis {
    this.marks.unwrapAll();
    const result = analyzeDocument(this.doc);
    this.current = result;
    if (result.article) timed('mark', () => this.mark(result));
    return result;
  }

  /** Which kinds get marks; changing them re-marks the page without reading it again. */
  setKinds(kinds: ReadonlySet<EntityKind>): void {
    this.kinds = kinds;
    if (!this.current?.article) return;
    this.marks.unwrapAll();
    this.read();
  }

  /** A live Range over body text offsets (the text is read again, since marking split its nodes). */
  rangeOf(start: number, end: number): Range | null {
    const article = this.current?.article;
    if (!article) return null;
    const title = article.meta.title;
    const map = buildTextMap([{ root: article.body.root, include: article.body.include }], (el) =>
      isBoilerplate(el, title),
    );
    return textRange(this.doc, map, start, end);
  }

  /** Removes every mark, restoring the page's DOM exactly. */
  clear(): void {
    this.marks.unwrapAll();
  }

  private mark(result: PageAnalysis): void {
    const article = result.article;
    if (!article) return;
    const kindOf = new Map(result.analysis.entities.map((e) => [e.id, e.kind]));
    const wanted = (kind: EntityKind | undefined): kind is EntityKind => kind !== undefined && this.kinds.has(kind);
    const body: MarkRequest[] = result.analysis.entities
      .filter((e) => wanted(e.kind))
      .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entityId: e.id, kind: e.kind })));
    this.marks.wrap(this.doc, article.text, body);
    if (article.headlineText) {
      const headline = result.headlineMentions
        .map((m) => ({ start: m.start, end: m.end, entityId: m.entityId, kind: kindOf.get(m.entityId) }))
        .filter((m): m is MarkRequest => wanted(m.kind));
      this.marks.wrap(this.doc, article.headlineText, headline);
    }
  }
}
