// The reader's settings as @wxt-dev/storage items, for the popup and the background. Every open tab
// watches them too (through setting-reader.ts), so a change takes effect at once.
import { storage } from '@wxt-dev/storage';
import { SETTINGS } from './setting-keys';

export const offlineMode = storage.defineItem(`local:${SETTINGS.offlineMode.key}`, {
  fallback: SETTINGS.offlineMode.fallback,
});
export const disabledSites = storage.defineItem(`local:${SETTINGS.disabledSites.key}`, {
  fallback: SETTINGS.disabledSites.fallback,
});
export const markedKinds = storage.defineItem(`local:${SETTINGS.markedKinds.key}`, {
  fallback: SETTINGS.markedKinds.fallback,
});
