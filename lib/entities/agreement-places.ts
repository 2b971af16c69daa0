// The places an agreement's own sentences name beside it ("the 2022 Prague Declaration, in which Armenia
// and Azerbaijan agreed"): country and region names only, which tell a document from a same-named one
// of another year when its card is looked up. No sentence of the article goes out with them.
import type { Span } from './spans';
import { COUNTRIES } from './tables/place-words';

/** Enough to narrow a search; each more is one more word every result must hold. */
const MAX_PLACES = 2;

function sentenceStart(text: string, at: number): number {
  const before = text.slice(0, at);
  const stop = Math.max(
    before.lastIndexOf('. '),
    before.lastIndexOf('! '),
    before.lastIndexOf('? '),
    before.lastIndexOf('\n'),
  );
  return stop < 0 ? 0 : stop + 1;
}

function sentenceEnd(text: string, at: number): number {
  const next = text.slice(at).search(/[.!?](?:\s|$)|\n/);
  return next < 0 ? text.length : at + next;
}

/** Up to two places named in the sentences of `mentions`, nearest first, leaving out the name's own words. */
export function agreementPlaces(text: string, name: string, mentions: readonly Span[]): string[] {
  const own = new Set(name.split(/[\s/]+/));
  const distance = new Map<string, number>();
  for (const mention of mentions) {
    const from = sentenceStart(text, mention.start);
    const sentence = text.slice(from, sentenceEnd(text, mention.end));
    for (const match of sentence.matchAll(/\p{Lu}[\p{L}'-]*/gu)) {
      const word = match[0];
      if (!COUNTRIES.has(word) || own.has(word)) continue;
      const at = from + (match.index ?? 0);
      const away = at < mention.start ? mention.start - at : at - mention.end;
      distance.set(word, Math.min(distance.get(word) ?? Infinity, away));
    }
  }
  return [...distance]
    .sort((a, b) => a[1] - b[1])
    .slice(0, MAX_PLACES)
    .map(([word]) => word);
}
