// Splits article text into tokens with offsets and marks where sentences start, so the entity
// finders work on words and sentences, never on raw characters.

export interface Token {
  text: string;
  start: number;
  end: number;
  /** A word: letters (with inner apostrophes/hyphens) or a dotted abbreviation ("U.S."). */
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** First token of a sentence (or of a paragraph, or right after an opening quotation mark). */
  sentenceStart: boolean;
  /** Whitespace before this token contains a line break: a new block. */
  newBlock: boolean;
  /** Index in the token list. */
  index: number;
}

const TOKEN =
  /(?:\p{Lu}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*(?:[-‐][\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*)*|\p{N}+(?:[.,:]\p{N}+)*|\S/gu;
const UPPER = /^\p{Lu}/u;
const TERMINATOR = /^[.!?…。！？]$/;
const CLOSER = /^["”’)\]»」』）]$/;
const OPENER = /^["“‘(\[«「『（]$/;

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Gen', 'Lt', 'Col', 'Sgt', 'Capt', 'Sen', 'Rep', 'Gov', 'Jr', 'Sr',
  'Prof', 'Inc', 'Corp', 'Co', 'Ltd', 'No', 'vs', 'Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sept', 'Sep',
  'Oct', 'Nov', 'Dec', 'Adm', 'Maj', 'Cmdr', 'Rev', 'Hon', 'Ft', 'Mt', 'Ave', 'approx', 'etc', 'e.g',
  'i.e', 'Fr', 'Messrs', 'Mme', 'Mlle',
]); // prettier-ignore

function isAbbreviationBefore(tokens: Token[], periodIndex: number): boolean {
  const prev = tokens[periodIndex - 1];
  if (!prev || prev.end !== (tokens[periodIndex] as Token).start) return false;
  // A single capital letter with a period is an initial ("John F. Kennedy").
  return ABBREVIATIONS.has(prev.text) || /^\p{Lu}$/u.test(prev.text);
}

/** French elided words: "l’", "d’", "qu’"… before a word ("l’Otan", "d’Emmanuel", "l’accord"). */
const ELISION = /^(?:[cdjlmnst]|qu|lorsqu|puisqu|jusqu)['’](?=[\p{L}])/iu;

/** `elisions`: split a French elided article or preposition off the word it leans on, as two tokens. */
export function tokenize(text: string, elisions = false): Token[] {
  const tokens: Token[] = [];
  let lastEnd = 0;
  const push = (value: string, start: number, gap: string) =>
    tokens.push({
      text: value,
      start,
      end: start + value.length,
      word: /^[\p{L}\p{M}]/u.test(value),
      cap: UPPER.test(value),
      sentenceStart: false,
      newBlock: tokens.length === 0 || gap.includes('\n'),
      index: tokens.length,
    });
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const value = match[0];
    const gap = text.slice(lastEnd, start);
    const elided = elisions ? (ELISION.exec(value)?.[0].length ?? 0) : 0;
    if (elided > 0) {
      push(value.slice(0, elided), start, gap);
      push(value.slice(elided), start + elided, '');
    } else push(value, start, gap);
    lastEnd = start + value.length;
  }
  markSentenceStarts(tokens);
  return tokens;
}

function markSentenceStarts(tokens: Token[]): void {
  let expectStart = true;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.newBlock) expectStart = true;
    if (expectStart && !CLOSER.test(token.text)) {
      token.sentenceStart = true;
      // An opening quote starts the sentence, and so does the word right after it.
      expectStart = OPENER.test(token.text);
      continue;
    }
    const next = tokens[i + 1];
    // "NEWS.ru", "e.g": a period with a word right after it, no space, ends nothing.
    const inWord = token.text === '.' && next !== undefined && next.start === token.end && next.word;
    if (TERMINATOR.test(token.text) && !inWord && !(token.text === '.' && isAbbreviationBefore(tokens, i))) {
      expectStart = true;
    } else if (!CLOSER.test(token.text)) {
      expectStart = false;
    }
  }
}

/** Sentence spans over the tokens: [first token index, last token index]. */
export function sentenceSpans(tokens: Token[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let first = 0;
  for (let i = 1; i <= tokens.length; i++) {
    const token = tokens[i];
    if (!token || (token.sentenceStart && !OPENER.test(tokens[i - 1]?.text ?? ''))) {
      spans.push([first, i - 1]);
      first = i;
    }
  }
  return spans.filter(([a, b]) => a <= b);
}
