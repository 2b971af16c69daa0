// Russian agreements named head first, in any case: "Договор о нераспространении ядерного оружия",
// "Договора по открытому небу", "Устав ООН", "Инициатива глобальной безопасности". Russian capitalizes
// only the first word, so the name runs on in lower case until a verb, a clause word or punctuation.
import type { Token } from './tokens';
import type { AgreementHit } from './agreement-hits';
import { russianHead } from './russian-agreements';
import { isAcronym, spaced } from './token-utils';

/** Words that open the tail of a head-first name ("о", "по", "между"). */
const OPENERS = new Set(['о', 'об', 'по', 'между']);
/** Lower-case words that may sit inside the tail ("в Европе", "дружбе и сотрудничестве"). */
const INSIDE = new Set(['и', 'в', 'во', 'на', 'с', 'со', 'к', 'о', 'об', 'по', 'между', 'до', 'для', 'против']);
/** A lower-case word of a tail: a noun or adjective in an oblique case, not a verb or a clause word. */
const TAIL_WORD = /^[\u0430-\u044f\u0451-]+$/u;
const VERB = /(?:л|ла|ло|ли|ет|ит|ут|ют|ат|ят|ся|сь|ть|ешь|ишь|ете|ите|вши|нный|нная|нное|нные|ется|ится)$/u;
const CLAUSE = new Set(['что', 'который', 'которая', 'которое', 'которые', 'как', 'если', 'не', 'но', 'а', 'же', 'ли', 'бы', 'также', 'уже', 'ещё', 'еще', 'это', 'его', 'ее', 'её', 'их', 'он', 'она', 'они', 'был', 'была', 'было', 'были', 'будет']); // prettier-ignore
/** A genitive adjective opening a tail without a preposition ("Инициатива глобальной безопасности"). */
const GENITIVE_ADJECTIVE = /(?:ого|его|ой|ей|ых|их)$/u;
const MAX_TAIL = 8;

function tailWord(token: Token | undefined): boolean {
  if (!token || !token.word) return false;
  if (token.cap) return true;
  return TAIL_WORD.test(token.text) && !CLAUSE.has(token.text) && !VERB.test(token.text);
}

/** Index of the tail's last token after the head at `head`, or `head` when no name follows it. */
function tailEnd(text: string, tokens: Token[], head: number): number {
  const first = tokens[head + 1];
  if (!first || !spaced(text, tokens[head] as Token, first)) return head;
  const opened = OPENERS.has(first.text);
  // "Устав ООН", "Хартия ШОС", "Договор СНВ-3": a name or acronym right after the head.
  if (!opened && (first.cap || isAcronym(first.text))) {
    let end = head + 1;
    while (tokens[end + 1]?.cap && spaced(text, tokens[end] as Token, tokens[end + 1] as Token)) end++;
    return end;
  }
  if (!opened && !(tailWord(first) && GENITIVE_ADJECTIVE.test(first.text))) return head;
  let end = head;
  for (let k = head + 1; k <= head + MAX_TAIL && k < tokens.length; k++) {
    const token = tokens[k] as Token;
    const prev = tokens[k - 1] as Token;
    const next = tokens[k + 1];
    if (!spaced(text, prev, token)) break;
    if (INSIDE.has(token.text)) {
      // "в Европе", "между Россией и Китаем", "средней и меньшей": a preposition before a name, "и" between
      // words of the tail; not "в обмен на …", nor "и" before another agreement ("и Инициативы …").
      const joins =
        token.text === 'и'
          ? tailWord(next) && (next?.cap ? prev.cap : true) && !russianHead(next?.text ?? '')
          : k === head + 1 || (next?.cap ?? false);
      if (!joins) break;
      continue;
    }
    // A capitalized word joins only after a preposition or "и" ("о РСМД", "в Европе"); an acronym ends it.
    if (token.cap && !INSIDE.has(prev.text) && !OPENERS.has(prev.text)) break;
    if (!tailWord(token)) break;
    end = k;
    if (isAcronym(token.text)) break;
  }
  return end;
}

export function findRussianHeadFirst(text: string, tokens: Token[]): AgreementHit[] {
  const hits: AgreementHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i] as Token;
    const form = head.cap ? russianHead(head.text) : undefined;
    if (!form) continue;
    const last = tailEnd(text, tokens, i);
    if (last === i) continue;
    const end = (tokens[last] as Token).end;
    const written = text.slice(head.start, end);
    // The head back to the nominative ("Договора о …" → "Договор о …"); the tail keeps its own case.
    const nominative = form.number === 'pl' ? form.plural : form.singular;
    const name = nominative.charAt(0).toUpperCase() + nominative.slice(1) + written.slice(head.text.length);
    hits.push({
      start: head.start,
      end,
      name,
      kind: 'agreement',
      subtype: form.subtype,
      firstToken: i,
      lastToken: last,
    });
    i = last;
  }
  return hits;
}
