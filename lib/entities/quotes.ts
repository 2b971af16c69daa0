// Finds direct quotations and who said them: "…,” he said" (he = the last person named before the
// quotation), "…,” Lavrov said", "Chepa told NEWS.ru", "he remarked, “…”".
import type { Quote } from '../types';
import type { Span } from './spans';
import { SPEECH_VERBS } from './tables/common-words';

export interface PersonMention extends Span {
  entityId: string;
}

const PAIRS: Array<[string, string]> = [
  ['“', '”'],
  ['"', '"'],
  ['«', '»'],
];
/** Single quotes open after a space or bracket and close before a space or punctuation. */
const SINGLE_QUOTED = /(?<=^|[\s(\[—–])‘([^‘’\n]*?(?:’\p{L}[^‘’\n]*?)*)’(?=$|[\s.,;:!?)\]—–])/gmu;
const PRONOUN = /^(?:he|she|they)$/i;
const MIN_WORDS_CAPITALIZED = 3;
const MIN_WORDS_PARTIAL = 8;

function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const [open, close] of PAIRS) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(open, from);
      if (start === -1) break;
      const end = text.indexOf(close, start + 1);
      const paragraphEnd = text.indexOf('\n', start);
      if (end === -1 || (paragraphEnd !== -1 && paragraphEnd < end)) {
        from = start + 1;
        continue;
      }
      spans.push({ start: start + 1, end, text: text.slice(start + 1, end) });
      from = end + 1;
    }
  }
  for (const match of text.matchAll(SINGLE_QUOTED)) {
    const start = match.index + 1;
    spans.push({ start, end: start + (match[1] as string).length, text: match[1] as string });
  }
  // Inner quotations ("‘…’" inside "“…”") belong to the outer one.
  spans.sort((a, b) => a.start - b.start);
  return spans.filter((s, i) => !spans.slice(0, i).some((o) => o.start <= s.start && o.end >= s.end));
}

function isQuotation(span: Span): boolean {
  const words = span.text.trim().split(/\s+/).length;
  return (/^[\p{Lu}…]/u.test(span.text.trim()) && words >= MIN_WORDS_CAPITALIZED) || words >= MIN_WORDS_PARTIAL;
}

function lastPersonBefore(people: PersonMention[], at: number): PersonMention | undefined {
  let found: PersonMention | undefined;
  for (const m of people) {
    if (m.end > at) break;
    found = m;
  }
  return found;
}

/** "…,” Lavrov said." / "…,” said Mirzoyan." / "…,” he added." */
function speakerAfter(text: string, quote: Span, people: PersonMention[]): string | undefined {
  // A quotation ending in a full stop ends its sentence: what follows is not its attribution.
  if (/\.\s*$/.test(quote.text)) return undefined;
  const tail = text.slice(quote.end + 1, quote.end + 160).split(/[.!?\n]/)[0] ?? '';
  const words = [...tail.matchAll(/[\p{L}\p{M}’'-]+/gu)].slice(0, 8);
  const verbAt = words.findIndex((w) => SPEECH_VERBS.has(w[0].toLowerCase()));
  if (verbAt === -1 || verbAt > 5) return undefined;
  const base = quote.end + 1;
  const verb = words[verbAt] as RegExpMatchArray;
  const verbEnd = base + (verb.index ?? 0) + verb[0].length;
  // The speaker is named before the verb or right after it ("said Lavrov"), not later in the clause.
  const named = people.find((m) => m.start >= base && m.start < verbEnd + 30 && m.end <= base + tail.length);
  const pronoun = words.slice(0, verbAt + 2).find((w) => PRONOUN.test(w[0]));
  const pronounAt = pronoun ? base + (pronoun.index ?? 0) : Infinity;
  if (named && named.start < pronounAt) return named.entityId;
  return pronoun ? lastPersonBefore(people, quote.start)?.entityId : named?.entityId;
}

/** "he remarked, “…”" / "Mirzoyan … stating unequivocally, “…”": the sentence's speaker before it. */
function speakerBefore(text: string, quote: Span, people: PersonMention[]): string | undefined {
  const head = text.slice(0, quote.start - 1);
  if (!/[,:]\s*$/.test(head)) return undefined;
  const sentenceStart = Math.max(head.lastIndexOf('. '), head.lastIndexOf('\n'), 0);
  const sentence = head.slice(sentenceStart);
  const named = people.filter((m) => m.start >= sentenceStart && m.end <= quote.start);
  const pronoun = [...sentence.matchAll(/\b(?:he|she|they)\b/gi)].pop();
  const lastNamed = named[named.length - 1];
  if (pronoun && (!lastNamed || sentenceStart + pronoun.index > lastNamed.end)) {
    return lastPersonBefore(people, sentenceStart + pronoun.index)?.entityId;
  }
  return lastNamed?.entityId;
}

/** `people` must be sorted by start. */
export function findQuotes(text: string, people: PersonMention[]): Quote[] {
  const quotes: Quote[] = [];
  for (const span of quotedSpans(text)) {
    if (!isQuotation(span)) continue;
    const speaker = speakerAfter(text, span, people) ?? speakerBefore(text, span, people);
    // The comma that ends a quoted clause (“…,” he said) belongs to the sentence, not the quotation.
    // French and Russian set guillemets apart with spaces (« … »): they are not part of the words.
    const lead = span.text.length - span.text.trimStart().length;
    const quoted = span.text.trim().replace(/[,;:]\s*$/u, '');
    const start = span.start + lead;
    if (speaker) quotes.push({ speaker, text: quoted, start, end: start + quoted.length });
  }
  return quotes;
}
