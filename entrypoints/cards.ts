// The card UI bundle (Preact and the card components). The analyzer loads it at the reader's
// first hover or focus on a mark, so pages that are only read never evaluate it.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createHover } from '../components/card-ui';
import { CARDS_GLOBAL, type CardUi } from '../components/card-ui-api';

export default defineUnlistedScript(() => {
  const ui: CardUi = { createHover };
  (globalThis as Record<string, unknown>)[CARDS_GLOBAL] = ui;
});
