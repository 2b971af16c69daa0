// The language a page is read in when it declares none: its most frequent function words, Cyrillic
// Russian included; too little text, or none that stands out, guesses nothing.
import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../../lib/article/language';
import { readLanguageOf } from '../../../lib/entities/read-language';

describe('guessLanguage', () => {
  it('tells the five read languages apart by their function words', () => {
    const samples: Record<string, string> = {
      en: 'The minister said that the talks with the delegation were held in the capital and that the deal was close.',
      fr: 'Le ministre a déclaré que les discussions avec la délégation se sont tenues dans la capitale et que l’accord est proche pour les deux pays.',
      de: 'Der Minister sagte, dass die Gespräche mit der Delegation in der Hauptstadt stattfanden und das Abkommen nicht mehr weit sei, und er sich freue.',
      es: 'El ministro dijo que las conversaciones con la delegación se celebraron en la capital y que el acuerdo está cerca para los dos países del sur.',
      ru: 'Министр заявил, что переговоры с делегацией прошли в столице и что соглашение близко, но не все вопросы решены, как и ожидалось по плану.',
    };
    for (const [lang, text] of Object.entries(samples)) expect(guessLanguage(text), lang).toBe(lang);
  });

  it('guesses nothing from a few words', () => {
    expect(guessLanguage('Breaking news')).toBe('');
  });
});

describe('readLanguageOf', () => {
  it('reads a declared region variant in its language, and any other language as English', () => {
    expect(readLanguageOf('fr-CA')).toBe('fr');
    expect(readLanguageOf('de_AT')).toBe('de');
    expect(readLanguageOf('RU')).toBe('ru');
    expect(readLanguageOf('it')).toBe('en');
    expect(readLanguageOf('')).toBe('en');
  });
});
