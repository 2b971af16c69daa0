// Agreements named with a capitalized head word: "Prague Declaration", "Treaty of Versailles",
// "Treaty on the Non-Proliferation of Nuclear Weapons", "Collective Security Treaty Organization".
import type { Token } from './tokens';
import type { AgreementHit } from './agreement-hits';
import { AGREEMENT_HEADS, TAIL_CONNECTORS, TAIL_OPENERS, TREATY_ORG_HEADS } from './tables/agreement-words';
import { EVENT_MODIFIERS } from './tables/org-words';
import { MONTHS, NON_NAME_WORDS, WEEKDAYS } from './tables/common-words';
import { isAcronym, isCapWord, isPossessive, spaced } from './token-utils';

/** A capitalized word that can sit inside an agreement's name. */
function isNamePart(token: Token | undefined): token is Token {
  // "WHO Pandemic Agreement": an acronym is a name part even when it spells a common word.
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

export function findNamedAgreements(text: string, tokens: Token[]): AgreementHit[] {
  const hits: AgreementHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i] as Token;
    // "Free Trade Area" names an agreement's zone as an agreement does ("African Continental Free Trade Area").
    const tradeArea = head.text === 'Area' && tokens[i - 1]?.text === 'Trade';
    const subtype = tradeArea
      ? 'free trade area'
      : head.text === 'Resolution'
        ? 'resolution'
        : head.cap
          ? AGREEMENT_HEADS.get(head.text)
          : undefined;
    if (!subtype) continue;
    const first = extendLeft(text, tokens, i);
    let last = extendRight(text, tokens, i);
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
    if (head.text === 'Resolution' || (first === i && last === i)) continue;
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
