// A valibot schema for every request of the protocol, so that nothing unvalidated reaches a handler.
// Only the background imports this (the page checks its two requests in content-requests.ts).
import * as v from 'valibot';
import { BUNDLES } from './load-bundle';
import { READ_LANGUAGES, type ReadLanguage } from '../lib/entities/read-language';

/** A language the entity finder reads; a page's request names the one its article is in. */
const ReadLanguageSchema = v.picklist([...READ_LANGUAGES] as ReadLanguage[]);

const EntityQuerySchema = v.object({
  id: v.pipe(v.string(), v.maxLength(200)),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  kind: v.picklist(['person', 'agreement', 'organization']),
  role: v.optional(v.pipe(v.string(), v.maxLength(300))),
  year: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1000), v.maxValue(2200))),
  acronym: v.optional(v.pipe(v.string(), v.maxLength(20))),
  date: v.optional(v.pipe(v.string(), v.regex(/^\d{4}(?:-\d\d){0,2}$/))),
  places: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(60))), v.maxLength(4))),
  mentions: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
const Lang = v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/));

/** Longest article text the background reads for entities (a 1 MB page's worth); longer is refused. */
export const MAX_ARTICLE_CHARS = 2_000_000;

/** A string a page gathered (a meta's value, an element's text): bounded, whatever the page holds. */
const Clue = v.pipe(v.string(), v.maxLength(100_000));
const Clues = v.pipe(v.array(Clue), v.maxLength(1000));
const NullableClue = v.nullable(Clue);
const MetaCluesSchema = v.object({
  outlet: NullableClue,
  byline: v.object({
    declared: Clues,
    shown: Clues,
    lines: Clues,
    signOffs: Clues,
    generic: NullableClue,
    creator: NullableClue,
    organizations: NullableClue,
  }),
  date: v.object({
    declared: Clues,
    elements: v.pipe(
      v.array(v.object({ values: Clues, text: NullableClue, modifiedProp: v.boolean() })),
      v.maxLength(1000),
    ),
    leading: NullableClue,
    addresses: Clues,
    title: Clue,
    created: Clues,
    modified: Clues,
    monthFirst: v.boolean(),
  }),
});
const EvidenceSchema = v.object({
  ogArticle: v.boolean(),
  productOrMedia: v.boolean(),
  headed: v.boolean(),
  prose: v.pipe(v.number(), v.minValue(0)),
  codeShare: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  fieldLabels: v.pipe(v.number(), v.minValue(0)),
  blocks: v.pipe(v.number(), v.minValue(0)),
  linkedHeadings: v.pipe(v.number(), v.minValue(0)),
  player: v.boolean(),
});

/** Request schemas, one per message. */
export const REQUESTS = {
  prefetchCards: v.object({
    lang: Lang,
    entities: v.pipe(v.array(EntityQuerySchema), v.maxLength(300)),
    budget: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(5))),
  }),
  getCard: v.object({ lang: Lang, entity: EntityQuerySchema }),
  chooseCard: v.object({
    lang: Lang,
    entity: EntityQuerySchema,
    title: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  }),
  injectScript: v.object({ file: v.picklist(BUNDLES) }),
  confirmNames: v.object({
    text: v.pipe(v.string(), v.maxLength(MAX_ARTICLE_CHARS)),
    lang: ReadLanguageSchema,
    referenceDate: v.nullable(v.pipe(v.string(), v.maxLength(40))),
  }),
  readArticle: v.object({
    text: v.nullable(v.pipe(v.string(), v.maxLength(MAX_ARTICLE_CHARS))),
    lang: ReadLanguageSchema,
    clues: MetaCluesSchema,
    evidence: v.nullable(EvidenceSchema),
  }),
};

/** Parses a request against its schema; throws a short error for anything malformed. */
export function validate<K extends keyof typeof REQUESTS>(name: K, data: unknown): v.InferOutput<(typeof REQUESTS)[K]> {
  const result = v.safeParse(REQUESTS[name], data);
  if (!result.success) throw new Error(`Malformed ${name} message: ${result.issues[0]?.message ?? 'invalid'}`);
  return result.output;
}
