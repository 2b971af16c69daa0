// The last word on whether a page the check found prose on is one article: the evidence of
// page-evidence.ts, with its date and byline once read, weighed by rules, each naming what it saw. It
// judges the pages that do not declare themselves articles in JSON-LD (those keep that word).
import type { PageEvidence } from './page-evidence';
import { ARTICLE_HEURISTICS as H } from './heuristics';

/** The page's evidence and whether a publication date and a byline were found. */
export interface Evidence extends PageEvidence {
  dated: boolean;
  signed: boolean;
}

/** Why the page is not an article, or null when it is one. */
export function notArticleReason(e: Evidence): string | null {
  if (e.productOrMedia) return 'declares a product or a media item';
  const marked = e.ogArticle || e.dated || e.signed;
  // A headline over the body is evidence too, though weaker: it lowers the prose needed.
  const needed = e.headed ? H.unmarkedHeadedMinProse : H.unmarkedMinProse;
  if (!marked && e.prose < needed) return 'no date, byline or article declaration, and little prose';
  // A section's or an institute's page: an introduction over a grid of teasers, and no mark of a story.
  if (!marked && e.linkedHeadings >= H.listingMinTeasers)
    return 'no date, byline or article declaration, over a grid of teasers';
  // A short text needs two of an article's marks: a record or a notice with a date is not yet a story.
  const marks = [e.ogArticle, e.dated, e.signed, e.headed].filter(Boolean).length;
  if (e.prose < H.shortProse && marks < 2) return 'a short text with one mark of an article';
  if (e.codeShare >= H.preformattedMinShare) return 'a preformatted document, not an article';
  if (!e.dated && e.codeShare >= H.docsMinCodeShare) return 'undated, and mostly code';
  if (!e.dated && !e.signed && e.codeShare >= H.unsignedDocsMinCodeShare) return 'unsigned and undated, with code';
  // A podcast episode's or a clip's page: a player over a few lines of notes, and no date a story carries.
  if (e.player && !e.dated && e.prose < H.mediaMaxNotesProse) return 'a player and its notes, undated';
  // "Study Type: Observational", "Last Verified: November 2018": a record of fields, not a story told.
  if (!e.signed && e.fieldLabels >= H.recordMinLabels && e.fieldLabels >= H.recordMinLabelShare * e.blocks)
    return 'an unsigned record of labelled fields';
  return null;
}
