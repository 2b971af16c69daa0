// Treaty organizations and alliances: known names and acronyms (NATO, CSTO, OSCE…), names the text
// defines with an acronym ("Collective Security Treaty Organization (CSTO)") and their named bodies
// ("OSCE Minsk Group").
import type { Token } from './tokens';
import type { AgreementHit } from './agreement-hits';
import {
  AGREEMENT_HEADS,
  BODY_HEADS,
  KNOWN_TREATY_BODIES,
  TAIL_CONNECTORS,
  TREATY_BODY_HEADS,
  TREATY_ORG_MARKERS,
} from './tables/agreement-words';
import { NON_NAME_WORDS } from './tables/common-words';
import { isAllCaps, isCapWord, spaced } from './token-utils';

const FIRST_WORDS = new Map<string, Array<{ words: string[]; entry: (typeof KNOWN_TREATY_BODIES)[number] }>>();
for (const entry of KNOWN_TREATY_BODIES) {
  for (const name of entry.names) {
    const words = name.split(' ');
    const list = FIRST_WORDS.get(words[0] as string) ?? [];
    list.push({ words, entry });
    FIRST_WORDS.set(
      words[0] as string,
      list.sort((a, b) => b.words.length - a.words.length),
    );
  }
}

function matchesAt(text: string, tokens: Token[], i: number, words: string[]): boolean {
  return words.every(
    (w, k) =>
      tokens[i + k]?.text === w && (k === 0 || spaced(text, tokens[i + k - 1] as Token, tokens[i + k] as Token)),
  );
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
    const options = FIRST_WORDS.get((tokens[i] as Token).text);
    const found = options?.find((o) => matchesAt(text, tokens, i, o.words));
    if (!found) continue;
    let last = i + found.words.length - 1;
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
      const entryName = found.entry.names[0] as string;
      hits.push({
        start,
        end: (tokens[last] as Token).end,
        name: entryName,
        kind: found.entry.kind,
        subtype: found.entry.subtype,
        knownNames: found.entry.names,
        firstToken: i,
        lastToken: last,
      });
    }
    i = last;
  }
  return hits;
}

function initials(words: string[]): string {
  return words
    .filter((w) => !TAIL_CONNECTORS.has(w))
    .flatMap((w) => w.split(/[-‐]/))
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
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
    if ((tokens[p] as Token).text !== '(' || (tokens[p + 2] as Token).text !== ')' || !isAllCaps(acronym.text))
      continue;
    const letters = acronym.text.replace(/[^\p{Lu}]/gu, '');
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
    if (words.length < 2 || !isSubsequence(letters, initials(words))) continue;
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
