// The reader's settings: one key and default each. settings.ts makes them storage items for the popup
// and the background; pages get them from the background (with readArticle's answer, and settingsChanged).
import type { EntityKind } from '../lib/types';

export const SETTINGS = {
  /** No network look-ups at all: cards show only what the article itself says. */
  offlineMode: { key: 'offlineMode', fallback: false as boolean },
  /** Hostnames where the reader switched Backstory off. */
  disabledSites: { key: 'disabledSites', fallback: [] as string[] },
  /** Which kinds of mention get marks. */
  markedKinds: { key: 'markedKinds', fallback: ['person', 'agreement', 'organization'] as EntityKind[] },
};
