// The "is this an article?" check. Declarations (JSON-LD, og:type) and Readability's readerable test
// say "maybe" (declared-signals.ts); guards against listings, teaser grids, logins and shops, then the
// page's evidence with its date and byline (settle-article.ts, article-verdict.ts) can still say no.
import { ARTICLE_HEURISTICS as H } from './heuristics';
import type { JsonLdSummary } from './json-ld';
import { readDeclaredSignals, type DeclaredSignals } from './declared-signals';
import { findBodySteps, type BodyCandidate } from './score-content';
import { runAll, type Steps } from '../page/slices';
import { hasVisiblePassword, headedArticleProse, isArchivePage } from './quick-listing';
import { excerptProse, looksLikeShop, proseOutsideTeasers, teaserHeadings, teasersInBody } from './listing-signals';
import { readMetadataSteps, type PageMetadata } from './metadata';
import { findHeadline } from './headline';
import { readPageEvidence, type PageEvidence } from './page-evidence';
import { settleArticle, type Settlement } from './settle-article';

export interface ArticleCheck {
  isArticle: boolean;
  /** Why, in a few words (shown by the CLI and in logs). */
  reason: string;
  jsonLd: JsonLdSummary;
  /** The body found while checking, reused by extraction so the page is scored once. */
  body: BodyCandidate | null;
  /** The metadata, headline and metadata clues read while checking, reused by extraction. */
  read: PageMetadata | null;
  /** The evidence of a page that does not declare itself an article, judged once its clues are read. */
  evidence: PageEvidence | null;
}

function notArticle(reason: string, jsonLd: JsonLdSummary, body: BodyCandidate | null = null): ArticleCheck {
  return { isArticle: false, reason, jsonLd, body, read: null, evidence: null };
}

/**
 * The full check, in slices, up to the settlement: an article here may still be refused by it.
 * `signals`: the cheap check's answer, which the sentinel has already read (the analyzer bundle does
 * not carry the cheap check's code a second time).
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
    if (
      body.proseChars < H.listingMaxBodyChars &&
      teaserHeadings(doc.body).length >= H.listingMinTeasers &&
      headedArticleProse(doc) < H.headedArticleMinProse
    ) {
      return notArticle('teaser grid with little prose', jsonLd, body);
    }
  }
  if (!declared) {
    const excerpts = excerptProse(body);
    if (excerpts.count >= H.listingMinExcerpts && excerpts.chars >= H.excerptMajorityShare * body.proseChars)
      return notArticle(`${excerpts.count} excerpts ending in "read more"`, jsonLd, body);
  }
  yield;
  // Each look-up scans the whole page once or twice: on a very big page, one slice each.
  const read = yield* readMetadataSteps(doc, jsonLd, (title) => findHeadline(doc, title, body.root), body.root);
  // A page that declares itself an article in JSON-LD keeps that word: its evidence need not be read.
  const evidence = declared ? null : readPageEvidence(doc, body, read.headline, signals);
  const reason = `${signals.reason}, ${body.proseChars} characters of prose`;
  return { isArticle: true, reason, jsonLd, body, read, evidence };
}

/** The check with its byline and date read and its verdict given. */
export function settleCheck(check: ArticleCheck, settlement: Settlement): ArticleCheck {
  if (!check.read) return check;
  if (settlement.notArticle) return notArticle(settlement.notArticle, check.jsonLd, check.body);
  const { byline, publishedTime } = settlement;
  return { ...check, read: { ...check.read, meta: { ...check.read.meta, byline, publishedTime } } };
}

/** The whole check in one go, settled here (the CLI, the eval, the tests). */
export function checkArticle(doc: Document, signals: DeclaredSignals = readDeclaredSignals(doc)): ArticleCheck {
  const check = runAll(checkArticleSteps(doc, signals));
  return check.read ? settleCheck(check, settleArticle(check.read.clues, check.evidence)) : check;
}
