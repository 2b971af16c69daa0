// The translator over the real catalogs, with getMessage done as the browsers do it: messages with
// their placeholders filled, Russian plural forms, dates, counts and sizes in the UI language, and
// the English words lib/ and platform/ hand the card (reasons, fact labels) all mapped to messages.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createTranslator, resolveLocale, type MessageSource } from '../../platform/translator';
import {
  FACT_LABELS,
  REASONS,
  factText,
  languageName,
  namesakeText,
  reasonText,
  wikipediaLinkText,
} from '../../components/card-text';
import type { EntityKind, EntityQuery } from '../../lib/types';
import { REAL_ENDPOINTS } from '../../lib/knowledge/urls';
import { KnowledgeService } from '../../platform/knowledge-service';
import { MemoryCardStore } from '../../platform/memory-card-store';
import { HttpClient } from '../../platform/http-client';
import { answer, loadWorld } from '../support/fake-wikimedia';

type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

function catalogOf(lang: string): Catalog {
  const file = path.resolve(import.meta.dirname, '../../public/_locales', lang, 'messages.json');
  return JSON.parse(readFileSync(file, 'utf8')) as Catalog;
}

/** browser.i18n over the catalog of `lang` (English for what it lacks), in a browser whose UI is `ui`. */
function browserI18n(lang: string, ui = lang): MessageSource {
  const catalog = catalogOf(lang);
  const en = catalogOf('en');
  return {
    getMessage(name, substitutions = []) {
      const entry = catalog[name] ?? en[name];
      if (!entry) return '';
      return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_, placeholder: string) =>
        (entry.placeholders?.[placeholder.toLowerCase()]?.content ?? '').replace(
          /\$(\d)/g,
          (__, i: string) => substitutions[Number(i) - 1] ?? '',
        ),
      );
    },
    uiLanguage: () => ui,
  };
}

describe('translator', () => {
  it('fills named placeholders in each language', () => {
    expect(createTranslator(browserI18n('en')).t('popupSiteOn', { host: 'example.org' })).toBe('On for example.org');
    expect(createTranslator(browserI18n('de')).t('popupSiteOn', { host: 'example.org' })).toBe('Aktiv auf example.org');
    expect(createTranslator(browserI18n('ru')).t('cardLabel', { name: 'Лавров' })).toBe('Справка: Лавров');
    expect(createTranslator(browserI18n('de')).t('quoted', { text: 'Ja' })).toBe('„Ja“');
  });

  it('passes several placeholders in the order of their names', () => {
    const { plural } = createTranslator(browserI18n('en', 'en-US'));
    expect(plural('popupCacheStats', 3, { size: '12 kB' })).toBe('3 cards, about 12 kB');
  });

  it('picks Russian plural forms by Intl.PluralRules', () => {
    const { plural } = createTranslator(browserI18n('ru'));
    const cards = (n: number) => plural('popupCacheStats', n, { size: '1 КБ' });
    expect(cards(1)).toBe('1 карточка, около 1 КБ');
    expect(cards(3)).toBe('3 карточки, около 1 КБ');
    expect(cards(5)).toBe('5 карточек, около 1 КБ');
    expect(cards(11)).toBe('11 карточек, около 1 КБ');
    expect(cards(21)).toBe('21 карточка, около 1 КБ');
    expect(cards(22)).toBe('22 карточки, около 1 КБ');
    expect(plural('mentionedTimes', 14)).toBe('14 упоминаний');
  });

  it('picks English, French and German forms, and formats the count', () => {
    expect(createTranslator(browserI18n('en', 'en-US')).plural('mentionedTimes', 1)).toBe('Mentioned 1 time');
    expect(createTranslator(browserI18n('en', 'en-US')).plural('mentionedTimes', 1200)).toBe('Mentioned 1,200 times');
    expect(createTranslator(browserI18n('fr')).plural('mentionedTimes', 0)).toBe('0 mention');
    expect(createTranslator(browserI18n('de')).plural('mentionedTimes', 2)).toBe('2 Erwähnungen');
  });

  it('writes a year, a month or a day the way the UI language does', () => {
    const en = createTranslator(browserI18n('en', 'en-US'));
    expect(en.date('2022-10-06')).toBe('October 6, 2022');
    expect(en.date('2022-09')).toBe('September 2022');
    expect(en.date('1991')).toBe('1991');
    expect(en.date('2023-09-26T10:31:00+04:00', 'medium')).toBe('Sep 26, 2023');
    expect(createTranslator(browserI18n('de')).date('2022-10-06')).toBe('6. Oktober 2022');
    expect(createTranslator(browserI18n('fr')).date('1977-12-21')).toBe('21 décembre 1977');
    expect(createTranslator(browserI18n('es')).date('2022-10-06')).toBe('6 de octubre de 2022');
    expect(createTranslator(browserI18n('ru')).date('2022-10-06')).toBe('6 октября 2022 г.');
    // Not a date it can read: as given.
    expect(en.date('last October')).toBe('last October');
  });

  it('writes sizes in kilobytes and megabytes with the language’s units and separators', () => {
    const en = createTranslator(browserI18n('en', 'en-US'));
    expect(en.bytes(200)).toBe('1 kB');
    expect(en.bytes(40 * 1024)).toBe('40 kB');
    expect(en.bytes(1.5 * 1024 * 1024)).toBe('1.5 MB');
    expect(createTranslator(browserI18n('de')).bytes(1.5 * 1024 * 1024)).toBe('1,5 MB');
    expect(createTranslator(browserI18n('fr')).bytes(40 * 1024)).toBe('40\u202fko');
  });

  it('formats in the browser’s own variant of the catalog’s language, else in the catalog’s language', () => {
    expect(resolveLocale('en', 'en-GB')).toBe('en-GB');
    expect(resolveLocale('en', 'en_US')).toBe('en-US');
    expect(resolveLocale('es', 'es-419')).toBe('es-419');
    // Chromium started with --lang=de but without its German resources reports en-US: the words are German.
    expect(resolveLocale('de', 'en-US')).toBe('de');
    // A browser in Italian gets the English catalog, and English dates with it.
    expect(resolveLocale('en', 'it')).toBe('en');
    expect(resolveLocale('', 'not a tag')).toBe('en');
    expect(createTranslator(browserI18n('en', 'en-GB')).date('2022-10-06')).toBe('6 October 2022');
  });
});

describe('the card’s English words from lib/ and platform/', () => {
  const world = loadWorld();

  function service(mode: 'ok' | 'offline' | 'down' | 'error' = 'ok') {
    const http = new HttpClient({
      fetch: async (url) => {
        if (mode === 'down') throw new TypeError('Failed to fetch');
        if (mode === 'error') return new Response('', { status: 500 });
        return new Response(JSON.stringify(answer(world, new URL(String(url)))), { status: 200 });
      },
      userAgent: 'test',
      isAllowed: () => true,
      isOffline: () => mode === 'offline',
    });
    return new KnowledgeService(new MemoryCardStore(() => 0), http, REAL_ENDPOINTS, () => 0);
  }
  const query = (name: string, kind: EntityKind, extra: Partial<EntityQuery> = {}): EntityQuery => ({
    id: name,
    name,
    kind,
    mentions: 1,
    ...extra,
  });

  it('every reason a card can give is a message (a namesake’s reason aside)', async () => {
    const reasons = new Set<string | undefined>();
    for (const mode of ['offline', 'down', 'error'] as const)
      reasons.add((await service(mode).getCard('en', query('Sergey Lavrov', 'person'))).reason);
    reasons.add((await service().getCard('en', query('Zyxwv Qutsr', 'person'))).reason);
    reasons.add((await service().getCard('en', query('Mercury', 'organization'))).reason);
    reasons.add((await service().getCard('en', query('Daniel Ferrand', 'person'))).reason);
    // More names than the article's requests can look up: the last are left for their cards.
    const many = Array.from({ length: 25 }, (_, i) => query(`Zyxwv Name${String.fromCharCode(65 + i)}`, 'person'));
    for (const result of Object.values(await service().prefetch('en', many, 3))) reasons.add(result.reason);
    expect(reasons.size).toBe(Object.keys(REASONS).length);
    for (const reason of reasons) expect(Object.keys(REASONS)).toContain(reason);
    const { t } = createTranslator(browserI18n('de'));
    expect(reasonText('Offline mode is on', { t })).toBe('Der Offlinemodus ist aktiv');
    expect(reasonText(undefined, { t })).toBe('Kein sicherer Treffer');
    expect(reasonText('The 2008 Prague Declaration is a different document', { t })).toBe(
      'The 2008 Prague Declaration is a different document',
    );
    // A namesake's reason comes with its parts, and is said in the UI language.
    const prague = await service().getCard(
      'en',
      query('Prague Declaration', 'agreement', { year: 2022, places: ['Chile'] }),
    );
    expect(prague.namesake).toEqual({
      year: 2008,
      title: 'Prague Declaration on European Conscience and Communism',
      what: 'document',
    });
    expect(namesakeText(prague.namesake as NonNullable<typeof prague.namesake>, t)).toBe(
      '„Prague Declaration on European Conscience and Communism“ (2008) ist ein anderes Dokument',
    );
  });

  it('every fact label a card shows is a message, its dates and counts formatted', async () => {
    const labels = new Set<string>();
    const names: Array<[string, EntityKind]> = [
      ['Sergey Lavrov', 'person'],
      ['Black Sea Grain Initiative', 'agreement'],
      ['Treaty of Asunción', 'agreement'],
      ['Quadrilateral statement of Prague', 'agreement'],
      ['Collective Security Treaty Organization', 'organization'],
      ['United Nations', 'organization'],
    ];
    for (const [name, kind] of names) {
      const result = await service().getCard('en', query(name, kind));
      expect(result.card, name).toBeDefined();
      for (const fact of result.card?.facts ?? []) labels.add(fact.label);
    }
    expect(labels.size).toBeGreaterThanOrEqual(8);
    for (const label of labels) expect(Object.keys(FACT_LABELS)).toContain(label);
    const fr = createTranslator(browserI18n('fr'));
    expect(factText({ label: 'Born', value: '1950-03-21' }, fr)).toEqual({ label: 'Naissance', value: '21 mars 1950' });
    expect(factText({ label: 'Members', value: '1200' }, fr)).toEqual({ label: 'Membres', value: '1\u202f200' });
    expect(factText({ label: 'Something new', value: 'x' }, fr)).toEqual({ label: 'Something new', value: 'x' });
  });

  it('the Wikipedia link names the edition when it is not in the interface’s language', () => {
    const link = (ui: string, edition: string, browserUi = ui) =>
      wikipediaLinkText(edition, createTranslator(browserI18n(ui, browserUi)));
    expect(link('en', 'en', 'en-US')).toBe('Wikipedia ↗');
    expect(link('fr', 'fr')).toBe('Wikipédia ↗');
    expect(link('ru', 'ru')).toBe('Википедия ↗');
    expect(link('en', 'fr', 'en-US')).toBe('Wikipedia in French ↗');
    expect(link('fr', 'en')).toBe('Wikipédia en anglais ↗');
    expect(link('fr', 'ru')).toBe('Wikipédia en russe ↗');
    expect(link('de', 'fr')).toBe('Wikipedia auf Französisch ↗');
    expect(link('es', 'ru')).toBe('Wikipedia en ruso ↗');
    expect(link('ru', 'fr')).toBe('Википедия (французский раздел) ↗');
    // A browser in Italian reads the English words: an English card is in its interface's language.
    expect(link('en', 'en', 'it')).toBe('Wikipedia ↗');
    expect(link('en', '')).toBe('Wikipedia ↗');
    expect(languageName('xx-not a tag', 'en')).toBe('xx-not a tag');
  });
});
