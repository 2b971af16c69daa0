// The reader's settings: one key and default each, shared by the popup's storage items (settings.ts)
// and the page's light reader (setting-reader.ts), so both always mean the same thing.
import type { EntityKind } from '../lib/types';

export const SETTINGS = {
  /** No network look-ups at all: cards show only what the article itself says. */
  offlineMode: { key: 'offlineMode', fallback: false as boolean },
  /** Hostnames where the reader switched Backstory off. */
  disabledSites: { key: 'disabledSites', fallback: [] as string[] },
  /** Which kinds of mention get marks. */
  markedKinds: { key: 'markedKinds', fallback: ['person', 'agreement', 'organization'] as EntityKind[] },
};
