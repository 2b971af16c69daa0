// Weighs the evidence that a candidate is a person: a known given name, a title, a role noun or an
// appositive role, a verb of speech, a surname's shape. Place, organization and calendar words veto.
import type { Token } from './tokens';
import type { PersonCandidate } from './person-candidates';
import { ROLE_NOUNS, TITLE_WORDS } from './tables/role-words';
import { NAME_PARTICLES, SURNAME_ENDINGS } from './tables/name-words';
import { COUNTRIES, DEMONYMS, DIRECTIONS } from './tables/place-words';
import { NON_PERSON_HEADS } from './tables/org-words';
import { AGREEMENT_HEADS } from './tables/agreement-words';
import { MONTHS, NON_NAME_WORDS, SPEECH_VERBS, WEEKDAYS } from './tables/common-words';
import { withoutPossessive } from './token-utils';

/** Evidence weights; a candidate is a person at `threshold` or above. Tuned on the fixtures and the seed. */
export const PERSON_EVIDENCE = {
  threshold: 2,
  givenName: 2,
  title: 2,
  honorific: 3,
  roleNounBefore: 2,
  appositiveRole: 2,
  speechVerb: 2,
  surnameShape: 1,
  particle: 1,
  usedAlone: 1,
  country: -2,
  titleInside: -1,
  veto: -100,
} as const;

export interface EvidenceContext {
  text: string;
  tokens: Token[];
  givenNames: ReadonlySet<string>;
  /** How often each capitalized word stands alone (not inside a longer capitalized run). */
  standalone: ReadonlyMap<string, number>;
}

const W = PERSON_EVIDENCE;

function vetoes(word: Token, index: number, count: number): boolean {
  const text = withoutPossessive(word.text);
  const lower = text.toLowerCase();
  if (NON_PERSON_HEADS.has(text) || AGREEMENT_HEADS.has(text)) return true;
  if (MONTHS.has(lower) || WEEKDAYS.has(lower)) return true;
  if (NON_NAME_WORDS.has(lower)) return true;
  if (/\d/.test(text)) return true;
  if (index === 0 && (DIRECTIONS.has(text) || DEMONYMS.has(text))) return true;
  return index === count - 1 && DEMONYMS.has(text);
}

/** A role noun or title right before the run: "counterpart Sergey Lavrov", "striker Victor Osimhen". */
function roleNounBefore(ctx: EvidenceContext, first: number): boolean {
  const prev = ctx.tokens[first - 1];
  return prev !== undefined && prev.word && !prev.cap && ROLE_NOUNS.has(prev.text.toLowerCase());
}

/** ", First Deputy Chairman of…," / ", the bank's chief economist," right after the name. */
function appositiveRole(ctx: EvidenceContext, last: number): boolean {
  if (ctx.tokens[last + 1]?.text !== ',') return false;
  for (let k = last + 2; k < last + 9; k++) {
    const token = ctx.tokens[k];
    if (!token || !token.word) return false;
    if (ROLE_NOUNS.has(token.text.toLowerCase()) || TITLE_WORDS.has(token.text)) return true;
  }
  return false;
}

function speechVerbAround(ctx: EvidenceContext, first: number, last: number): boolean {
  const after = ctx.tokens[last + 1];
  const before = ctx.tokens[first - 1];
  const isVerb = (t: Token | undefined) => t !== undefined && SPEECH_VERBS.has(t.text.toLowerCase());
  if (isVerb(after) || isVerb(before)) return true;
  return before?.text === 'to' && ctx.tokens[first - 2]?.text.toLowerCase() === 'according';
}

function hasSurnameShape(word: string): boolean {
  const lower = word.toLowerCase();
  return lower.length > 4 && SURNAME_ENDINGS.some((ending) => lower.endsWith(ending));
}

export function personScore(ctx: EvidenceContext, candidate: PersonCandidate): number {
  const words = candidate.words.filter((w) => !NAME_PARTICLES.has(w.text));
  if (words.some((w, i) => vetoes(w, i, words.length))) return W.veto;
  if (words.length > 5) return W.veto;
  const first = words[0] as Token;
  const last = words[words.length - 1] as Token;
  const lastText = withoutPossessive(last.text);
  let score = 0;
  if (ctx.givenNames.has(first.text) && words.length > 1) score += W.givenName;
  if (candidate.honorific) score += W.honorific;
  else if (candidate.title.some((t) => TITLE_WORDS.has(t.text) && !DEMONYMS.has(t.text))) score += W.title;
  if (roleNounBefore(ctx, candidate.run.first)) score += W.roleNounBefore;
  if (appositiveRole(ctx, candidate.run.last)) score += W.appositiveRole;
  if (speechVerbAround(ctx, candidate.run.first, candidate.run.last)) score += W.speechVerb;
  if (words.length > 1 && hasSurnameShape(lastText)) score += W.surnameShape;
  if (candidate.words.length > words.length) score += W.particle;
  if (words.length > 1 && (ctx.standalone.get(lastText) ?? 0) > 0) score += W.usedAlone;
  if (words.some((w) => COUNTRIES.has(withoutPossessive(w.text)))) score += W.country;
  if (words.some((w) => TITLE_WORDS.has(w.text))) score += W.titleInside;
  return score;
}
