// The places an agreement's own sentences name beside it ("the 2022 Prague Declaration, in which Armenia
// and Azerbaijan agreed"): country and region names only, which tell a document from a same-named one
// of another year when its card is looked up. No sentence of the article goes out with them.
import type { Span } from './spans';
import type { Token } from './tokens';
import { COUNTRIES } from './tables/place-words';

/** Enough to narrow a search; each more is one more word every result must hold. */
const MAX_PLACES = 2;

/**
 * Up to two places named in the sentences of `mentions`, nearest first, leaving out the name's own
 * words. `sentences` are the text's sentence spans over `tokens` (sentenceSpans), the engine's own.
 */
export function agreementPlaces(
  tokens: readonly Token[],
  sentences: ReadonlyArray<[number, number]>,
  name: string,
  mentions: readonly Span[],
): string[] {
  const own = new Set(name.split(/[\s/]+/));
  const distance = new Map<string, number>();
  for (const mention of mentions) {
    const sentence = sentences.find(([, last]) => (tokens[last]?.end ?? 0) > mention.start);
    if (!sentence) continue;
    for (let i = sentence[0]; i <= sentence[1]; i++) {
      const token = tokens[i] as Token;
      if (!token.word || !token.cap || !COUNTRIES.has(token.text) || own.has(token.text)) continue;
      const away = token.start < mention.start ? mention.start - token.start : token.start - mention.end;
      distance.set(token.text, Math.min(distance.get(token.text) ?? Infinity, away));
    }
  }
  return [...distance]
    .sort((a, b) => a[1] - b[1])
    .slice(0, MAX_PLACES)
    .map(([word]) => word);
}
