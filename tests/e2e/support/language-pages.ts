// The French and Russian articles the language e2e tests read, in Chromium and in Firefox: where each
// is served, one sentence of its text that no request may ever carry, and marks it must get.

export interface LanguagePage {
  path: string;
  slug: string;
  sentence: string;
  /** Marks the page must get, as `kind:text` (the text as the page writes it, in its own case). */
  marks: string[];
}

export const FRENCH: LanguagePage = {
  path: '/languages/fr/fr-elysee-ukraine-wire/source.html',
  slug: 'fr-elysee-ukraine-wire',
  sentence: 'pour un dîner de travail consacré aux',
  marks: [
    'person:Emmanuel Macron',
    'person:Volodymyr Zelensky',
    'person:Sergueï Lavrov',
    'person:Vladimir Poutine',
    'person:Dmitri Peskov',
    'agreement:accords de Minsk',
    'agreement:format Normandie',
  ],
};

export const RUSSIAN: LanguagePage = {
  path: '/languages/ru/ru-lavrov-erevan-tass-like/source.html',
  slug: 'ru-lavrov-erevan-tass-like',
  sentence: 'Россия готова содействовать проведению следующей',
  marks: [
    'person:Сергей Лавров',
    'person:Арарат Мирзоян',
    'organization:ОДКБ',
    'organization:Организации Договора о коллективной безопасности',
    'agreement:Алма-Атинской декларации',
  ],
};
