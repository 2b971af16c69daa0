// Agreements named without a capitalized head: a quoted name before a head word ("“Crossroads of
// Peace” initiative", "the “3+3” format") and deals the text names in lower case ("the Iran nuclear deal").
import type { Token } from './tokens';
import type { AgreementHit } from './agreement-hits';
import {
  AGREEMENT_HEADS,
  DEAL_MODIFIERS,
  LOWER_DEAL_HEADS,
  QUOTED_HEADS,
  QUOTED_HEADS_BEFORE,
} from './tables/agreement-words';
import { DEMONYMS } from './tables/place-words';
import { NON_NAME_WORDS } from './tables/common-words';
import { isCapWord, spaced } from './token-utils';

const OPENING: Record<string, string> = { '“': '”', '"': '"', '‘': '’', '«': '»', '„': '“' };
const MAX_QUOTED_TOKENS = 10;

/**
 * The head before an opening quote at `open`: right before it ("инициативу «…»"), or before up to two
 * lower-case words that qualify it ("инициативу армянского правительства «…»").
 */
function headBeforeQuote(tokens: Token[], open: number): Token | undefined {
  for (let k = open - 1; k >= Math.max(0, open - 3); k--) {
    const token = tokens[k] as Token;
    if (QUOTED_HEADS_BEFORE.has(token.text.toLowerCase())) return token;
    if (!token.word || token.cap) return undefined;
  }
  return undefined;
}

/** “Name” head: the quoted words are the agreement's name. */
export function findQuotedAgreements(text: string, tokens: Token[]): AgreementHit[] {
  const hits: AgreementHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const closing = OPENING[(tokens[i] as Token).text];
    if (!closing) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= MAX_QUOTED_TOKENS && (tokens[j] as Token).text !== closing) j++;
    const close = tokens[j];
    if (!close || close.text !== closing || j === i + 1) continue;
    // “Name” head, or head «Name» where the language puts the head first ("initiative « … »").
    const after = tokens[j + 1];
    const before = headBeforeQuote(tokens, i);
    const headAfter =
      after &&
      spaced(text, close, after) &&
      (QUOTED_HEADS.has(after.text.toLowerCase()) || AGREEMENT_HEADS.has(after.text));
    const headBefore =
      before &&
      // A name, not a qualifier: "l’initiative « Carrefour de la paix »", not "l’accord « historique »".
      /[\p{Lu}\d]/u.test(text.slice((tokens[i] as Token).end, close.start));
    const head = headAfter ? after : headBefore ? before : undefined;
    if (!head) continue;
    const headWord = head.text.toLowerCase();
    const start = (tokens[i + 1] as Token).start;
    const end = (tokens[j - 1] as Token).end;
    const name = text.slice(start, end);
    // A quoted phrase that is a whole sentence is a quotation, not a name.
    if (/[.!?,;]$/.test(name) || name.split(/\s+/).length > 6) continue;
    hits.push({ start, end, name, kind: 'agreement', subtype: headWord, firstToken: i + 1, lastToken: j - 1 });
    i = j;
  }
  return hits;
}

/** "the Iran nuclear deal", "the Paris climate accord", "the Minsk agreements". */
export function findLowerCaseDeals(text: string, tokens: Token[]): AgreementHit[] {
  const hits: AgreementHit[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const head = tokens[i] as Token;
    if (head.cap || !LOWER_DEAL_HEADS.has(head.text)) continue;
    let k = i - 1;
    let modifiers = 0;
    while (
      modifiers < 2 &&
      tokens[k] &&
      DEAL_MODIFIERS.has((tokens[k] as Token).text) &&
      spaced(text, tokens[k] as Token, tokens[k + 1] as Token)
    ) {
      k--;
      modifiers++;
    }
    let proper = 0;
    while (
      proper < 3 &&
      isCapWord(tokens[k]) &&
      !NON_NAME_WORDS.has((tokens[k] as Token).text.toLowerCase()) &&
      spaced(text, tokens[k] as Token, tokens[k + 1] as Token)
    ) {
      k--;
      proper++;
    }
    const article = tokens[k];
    if (proper === 0 || article?.text !== 'the' || !spaced(text, article, tokens[k + 1] as Token)) continue;
    const properWords = tokens.slice(k + 1, k + 1 + proper).map((t) => t.text);
    if (properWords.every((w) => DEMONYMS.has(w))) continue;
    const start = (tokens[k + 1] as Token).start;
    hits.push({
      start,
      end: head.end,
      name: text.slice(start, head.end),
      kind: 'agreement',
      subtype: head.text.replace(/s$/, ''),
      firstToken: k + 1,
      lastToken: i,
    });
  }
  return hits;
}
