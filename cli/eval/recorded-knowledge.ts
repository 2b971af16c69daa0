// The recorded knowledge file (tests/real-web/knowledge/wikidata-typing.json: for each name the rules
// doubt on the real-web corpus, the "instance of" classes of the item whose English Wikipedia article
// bears it, or null) replayed the way the background asks: as a wbgetentities answer, read by the
// background's own parser.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseTypingResponse } from '../../lib/knowledge/name-typing';
import type { NameLookup } from '../../lib/entities/verdicts';

export const KNOWLEDGE_FILE = path.resolve(import.meta.dirname, '../../tests/real-web/knowledge/wikidata-typing.json');

/** Classes recorded for each name; null when Wikipedia has no article of that exact title. */
export type RecordedTyping = Readonly<Record<string, readonly string[] | null>>;

/** A wbgetentities (sites=enwiki, titles=…) answer in the API's shape for `names`, from the recorded classes. */
export function typingResponse(recorded: RecordedTyping, names: readonly string[]): unknown {
  const entities: Record<string, unknown> = {};
  names.forEach((name, i) => {
    const classes = recorded[name];
    if (!classes) {
      entities[String(-1 - i)] = { site: 'enwiki', title: name, missing: '' };
      return;
    }
    // The file records classes, not items: each answer gets an id of its own.
    const id = `Q${990_000_000 + i}`;
    entities[id] = {
      type: 'item',
      id,
      sitelinks: { enwiki: { site: 'enwiki', title: name, badges: [] } },
      claims: {
        P31: classes.map((c) => ({
          mainsnak: { snaktype: 'value', property: 'P31', datavalue: { type: 'wikibase-entityid', value: { id: c } } },
          type: 'statement',
          rank: 'normal',
        })),
      },
    };
  });
  return { entities, success: 1 };
}

/** The recorded file as a look-up, or null when the file is absent. */
export function recordedLookup(file = KNOWLEDGE_FILE): NameLookup | null {
  if (!existsSync(file)) return null;
  const recorded = (JSON.parse(readFileSync(file, 'utf8')) as { names: RecordedTyping }).names;
  return (names) =>
    names.length === 0 ? new Map() : parseTypingResponse(typingResponse(recorded, names), 'en', names);
}
