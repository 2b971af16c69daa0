// Chinese and Japanese say in one character what Latin scripts say in three or so, Korean in two: the
// prose thresholds (tuned on Latin text) count their characters at that weight, or short CJK news
// pages would read as too little prose to be articles.

/** Han, kana and their punctuation; Hangul syllables. */
const HAN_KANA = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60]/g;
const HANGUL = /[\uac00-\ud7af]/g;
const ANY_DENSE = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

/** The most a character can weigh: a page's weighted length is at most this times its length. */
export const MAX_SCRIPT_WEIGHT = 3;

/** `text.length`, with each Han or kana character counted 3 times and each Hangul syllable twice. */
export function weightedLength(text: string): number {
  if (!ANY_DENSE.test(text)) return text.length;
  return text.length + 2 * (text.match(HAN_KANA)?.length ?? 0) + (text.match(HANGUL)?.length ?? 0);
}

/** A page whose declared language or title is Chinese, Japanese or Korean (a string test: no element walk). */
export function isDenseScriptPage(doc: Document): boolean {
  const lang = doc.documentElement?.getAttribute('lang') ?? '';
  return /^(?:zh|ja|ko)\b/i.test(lang) || ANY_DENSE.test(doc.title ?? '');
}
