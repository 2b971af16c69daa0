// The article's byline: the author names the page declares (JSON-LD, author metas, parsely) or shows
// (microdata, rel=author, byline elements), cleaned of "By", dates, roles and contact details.
import { jsonLdText } from './json-ld';
import { metaValue, metaValues, type MetaValues } from './meta-values';
import { normalizeSpace, someOf } from './dom-utils';
import { articleScope, isPageFurniture } from './published-date';

type JsonObject = Record<string, unknown>;

/** Meta keys (lower case) naming the article's author. */
const AUTHOR_KEYS = [
  'article:author', 'og:article:author', 'article.author', 'byl', 'sailthru.author', 'parsely-author',
  'dc.creator', 'dcterms.creator', 'citation_author', 'cxenseparse:author', 'search.byline',
]; // prettier-ignore
/** The plain "author" meta: many sites write their publisher there ("Condé Nast"), so it comes after the page's own byline. */
const GENERIC_AUTHOR_KEY = 'author';
/** Elements that may show the byline: microdata, rel=author, and class/id names checked by BYLINE_NAME. */
const BYLINE_CANDIDATES =
  '[itemprop~="author"], [rel~="author"], [class*="author" i], [class*="byl" i], [class*="writer" i], [class*="contributor" i], [class*="autor" i], [class*="auteur" i], [class*="firma" i], [class*="signature" i], [id*="author" i], [id*="byline" i]';
/** A class or id that names a byline ("byline__author-name", "FeatureByline", "article-author"), not "authority". */
const BYLINE_NAME = /author(?!ity|iz)|byl|writer|contributor|autor|auteur|firma|signature/i;
/** Looked at, at most: a listing's bylines further down are other articles'. */
const MAX_BYLINE_CANDIDATES = 30;

/** Openers of a byline in the languages of our tables ("By", "Von", "Par", "Por", "Di", "Door", "Av"). */
const OPENER =
  /^\s*(?:(?:written|words|text|story|reporting|report|posted)\s+by|un texte de|by|von|par|por|di|door|av|autor(?:in)?|auteur|author|texto|tekst|text)\s*:?\s+/i;
/** Where a byline's names end: a date, a time, "Updated", "Published". */
const TAIL =
  /\s*(?:\bupdated\b|\bpublished\b|\bposted\b|\bon\s+\w+\s+\d|\d{1,2}[:./]\d{1,2}|\b(?:19|20)\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d).*$/i;
/** Separators between a byline's parts ("Politik · Jane Doe", "Jane Doe | 3 May"). */
const SEPARATOR = /\s*[|•·—–]\s*|\s+-\s+/;

/** Words of buttons and links that author boxes hold ("Follow Author", "More from…"), never a name. */
const UI_WORDS =
  /^(?:follow|more|view|see|all|about|contact|e-?mail|share|subscribe|profile|twitter|facebook|posts|articles|read|show|close|menu)\b/i;
/** The same words after a name: a button glued to it ("Jane Doe Follow", "Jane Doe Follow Author"). */
const UI_TAIL =
  /\s+(?:follow|subscribe|contact|e-?mail|share|profile|twitter|facebook|more from|view (?:all|profile)|see all)(?:\s+\S+)?$/i;
/**
 * A line that opens with a byline word and a capitalized name ("By Jane Doe, Senior Writer"), after a
 * dash or a date and time at most ("2/26/2015 7:11 AM PST BY TMZ STAFF"). Group 1 is what comes before,
 * group 2 the name's first character (checked for a capital in code: a Unicode class costs a compile).
 */
const BY_LINE =
  /^((?:[-–—\s\d/.:,]|[AaPp][Mm]\b|[A-Z]{2,4}\s)*)(?:(?:[Pp]osted|[Ww]ritten|[Rr]eported|[Ww]ords) [Bb]y|[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Aa]v)\s+(\S)/;
/**
 * A Chinese, Japanese or Korean byline: a reporter's title before the name ("记者 王敬照", "編集委員 中沢克二",
 * "（评论员 罗博 萧海川）"), or "기자" after it ("홍길동 기자"). Group 1 holds the names.
 */
const CJK_BYLINE =
  /(?:^|[\s（(【[|｜])(?:记者|記者|评论员|評論員|編集委員|编辑委员|特派员|特派員|撰文|作者|筆者|文(?=\s*[／/]))\s*[：:／/]?\s*((?:\p{Script=Han}{2,4}(?:[\s、，,]+|(?=[）)\s]|$))){1,3})|(\p{Script=Hangul}{2,4})\s*기자/u;
/** Words of a credit that names a desk, a wire or an agency rather than a person ("CNN Wire", "National Desk"). */
const DESK_WORDS =
  /\b(?:wire|desk|staff|agency|press|news|newsroom|service|online|redaktion|rédaction|redacción|redazione|redakcja|ap|afp|dpa|sid|reuters)\b/i;
/** Lines that credit an editor, not an author ("责任编辑：…", "編集：…"). */
const EDITOR_LINE = /^(?:责任编辑|責任編輯|编辑|編輯|編集|editor|edited by)\s*[：:]?/i;
/** Two to five capitalized words and nothing else: a name that needs no cleaning. */
const PLAIN_NAME = /^[A-Z][a-z'’-]+(?: [A-Z][a-z'’.-]*){1,4}$/;
const ANY_CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
/** A job title after the names ("Jane Doe, Senior Staff Writer"; a plural one after a comma: "…, Staff Writers"). */
const ROLE_TAIL =
  /(?:,?\s+(?:(?:senior|staff|chief|contributing|special|political|foreign|deputy)\s+)*(?:writer|reporter|correspondent|editor|columnist|contributor|technologist)|,\s*(?:(?:senior|staff|chief|contributing|special|political|foreign|deputy)\s+)*(?:writers|reporters|correspondents|editors|columnists|contributors))\b.*$/i;
/** Elements looked at in the article's container for a "By …" line: the first ones, and the last ones. */
const MAX_LINE_ELEMENTS = 80;
const MAX_FOOT_ELEMENTS = 30;

/** The JSON-LD article's authors (and creators): people's names, and organizations' apart. */
function jsonLdAuthors(node: JsonObject | null): { people: string | null; organizations: string | null } {
  if (!node) return { people: null, organizations: null };
  const list = [node.author, node.creator].flatMap((raw) =>
    Array.isArray(raw) ? raw : raw === undefined ? [] : [raw],
  );
  const isOrganization = (a: unknown) =>
    /Organization|Corporation|NewsMediaOrganization/.test(String((a as JsonObject | null)?.['@type'] ?? ''));
  return {
    people: jsonLdText({ author: list.filter((a) => !isOrganization(a)) }, 'author'),
    organizations: jsonLdText({ author: list.filter(isOrganization) }, 'author'),
  };
}

function fromParselyPage(metas: MetaValues): string | null {
  const raw = metaValue(metas, 'parsely-page');
  if (!raw) return null;
  try {
    const author = (JSON.parse(raw) as { author?: unknown }).author;
    return typeof author === 'string' ? author : null;
  } catch {
    return null;
  }
}

/**
 * A word that starts with a capital, or with a letter of a script without case (Chinese, Arabic…).
 * Plain string tests: this runs on every article page, where a Unicode regex class costs a compile.
 */
function startsCapitalized(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() || (c === c.toUpperCase() && c.charCodeAt(0) > 0x5ff);
}

/** How much a byline part looks like names: the share of its words that are capitalized (or in a caseless script). */
function nameLikeness(part: string): number {
  const words = part.trim().split(/\s+/);
  if (/\d/.test(part) || words.length > 10) return 0;
  const capitalized = words.filter((w) => startsCapitalized(w)).length;
  if (capitalized === 0) return 0;
  const joiners = words.filter((w) => /^(?:and|und|et|y|e|i|de|van|von|der|da|di|del|le|la)$/i.test(w)).length;
  return (capitalized + joiners) / words.length + (words.length >= 2 ? 0.1 : 0);
}

function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
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
  // Most declared bylines are a plain name ("Hoory Minoyan"): no cleaning, and none of its regexes to
  // compile on the page (each costs a little on every article a reader opens).
  const plain = raw.trim();
  if (
    PLAIN_NAME.test(plain) &&
    !OPENER.test(plain) &&
    !DESK_WORDS.test(plain) &&
    !UI_WORDS.test(plain) &&
    !UI_TAIL.test(plain)
  )
    return plain;
  if (EDITOR_LINE.test(raw.trim())) return null;
  let text = normalizeSpace(raw)
    .replace(/\S+@\S+\.\S+/g, '')
    .replace(/(?:^|\s)@\w+/g, '');
  text = namesPart(text).replace(OPENER, '').replace(TAIL, '').replace(OPENER, '');
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

function isBylineElement(el: Element): boolean {
  if (/\bauthor\b/.test(el.getAttribute('itemprop') ?? '') || /\bauthor\b/.test(el.getAttribute('rel') ?? ''))
    return true;
  return BYLINE_NAME.test(el.getAttribute('class') ?? '') || BYLINE_NAME.test(el.getAttribute('id') ?? '');
}

/** An element's text with a space between its text nodes ("<b>Jane Doe</b><i>Staff</i>" is two words). */
function spacedText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push((node as Text).data);
    else if (node.nodeType === 1 && !['script', 'style', 'noscript'].includes((node as Element).localName))
      for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(el);
  return parts.join(' ');
}

/** The name an element shows: its microdata name, its content attribute, or its text. */
function shownName(el: Element): string | null {
  // A byline is a line, not a paragraph that happens to sit in an author-named block (native length first).
  if ((el.textContent ?? '').length > 600) return null;
  const named = el.querySelector('[itemprop="name"]');
  const raw =
    named?.getAttribute('content') ??
    (named ? spacedText(named) : null) ??
    el.getAttribute('content') ??
    spacedText(el);
  if (!raw || normalizeSpace(raw).length > 200) return null;
  const cleaned = cleanByline(raw);
  // A byline names people: a few words, not a paragraph or a bio.
  return cleaned && cleaned.length <= 80 && cleaned.split(/\s+/).length <= 12 ? cleaned : null;
}

/** A short "By Jane Doe" line in the article's container, whatever its markup. */
function fromByLine(scope: Element | null): string | null {
  if (!scope) return null;
  // Bylines stand under the headline or, on blogs, at the foot of the post ("Posted by …").
  const elements = someOf(
    scope.querySelectorAll('p, div, span, li, address, small, em, strong, h4, h5, h6'),
    MAX_LINE_ELEMENTS,
    MAX_FOOT_ELEMENTS,
  );
  for (const el of elements) {
    if (isPageFurniture(el)) continue;
    // The native length first: the elements asked include the containers of the whole article.
    if ((el.textContent ?? '').length > 300) continue;
    const text = normalizeSpace(spacedText(el));
    if (text.length > 150) continue;
    // The Unicode classes of CJK_BYLINE cost a compile: asked only of lines with CJK characters.
    const cjk = ANY_CJK.test(text) ? CJK_BYLINE.exec(text) : null;
    const cjkNames = cjk
      ? (cjk[1] ?? cjk[2] ?? '')
          .trim()
          .split(/[\s、，,]+/)
          .join(', ')
      : '';
    if (cjkNames) return cjkNames;
    const line = BY_LINE.exec(text);
    if (!line || !startsCapitalized(line[2] ?? '')) continue;
    const name = cleanByline(text.slice(line[1]?.length ?? 0).replace(/^(?:posted|written|reported|words)\s+/i, ''));
    if (name) return name;
  }
  return null;
}

/** The first byline element, preferring those in the article's own container. */
function fromMarkup(doc: Document, near: Element | null): string | null {
  const candidates = someOf(doc.querySelectorAll(BYLINE_CANDIDATES), MAX_BYLINE_CANDIDATES).filter(isBylineElement);
  const scope = near ? articleScope(near) : null;
  const ranked = scope ? [...candidates.filter((el) => scope.contains(el)), ...candidates] : candidates;
  for (const el of ranked) {
    if (isPageFurniture(el) || el.closest('[class*="comment" i]')) continue;
    const name = shownName(el);
    if (name) return name;
  }
  return fromByLine(scope);
}

/** The byline, or null when the page names no author. `outlet`: a "byline" that is only the site's name is none. */
/**
 * The byline, or null when the page names no author. Declared people first, then the byline the page
 * shows; an organization (or a "byline" that is only the site's name) when nothing names a person.
 * `near`: the headline, or the body: bylines beside it are preferred to others on the page.
 */
export function readByline(
  doc: Document,
  metas: MetaValues,
  article: JsonObject | null,
  outlet: string | null,
  near: Element | null = null,
): string | null {
  // "Ediciones El País" on a page of "El País": the publisher, not a byline.
  const site = outlet ? fold(outlet) : null;
  const isOutlet = (name: string) =>
    site !== null && site.length > 2 && (fold(name).includes(site) || site.includes(fold(name)));
  const { people, organizations } = jsonLdAuthors(article);
  const declared = [
    people,
    ...AUTHOR_KEYS.map((key) => metaValues(metas, key).join(', ') || null),
    fromParselyPage(metas),
  ];
  let fallback: string | null = null;
  const named = (values: Array<string | null>): string | null => {
    for (const value of values) {
      const cleaned = cleanByline(value);
      if (!cleaned) continue;
      // A desk, a wire or the site itself: kept in case the page names no person.
      if (!isOutlet(cleaned) && !DESK_WORDS.test(cleaned)) return cleaned;
      fallback ??= cleaned;
    }
    return null;
  };
  return (
    named(declared) ??
    fromMarkup(doc, near) ??
    named([metaValues(metas, GENERIC_AUTHOR_KEY).join(', ') || null]) ??
    // The card's creator, when it is a name and not an @handle (handles are cleaned away).
    named([metaValue(metas, 'twitter:creator')]) ??
    cleanByline(organizations) ??
    fallback
  );
}
