// Runs the two extractors on one saved page, each on its own parse of it: Backstory's check and
// extraction, and Readability.js (isProbablyReaderable for detection, parse() for the body).
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { parsePage } from '../load-page';
import { blockText } from '../corpus/block-text';
import { checkArticle } from '../../lib/article/is-article';
import { extractArticle } from '../../lib/article/extract';

export interface ExtractorRun {
  /** Said "article" (Backstory: the check; Readability: isProbablyReaderable). */
  detected: boolean;
  /** The extracted body ("" when nothing was extracted). */
  text: string;
  published: string | null;
  byline: string | null;
  reason: string;
  ms: number;
}

/** `url`: the page's original address, given to it as a browser would (its own address is read first). */
export function runBackstory(html: string, url?: string): ExtractorRun {
  const started = performance.now();
  const doc = parsePage(html, url);
  const check = checkArticle(doc);
  const article = check.isArticle ? extractArticle(doc, check) : null;
  return {
    detected: check.isArticle,
    text: article?.text.text ?? '',
    published: article?.meta.publishedTime ?? null,
    byline: article?.meta.byline ?? null,
    reason: check.reason,
    ms: performance.now() - started,
  };
}

export function runReadability(html: string, url?: string): ExtractorRun {
  const started = performance.now();
  const doc = parsePage(html, url);
  const detected = isProbablyReaderable(doc);
  let parsed: ReturnType<Readability<string>['parse']> = null;
  try {
    parsed = new Readability(doc).parse();
  } catch (error) {
    return { detected, text: '', published: null, byline: null, reason: String(error), ms: 0 };
  }
  const text = parsed?.content ? blockText(parsePage(`<body>${parsed.content}</body>`).body) : '';
  return {
    detected,
    text,
    published: parsed?.publishedTime ?? null,
    byline: parsed?.byline ?? null,
    reason: detected ? 'readerable' : 'not readerable',
    ms: performance.now() - started,
  };
}
