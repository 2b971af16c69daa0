// Key points: 3–5 sentences of the article chosen extractively. Each sentence is scored on its
// position (news leads with what matters), its density of named people and agreements, whether it
// quotes someone, and its overlap with the headline; near-duplicates of a chosen sentence are skipped.
import type { EntityAnalysis } from '../types';
import type { Sentence } from './sentences';

export interface KeyPoint {
  text: string;
  start: number;
  end: number;
}

/** Weights of the scoring, tuned on the seed and our fixtures. */
export const KEY_POINT_WEIGHTS = {
  lead: 1.2,
  earlyParagraph: 0.6,
  entityDensity: 3,
  quote: 0.4,
  headline: 1.5,
  tooShortWords: 8,
  tooLongWords: 60,
  duplicate: 0.5,
} as const;

const W = KEY_POINT_WEIGHTS;

function wordSet(s: string): Set<string> {
  return new Set((s.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []).filter((w) => !STOP.has(w)));
}

const STOP = new Set([
  'the',
  'and',
  'for',
  'that',
  'with',
  'this',
  'from',
  'was',
  'were',
  'are',
  'has',
  'have',
  'had',
  'his',
  'her',
  'its',
  'their',
  'said',
  'also',
  'which',
  'who',
  'will',
  'would',
  'been',
  'not',
  'but',
]);

/** Han and kana characters: about two make a word of Chinese or Japanese, which writes no spaces. */
const DENSE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/g;

/** Words in a sentence, counting a Chinese or Japanese sentence's characters two to a word. */
function wordCount(text: string): number {
  return Math.max(text.split(/\s+/).length, Math.round((text.match(DENSE)?.length ?? 0) / 2));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.max(1, a.size + b.size - shared);
}

export function pickKeyPoints(
  sentences: Sentence[],
  analysis: EntityAnalysis,
  headline: string,
  count = 5,
): KeyPoint[] {
  const mentions = analysis.entities.flatMap((e) => e.mentions);
  const headlineWords = wordSet(headline);
  const scored = sentences.map((s, index) => {
    const words = wordCount(s.text);
    if (words < W.tooShortWords || words > W.tooLongWords) return { s, index, score: -1, words: wordSet(s.text) };
    const inside = mentions.filter((m) => m.start >= s.start && m.end <= s.end).length;
    const quoted = analysis.quotes.some((q) => q.start >= s.start && q.start < s.end);
    const own = wordSet(s.text);
    const score =
      (index === 0 ? W.lead : 0) +
      (s.paragraph < 3 ? W.earlyParagraph * (1 - s.paragraph / 3) : 0) +
      W.entityDensity * Math.min(1, inside / Math.max(1, words / 12)) +
      (quoted ? W.quote : 0) +
      W.headline * jaccard(own, headlineWords);
    return { s, index, score, words: own };
  });
  const chosen: typeof scored = [];
  for (const candidate of [...scored].sort((a, b) => b.score - a.score)) {
    if (candidate.score < 0 || chosen.length >= count) continue;
    if (chosen.some((c) => jaccard(c.words, candidate.words) > W.duplicate)) continue;
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.index - b.index).map(({ s }) => ({ text: s.text, start: s.start, end: s.end }));
}
