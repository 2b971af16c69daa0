// The card UI, in a bundle of its own (cards.js, with Preact): the hover controller and
// the card view, wired together. The analyzer loads it at the reader's first hover or focus on a mark.
import { CardView, type CardViewDeps } from './card-view';
import { HoverController } from './hover-controller';

export function createHover(doc: Document, deps: Omit<CardViewDeps, 'onResize'>): HoverController {
  let hover: HoverController | null = null;
  const cards = new CardView({ ...deps, onResize: () => void hover?.place() });
  hover = new HoverController(doc, { open: (target) => cards.open(target), close: () => cards.close() });
  return hover;
}
