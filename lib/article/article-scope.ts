// Where an article's own date and byline stand: the container of its headline, and never the page's
// navigation, sidebars or footer. Both metadata readers (date-clues.ts, byline-clues.ts) scope by these.

/** In the page's navigation, sidebars or footer (an article's own <footer> or <aside> holds its date and byline). */
export function isPageFurniture(el: Element): boolean {
  if (el.closest('nav')) return true;
  const around = el.closest('footer, aside');
  return around !== null && around.closest('article') === null;
}

/** The container of the headline's article: its <article> or main region, else its grandparent. */
export function articleScope(headline: Element): Element | null {
  return headline.closest('article, main, [role="main"]') ?? headline.parentElement?.parentElement ?? null;
}
