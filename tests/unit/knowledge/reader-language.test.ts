// The language Wikidata's facts are labelled in: the interface's catalog when the browser chose a
// translated one, else the browser's own language, else English.
import { describe, expect, it } from 'vitest';
import { readerLanguage } from '../../../lib/knowledge/reader-language';

describe('readerLanguage', () => {
  it('prefers the translated catalog the browser chose over a UI language it misreports', () => {
    expect(readerLanguage('fr', 'en-US')).toBe('fr');
  });
  it('takes the browser’s language when our interface fell back to English', () => {
    expect(readerLanguage('en', 'pt-BR')).toBe('pt');
    expect(readerLanguage(undefined, 'it')).toBe('it');
  });
  it('falls back to English on nothing usable', () => {
    expect(readerLanguage('', '')).toBe('en');
    expect(readerLanguage('en', '??')).toBe('en');
  });
});
