// The interface's catalogs (public/_locales/<lang>/messages.json): every language has every English
// message, none is empty, each uses exactly its placeholders, numbered as the translator passes them,
// and every plural message has the forms the translator picks from.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PLURAL_FORMS } from '../../platform/translator';

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
type Catalog = Record<string, Entry>;

const LOCALES_DIR = path.resolve(import.meta.dirname, '../../public/_locales');
const LANGUAGES = ['en', 'fr', 'de', 'es', 'ru'];

function catalogOf(lang: string): Catalog {
  return JSON.parse(readFileSync(path.join(LOCALES_DIR, lang, 'messages.json'), 'utf8')) as Catalog;
}

/** The `$NAME$` placeholders a message uses, lower-cased as the browsers match them. */
function usedPlaceholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase()))].sort();
}

const en = catalogOf('en');

describe('UI catalogs', () => {
  it('are en (the default), fr, de, es and ru', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual([...LANGUAGES].sort());
  });

  it('name messages as both browsers allow, and describe each English one for translators', () => {
    for (const [key, entry] of Object.entries(en)) {
      expect(key).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
      expect(entry.description?.trim(), key).toBeTruthy();
    }
  });

  it('number placeholders $1, $2… in the alphabetical order of their names (the order t() passes them)', () => {
    for (const [key, entry] of Object.entries(en)) {
      const names = Object.keys(entry.placeholders ?? {});
      expect(names, key).toEqual([...names].sort());
      names.forEach((name, i) => {
        expect(name, key).toBe(name.toLowerCase());
        expect(entry.placeholders?.[name]?.content, `${key}.${name}`).toBe(`$${i + 1}`);
      });
    }
  });

  it('give every plural message the forms one, few, many and other', () => {
    const bases = new Set(
      Object.keys(en)
        .filter((k) => /_(one|few|many|other)$/.test(k))
        .map((k) => k.replace(/_[a-z]+$/, '')),
    );
    expect(bases.size).toBeGreaterThan(0);
    for (const base of bases) for (const form of PLURAL_FORMS) expect(en, base).toHaveProperty(`${base}_${form}`);
  });

  for (const lang of LANGUAGES) {
    describe(lang, () => {
      const catalog = catalogOf(lang);

      it('has every English message and no other', () => {
        expect(
          Object.keys(en).filter((key) => !(key in catalog)),
          'missing',
        ).toEqual([]);
        expect(
          Object.keys(catalog).filter((key) => !(key in en)),
          'unknown',
        ).toEqual([]);
      });

      it('has no empty message', () => {
        for (const [key, entry] of Object.entries(catalog)) expect(entry.message.trim(), key).not.toBe('');
      });

      it('uses exactly the English placeholders in each message, declared as in English', () => {
        for (const [key, entry] of Object.entries(catalog)) {
          const english = en[key];
          if (!english) continue;
          const declared = Object.keys(english.placeholders ?? {}).sort();
          expect(usedPlaceholders(entry.message), `${lang} ${key}`).toEqual(declared);
          expect(usedPlaceholders(english.message), `en ${key}`).toEqual(declared);
          const contents = (e: Entry) =>
            Object.fromEntries(Object.entries(e.placeholders ?? {}).map(([name, p]) => [name, p.content]));
          expect(contents(entry), `${lang} ${key}`).toEqual(contents(english));
          // A stray "$" (other than "$NAME$") would be read by the browsers as a substitution.
          expect(entry.message.replace(/\$[A-Za-z0-9_@]+\$/g, ''), `${lang} ${key}`).not.toContain('$');
        }
      });

      it('names its own language in "locale", for Intl', () => {
        expect(catalog.locale?.message).toBe(lang);
      });

      it('describes the extension in at most the 132 characters the Chrome Web Store shows', () => {
        expect([...(catalog.extDescription?.message ?? '')].length).toBeLessThanOrEqual(132);
      });
    });
  }
});
