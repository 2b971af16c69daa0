// The article-body metric of the well-known extraction benchmarks: word 4-gram shingles of the
// extracted and the reference text, true/false positives and false negatives normalized per page,
// precision and recall averaged over pages, F1 of the two averages.

/** Scripts written without spaces between words: each character is a token there. */
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Lower-case word tokens; characters of unspaced scripts (CJK, Thai, Burmese) one by one. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const [word] of text.toLowerCase().matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    if (!UNSPACED.test(word)) {
      tokens.push(word);
      continue;
    }
    // Split runs of unspaced script into characters (marks stay with their base letter).
    for (const [piece] of word.matchAll(
      /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|\p{L}\p{M}*|[\p{N}\p{M}]+/gu,
    ))
      tokens.push(piece);
  }
  return tokens;
}

/** Counts of each n-gram of tokens; a text shorter than n is one shingle. */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const last = Math.max(0, tokens.length - n);
  for (let i = 0; i <= last; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageMatch {
  /** Shares of the page's shingle matches: tp + fp + fn = 1 (all 0 when both texts are empty). */
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

/** How an extracted text matches the reference on one page. */
export function matchPage(extracted: string, reference: string): PageMatch {
  const found = shingles(extracted);
  const expected = shingles(reference);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of found) {
    const want = expected.get(key) ?? 0;
    tp += Math.min(count, want);
    fp += Math.max(0, count - want);
  }
  for (const [key, want] of expected) fn += Math.max(0, want - (found.get(key) ?? 0));
  const sum = tp + fp + fn;
  if (sum === 0) return { tp: 0, fp: 0, fn: 0, precision: 0, recall: 0 };
  return {
    tp: tp / sum,
    fp: fp / sum,
    fn: fn / sum,
    precision: tp + fp > 0 ? tp / (tp + fp) : 0,
    recall: tp + fn > 0 ? tp / (tp + fn) : 0,
  };
}

export interface SetScore {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Precision and recall averaged over pages, and the F1 of those averages. */
export function scoreSet(matches: PageMatch[]): SetScore {
  const pages = matches.length;
  if (pages === 0) return { pages, precision: 0, recall: 0, f1: 0 };
  const precision = matches.reduce((s, m) => s + m.precision, 0) / pages;
  const recall = matches.reduce((s, m) => s + m.recall, 0) / pages;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { pages, precision, recall, f1 };
}
