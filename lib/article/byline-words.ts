// The words of bylines both halves of byline reading need: the page, to know when a declared or shown
// name is certain (and stop looking), and the resolver, to clean every other candidate (byline.ts).

/** Openers of a byline in the languages of our tables ("By", "Von", "Par", "Por", "Di", "Door", "Av"). */
export const OPENER =
  /^\s*(?:(?:written|words|text|story|reporting|report|posted)\s+by|un texte de|by|von|par|por|di|door|av|autor(?:in)?|auteur|author|texto|tekst|text)\s*:?\s+/i;
/** Words of a credit that names a desk, a wire or an agency rather than a person ("CNN Wire", "National Desk"). */
export const DESK_WORDS =
  /\b(?:wire|desk|staff|agency|press|news|newsroom|service|online|redaktion|rédaction|redacción|redazione|redakcja|ap|afp|dpa|sid|reuters)\b/i;
/** Words of buttons, links and ad labels that author boxes hold ("Follow Author", "More from…", "Gesponserte Inhalte"), never a name. */
export const UI_WORDS =
  /^(?:follow|more|view|see|all|about|contact|e-?mail|share|subscribe|profile|twitter|facebook|posts|articles|read|show|close|menu|sponsored|gesponsert\w*|anzeige|werbung|advertisement|promoted)\b/i;
/** The same words after a name: a button glued to it ("Jane Doe Follow", "Jane Doe Follow Author"). */
export const UI_TAIL =
  /\s+(?:follow|subscribe|contact|e-?mail|share|profile|twitter|facebook|more from|view (?:all|profile)|see all)(?:\s+\S+)?$/i;
/** Two to five capitalized words and nothing else: a name that needs no cleaning. */
const PLAIN_NAME = /^[A-Z][a-z'’-]+(?: [A-Z][a-z'’.-]*){1,4}$/;
/**
 * A line that opens with a byline word and a capitalized name ("By Jane Doe, Senior Writer"), after a
 * dash or a date and time at most ("2/26/2015 7:11 AM PST BY TMZ STAFF"). Group 1 is what comes before,
 * group 2 the name's first character (checked for a capital in code: a Unicode class costs a compile).
 */
export const BY_LINE =
  /^((?:[-–—\s\d/.:,]|[AaPp][Mm]\b|[A-Z]{2,4}\s)*)(?:(?:[Pp]osted|[Ww]ritten|[Rr]eported|[Ww]ords) [Bb]y|[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Aa]v)\s+(\S)/;
/**
 * A credit in parentheses, a line of its own at the foot of a story or in its dateline: a wire agency
 * ("(dpa)", "(SID)", "(AFP)") or an editor's initials ("(bsc)"). Group 1 is the credit.
 */
export const AGENCY_CREDIT =
  /^\(\s*(AP|AFP|dpa|DPA|SID|sid|KNA|epd|APA|ANSA|EFE|Reuters|Xinhua|Yonhap|Kyodo|PAP|TASS|UPI|AAP|ANP|Belga|SDA|sda|CNN|[a-z]{3})\s*\)$/;
/** The parts of a short line that may put a name beside a date ("Jane Doe | 29.07.2006", line breaks made " | "). */
export const LINE_PARTS = /\s*[|•·]\s*/;
/** Hiragana, katakana, CJK ideographs and Hangul syllables. */
export const ANY_CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** A plain name ("Hoory Minoyan"): byline cleaning would return it as it is. */
export function isPlainName(raw: string): boolean {
  const text = raw.trim();
  return (
    PLAIN_NAME.test(text) && !OPENER.test(text) && !DESK_WORDS.test(text) && !UI_WORDS.test(text) && !UI_TAIL.test(text)
  );
}

/**
 * A word that starts with a capital, or with a letter of a script without case (Chinese, Arabic…).
 * Plain string tests: this runs on every article page, where a Unicode regex class costs a compile.
 */
export function startsCapitalized(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() || (c === c.toUpperCase() && c.charCodeAt(0) > 0x5ff);
}

function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

/** "Ediciones El País" on a page of "El País": a name that is the publisher's, not a byline. */
export function isOutletName(name: string, outlet: string | null): boolean {
  const site = outlet ? fold(outlet) : '';
  return site.length > 2 && (fold(name).includes(site) || site.includes(fold(name)));
}

/** A declared author the resolver takes as it is, ahead of everything after it: a person's plain name. */
export function isCertainAuthor(raw: string, outlet: string | null): boolean {
  return isPlainName(raw) && !isOutletName(raw.trim(), outlet);
}

/**
 * "Jane Doe | 29.07.2006 um 14:26", "Max Blumenthal | The Grayzone | Thu, 14 May 2020": a plain name
 * opening a short line whose next parts hold a year. (The page's cheap test; the resolver reads the date.)
 */
export function opensWithNameBesideYear(text: string): boolean {
  const parts = text.split(LINE_PARTS);
  return (
    parts.length >= 2 && isPlainName(parts[0] ?? '') && parts.slice(1, 3).some((part) => /\b(?:19|20)\d\d\b/.test(part))
  );
}
