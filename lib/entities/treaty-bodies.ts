// Treaty organizations and alliances: known names and acronyms (NATO, CSTO, OSCE…), names the text
// defines with an acronym ("Collective Security Treaty Organization (CSTO)") and their named bodies
// ("OSCE Minsk Group").
import type { Token } from './tokens';
import type { AgreementHit } from './agreement-hits';
import {
  AGREEMENT_HEADS,
  BODY_HEADS,
  KNOWN_TREATY_BODIES,
  REGIONAL_BODY_HEADS,
  REGIONAL_BODY_WORDS,
  REGIONS,
  TAIL_CONNECTORS,
  TREATY_BODY_HEADS,
  TREATY_ORG_MARKERS,
} from './tables/agreement-words';
import { NON_NAME_WORDS } from './tables/common-words';
import {
  TREATY_BODIES_IN_LANGUAGES,
  TREATY_BODY_NAMES_IN_LANGUAGES,
  withBothApostrophes,
} from './tables/treaty-bodies-languages';
import { readingLanguage } from './tables/language';
import { acronymLetters, isAcronym, isCapWord, nameInitials, spaced } from './token-utils';

/** Known names by their first word (symbols trimmed, so "OPEC+" is found at the token "OPEC"). */
type KnownBody = (typeof KNOWN_TREATY_BODIES)[number];
const KNOWN_BODIES: readonly KnownBody[] = [...KNOWN_TREATY_BODIES, ...TREATY_BODIES_IN_LANGUAGES];

/** Every name of a known body: English's, then what the other languages we read call it. */
const ALL_NAMES = new Map<KnownBody, string[]>(
  KNOWN_BODIES.map((entry) => [
    entry,
    withBothApostrophes([...entry.names, ...(TREATY_BODY_NAMES_IN_LANGUAGES[entry.names[0] as string] ?? [])]),
  ]),
);

const BY_FIRST_WORD = new Map<string, Array<{ name: string; entry: KnownBody }>>();
for (const [entry, names] of ALL_NAMES) {
  for (const name of names) {
    const first = (name.split(' ')[0] as string).replace(/[^\p{L}\p{N}]+$/u, '');
    const list = BY_FIRST_WORD.get(first) ?? [];
    list.push({ name, entry });
    BY_FIRST_WORD.set(
      first,
      list.sort((a, b) => b.name.length - a.name.length),
    );
  }
}

/** Index of the token where `name`, written at token `i`, ends; -1 when the text does not say it there. */
function matchAt(text: string, tokens: Token[], i: number, name: string): number {
  const start = (tokens[i] as Token).start;
  if (!text.startsWith(name, start) || /[\p{L}\p{N}]/u.test(text.charAt(start + name.length))) return -1;
  let k = i;
  while (k < tokens.length && (tokens[k] as Token).end < start + name.length) k++;
  return (tokens[k] as Token | undefined)?.end === start + name.length ? k : -1;
}

/** Body heads after a treaty body's name: "OSCE Minsk Group". Returns the last token index. */
function bodyAfter(text: string, tokens: Token[], last: number): number {
  let k = last + 1;
  while (isCapWord(tokens[k]) && spaced(text, tokens[k - 1] as Token, tokens[k] as Token) && k - last <= 3) {
    if (BODY_HEADS.has((tokens[k] as Token).text)) return k;
    k++;
  }
  return last;
}

export function findKnownTreatyBodies(text: string, tokens: Token[]): AgreementHit[] {
  const hits: AgreementHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const options = BY_FIRST_WORD.get((tokens[i] as Token).text) ?? [];
    let last = -1;
    const found = options.find((o) => (last = matchAt(text, tokens, i, o.name)) !== -1);
    if (!found) continue;
    const start = (tokens[i] as Token).start;
    const bodyEnd = found.entry.kind === 'organization' ? bodyAfter(text, tokens, last) : last;
    if (bodyEnd > last) {
      const end = (tokens[bodyEnd] as Token).end;
      const alias = text.slice((tokens[last + 1] as Token).start, end);
      hits.push({
        start,
        end,
        name: text.slice(start, end),
        kind: 'organization',
        subtype: 'treaty body',
        alias,
        firstToken: i,
        lastToken: bodyEnd,
      });
      last = bodyEnd;
    } else {
      const end = (tokens[last] as Token).end;
      // English pages get the body's English name; others keep theirs ("Otan", "ОДКБ"), Russian in the
      // nominative its list gives first ("Минской группы ОБСЕ" is the "Минская группа ОБСЕ").
      const lang = readingLanguage();
      const cyrillic = (ALL_NAMES.get(found.entry) ?? []).find((n) => /^[\u0400-\u04ff]/u.test(n));
      const entryName =
        lang === 'en'
          ? (found.entry.names[0] as string)
          : lang === 'ru' && cyrillic
            ? cyrillic
            : text.slice(start, end);
      hits.push({
        start,
        end,
        name: entryName,
        kind: found.entry.kind,
        subtype: found.entry.subtype,
        knownNames: ALL_NAMES.get(found.entry) ?? found.entry.names,
        firstToken: i,
        lastToken: last,
      });
    }
    i = last;
  }
  return hits;
}

function isSubsequence(short: string, long: string): boolean {
  let k = 0;
  for (const ch of long) if (ch === short[k]) k++;
  return k === short.length;
}

/** "Long Name (ACR)": the name whose initials spell the acronym, when it is an agreement or a treaty body. */
export function findAcronymDefinitions(text: string, tokens: Token[]): AgreementHit[] {
  const hits: AgreementHit[] = [];
  for (let p = 1; p + 2 < tokens.length; p++) {
    const acronym = tokens[p + 1] as Token;
    if ((tokens[p] as Token).text !== '(' || (tokens[p + 2] as Token).text !== ')' || !isAcronym(acronym.text))
      continue;
    const letters = acronymLetters(acronym.text);
    let first = p;
    while (first > 0) {
      const prev = tokens[first - 1] as Token;
      const word = prev.text;
      const ok = (prev.word && prev.cap) || (TAIL_CONNECTORS.has(word) && isCapWord(tokens[first - 2]));
      if (!ok || NON_NAME_WORDS.has(word.toLowerCase()) || (first < p && !spaced(text, prev, tokens[first] as Token)))
        break;
      first--;
    }
    // Drop leading words until the initials start like the acronym.
    while (
      first < p &&
      (!isCapWord(tokens[first]) || (tokens[first] as Token).text.charAt(0).toUpperCase() !== letters.charAt(0))
    )
      first++;
    const words = tokens.slice(first, p).map((t) => t.text);
    if (words.length < 2 || !isSubsequence(letters, nameInitials(words))) continue;
    const isAgreement = words.some((w) => AGREEMENT_HEADS.has(w)) && !words.some((w) => /^Organi[sz]ation$/.test(w));
    const isTreatyBody = words.some((w) => TREATY_ORG_MARKERS.has(w)) && words.some((w) => TREATY_BODY_HEADS.has(w));
    if (!isAgreement && !isTreatyBody) continue;
    const start = (tokens[first] as Token).start;
    const end = (tokens[p - 1] as Token).end;
    hits.push({
      start, end, name: text.slice(start, end), kind: isAgreement ? 'agreement' : 'organization',
      subtype: isAgreement ? (AGREEMENT_HEADS.get(words.find((w) => AGREEMENT_HEADS.has(w)) as string) as string) : 'treaty organization',
      alias: acronym.text, firstToken: first, lastToken: p - 1,
    }); // prettier-ignore
  }
  return hits;
}

const isRegionalWord = (w: string) => REGIONAL_BODY_WORDS.has(w) || REGIONS.has(w);

/** "East African Community", "Organisation of African Unity": regional bodies named without a treaty word. */
export function findRegionalBodies(text: string, tokens: Token[]): AgreementHit[] {
  const hits: AgreementHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapWord(tokens[i]) || !REGIONAL_BODY_HEADS.has((tokens[i] as Token).text)) continue;
    // Words before the head, then an "of …" tail after it.
    let first = i;
    while (isCapWord(tokens[first - 1]) && spaced(text, tokens[first - 1] as Token, tokens[first] as Token)) first--;
    let last = i;
    while (
      tokens[last + 1] &&
      isRegionalWord((tokens[last + 1] as Token).text) &&
      spaced(text, tokens[last] as Token, tokens[last + 1] as Token)
    )
      last++;
    while (last > i && !isCapWord(tokens[last])) last--;
    const words = tokens
      .slice(first, last + 1)
      .map((t) => t.text)
      .filter((w) => w !== (tokens[i] as Token).text);
    const allowed = words.every((w) => REGIONAL_BODY_WORDS.has(w) || REGIONS.has(w));
    if (words.length === 0 || !allowed || !words.some((w) => REGIONS.has(w))) continue;
    const start = (tokens[first] as Token).start;
    const end = (tokens[last] as Token).end;
    hits.push({
      start,
      end,
      name: text.slice(start, end),
      kind: 'organization',
      subtype: 'regional organization',
      firstToken: first,
      lastToken: last,
    });
    i = last;
  }
  return hits;
}
