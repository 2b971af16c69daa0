// Checks the side panel's requests to a page (scroll to a span, focus an entity) without a schema
// library: the page's bundle stays small, and anything malformed gets an error back. Also the settings
// the background sends.
import type { EntityKind } from '../lib/types';
import type { ReaderSettings } from './messaging';
import { SETTINGS } from './setting-keys';
import { ALL_KINDS } from '../lib/page/page-reader';

function malformed(name: string): never {
  throw new Error(`Malformed ${name} message`);
}

const isOffset = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

export function parseScrollToText(data: unknown): { start: number; end: number } {
  const { start, end } = (data ?? {}) as { start?: unknown; end?: unknown };
  if (!isOffset(start) || !isOffset(end) || end < start) malformed('scrollToText');
  return { start, end };
}

/** The settings the background sends (it is trusted, but a page must never crash on a bad value). */
export function parseSettings(data: unknown): ReaderSettings {
  const { disabledSites, markedKinds } = (data ?? {}) as Partial<Record<keyof ReaderSettings, unknown>>;
  const strings = (list: unknown) =>
    Array.isArray(list) ? list.filter((s): s is string => typeof s === 'string') : [];
  return {
    disabledSites: strings(disabledSites),
    // No answer (the background was restarting) or a bad one: the defaults, so the page is still marked.
    markedKinds: Array.isArray(markedKinds)
      ? strings(markedKinds).filter((k): k is EntityKind => ALL_KINDS.has(k as EntityKind))
      : SETTINGS.markedKinds.fallback,
  };
}

export function parseFocusEntity(data: unknown): { id: string } {
  const { id } = (data ?? {}) as { id?: unknown };
  if (typeof id !== 'string' || id.length === 0 || id.length > 200) malformed('focusEntity');
  return { id };
}
