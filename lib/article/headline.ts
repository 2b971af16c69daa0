// The visible headline: the h1 (or, failing that, h2) whose words best match the title the page
// declares, outside navigation, sidebars and footers.
import { isHiddenByMarkup, normalizeSpace } from './dom-utils';

function words(s: string): Set<string> {
  // Split on ASCII separators and the punctuation of news titles: a Unicode class would be compiled
  // afresh on every article page, for a comparison that needs no more than this.
  return new Set(
    s
      .toLowerCase()
      .split(/[\s!-/:-@[-`{-~\u00a0-\u00bf\u2010-\u206f\u3000-\u303f]+/)
      .filter(Boolean),
  );
}

function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.max(wa.size, wb.size);
}

/**
 * The h1 (or, failing that, h2) that best matches the declared title. `body`: the article's body, whose
 * container's copy of the headline wins a tie (a page can repeat it in a menu tab or a sticky bar).
 */
export function findHeadline(doc: Document, title: string, body: Element | null = null): Element | null {
  let best: Element | null = null;
  let bestScore = 0.5;
  const container = body?.closest('article, main, [role="main"]') ?? body?.parentElement ?? null;
  for (const selector of ['h1', 'h2']) {
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      if (isHiddenByMarkup(el) || el.closest('nav, aside, footer')) continue;
      const text = normalizeSpace(el.textContent ?? '');
      const score = title ? similarity(text, title) : text.length > 10 ? 0.51 : 0;
      const tieWon = score === bestScore && best !== null && !container?.contains(best) && container?.contains(el);
      if (score > bestScore || tieWon) {
        best = el;
        bestScore = score;
      }
    }
    if (best) return best;
  }
  return null;
}
