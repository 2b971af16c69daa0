// The card's home in the page: one <backstory-card> element with an open shadow root holding the
// card's own styles, so page CSS cannot reach the card and the card cannot disturb the page.
import cardCss from './card.css?inline';

export const CARD_HOST_TAG = 'backstory-card';

/** Host styles that page rules (even `* { … !important }` ones) cannot override: inline !important. */
const HOST_STYLE =
  'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; z-index: 2147483647 !important; display: block !important; width: max-content !important; pointer-events: auto !important;';

export interface CardHost {
  host: HTMLElement;
  /** Where Preact renders the card. */
  mount: HTMLElement;
  remove(): void;
}

export function createCardHost(doc: Document): CardHost {
  const host = doc.createElement(CARD_HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = cardCss;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  doc.documentElement.appendChild(host);
  return { host, mount, remove: () => host.remove() };
}
