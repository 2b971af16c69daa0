// Knowledge-confirmed recognition: what Wikidata says a doubtful name is. One wbgetentities request
// (typingUrl in urls.ts) asks for the items whose Wikipedia article bears each name exactly, and their
// "instance of" (P31) classes decide: a human is a person; a newspaper, a hospital, a place… is not.
import type { NameVerdict } from '../entities/person-evidence';
import { claimsOf, itemIds, parseEntitiesResponse } from './parse-wikidata';
import { AGREEMENT_CLASSES, DISAMBIGUATION, NAME_CLASSES, PERSON_CLASSES } from './vocabulary';
import { nameKey } from '../entities/verdicts';

/**
 * The verdict for an item's classes: a human (or a character of fiction) is a person; a treaty an
 * agreement; any other typed item is a thing that bears the name (a newspaper, a hospital, a storm, a
 * film), not a person; a disambiguation page, an item that is a name itself, or none settles nothing.
 */
export function verdictOfClasses(classes: readonly string[]): NameVerdict | null {
  if (classes.length === 0 || classes.includes(DISAMBIGUATION)) return null;
  if (classes.some((c) => PERSON_CLASSES.has(c))) return 'person';
  if (classes.some((c) => AGREEMENT_CLASSES.has(c))) return 'agreement';
  return classes.some((c) => NAME_CLASSES.has(c)) ? null : 'not-person';
}

/**
 * The verdicts a typing response gives, by name key. A name the response says is missing gets no
 * verdict (null): the rules keep their word, and the answer is still worth remembering.
 */
export function parseTypingResponse(
  body: unknown,
  lang: string,
  names: readonly string[],
): Map<string, NameVerdict | null> {
  const verdicts = new Map<string, NameVerdict | null>(names.map((n) => [nameKey(n), null]));
  const items = parseEntitiesResponse(body, lang);
  const entities = (body as { entities?: Record<string, { sitelinks?: Record<string, { title?: unknown }> }> })
    .entities;
  for (const [id, item] of items) {
    const title = entities?.[id]?.sitelinks?.[`${lang}wiki`]?.title;
    if (typeof title !== 'string' || !verdicts.has(nameKey(title))) continue;
    verdicts.set(nameKey(title), verdictOfClasses(itemIds(claimsOf(item, 'P31'))));
  }
  return verdicts;
}
