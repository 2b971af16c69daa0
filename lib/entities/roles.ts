// Reads the role an article gives a person: the title before the name ("Russian President"), a role
// noun phrase before it ("his Russian counterpart"), or an appositive after it (", First Deputy
// Chairman of the … Committee on International Affairs,").
import type { Token } from './tokens';
import type { PersonCandidate } from './person-candidates';
import { ROLE_MODIFIERS, ROLE_NOUNS, TITLE_WORDS } from './tables/role-words';
import { COUNTRIES, DEMONYMS } from './tables/place-words';
import { NON_NAME_WORDS } from './tables/common-words';
import { isAllCaps, isCapWord, isPossessive } from './token-utils';
import { readingLanguage } from './tables/language';

const MAX_APPOSITIVE_TOKENS = 20;
const APPOSITIVE_END = new Set([',', '.', ';', ')', '—', '–', ':', '(', '“', '"']);

function isRoleWord(token: Token | undefined): boolean {
  if (!token || !token.word) return false;
  const lower = token.text.toLowerCase();
  if (!token.cap) return ROLE_NOUNS.has(lower) || ROLE_MODIFIERS.has(lower);
  if (NON_NAME_WORDS.has(lower) && !TITLE_WORDS.has(token.text)) return false;
  return (
    TITLE_WORDS.has(token.text) ||
    DEMONYMS.has(token.text) ||
    COUNTRIES.has(token.text.replace(/['’]s$/u, '')) ||
    isAllCaps(token.text) ||
    isPossessive(token.text)
  );
}

/** Extends a role leftwards over modifiers, demonyms and "Secretary of" style connectors. */
function extendRoleLeft(tokens: Token[], first: number): number {
  let k = first;
  for (;;) {
    const prev = tokens[k - 1];
    if (isRoleWord(prev)) {
      k--;
      continue;
    }
    if (
      prev &&
      (prev.text === 'of' || prev.text === 'for') &&
      isCapWord(tokens[k - 2]) &&
      TITLE_WORDS.has((tokens[k - 2] as Token).text)
    ) {
      k -= 2;
      continue;
    }
    return k;
  }
}

function phrase(text: string, tokens: Token[], first: number, last: number): string {
  return text.slice((tokens[first] as Token).start, (tokens[last] as Token).end);
}

function titleRole(text: string, tokens: Token[], candidate: PersonCandidate): string | null {
  if (candidate.title.length === 0 || candidate.honorific) return null;
  const first = (candidate.title[0] as Token).index;
  const last = (candidate.title[candidate.title.length - 1] as Token).index;
  const role = phrase(text, tokens, extendRoleLeft(tokens, first), last);
  return /\p{Lu}/u.test(role) && candidate.title.some((t) => TITLE_WORDS.has(t.text)) ? role : null;
}

function roleNounBefore(text: string, tokens: Token[], candidate: PersonCandidate): string | null {
  const headIndex = candidate.run.first - 1;
  const head = tokens[headIndex];
  if (!head || head.cap || !ROLE_NOUNS.has(head.text.toLowerCase())) return null;
  return phrase(text, tokens, extendRoleLeft(tokens, headIndex), headIndex);
}

/** Words of a role phrase read back from a name before giving up. */
const MAX_ROLE_PHRASE = 7;

/**
 * Where titles are written in lower case and their complements follow them, the role is the phrase
 * from a role noun up to the name: "министр иностранных дел РФ Сергей Лавров", "le ministre des
 * Affaires étrangères, Jean-Noël Barrot", "el alcalde de la capital, José Luis Martínez-Almeida".
 */
function lowerCaseRolePhrase(text: string, tokens: Token[], candidate: PersonCandidate): string | null {
  if (readingLanguage() === 'en') return null;
  let last = candidate.run.first - 1;
  if (tokens[last]?.text === ',') last--;
  let found = -1;
  for (let k = last; k >= Math.max(0, last - MAX_ROLE_PHRASE); k--) {
    const token = tokens[k] as Token;
    if (!token.word && !/^['’-]$/u.test(token.text)) break;
    if ((!token.cap || token.sentenceStart) && ROLE_NOUNS.has(token.text.toLowerCase())) found = k;
  }
  if (found < 0) return null;
  // A place in the genitive the name's run began with ("… дел России Сергей Лавров") ends the role.
  const titleEnd = candidate.title[candidate.title.length - 1]?.index;
  return phrase(text, tokens, found, titleEnd ?? last);
}

function appositiveRole(text: string, tokens: Token[], candidate: PersonCandidate): string | null {
  const comma = candidate.run.last + 1;
  if (tokens[comma]?.text !== ',') return null;
  let k = comma + 1;
  while (tokens[k] && !APPOSITIVE_END.has((tokens[k] as Token).text) && k - comma <= MAX_APPOSITIVE_TOKENS) k++;
  const end = tokens[k];
  if (!end || k === comma + 1 || !(end.text === ',' || end.text === '.' || end.text === ';' || end.text === '—'))
    return null;
  let first = comma + 1;
  if (/^(?:the|a|an)$/i.test((tokens[first] as Token).text)) first++;
  const roleHead = tokens
    .slice(first, Math.min(k, first + 8))
    .some((t) => ROLE_NOUNS.has(t.text.toLowerCase()) || TITLE_WORDS.has(t.text));
  if (!roleHead || first >= k || /^(?:who|which|whose)$/.test((tokens[first] as Token).text)) return null;
  return phrase(text, tokens, first, k - 1);
}

/** The first role any introduction of the person gives. */
export function findRole(text: string, tokens: Token[], introductions: PersonCandidate[]): string | undefined {
  for (const candidate of introductions) {
    const role =
      titleRole(text, tokens, candidate) ??
      roleNounBefore(text, tokens, candidate) ??
      lowerCaseRolePhrase(text, tokens, candidate) ??
      appositiveRole(text, tokens, candidate);
    if (role) return role;
  }
  return undefined;
}
