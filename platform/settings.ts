// The reader's settings, as @wxt-dev/storage items with defaults. Every open tab and the background
// watch them, so a change takes effect at once.
import { storage } from '@wxt-dev/storage';
import type { EntityKind } from '../lib/types';

/** No network look-ups at all: cards show only what the article itself says. */
export const offlineMode = storage.defineItem<boolean>('local:offlineMode', { fallback: false });

/** Hostnames where the reader switched Backstory off. */
export const disabledSites = storage.defineItem<string[]>('local:disabledSites', { fallback: [] });

/** Which kinds of mention get marks. */
export const markedKinds = storage.defineItem<EntityKind[]>('local:markedKinds', {
  fallback: ['person', 'agreement', 'organization'],
});
