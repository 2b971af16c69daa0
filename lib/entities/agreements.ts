// Collects agreement and treaty-body names from every finder, keeps the longest where they overlap,
// groups the mentions of one agreement (acronyms, "X (Y)", "X — or the Y", repeated names) and
// reads the year or date the text gives it.
import type { DateMention } from '../types';
import type { Token } from './tokens';
import type { AgreementHit } from './agreement-hits';
import type { ClaimedSpans, Span } from './spans';
import { findNamedAgreements } from './named-agreements';
import { findLowerCaseDeals, findQuotedAgreements } from './informal-agreements';
import { findAcronymDefinitions, findKnownTreatyBodies, findRegionalBodies } from './treaty-bodies';
import { findAliasMentions } from './alias-mentions';
import { acronymLetters, fold, isAcronym, nameInitials, spaced } from './token-utils';
import { HEAD_FIRST_AGREEMENTS, REFERENCE_HEADS } from './tables/agreement-words';
import { foldPhrase } from './name-fold';
import { findRussianHeadFirst } from './russian-head-first';
import { readingLanguage } from './tables/language';
import { NON_NAME_WORDS } from './tables/common-words';

export interface AgreementDraft {
  kind: AgreementHit['kind'];
  subtype: string;
  name: string;
  acronym?: string;
  /** Every form that refers to it: name, acronym, aliases, known names. */
  forms: Set<string>;
  mentions: Span[];
  hits: AgreementHit[];
}

/** Text between two names that makes the second another name of the first. */
const APPOSITION =
  /^\s*(?:\(|,\s*(?:or|formally|officially|(?:also |better )?known as|also called)\s+(?:as\s+)?(?:the\s+)?|[—–]\s*or\s+(?:the\s+)?|\s+or\s+(?:the\s+)?)$/;

function acceptLongest(hits: AgreementHit[], claimed: ClaimedSpans): AgreementHit[] {
  const order = hits.map((hit, i) => ({ hit, i }));
  order.sort((a, b) => b.hit.end - b.hit.start - (a.hit.end - a.hit.start) || a.i - b.i);
  return order
    .filter(({ hit }) => claimed.claim(hit.start, hit.end))
    .map(({ hit }) => hit)
    .sort((a, b) => a.start - b.start);
}

function formsOf(hit: AgreementHit): string[] {
  return [hit.name, ...(hit.alias ? [hit.alias] : []), ...(hit.knownNames ?? [])];
}

function mergeInto(
  target: AgreementDraft,
  source: AgreementDraft,
  drafts: AgreementDraft[],
  byForm: Map<string, AgreementDraft>,
): void {
  if (target === source) return;
  target.mentions.push(...source.mentions);
  target.hits.push(...source.hits);
  for (const form of source.forms) {
    target.forms.add(form);
    byForm.set(foldPhrase(form), target);
  }
  target.acronym ??= source.acronym;
  drafts.splice(drafts.indexOf(source), 1);
}

/** "Pandemic Agreement" is the "WHO Pandemic Agreement" it ends: a longer name of the same agreement. */
function longerName(draft: AgreementDraft, drafts: AgreementDraft[]): AgreementDraft | undefined {
  const name = fold(draft.name);
  if (name.split(' ').length < 2) return undefined;
  return drafts.find((d) => d !== draft && d.kind === draft.kind && fold(d.name).endsWith(` ${name}`));
}

/** A lower-case deal ("the Paris climate accord") is the named agreement its place word starts. */
function namedCounterpart(draft: AgreementDraft, drafts: AgreementDraft[]): AgreementDraft | undefined {
  const hit = draft.hits[0];
  if (!hit || hit.subtype === draft.name || /^\p{Lu}/u.test(hit.name.split(' ').pop() ?? '')) return undefined;
  // "accords d’Oslo" and "accords de Camp David": where the head comes first, it names no place.
  if (HEAD_FIRST_AGREEMENTS.has((hit.name.split(' ')[0] ?? '').toLowerCase())) return undefined;
  const first = fold(hit.name.split(' ')[0] ?? '');
  return drafts.find(
    (d) =>
      d !== draft &&
      d.kind === 'agreement' &&
      /^\p{Lu}/u.test(d.name.split(' ').pop() ?? '') &&
      fold(d.name.split(' ')[0] ?? '') === first,
  );
}

function initialsOf(words: string[]): string {
  return words
    .flatMap((w) => w.split(/[-‐]/))
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

/** "ABM Treaty" is the "Anti-Ballistic Missile Treaty" whose initials it abbreviates. */
function expandedCounterpart(draft: AgreementDraft, drafts: AgreementDraft[]): AgreementDraft | undefined {
  const [acronym, ...rest] = draft.name.split(' ');
  if (!acronym || rest.length === 0 || !/^\p{Lu}{2,}$/u.test(acronym)) return undefined;
  return drafts.find((d) => {
    const words = d.name.split(' ');
    if (d === draft || words.length <= rest.length + 1) return false;
    const tail = words.slice(words.length - rest.length);
    if (tail.join(' ') !== rest.join(' ')) return false;
    const initials = initialsOf(words.slice(0, words.length - rest.length));
    let k = 0;
    for (const ch of initials) if (ch === acronym[k]) k++;
    return k === acronym.length && initials.charAt(0) === acronym.charAt(0);
  });
}

/** "AfCFTA" used for the "African Continental Free Trade Area" without ever being defined. */
function addUndefinedAcronyms(tokens: Token[], drafts: AgreementDraft[]): void {
  const byInitials = new Map<string, AgreementDraft>();
  for (const draft of drafts) {
    const initials = nameInitials(draft.name.split(' '));
    if (initials.length >= 3) byInitials.set(initials, draft);
  }
  for (const token of tokens) {
    if (!isAcronym(token.text)) continue;
    const draft = byInitials.get(acronymLetters(token.text));
    if (draft && !draft.forms.has(token.text)) {
      draft.forms.add(token.text);
      draft.acronym ??= token.text;
    }
  }
}

/**
 * "the tobacco convention" for the "Framework Convention on Tobacco Control": a lower-case word and head
 * that name exactly one agreement of that kind already found.
 */
function findShortReferences(text: string, tokens: Token[], drafts: AgreementDraft[], claimed: ClaimedSpans): void {
  for (let i = 1; i < tokens.length; i++) {
    const head = tokens[i] as Token;
    const subtype = REFERENCE_HEADS.get(head.text);
    const word = tokens[i - 1] as Token;
    if (!subtype || !word.word || word.cap || NON_NAME_WORDS.has(word.text) || !spaced(text, word, head)) continue;
    const owners = drafts.filter(
      (d) =>
        d.subtype === subtype && d.name.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && fold(w) === fold(word.text)),
    );
    const owner = owners.length === 1 ? owners[0] : undefined;
    if (owner && claimed.claim(word.start, head.end))
      owner.mentions.push({ start: word.start, end: head.end, text: text.slice(word.start, head.end) });
  }
}

export function findAgreements(text: string, tokens: Token[], claimed: ClaimedSpans): AgreementDraft[] {
  const hits = acceptLongest(
    [
      ...findAcronymDefinitions(text, tokens),
      ...findKnownTreatyBodies(text, tokens),
      ...findRegionalBodies(text, tokens),
      ...findNamedAgreements(text, tokens),
      ...findQuotedAgreements(text, tokens),
      ...findLowerCaseDeals(text, tokens),
      ...(readingLanguage() === 'ru' ? findRussianHeadFirst(text, tokens) : []),
    ],
    claimed,
  );
  const drafts: AgreementDraft[] = [];
  const byForm = new Map<string, AgreementDraft>();
  let previous: { hit: AgreementHit; draft: AgreementDraft } | null = null;
  for (const hit of hits) {
    let draft = formsOf(hit)
      .map((f) => byForm.get(foldPhrase(f)))
      .find((d) => d !== undefined);
    if (!draft) {
      draft = { kind: hit.kind, subtype: hit.subtype, name: hit.name, forms: new Set(), mentions: [], hits: [] };
      drafts.push(draft);
    }
    draft.mentions.push({ start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end) });
    draft.hits.push(hit);
    if (hit.alias && /^\p{Lu}[\p{Lu}\d+.&-]*$/u.test(hit.alias)) draft.acronym ??= hit.alias;
    for (const form of formsOf(hit)) {
      draft.forms.add(form);
      byForm.set(foldPhrase(form), draft);
    }
    if (previous && previous.draft !== draft && APPOSITION.test(text.slice(previous.hit.end, hit.start))) {
      mergeInto(previous.draft, draft, drafts, byForm);
      draft = previous.draft;
    }
    previous = { hit, draft };
  }
  for (const draft of [...drafts]) {
    if (!drafts.includes(draft)) continue;
    const counterpart =
      namedCounterpart(draft, drafts) ?? expandedCounterpart(draft, drafts) ?? longerName(draft, drafts);
    if (counterpart) mergeInto(counterpart, draft, drafts, byForm);
  }
  addUndefinedAcronyms(tokens, drafts);
  findShortReferences(text, tokens, drafts, claimed);
  findCapitalizedHeads(text, tokens, drafts, claimed);
  for (const draft of drafts) {
    draft.mentions.push(...findAliasMentions(text, draft.forms, claimed));
    draft.mentions.sort((a, b) => a.start - b.start);
  }
  return drafts;
}

/**
 * "the Framework", "the Accord": the capitalized head word of exactly one agreement already named,
 * after "the" and not opening another name ("the Treaty of Rome", "the Framework Convention").
 */
function findCapitalizedHeads(text: string, tokens: Token[], drafts: AgreementDraft[], claimed: ClaimedSpans): void {
  for (let i = 1; i < tokens.length; i++) {
    const head = tokens[i] as Token;
    if (!head.cap || !/^the$/i.test(tokens[i - 1]?.text ?? '')) continue;
    const next = tokens[i + 1];
    if (next && (next.cap || next.text === 'of') && spaced(text, head, next)) continue;
    const owners = drafts.filter((d) => d.kind === 'agreement' && d.name.split(/\s+/).pop() === head.text);
    const owner = owners.length === 1 ? owners[0] : undefined;
    if (owner && claimed.claim(head.start, head.end))
      owner.mentions.push({ start: head.start, end: head.end, text: head.text });
  }
}

const SIGNED_BEFORE =
  /\b(?:signed|agreed|adopted|concluded|struck|reached|negotiated|brokered|(?:created|established|founded|set up) by)\s+(?:the\s+)?$/;
const AFTER_NAME = /^\s*(?:of|\(|,\s*(?:signed|agreed|adopted|concluded|reached)\s+(?:in|on))\s*$/;
/**
 * The same in French, German, Spanish and Russian: "accord de Paris, signé en 2015", "Vertrag von
 * Lissabon, unterzeichnet 2007", "declaración, firmada el …", "декларация, подписанная в 1991 году";
 * Russian also puts the year right after the name ("Алма-Атинская декларация 1991 года").
 */
const AFTER_NAME_IN_LANGUAGES =
  /^\s*(?:de|del|von|vom|du|des|,\s*(?:signée?s?|adoptée?s?|conclue?s?|firmad[oa]s?|adoptad[oa]s?|unterzeichnet(?:e[nrs]?)?|beschlossen(?:e[nrs]?)?|vereinbart(?:e[nrs]?)?|подписанн\p{L}*|принят\p{L}*|заключенн\p{L}*)(?:\s+(?:le|en|el|am|im|в|во))?)?\s*$/u;

/**
 * The year or date the text attaches to an agreement: "the 1991 Alma-Ata Declaration", "… of 1998",
 * "signed the … in 1972". ("Left the treaty in 2002" gives no year: only signing verbs do.)
 */
export function agreementDate(
  text: string,
  draft: AgreementDraft,
  dates: DateMention[],
): { year?: number; date?: string } {
  for (const mention of draft.mentions) {
    const signed = SIGNED_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start));
    const found =
      dates.find((d) => d.end <= mention.start && /^\s*$/.test(text.slice(d.end, mention.start))) ??
      dates.find((d) => d.start >= mention.end && AFTER_NAME.test(text.slice(mention.end, d.start))) ??
      (readingLanguage() !== 'en'
        ? dates.find(
            (d) =>
              d.start >= mention.end &&
              d.start - mention.end < 40 &&
              AFTER_NAME_IN_LANGUAGES.test(text.slice(mention.end, d.start)),
          )
        : undefined) ??
      (signed
        ? dates.find((d) => d.start >= mention.end && /^\s+(?:in|on)\s+$/.test(text.slice(mention.end, d.start)))
        : undefined);
    if (found?.iso) {
      const year = Number(found.iso.slice(0, 4));
      return found.iso.length === 10 ? { year, date: found.iso } : { year };
    }
  }
  return {};
}
