// The timeline: every date the article mentions, normalized with chrono-node (a year the text omits
// is taken from the article's date), in chronological order; dates no year can be given to come last.
import { casual } from 'chrono-node';
import type { DateMention } from '../types';

export interface TimelineEntry {
  /** As the article writes it ("October 6, 2022", "last October"). */
  text: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when nothing fixes the year. */
  iso: string | null;
  start: number;
  end: number;
}

function isoOf(date: Date, precision: 'year' | 'month' | 'day'): string {
  const iso = date.toISOString();
  return precision === 'day' ? iso.slice(0, 10) : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
}

/** Resolves a year-less or relative date ("February", "last October", "Tuesday") against the article's date. */
function normalize(mention: DateMention, reference: Date | null): string | null {
  if (mention.iso && /^\d{4}/.test(mention.iso) && !/^(?:last|next|this)\b/i.test(mention.text)) return mention.iso;
  if (!reference) return null;
  const [result] = casual.parse(mention.text, { instant: reference }, { forwardDate: false });
  if (!result) return mention.iso;
  const known = result.start;
  const precision =
    known.isCertain('day') || known.get('weekday') !== null ? 'day' : known.isCertain('month') ? 'month' : 'year';
  return isoOf(result.start.date(), precision);
}

export function buildTimeline(dates: DateMention[], articleDate: string | null): TimelineEntry[] {
  const reference = articleDate ? new Date(articleDate) : null;
  const entries = dates.map((d) => ({ text: d.text, iso: normalize(d, reference), start: d.start, end: d.end }));
  return entries.sort((a, b) => {
    if (a.iso && b.iso) return a.iso.localeCompare(b.iso) || a.start - b.start;
    if (a.iso) return -1;
    if (b.iso) return 1;
    return a.start - b.start;
  });
}
