// Extraction: from a page the check accepted, the live headline element, the body's text with its
// map back to DOM text nodes, and the metadata. The DOM is only read, never changed.
import type { ArticleMeta } from '../types';
import type { ArticleCheck } from './is-article';
import type { BodyCandidate } from './score-content';
import { readMetadataSteps } from './metadata';
import { boilerplateTest } from './boilerplate';
import { buildTextMapSteps, type TextMap } from './text-map';
import { runAll, type Steps } from '../page/slices';
import { guessLanguage } from './language';
import { isHiddenByMarkup, isSkippedTag, normalizeSpace } from './dom-utils';

export interface ExtractedArticle {
  meta: ArticleMeta;
  /** The visible headline element, when the page has one that matches the title. */
  headline: Element | null;
  body: BodyCandidate;
  /** The body's text (headline excluded) and where each character lives in the DOM. */
  text: TextMap;
  /** The headline's text and map, for marking mentions in it too. */
  headlineText: TextMap | null;
}

function words(s: string): Set<string> {
  return new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.max(wa.size, wb.size);
}

/** The h1 (or, failing that, h2) that best matches the declared title. */
function findHeadline(doc: Document, title: string): Element | null {
  let best: Element | null = null;
  let bestScore = 0.5;
  for (const selector of ['h1', 'h2']) {
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      if (isHiddenByMarkup(el) || el.closest('nav, aside, footer')) continue;
      const text = normalizeSpace(el.textContent ?? '');
      const score = title ? similarity(text, title) : text.length > 10 ? 0.51 : 0;
      if (score > bestScore) {
        best = el;
        bestScore = score;
      }
    }
    if (best) return best;
  }
  return null;
}

export function* extractArticleSteps(doc: Document, check: ArticleCheck): Steps<ExtractedArticle | null> {
  const body = check.body;
  if (!check.isArticle || !body) return null;
  // Each look-up scans the whole page once or twice: on a very big page, one slice each.
  const { meta: declared, headline } = yield* readMetadataSteps(
    doc,
    check.jsonLd,
    (t) => findHeadline(doc, t),
    body.root,
  );
  const title = declared.title;
  yield;
  const text = yield* buildTextMapSteps([{ root: body.root, include: body.include }], boilerplateTest(title, body));
  const meta = { ...declared, title, lang: declared.lang || guessLanguage(text.text) };
  const headlineText = headline ? yield* buildTextMapSteps([{ root: headline }], isSkippedTag) : null;
  return { meta, headline, body, text, headlineText };
}

export function extractArticle(doc: Document, check: ArticleCheck): ExtractedArticle | null {
  return runAll(extractArticleSteps(doc, check));
}
