// Finds the dates an article mentions ("October 6, 2022", "May 20–21", "September 2022", "1991",
// "in February") and gives each an ISO form when the text, or the article's own year, fixes one.
import type { DateMention } from '../types';
import { ClaimedSpans } from './spans';
import { MONTHS } from './tables/common-words';
import { pairMap, perActiveLanguage } from './tables/language';

const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const DAY = '([0-3]?\\d)(?:st|nd|rd|th)?';
const RANGE = `(?:\\s?[–-]\\s?${DAY})?`;
const YEAR = '((?:1[7-9]|20)\\d\\d)';
const END = '(?![\\d\\p{L}])';

/** Patterns, longest first; each names which groups hold month, day and year. */
const PATTERNS: Array<{ re: RegExp; month?: number; day?: number; year?: number }> = [
  { re: new RegExp(`\\b${MONTH} ${DAY}${RANGE},? ${YEAR}${END}`, 'gu'), month: 1, day: 2, year: 4 },
  { re: new RegExp(`\\b${DAY}${RANGE} ${MONTH},? ${YEAR}${END}`, 'gu'), day: 1, month: 3, year: 4 },
  { re: new RegExp(`\\b${MONTH} ${DAY}${RANGE}${END}(?!,? \\d)`, 'gu'), month: 1, day: 2 },
  { re: new RegExp(`\\b${DAY}${RANGE} ${MONTH}${END}`, 'gu'), day: 1, month: 3 },
  { re: new RegExp(`\\b${MONTH},? ${YEAR}${END}`, 'gu'), month: 1, year: 2 },
  { re: new RegExp(`\\b(?:(?:early|late|mid|last|next|this)[ -])?(?:(?:1[7-9]|20)\\d0s)${END}`, 'gu') },
  { re: new RegExp(`\\b(?:early|late|mid)[ -]${YEAR}${END}`, 'gu'), year: 1 },
  { re: new RegExp(`\\b(?:last|next|this|early|late|mid)[ -]${MONTH}${END}`, 'gu'), month: 1 },
  {
    re: new RegExp(
      `(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate|[Mm]id-|[Tt]his|[Tt]hrough|[Dd]uring|of|[Bb]efore|[Aa]fter|[Bb]etween|and|or|to) )${MONTH}${END}`,
      'gu',
    ),
    month: 1,
  },
  { re: new RegExp(`(?<![$€£]\\s?|\\d[.,])\\b${YEAR}${END}(?![.,]?\\d|%| per)`, 'gu'), year: 1 },
  {
    re: /\b(?:(?:last|next|this) )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?\b/gu,
  },
  { re: /\b(?:last|next|this) (?:week|month|year|weekend|spring|summer|autumn|fall|winter)\b/gu },
];

/**
 * The reading language's day-month-year patterns ("6 octobre 2022", "6. Oktober 2022", "6 de octubre de
 * 2022", "6 октября 2022 года", "octobre 2022"), built once per language from its month names.
 */
const localPatterns = perActiveLanguage<typeof PATTERNS>([], (words) => {
  const names = [...pairMap(words.months, Number).keys()].sort((a, b) => b.length - a.length);
  if (names.length === 0) return [];
  const month = `(${names.join('|')})`;
  const of = '(?:\\s+de(?:l)?)?\\s+';
  const day = '([0-3]?\\d)(?:er|\\.)?';
  const year = `${YEAR}(?:\\s+(?:года|г\\.))?`;
  return [
    {
      re: new RegExp(`(?<![\\p{L}\\d])${day}\\s+(?:de\\s+)?${month}${of}${year}${END}`, 'giu'),
      day: 1,
      month: 2,
      year: 3,
    },
    { re: new RegExp(`(?<![\\p{L}\\d])${day}\\s+(?:de\\s+)?${month}${END}`, 'giu'), day: 1, month: 2 },
    { re: new RegExp(`(?<![\\p{L}\\d])${month}${of}${year}${END}`, 'giu'), month: 1, year: 2 },
  ];
});

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function toIso(month: number | null, day: number | null, year: number | null): string | null {
  if (year === null) return null;
  if (month === null) return String(year);
  if (day === null || day < 1 || day > 31) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function findDates(text: string, referenceYear: number | null): DateMention[] {
  const claimed = new ClaimedSpans();
  const found: DateMention[] = [];
  for (const pattern of [...localPatterns(), ...PATTERNS]) {
    for (const match of text.matchAll(pattern.re)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!claimed.claim(start, end)) continue;
      const group = (i: number | undefined) => (i === undefined ? undefined : match[i]);
      const monthName = group(pattern.month)?.replace('.', '').toLowerCase();
      // A month name of the reading language ("октября") or English's.
      const month = monthName ? (MONTHS.get(monthName) ?? null) : null;
      const day = group(pattern.day) ? Number(group(pattern.day)) : null;
      const explicitYear = group(pattern.year) ? Number(group(pattern.year)) : null;
      const year = explicitYear ?? (month !== null ? referenceYear : null);
      const iso = pattern.month === undefined && pattern.year === undefined ? null : toIso(month, day, year);
      found.push({ text: match[0], iso, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
