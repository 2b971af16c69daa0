// Small shared helper for the word tables: one space-separated literal per table keeps them compact
// in the bundle and easy to review.

/** A set of the words of a space-separated literal. */
export function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}
