// Agreements named with a capitalized head word: "Prague Declaration", "Treaty of Versailles",
// "Treaty on the Non-Proliferation of Nuclear Weapons", "Collective Security Treaty Organization".
import type { Token } from './tokens';
import { agreementSpan, type AgreementHit } from './agreement-hits';
import {
  ADJECTIVE_AGREEMENT_HEADS,
  AGREEMENT_HEADS,
  AGREEMENT_SUFFIXES,
  HEAD_FIRST_AGREEMENTS,
  TAIL_CONNECTORS,
  TAIL_OPENERS,
  TREATY_ORG_HEADS,
} from './tables/agreement-words';
import { EVENT_MODIFIERS } from './tables/org-words';
import { readingLanguage } from './tables/language';
import { russianHead } from './russian-agreements';
import { MONTHS, NON_NAME_WORDS, WEEKDAYS } from './tables/common-words';
import { isAcronym, isCapWord, isPossessive, spaced } from './token-utils';

/** A capitalized word that can sit inside an agreement's name. */
function isNamePart(token: Token | undefined): token is Token {
  // "WHO Pandemic Agreement": an acronym is a name part even when it spells a common word.
  if (isCapWord(token) && /['’]$/u.test(token.text)) return false; // French "L’", "D’": an elided article
  return isCapWord(token) && (!NON_NAME_WORDS.has(token.text.toLowerCase()) || isAcronym(token.text));
}

function isCalendar(token: Token | undefined): boolean {
  const lower = token?.text.toLowerCase() ?? '';
  return MONTHS.has(lower) || WEEKDAYS.has(lower);
}

/** Index of the first token of the modifiers before the head at `head`. */
function extendLeft(text: string, tokens: Token[], head: number): number {
  let s = head;
  for (;;) {
    const prev = tokens[s - 1];
    const cur = tokens[s] as Token;
    if (isNamePart(prev) && !isPossessive(prev.text) && spaced(text, prev, cur)) {
      s--;
      continue;
    }
    // "Belt and Road", "Council of Europe", "Molotov–Ribbentrop": a joiner between two name parts.
    const before = tokens[s - 2];
    const joinedBySpace =
      prev &&
      (prev.text === 'and' || prev.text === '&' || prev.text === 'to' || prev.text === 'of') &&
      before &&
      spaced(text, before, prev) &&
      spaced(text, prev, cur);
    const joinedByDash =
      prev && /^[–—-]$/.test(prev.text) && before && before.end === prev.start && prev.end === cur.start;
    if ((joinedBySpace || joinedByDash) && isNamePart(before) && !isPossessive(before.text)) {
      s -= 2;
      continue;
    }
    return s;
  }
}

/** Index of the last token of a tail after the head ("of Versailles", "on the Rights of the Child"). */
function extendRight(text: string, tokens: Token[], head: number): number {
  const opener = tokens[head + 1];
  // "format Normandie", "accord UE-Mercosur": where heads come first, a name may follow without "de".
  if (HEAD_FIRST_AGREEMENTS.has((tokens[head] as Token).text.toLowerCase()) && isNamePart(opener)) {
    let end = head;
    while (isNamePart(tokens[end + 1]) && spaced(text, tokens[end] as Token, tokens[end + 1] as Token)) end++;
    return end;
  }
  if (!opener || !TAIL_OPENERS.has(opener.text) || !spaced(text, tokens[head] as Token, opener)) return head;
  let end = head;
  let k = head + 1;
  while (k < tokens.length) {
    let j = k;
    while (
      tokens[j] &&
      TAIL_CONNECTORS.has((tokens[j] as Token).text) &&
      spaced(text, tokens[j - 1] as Token, tokens[j] as Token)
    )
      j++;
    const word = tokens[j];
    if (!isNamePart(word) || isCalendar(word) || !spaced(text, tokens[j - 1] as Token, word)) break;
    end = j;
    k = j + 1;
    if (isPossessive(word.text)) break;
  }
  return end;
}

/**
 * "Pacte de stabilité et de croissance": where names are capitalized on their first word only, the tail
 * of a capitalized head runs on in lower case, one word after each "de", "et de", "sur la"…
 */
function lowerCaseTail(text: string, tokens: Token[], head: number): number {
  let end = head;
  let joined = false;
  for (let k = head + 1; ;) {
    let j = k;
    while (
      tokens[j] &&
      (TAIL_OPENERS.has((tokens[j] as Token).text) || TAIL_CONNECTORS.has((tokens[j] as Token).text)) &&
      spaced(text, tokens[j - 1] as Token, tokens[j] as Token)
    )
      j++;
    const word = tokens[j];
    if (!word?.word || /['’]$/u.test(word.text) || !spaced(text, tokens[j - 1] as Token, word)) break;
    // The tail opens with "de", "sur"…, not with "et", "y" ("la Convención y a …").
    if (!joined && j > k && !TAIL_OPENERS.has((tokens[k] as Token).text)) break;
    // "Traité révisé de la Cedeao", "Initiative de paix arabe": an adjective follows its noun directly.
    if (j === k && (word.cap || !POSTPOSED_ADJECTIVE.test(word.text))) break;
    if (j > k) joined = true;
    end = j;
    k = j + 1;
  }
  // Adjectives alone are no name ("le Traité signé en 2015"): a "de …" must join one.
  return joined ? end : head;
}

/** French and Spanish adjectives by their endings, the words that follow a noun in a name. */
const POSTPOSED_ADJECTIVE =
  /\p{Ll}(?:é|ée|és|ées|el|elle|els|al|ale|aux|if|ive|aire|aires|ien|ienne|ain|aine|ais|aise|ique|iques|eux|euse|ier|ière|ado|ada|ido|ida|ales|ano|ana|ico|ica|ivo|iva|ense|ario|aria)$/u;

/**
 * A capitalized head's subtype: the word itself ("Treaty", "Traité"), the last part of a hyphenated
 * name ("Kyoto-Protokoll", "Alma-Ata-Erklärung") or the ending of a compound ("Klimapakt").
 */
function capitalizedHead(word: string): { subtype: string; compound: boolean } | undefined {
  const exact = AGREEMENT_HEADS.get(word);
  if (exact) return { subtype: exact, compound: false };
  const last = /[-‐](\p{Lu}[\p{L}\p{M}]+)$/u.exec(word)?.[1];
  const part = last ? AGREEMENT_HEADS.get(last) : undefined;
  if (part) return { subtype: part, compound: true };
  const lower = word.toLowerCase();
  for (const [ending, subtype] of AGREEMENT_SUFFIXES()) {
    if (lower.length > ending.length + 2 && lower.endsWith(ending)) return { subtype, compound: false };
  }
  return undefined;
}

/** "Минские соглашения", "Алма-Атинская декларация": an adjective made from a place, then a lower-case head. */
const PLACE_ADJECTIVE =
  /^\p{Lu}[\p{L}-]*(?:ск|цк|ин|ов|ев|ем|ан)(?:ий|ый|ая|ое|ие|ые|ого|ому|ым|ом|ой|ую|их|ых|ими|ыми)$/u;

function findAdjectiveAgreements(text: string, tokens: Token[]): AgreementHit[] {
  const hits: AgreementHit[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const head = tokens[i] as Token;
    const subtype = head.cap
      ? undefined
      : (ADJECTIVE_AGREEMENT_HEADS.get(head.text) ??
        (readingLanguage() === 'ru' ? russianHead(head.text)?.subtype : undefined));
    let first = i - 1;
    const adjective = tokens[first] as Token;
    if (!subtype || !PLACE_ADJECTIVE.test(adjective.text) || !spaced(text, adjective, head)) continue;
    // "Большое Евразийское партнерство": a capitalized adjective before the place adjective.
    const before = tokens[first - 1];
    if (
      before?.cap &&
      /(?:ий|ый|ой|ая|ое|ие|ые|ого|ой|ую|их|ых|ом)$/u.test(before.text) &&
      spaced(text, before, adjective)
    )
      first--;
    hits.push(agreementSpan(text, tokens, first, i, subtype));
  }
  return hits;
}

/** "accord de Paris", "acuerdo de París", "accords d’Oslo": a lower-case head before a capitalized name. */
function findHeadFirstAgreements(text: string, tokens: Token[]): AgreementHit[] {
  const hits: AgreementHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i] as Token;
    const subtype = head.cap ? undefined : HEAD_FIRST_AGREEMENTS.get(head.text);
    if (!subtype) continue;
    let last = extendRight(text, tokens, i);
    // "traité révisé de la Cedeao": an adjective after the head, then the name.
    const next = tokens[i + 1];
    // Treaties, not plans ("plan social de PSA" is a company's lay-offs).
    const treaty = subtype !== 'plan' && subtype !== 'format';
    if (treaty && last === i && next && !next.cap && POSTPOSED_ADJECTIVE.test(next.text) && spaced(text, head, next)) {
      const tail = extendRight(text, tokens, i + 1);
      if (tail > i + 1) last = tail;
    }
    if (last === i) continue;
    hits.push(agreementSpan(text, tokens, i, last, subtype));
    i = last;
  }
  return hits;
}

export function findNamedAgreements(text: string, tokens: Token[]): AgreementHit[] {
  return [
    ...findCapitalizedAgreements(text, tokens),
    ...findHeadFirstAgreements(text, tokens),
    ...findAdjectiveAgreements(text, tokens),
  ];
}

function findCapitalizedAgreements(text: string, tokens: Token[]): AgreementHit[] {
  const hits: AgreementHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i] as Token;
    const found = head.cap ? capitalizedHead(head.text) : undefined;
    // "Free Trade Area" names an agreement's zone as an agreement does ("African Continental Free Trade Area").
    const tradeArea = head.text === 'Area' && tokens[i - 1]?.text === 'Trade';
    const subtype = tradeArea ? 'free trade area' : head.text === 'Resolution' ? 'resolution' : found?.subtype;
    if (!subtype) continue;
    const first = extendLeft(text, tokens, i);
    let last = extendRight(text, tokens, i);
    if (last === i && first === i && !head.sentenceStart && HEAD_FIRST_AGREEMENTS.has(head.text.toLowerCase()))
      last = lowerCaseTail(text, tokens, i);
    // "Resolution 1593": a numbered resolution names itself.
    if (
      head.text === 'Resolution' &&
      /^\d+$/.test(tokens[i + 1]?.text ?? '') &&
      spaced(text, head, tokens[i + 1] as Token)
    ) {
      const number = tokens[i + 1] as Token;
      hits.push({
        start: head.start,
        end: number.end,
        name: text.slice(head.start, number.end),
        kind: 'agreement',
        subtype: 'resolution',
        firstToken: i,
        lastToken: i + 1,
      });
      i++;
      continue;
    }
    if (head.text === 'Resolution' || (first === i && last === i && !found?.compound)) continue;
    const modifiers = tokens.slice(first, i).map((t) => t.text);
    if (subtype === 'convention' && modifiers.some((m) => EVENT_MODIFIERS.has(m))) continue;
    // "Collective Security Treaty Organization": the treaty named the body it created.
    let kind: AgreementHit['kind'] = 'agreement';
    const after = tokens[last + 1];
    if (after && TREATY_ORG_HEADS.has(after.text) && spaced(text, tokens[last] as Token, after)) {
      last = extendRight(text, tokens, last + 1);
      kind = 'organization';
    }
    const start = (tokens[first] as Token).start;
    const lastToken = tokens[last] as Token;
    const end = isPossessive(lastToken.text) ? lastToken.end - 2 : lastToken.end;
    hits.push({
      start,
      end,
      name: text.slice(start, end),
      kind,
      subtype: kind === 'organization' ? 'treaty organization' : subtype,
      firstToken: first,
      lastToken: last,
    });
    i = last;
  }
  return hits;
}
