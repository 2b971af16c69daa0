// Reads one date string the way pages write them: ISO 8601 and its variants, compact "20190503",
// "2019/05/03", "03.05.2019", "May 3, 2019", "3 mai 2019", "3 de mayo de 2019", RFC 2822. The answer
// keeps the page's own calendar day: "YYYY-MM-DD", or the ISO timestamp with the offset it was given.
import { monthNumber } from './date-words';
import { parseAddress, PATH_DATE } from './address-signals';

const pad = (n: number) => String(n).padStart(2, '0');

function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 ? `${year}-${pad(month)}-${pad(day)}` : null;
}

const FOUR_DIGITS = /\d{4}/;
/** "2019-05-03", "2019-05-03T10:00:00+02:00", "2019-05-03 10:00:00", "20190503", "2019/05/03". */
const ISO_LIKE =
  /^(\d{4})[-/.]?(\d{2})[-/.]?(\d{2})(?:(?:[T\s]+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/i;
/** "2019年4月2日", "2019년 4월 2일", "2019.4.2", "2019/4/2" (year first, month and day of one or two digits). */
const YEAR_FIRST = /((?:19|20)\d{2})\s*(?:[年년./-])\s*(\d{1,2})\s*(?:[月월./-])\s*(\d{1,2})(?!\d)/;
/** "03.05.2019", "3/5/2019" (day first, as most of the world writes it, unless the day cannot be one). */
const NUMERIC_DMY = /(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)/;
/** "May 3, 2019", "Mar. 3 2019", "Dec 28 Sat 2013" (a blog's date tiles: month, day, weekday, year). */
const MONTH_DAY_YEAR =
  /([^\s\d.,:;/()-]{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(\d{4})/g;
/** "3 May 2019", "3. März 2019", "3 de mayo de 2019", "3 мая 2019 г.". */
const DAY_MONTH_YEAR =
  /(\d{1,2})(?:\.|er|º|st|nd|rd|th)?\s*(?:de\s+)?([^\s\d.,:;/()-]{3,12})\.?,?\s*(?:de\s+)?(\d{4})/g;

function fromIsoLike(match: RegExpExecArray): string | null {
  const day = isoDay(Number(match[1]), Number(match[2]), Number(match[3]));
  if (!day) return null;
  const [hour, minute, second, zone] = [match[4], match[5], match[6], match[7]];
  if (hour === undefined || minute === undefined || Number(hour) > 23) return day;
  const time = `${day}T${pad(Number(hour))}:${minute}:${second ?? '00'}`;
  if (!zone) return time;
  if (zone.toUpperCase() === 'Z') return `${time}Z`;
  const offset = zone.length === 3 ? `${zone}:00` : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return `${time}${offset}`;
}

/** A clock time just after a date ("11/18/2011 2:27 AM", "May 3, 2019 at 4:05 pm"): the day with it, in the page's own zone. */
function withTime(day: string, after: string): string {
  const time =
    /^[\s,–—-]*(?:at |um |à |a las )?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([ap])\.?\s?m\b\.?)?\s*(gmt|utc|z\b)?/i.exec(
      after,
    );
  if (!time) return day;
  let hour = Number(time[1]);
  const half = time[4]?.toLowerCase();
  if (half === 'p' && hour < 12) hour += 12;
  if (half === 'a' && hour === 12) hour = 0;
  if (hour > 23 || Number(time[2]) > 59) return day;
  return `${day}T${pad(hour)}:${time[2]}:${time[3] ?? '00'}${time[5] ? 'Z' : ''}`;
}

/**
 * The date `raw` writes, or null when it writes none this reader knows. `monthFirst`: numeric dates
 * with slashes are month/day/year (American English pages).
 */
export function parseDateText(raw: string, monthFirst = false): string | null {
  const text = raw.trim();
  // Every form read here writes a four-digit year: most texts asked are no date, and leave at once.
  if (!FOUR_DIGITS.test(text)) return null;
  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const parsed = fromIsoLike(iso);
    if (parsed) return parsed;
  }
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) {
    const parsed = isoDay(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
    if (parsed) return parsed;
  }
  if (/^\d{10,13}$/.test(text)) {
    // Seconds or milliseconds since 1970 (some CMSs write these into their metas).
    const ms = Number(text) * (text.length === 10 ? 1000 : 1);
    return new Date(ms).toISOString().replace('.000', '');
  }
  const lower = text.toLowerCase();
  // Every "Month day, year" and "day Month year" in the text, until one names a month ("Top 10 Films
  // 2019 — 3 May 2019": the first match is no date).
  // A month named with an impossible day or year ("30 February 2019") is no date: not even the engine's.
  let named = false;
  for (const mdy of lower.matchAll(MONTH_DAY_YEAR)) {
    const month = monthNumber(mdy[1] as string);
    const parsed = month ? isoDay(Number(mdy[3]), month, Number(mdy[2])) : null;
    if (parsed) return withTime(parsed, lower.slice(mdy.index + mdy[0].length));
    named ||= month !== undefined;
  }
  for (const dmy of lower.matchAll(DAY_MONTH_YEAR)) {
    const month = monthNumber(dmy[2] as string);
    const parsed = month ? isoDay(Number(dmy[3]), month, Number(dmy[1])) : null;
    if (parsed) return withTime(parsed, lower.slice(dmy.index + dmy[0].length));
    named ||= month !== undefined;
  }
  if (named) return null;
  const numeric = NUMERIC_DMY.exec(text);
  if (numeric) {
    const [first, second, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    const dayFirst = second > 12 ? false : first > 12 || !(monthFirst && text.includes('/'));
    const day = dayFirst ? isoDay(year, second, first) : isoDay(year, first, second);
    return day ? withTime(day, text.slice(numeric.index + numeric[0].length)) : null;
  }
  // RFC 2822 and other forms the JavaScript engine reads ("Wed, 01 Jun 2016 12:00:00 GMT"), when they
  // name a month and a day: the engine also reads "Natura 2000" as 1 January 2000.
  if (/\b\d{1,2}\b/.test(text) && [...lower.matchAll(/\p{L}{3,}/gu)].some(([word]) => monthNumber(word))) {
    const time = Date.parse(text);
    if (!Number.isNaN(time)) return new Date(time).toISOString().replace('.000', '');
  }
  return null;
}

/** A date in an address's path or query: "/2019/05/03/", "/2019-05-03-", "/20190503/", "?a=20190503-…". */
export function dateInAddress(url: string): string | null {
  const address = parseAddress(url);
  return address ? dateInPath(address.path) : null;
}

/** `dateInAddress` for the path and query alone. */
export function dateInPath(path: string): string | null {
  const match = PATH_DATE.exec(path);
  return match ? isoDay(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}
