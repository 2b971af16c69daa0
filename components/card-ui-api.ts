// What the card UI bundle (cards.js) leaves on the content scripts' global object: types and a name
// only, so that the analyzer, which loads it, carries none of its code.
import type { CardViewDeps } from './card-view';
import type { HoverController } from './hover-controller';

export const CARDS_GLOBAL = '__backstoryCards';

export interface CardUi {
  createHover(doc: Document, deps: Omit<CardViewDeps, 'onResize'>): HoverController;
}
