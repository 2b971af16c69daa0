// Golden answers: our fixtures' expected.json and the seed's gold file share one shape.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface GoldEntity {
  name: string;
  mentions: string[];
  optional?: boolean;
}

export interface GoldFile {
  isArticle?: boolean;
  /** A language fixture's part: tuned on (`dev`) or scored only at the end (`test`). */
  split?: 'dev' | 'test';
  /** The path the page lives at on its site, when that matters to the check ("/": a home page). */
  address?: string;
  /** A non-article the cheap check lets through and the full check refuses once it has read the page. */
  refusedAfterReading?: boolean;
  article?: { title?: string; lang?: string; starts_with?: string; ends_with?: string; must_exclude?: string[] };
  people?: GoldEntity[];
  agreements?: GoldEntity[];
  organizations?: GoldEntity[];
  not_people?: string[];
  quotes?: Array<{ speaker: string; starts: string }>;
}

export interface GoldCase {
  name: string;
  pagePath: string;
  gold: GoldFile;
}

export const FIXTURES_DIR = path.resolve(import.meta.dirname, '../../tests/fixtures/pages');
/** Articles in French, German, Spanish and Russian, one folder per language, each case with its split. */
export const LANGUAGE_FIXTURES_DIR = path.resolve(import.meta.dirname, '../../tests/fixtures/languages');
export const SHARED_DIR = path.resolve(import.meta.dirname, '../../../shared');
export const SEED_PAGE = path.join(SHARED_DIR, 'seed/lavrov-yerevan.html');
export const SEED_GOLD = path.join(SHARED_DIR, 'seed/lavrov-yerevan.gold.json');

export function readGold(file: string): GoldFile {
  return JSON.parse(readFileSync(file, 'utf8')) as GoldFile;
}

/** Every fixture folder with a source.html and an expected.json, sorted by name. */
export function fixtureCases(dir = FIXTURES_DIR): GoldCase[] {
  return readdirSync(dir)
    .filter(
      (slug) => existsSync(path.join(dir, slug, 'expected.json')) && existsSync(path.join(dir, slug, 'source.html')),
    )
    .sort()
    .map((slug) => ({
      name: slug,
      pagePath: path.join(dir, slug, 'source.html'),
      gold: readGold(path.join(dir, slug, 'expected.json')),
    }));
}

/** The language fixtures by language ("fr" → its cases), or an empty map when there are none. */
export function languageCases(dir = LANGUAGE_FIXTURES_DIR): Map<string, GoldCase[]> {
  const byLanguage = new Map<string, GoldCase[]>();
  if (!existsSync(dir)) return byLanguage;
  for (const lang of readdirSync(dir).sort()) {
    const cases = fixtureCases(path.join(dir, lang)).map((c) => ({ ...c, name: `${lang}/${c.name}` }));
    if (cases.length > 0) byLanguage.set(lang, cases);
  }
  return byLanguage;
}

/** The seed page and its gold, or null when `../shared` is not next to the project. */
export function seedCase(): GoldCase | null {
  if (!existsSync(SEED_PAGE) || !existsSync(SEED_GOLD)) return null;
  return { name: 'seed: lavrov-yerevan', pagePath: SEED_PAGE, gold: readGold(SEED_GOLD) };
}
