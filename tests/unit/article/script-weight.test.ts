// Script weight: Chinese and Japanese characters count 3, Korean syllables 2, so short CJK news pages
// clear the prose thresholds tuned on Latin text; isDenseScriptPage says which pages are CJK.
import { describe, expect, it } from 'vitest';
import { isDenseScriptPage, MAX_SCRIPT_WEIGHT, weightedLength } from '../../../lib/article/script-weight';
import { page } from '../helpers';

describe('weightedLength', () => {
  it('weighs Latin text its length', () => {
    expect(weightedLength('Hello world')).toBe(11);
    expect(weightedLength('é')).toBe(1);
    expect(weightedLength('')).toBe(0);
  });

  it('counts Han and kana 3 per character', () => {
    expect(weightedLength('東京')).toBe(6);
    expect(weightedLength('ひらがな')).toBe(12);
    expect(weightedLength('カタカナ')).toBe(12);
  });

  it('counts CJK punctuation 3 per character', () => {
    expect(weightedLength('「東京」')).toBe(12);
    expect(weightedLength('，。')).toBe(6);
  });

  it('counts Hangul 2 per syllable', () => {
    expect(weightedLength('한국어')).toBe(6);
  });

  it('adds mixed scripts up', () => {
    expect(weightedLength('東京 is big')).toBe(13);
    expect(weightedLength('한국 東京 ab')).toBe(14);
  });

  it('weighs nothing more than MAX_SCRIPT_WEIGHT times its length', () => {
    expect(MAX_SCRIPT_WEIGHT).toBe(3);
    for (const text of ['東京', '한국어', 'Hello', '東京 is big'])
      expect(weightedLength(text)).toBeLessThanOrEqual(MAX_SCRIPT_WEIGHT * text.length);
  });
});

describe('isDenseScriptPage', () => {
  function pageWith(lang: string | null, title: string): Document {
    const doc = page('<p>x</p>', `<title>${title}</title>`);
    if (lang === null) doc.documentElement.removeAttribute('lang');
    else doc.documentElement.setAttribute('lang', lang);
    return doc;
  }

  it.each(['ja', 'zh-CN', 'zh-Hant', 'ko', 'ZH'])('is true for <html lang="%s">', (lang) => {
    expect(isDenseScriptPage(pageWith(lang, 'News'))).toBe(true);
  });

  it('is true for a Chinese, Japanese or Korean title on a page declared otherwise', () => {
    expect(isDenseScriptPage(pageWith('en', '東京のニュース'))).toBe(true);
    expect(isDenseScriptPage(pageWith('en', '서울 뉴스'))).toBe(true);
    expect(isDenseScriptPage(pageWith(null, '北京新闻'))).toBe(true);
  });

  it('is false for a Latin page, and for a language code that only starts like one', () => {
    expect(isDenseScriptPage(pageWith('en', 'News'))).toBe(false);
    expect(isDenseScriptPage(pageWith(null, 'News'))).toBe(false);
    expect(isDenseScriptPage(pageWith('jav', 'News'))).toBe(false);
    expect(isDenseScriptPage(page('<p>東京</p>'))).toBe(false);
  });
});
