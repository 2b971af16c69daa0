// The article's byline from the clues the page gathered (byline-clues.ts): declared people first, then
// the names the page shows, each cleaned of "By", dates, roles and contact details; an organization
// only when nothing names a person. Plain string work: it runs in the background, off the page's thread.
import { normalizeSpace } from './dom-utils';
import { parseDateText } from './date-text';
import type { BylineClues } from './byline-clues';
import {
  AGENCY_CREDIT,
  ANY_CJK,
  BY_LINE,
  DESK_WORDS,
  isOutletName,
  isPlainName,
  LINE_PARTS,
  OPENER,
  opensWithNameBesideYear,
  startsCapitalized,
  UI_TAIL,
  UI_WORDS,
} from './byline-words';

/** Where a byline's names end: a date, a time, "Updated", "Published". */
const TAIL =
  /\s*(?:\bupdated\b|\bpublished\b|\bposted\b|\bon\s+\w+\s+\d|\d{1,2}[:./]\d{1,2}|\b(?:19|20)\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d).*$/i;
/** Separators between a byline's parts ("Politik · Jane Doe", "Jane Doe | 3 May"). */
const SEPARATOR = /\s*[|•·—–]\s*|\s+-\s+/;
/** The titles of Chinese and Japanese reporters before their names ("记者", "編集委員", "特派员"). */
const REPORTER_TITLES = '记者|記者|评论员|評論員|編集委員|编辑委员|特派员|特派員';
/**
 * A Chinese, Japanese or Korean byline: a reporter's title before the name ("记者 王敬照", "編集委員 中沢克二",
 * "（评论员 罗博 萧海川）"), or "기자" after it ("홍길동 기자"). Group 1 holds the names.
 */
const CJK_BYLINE = new RegExp(
  `(?:^|[\\s（(【[|｜]|(?<=\\p{Script=Han})(?=记者|記者))(?:${REPORTER_TITLES}|撰文|作者|著者|筆者|编译|編譯|文(?=\\s*[／/]))\\s*[：:／/]?\\s*((?:\\p{Script=Han}{2,4}(?:[\\s、，,]+|(?=[）)\\s]|$))){1,3})|(\\p{Script=Hangul}{2,4})\\s*기자`,
  'u',
);
/** A Chinese or Japanese reporter's title opening a byline element's text. */
const CJK_TITLE = new RegExp(`^(?:${REPORTER_TITLES})\\s*[：:]?\\s*`);
/** Lines that credit an editor, not an author ("责任编辑：…", "編集：…"). */
const EDITOR_LINE = /^(?:责任编辑|責任編輯|编辑|編輯|編集|editor|edited by)\s*[：:]?/i;
/** A job title after the names ("Jane Doe, Senior Staff Writer"; a plural one after a comma: "…, Staff Writers"). */
const ROLE_TAIL =
  /(?:,?\s+(?:(?:senior|staff|chief|contributing|special|political|foreign|deputy)\s+)*(?:writer|reporter|correspondent|editor|columnist|contributor|technologist)|,\s*(?:(?:senior|staff|chief|contributing|special|political|foreign|deputy)\s+)*(?:writers|reporters|correspondents|editors|columnists|contributors))\b.*$/i;

/** How much a byline part looks like names: the share of its words that are capitalized (or in a caseless script). */
function nameLikeness(part: string): number {
  const words = part.trim().split(/\s+/);
  if (/\d/.test(part) || words.length > 10) return 0;
  const capitalized = words.filter((w) => startsCapitalized(w)).length;
  if (capitalized === 0) return 0;
  const joiners = words.filter((w) => /^(?:and|und|et|y|e|i|de|van|von|der|da|di|del|le|la)$/i.test(w)).length;
  return (capitalized + joiners) / words.length + (words.length >= 2 ? 0.1 : 0);
}

/** Of a byline's parts ("Politik · Jane Doe"), the one that names people. */
function namesPart(text: string): string {
  const parts = text.split(SEPARATOR).filter((part) => part.trim() !== '');
  // "Le Monde | 04.05.2015 | Par Martin Untersinger": the part that opens like a byline is the byline.
  const opened = parts.find((part) => OPENER.test(part));
  if (opened) return opened;
  let best = parts[0] ?? '';
  for (const part of parts) if (nameLikeness(part) > nameLikeness(best)) best = part;
  return best;
}

/** "By Jane Doe | May 3, 2019" → "Jane Doe"; null when nothing like a name is left. */
export function cleanByline(raw: string | null): string | null {
  if (!raw?.trim()) return null;
  // Most bylines are a plain name ("Hoory Minoyan"): nothing to clean.
  if (isPlainName(raw)) return raw.trim();
  if (EDITOR_LINE.test(raw.trim())) return null;
  let text = normalizeSpace(raw)
    .replace(/\S+@\S+\.\S+/g, '')
    .replace(/(?:^|\s)@\w+/g, '');
  text = namesPart(text).replace(OPENER, '').replace(TAIL, '').replace(OPENER, '');
  // "記者 中村美咲": a reporter's title is not part of the name.
  text = text.replace(CJK_TITLE, '');
  // "Reporting by Jane Doe; Editing by John Roe": the editors are not the byline.
  text = text.replace(/\s*;\s*(?:additional reporting|editing|edited|graphics|produced)\b.*$/i, '');
  text = text.replace(ROLE_TAIL, '').replace(UI_TAIL, '');
  // "Jane Doe, Mountain States News Service": the agency after a named person is not the byline.
  const parts = text.replace(/\s+,/g, ',').split(/\s*,\s*/);
  while (parts.length > 1 && DESK_WORDS.test(parts[parts.length - 1] ?? '') && !DESK_WORDS.test(parts[0] ?? ''))
    parts.pop();
  text = parts.join(', ');
  // The sentence's full stop ("Posted by Alon Zakai."), not an initial's ("John Q.").
  text = normalizeSpace(text.replace(/([^\s.]{2})\.$/, '$1').replace(/^[,;:\s]+|[,;:\s]+$/g, ''));
  if (/^(?:by|von|par|por|door|av)$/i.test(text)) return null;
  // A count glued to a name by markup ("Lucas Nolan22"), but not a user name ("CC7567").
  if (/\s\S+\d+$/.test(text)) text = text.replace(/\d+$/, '').trimEnd();
  // Names have no digits: what is left with them is a date or a count ("28 février", "12 comments").
  if (/\d/.test(text) || UI_WORDS.test(text)) return null;
  if (/^https?:\/\//i.test(text) || /^(?:www\.|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,4}$)/i.test(text)) return null;
  if (text.length < 2 || text.length > 120 || !/[A-Za-z]|[^\x00-\x7f]/.test(text)) return null;
  return text;
}

/** Lower-case words a name may hold ("Jane Doe and John Roe", "Ana de la Cruz", "Ludwig van Beethoven"). */
const NAME_JOINER = /^(?:and|und|et|y|e|i|de|du|des|van|von|der|den|da|di|del|della|dos|le|la|bin|ibn|al|el|zu)$/;

/** The name a byline element shows, when it is one: a few words, not a paragraph, a bio or a headline. */
function shownName(raw: string): string | null {
  const cleaned = cleanByline(raw);
  if (!cleaned || cleaned.length > 80) return null;
  const words = cleaned.split(/\s+/);
  // "Katie Couric New Yorkers post their feelings about…": a video's title beside its host.
  const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !NAME_JOINER.test(w)).length;
  return words.length <= 12 && lower <= 1 ? cleaned : null;
}

/** A wire story's dateline credit: "Frankfurt/Main (dpa) - …", "WASHINGTON (CNN) — …". */
const DATELINE_CREDIT = /^[^()]{2,40}?\s(\([^()]{2,10}\))\s*[-–—:]/;

/** The names of a "By Jane Doe" line, of a CJK reporter's credit, or an agency's credit "(dpa)". */
function lineName(text: string): string | null {
  const credit = AGENCY_CREDIT.exec(text);
  if (credit) return credit[1] ?? null;
  const cjk = ANY_CJK.test(text) ? CJK_BYLINE.exec(text) : null;
  const cjkNames = cjk
    ? (cjk[1] ?? cjk[2] ?? '')
        .trim()
        .split(/[\s、，,]+/)
        .join(', ')
    : '';
  // "新华社记者 才扬 摄": a photographer's credit, not the story's.
  const photo = cjk && /^\s*[摄攝]/.test(text.slice(cjk.index + cjk[0].length));
  if (cjkNames) return photo || /[摄攝]/.test(cjkNames) ? null : cjkNames;
  const line = BY_LINE.exec(text);
  if (line && startsCapitalized(line[2] ?? '')) {
    return cleanByline(text.slice(line[1]?.length ?? 0).replace(/^(?:posted|written|reported|words)\s+/i, ''));
  }
  // "Malte Welding | 29.07.2006 um 14:26": the name beside a date the reader can read.
  if (!opensWithNameBesideYear(text)) return null;
  const [name, ...rest] = text.split(LINE_PARTS);
  return rest.slice(0, 2).some((part) => parseDateText(part) !== null) ? (name ?? null) : null;
}

/** "(c)AFP/Aminu ABUBAKAR": an agency's copyright and its reporter, closing the story. */
const AGENCY_REPORTER = /^\(c\)\s*[^\s/()]+\s*\/\s*(.+)$/i;
/** "Jane Doe is a professor of…", "Andrés Malamud es politólogo…": a sentence of an author's bio. */
const BIO_SENTENCE =
  /^(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|del|da|di|van|von|al|bin|ibn)\s+)?\p{Lu}[\p{L}'’.-]*){1,3})\s+(?:is|was|es|est|ist|è|é|jest)\s+\p{Ll}/u;

/** The author a closing line names: a sign-off, an agency's reporter, or the people a bio presents. */
function signOffName(text: string): string | null {
  const named = lineName(text);
  if (named) return named;
  const reporter = AGENCY_REPORTER.exec(text);
  if (reporter) return cleanByline(reporter[1] ?? null);
  const people = text
    .split(/(?<=[.;])\s+/)
    .map((sentence) => BIO_SENTENCE.exec(sentence)?.[1])
    .filter((name): name is string => !!name);
  return people.length > 0 ? people.join(', ') : null;
}

function firstOf<T>(values: readonly T[], read: (value: T) => string | null): string | null {
  for (const value of values) {
    const found = read(value);
    if (found) return found;
  }
  return null;
}

/** A desk, a wire or an agency ("National Desk", "CNN Wire", "dpa", "bsc"): a credit, not a person. */
function isCredit(name: string): boolean {
  return DESK_WORDS.test(name) || AGENCY_CREDIT.test(`(${name})`);
}

/**
 * The byline, or null when the page names no author. Declared people first, then the byline the page
 * shows; an organization (or a "byline" that is only the site's name) when nothing names a person.
 */
export function resolveByline(clues: BylineClues, outlet: string | null, leading: string | null = null): string | null {
  // A desk, a wire or an agency's credit is kept in case the page names no person; the site's own name
  // ("Mac & i" declared as the author) only when nothing else credits the story.
  let fallback: string | null = null;
  let site: string | null = null;
  const named = (values: Array<string | null>, clean: (raw: string | null) => string | null = cleanByline) => {
    for (const value of values) {
      const cleaned = clean(value);
      if (!cleaned) continue;
      if (isOutletName(cleaned, outlet)) site ??= cleaned;
      else if (isCredit(cleaned)) fallback ??= cleaned;
      else return cleaned;
    }
    return null;
  };
  const dateline = leading ? DATELINE_CREDIT.exec(leading)?.[1] : undefined;
  // The first name a byline element shows; a desk or an agency there yields to a person's "By" line.
  const shown = firstOf(clues.shown, shownName);
  const shownDesk = shown !== null && isCredit(shown);
  return (
    named(clues.declared) ??
    (shownDesk ? null : shown) ??
    named(clues.lines, (raw) => (raw ? lineName(raw) : null)) ??
    // A person signing the story's foot before a desk's or a wire's credit above it.
    named(clues.signOffs, (raw) => (raw ? signOffName(raw) : null)) ??
    shown ??
    named([dateline ?? null], (raw) => (raw ? lineName(raw) : null)) ??
    named([clues.generic]) ??
    // The card's creator, when it is a name and not an @handle (handles are cleaned away).
    named([clues.creator]) ??
    cleanByline(clues.organizations) ??
    fallback ??
    site
  );
}
