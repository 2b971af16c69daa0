// Checks that a row read back from storage still holds a card: corrupted or foreign rows are ignored
// (and refetched) rather than shown.
import * as v from 'valibot';
import type { Card } from '../lib/types';

const CardSchema = v.object({
  key: v.string(),
  lang: v.string(),
  title: v.string(),
  url: v.pipe(v.string(), v.regex(/^https?:\/\//)),
  kind: v.picklist(['person', 'agreement', 'organization', 'other']),
  facts: v.array(v.object({ label: v.string(), value: v.string() })),
  positions: v.array(v.object({ label: v.string(), start: v.optional(v.string()), end: v.optional(v.string()) })),
  fetchedAt: v.number(),
  wikidataId: v.optional(v.string()),
  description: v.optional(v.string()),
  extract: v.optional(v.string()),
  thumbnail: v.optional(v.object({ url: v.string(), width: v.number(), height: v.number() })),
});

export function isCard(value: unknown): value is Card {
  return v.safeParse(CardSchema, value).success;
}
