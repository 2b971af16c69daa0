// A page's <meta> values by property, name and itemprop, keys in lower case (pages write
// "DC.date.issued" and "dc.date.issued" alike), read in one pass over the page's <meta> elements.
import { normalizeSpace } from './dom-utils';

/** Every value of each key, in document order (a page may name several authors). */
export type MetaValues = Map<string, string[]>;

export function readMetaValues(doc: Document): MetaValues {
  const values: MetaValues = new Map();
  // One pass: a selector per key would scan a big page once per miss.
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const el = metas[i] as Element;
    // Some pages write the value in `value` (not a standard attribute, but read by the crawlers they target).
    const content = el.getAttribute('content') ?? el.getAttribute('value');
    if (!content || !content.trim()) continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attribute)?.trim().toLowerCase();
      if (!key) continue;
      const list = values.get(key);
      if (list) list.push(content);
      else values.set(key, [content]);
    }
  }
  return values;
}

/** The first of `keys` (lower case) the page declares, whitespace collapsed. */
export function metaValue(values: MetaValues, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = values.get(key)?.[0];
    if (value) return normalizeSpace(value);
  }
  return null;
}

/** Every value of `key` the page declares, whitespace collapsed, without repeats. */
export function metaValues(values: MetaValues, key: string): string[] {
  return [...new Set((values.get(key) ?? []).map(normalizeSpace))];
}

/** A string field of the JSON object Parse.ly's "parsely-page" meta holds (its author, its pub_date). */
export function parselyField(values: MetaValues, field: 'author' | 'pub_date'): string | null {
  const raw = metaValue(values, 'parsely-page');
  if (!raw) return null;
  try {
    const value = (JSON.parse(raw) as Record<string, unknown>)[field];
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}
