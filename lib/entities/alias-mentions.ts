// Finds the further, unclaimed occurrences of an entity's known forms in the text: a defined
// acronym used later ("CSTO"), a quoted name repeated without quotes, a body's short name.
import type { ClaimedSpans, Span } from './spans';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Exact-case occurrences of `form` that are whole words ("3+3", "CSTO", "Minsk Group"). */
export function findWholeWord(text: string, form: string): number[] {
  const starts: number[] = [];
  if (form.length === 0) return starts;
  for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + form.length);
    if ((before && WORD_CHAR.test(before)) || (after && WORD_CHAR.test(after))) continue;
    starts.push(at);
  }
  return starts;
}

export function findAliasMentions(text: string, forms: Iterable<string>, claimed: ClaimedSpans): Span[] {
  const found: Span[] = [];
  // Longest forms first, so "OSCE Minsk Group" is claimed before "Minsk Group".
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    if (form.length < 2) continue;
    for (const start of findWholeWord(text, form)) {
      if (claimed.claim(start, start + form.length)) found.push({ start, end: start + form.length, text: form });
    }
  }
  return found;
}
