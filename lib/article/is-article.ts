// The "is this an article?" check. Declarations (JSON-LD, og:type) and Readability's readerable test
// say "maybe" (declared-signals.ts); guards against listings, teaser grids, logins and shops, then the
// page's evidence once its body and metadata are read (article-verdict.ts), can still say no.
import { ARTICLE_HEURISTICS as H } from './heuristics';
import type { JsonLdSummary } from './json-ld';
import { readDeclaredSignals, type DeclaredSignals } from './declared-signals';
import { findBodySteps, type BodyCandidate } from './score-content';
import { runAll, type Steps } from '../page/slices';
import { hasVisiblePassword, isArchivePage } from './quick-listing';
import { looksLikeShop, proseOutsideTeasers, teaserHeadings, teasersInBody } from './listing-signals';
import type { ArticleMeta } from '../types';
import { readMetadataSteps } from './metadata';
import { findHeadline } from './headline';
import { readPageEvidence } from './page-evidence';
import { notArticleReason } from './article-verdict';

export interface ArticleCheck {
  isArticle: boolean;
  /** Why, in a few words (shown by the CLI and in logs). */
  reason: string;
  jsonLd: JsonLdSummary;
  /** The body found while checking, reused by extraction so the page is scored once. */
  body: BodyCandidate | null;
  /** The metadata and headline read while weighing the evidence, reused by extraction. */
  read: { meta: ArticleMeta; headline: Element | null } | null;
}

function notArticle(reason: string, jsonLd: JsonLdSummary, body: BodyCandidate | null = null): ArticleCheck {
  return { isArticle: false, reason, jsonLd, body, read: null };
}

/**
 * The full check, in slices. `signals`: the cheap check's answer, which the sentinel has already read
 * (the analyzer bundle does not carry the cheap check's code a second time).
 */
export function* checkArticleSteps(doc: Document, signals: DeclaredSignals): Steps<ArticleCheck> {
  const { jsonLd, declared, ogArticle } = signals;
  if (!signals.maybeArticle) return notArticle(signals.reason, jsonLd);
  const body = yield* findBodySteps(doc);
  if (!body) return notArticle('no body text', jsonLd);
  const minProse = declared ? 100 : 400;
  if (body.proseChars < minProse) return notArticle(`only ${body.proseChars} characters of prose`, jsonLd, body);
  if (!declared && body.proseChars < H.formPageMaxProseChars) {
    if (hasVisiblePassword(doc)) return notArticle('sign-in form', jsonLd, body);
    if (looksLikeShop(doc)) return notArticle('shop listing', jsonLd, body);
  }
  // A page that declares itself an article is one, unless it is visibly an archive page of teasers.
  if (!declared && (!ogArticle || isArchivePage(doc))) {
    yield;
    const teasers = teasersInBody(body);
    yield;
    if (teasers.length >= 4 && proseOutsideTeasers(body, teasers) < H.listingMaxBodyChars) {
      return notArticle(`${teasers.length} teasers and little prose of its own`, jsonLd, body);
    }
    yield;
    if (body.proseChars < H.listingMaxBodyChars && teaserHeadings(doc.body).length >= H.listingMinTeasers) {
      return notArticle('teaser grid with little prose', jsonLd, body);
    }
  }
  yield;
  // Each look-up scans the whole page once or twice: on a very big page, one slice each.
  const read = yield* readMetadataSteps(doc, jsonLd, (title) => findHeadline(doc, title), body.root);
  // A page that declares itself an article in JSON-LD keeps that word: its evidence need not be read.
  const not = declared ? null : notArticleReason(readPageEvidence(doc, body, read.meta, read.headline, jsonLd));
  if (not) return notArticle(not, jsonLd, body);
  return { isArticle: true, reason: `${signals.reason}, ${body.proseChars} characters of prose`, jsonLd, body, read };
}

export function checkArticle(doc: Document, signals: DeclaredSignals = readDeclaredSignals(doc)): ArticleCheck {
  return runAll(checkArticleSteps(doc, signals));
}
