// Joins the shorter ways an article refers to a person back to the full name: surnames ("Lavrov",
// "van Oudheusden"), family names written first ("Xi"), aliases ("Hemedti"), titled first names
// ("Dr Tedros"), first names alone when only one person has them ("Jannik"), and "anti-Putin".
import type { Token } from './tokens';
import type { PersonCandidate } from './person-candidates';
import type { EvidenceContext } from './person-evidence';
import type { PersonDraft } from './people';
import { isPartOf, nameWords, span } from './people';
import { personScore, PERSON_EVIDENCE } from './person-evidence';
import { FAMILY_NAME_FIRST, NAME_PARTICLES, NAME_SUFFIXES } from './tables/name-words';
import { CITIES, COUNTRIES, DEMONYMS } from './tables/place-words';
import { NON_NAME_WORDS } from './tables/common-words';
import { spaced, withoutPossessive } from './token-utils';
import { foldName } from './name-fold';
import { capitalizesNouns, readingLanguage } from './tables/language';
import { ROLE_NOUNS } from './tables/role-words';

/** "al-Mazrouei" is also written "Mazrouei". */
function withoutArticle(word: string): string | null {
  const match = /^(?:al|el|ad|ar|as|at|az|an|ash)[-‐](\p{Lu}.*)$/u.exec(word);
  return match ? (match[1] as string) : null;
}

/** Single words that refer to the person: the surname and other non-first parts, or a family name written first. */
function shortForms(words: string[]): string[] {
  const parts = words.filter((w) => !NAME_PARTICLES.has(w) && !NAME_SUFFIXES.has(w) && !/^\p{Lu}$/u.test(w));
  const first = parts[0];
  const last = parts[parts.length - 1] ?? '';
  const familyFirst = first !== undefined && (FAMILY_NAME_FIRST.has(first) || /-\p{Ll}/u.test(last));
  const forms = familyFirst ? parts.slice(0, 1) : parts.length === 1 ? parts : parts.slice(1);
  return forms.flatMap((f) => [f, withoutArticle(f) ?? []].flat());
}

/**
 * The person a short form refers to. Namesakes ("Rodrigo Duterte", "Sara Duterte"): news style keeps
 * the bare surname for the person introduced first, the article's principal, and names the other in full.
 */
function nearest(drafts: PersonDraft[], at: number): PersonDraft | undefined {
  const introduced = drafts.filter((d) => (d.mentions[0]?.start ?? Infinity) <= at);
  const pool = introduced.length > 0 ? introduced : drafts;
  return pool.reduce<PersonDraft | undefined>(
    (best, d) => (!best || (d.mentions[0]?.start ?? 0) < (best.mentions[0]?.start ?? 0) ? d : best),
    undefined,
  );
}

function addTo(map: Map<string, PersonDraft[]>, key: string, draft: PersonDraft): void {
  const list = map.get(foldName(key)) ?? [];
  if (!list.includes(draft)) list.push(draft);
  map.set(foldName(key), list);
}

/** "van Oudheusden", "ap Iorwerth": a surname keeps the particles the full name puts before it. */
function withParticles(ctx: EvidenceContext, draft: PersonDraft, first: Token, start: number): number {
  const folded = draft.words.map(foldName);
  let at = folded.lastIndexOf(foldName(withoutPossessive(first.text)));
  let k = first.index;
  while (at > 0 && NAME_PARTICLES.has(draft.words[at - 1] as string)) {
    const prev = ctx.tokens[k - 1];
    if (!prev || foldName(prev.text) !== folded[at - 1] || !spaced(ctx.text, prev, ctx.tokens[k] as Token)) break;
    start = prev.start;
    k--;
    at--;
  }
  return start;
}

/** A first name alone refers to the one person who has it, unless it is a place or a common word. */
function firstNameOwner(drafts: PersonDraft[], word: string): PersonDraft | undefined {
  if (COUNTRIES.has(word) || CITIES.has(word) || DEMONYMS.has(word) || NON_NAME_WORDS.has(word.toLowerCase()))
    return undefined;
  const owners = drafts.filter(
    (d) =>
      d.words.length > 1 &&
      !FAMILY_NAME_FIRST.has(d.words[0] as string) &&
      foldName(d.words[0] as string) === foldName(word),
  );
  return owners.length === 1 ? owners[0] : undefined;
}

/**
 * "le président Macron", "президент Путин": where titles are written in lower case, one before a lone
 * surname introduces a person as a capitalized title does in English ("President Macron").
 */
function lowerTitleBefore(ctx: EvidenceContext, candidate: PersonCandidate): boolean {
  const prev = ctx.tokens[candidate.run.first - 1];
  return readingLanguage() !== 'en' && prev !== undefined && !prev.cap && ROLE_NOUNS.has(prev.text.toLowerCase());
}

export function resolveShortMentions(
  ctx: EvidenceContext,
  drafts: PersonDraft[],
  leftovers: PersonCandidate[],
  taken: (start: number, end: number) => boolean,
): void {
  const forms = new Map<string, PersonDraft[]>();
  // A middle name is a short form only when it is nobody's first name ("Carlos" in "Juan Carlos Ferrero").
  const firstNames = new Set(drafts.map((d) => foldName(d.words[0] ?? '')));
  for (const draft of drafts) {
    const ends = new Set([foldName(draft.words[0] ?? ''), foldName(draft.words[draft.words.length - 1] ?? '')]);
    for (const form of shortForms(draft.words)) {
      if (!ends.has(foldName(form)) && firstNames.has(foldName(form))) continue;
      addTo(forms, form, draft);
    }
    for (const alias of draft.aliases)
      for (const form of alias.length === 1 ? alias : shortForms(alias)) addTo(forms, form, draft);
  }
  const added: Array<[PersonDraft, number, number]> = [];
  for (const candidate of leftovers) {
    const words = nameWords(candidate);
    const multi = drafts.filter((d) => isPartOf(words, d.words));
    const word = words[0] as string;
    const single = words.length === 1 ? (forms.get(foldName(word)) ?? []) : [];
    // "Dr Tedros", "Prince Harry": a title before a first name refers to the person of that first name.
    const titled =
      words.length === 1 && candidate.title.length > 0
        ? drafts.filter((d) => foldName(d.words[0] ?? '') === foldName(word))
        : [];
    // "Putins Krieg": where nouns are capitalized, a known surname may open a run of its own.
    const opening =
      capitalizesNouns() && words.length > 1 && multi.length === 0 ? (forms.get(foldName(word)) ?? []) : [];
    if (opening.length > 0) {
      const first = candidate.words[0] as Token;
      const target = nearest(opening, candidate.start) as PersonDraft;
      added.push([target, first.start, first.end]);
      continue;
    }
    const target =
      nearest(multi.length > 0 ? multi : single.length > 0 ? single : titled, candidate.start) ??
      (words.length === 1 ? firstNameOwner(drafts, word) : undefined);
    if (target) {
      added.push([target, withParticles(ctx, target, candidate.words[0] as Token, candidate.start), candidate.end]);
    } else if (
      words.length === 1 &&
      (candidate.honorific || candidate.title.length > 0 || lowerTitleBefore(ctx, candidate))
    ) {
      if (personScore(ctx, candidate) < PERSON_EVIDENCE.threshold) continue;
      const draft: PersonDraft = {
        words,
        name: word,
        mentions: [span(candidate.start, candidate.end, ctx.text)],
        introductions: [candidate],
        aliases: [],
      };
      drafts.push(draft);
      addTo(forms, word, draft);
    }
  }
  // "anti-Putin": the capitalized part after a lower-case prefix.
  for (const token of ctx.tokens) {
    const match = /^\p{Ll}+-(\p{Lu}[\p{L}\p{M}'’-]*)$/u.exec(token.text);
    if (!match || withoutArticle(token.text)) continue;
    const word = withoutPossessive(match[1] as string);
    const start = token.end - (match[1] as string).length;
    const target = nearest(forms.get(foldName(word)) ?? [], start);
    if (target && !taken(start, start + word.length)) added.push([target, start, start + word.length]);
  }
  for (const [draft, start, end] of added) draft.mentions.push(span(start, end, ctx.text));
  for (const draft of drafts) draft.mentions.sort((a, b) => a.start - b.start);
}
