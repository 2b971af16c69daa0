// Extraction: from a page the check accepted, the live headline element, the body's text with its
// map back to DOM text nodes, and the metadata. The DOM is only read, never changed.
import type { ArticleMeta } from '../types';
import type { ArticleCheck } from './is-article';
import type { BodyCandidate } from './score-content';
import { boilerplateTest } from './boilerplate';
import { buildTextMapSteps, type TextMap } from './text-map';
import { runAll, type Steps } from '../page/slices';
import { guessLanguage } from './language';
import { isSkippedTag } from './dom-utils';

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

export function* extractArticleSteps(doc: Document, check: ArticleCheck): Steps<ExtractedArticle | null> {
  const body = check.body;
  if (!check.isArticle || !body || !check.read) return null;
  // The check read the metadata and found the headline: they were part of its evidence.
  const { meta: declared, headline } = check.read;
  const title = declared.title;
  const text = yield* buildTextMapSteps([{ root: body.root, include: body.include }], boilerplateTest(title, body));
  const meta = { ...declared, title, lang: declared.lang || guessLanguage(text.text) };
  const headlineText = headline ? yield* buildTextMapSteps([{ root: headline }], isSkippedTag) : null;
  return { meta, headline, body, text, headlineText };
}

export function extractArticle(doc: Document, check: ArticleCheck): ExtractedArticle | null {
  return runAll(extractArticleSteps(doc, check));
}
