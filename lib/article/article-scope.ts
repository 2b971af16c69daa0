// Where an article's own date and byline stand: the container of its headline, and never the page's
// navigation, sidebars or footer. Both metadata readers (date-clues.ts, byline-clues.ts) scope by these.
import { ARTICLE_HEURISTICS as H } from './heuristics';

/**
 * In the page's navigation, sidebars or footer. An article's own <footer> or <aside> holds its date and
 * byline, and so does an <aside> some templates put the whole article in (`scope`: the article's container).
 */
export function isPageFurniture(el: Element, scope: Element | null = null): boolean {
  if (el.closest('nav')) return true;
  const around = el.closest('footer, aside');
  return around !== null && around.closest('article') === null && !(scope && around.contains(scope));
}

/** The container of the headline's article: its <article> or main region, else its grandparent. */
export function articleScope(headline: Element): Element | null {
  return headline.closest('article, main, [role="main"]') ?? headline.parentElement?.parentElement ?? null;
}

/** Inside a block of readers' comments: their names and dates are not the article's. */
export function isInComments(el: Element): boolean {
  // Not up to <body>, whose class list names every feature of the site ("f_comment_annotation_on").
  for (let at: Element | null = el; at && at.localName !== 'body'; at = at.parentElement) {
    const names = `${at.getAttribute('class') ?? ''} ${at.id}`;
    if (names.length > 1 && H.comments.test(names)) return true;
  }
  return false;
}
