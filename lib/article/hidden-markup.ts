// Whether an element hides itself in its own markup; a module of its own, since the sentinel needs it
// without the rest of the DOM helpers.

/** Hidden by its own markup (the DOM cannot be asked for layout in every runtime). */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}
