// The article's sentences with their offsets in the body text, for key points and scroll targets.
import { sentenceSpans, tokenize } from '../entities/tokens';

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph (block) the sentence is in. */
  paragraph: number;
}

export function splitSentences(text: string): Sentence[] {
  const tokens = tokenize(text);
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const [first, last] of sentenceSpans(tokens)) {
    const a = tokens[first];
    const b = tokens[last];
    if (!a || !b) continue;
    if (a.newBlock && sentences.length > 0) paragraph++;
    sentences.push({ text: text.slice(a.start, b.end), start: a.start, end: b.end, paragraph });
  }
  return sentences;
}
