// The interface's words and formats over a message source (the browser's i18n, or a catalog in tests):
// keys typed from the English catalog, so a missing key fails tsc; named placeholders; plurals chosen
// by Intl.PluralRules; dates, counts and sizes by Intl in the language of the catalog in use.
import type enCatalog from '../public/_locales/en/messages.json';

type Catalog = typeof enCatalog;
export type MessageKey = keyof Catalog;
type PlaceholderOf<K extends MessageKey> = Catalog[K] extends { placeholders: infer P }
  ? Extract<keyof P, string>
  : never;
/** A message's substitutions by placeholder name; none for a message without placeholders. */
export type MessageArgs<K extends MessageKey> = [PlaceholderOf<K>] extends [never]
  ? []
  : [args: Record<PlaceholderOf<K>, string>];
/** A message without placeholders. */
export type PlainMessageKey = { [K in MessageKey]: MessageArgs<K> extends [] ? K : never }[MessageKey];

/** The plural categories every plural message has (`name_one` … `name_other`), covering en, fr, de, es and ru. */
export const PLURAL_FORMS = ['one', 'few', 'many', 'other'] as const;
type PluralForm = (typeof PLURAL_FORMS)[number];
export type PluralName = Extract<MessageKey, `${string}_other`> extends `${infer B}_other` ? B : never;
type PluralKey<B extends PluralName> = Extract<`${B}_${PluralForm}`, MessageKey>;
type PluralRest<B extends PluralName> = Exclude<PlaceholderOf<PluralKey<B>>, 'count'>;
/** A plural message's substitutions besides its count. */
export type PluralArgs<B extends PluralName> = [PluralRest<B>] extends [never]
  ? []
  : [args: Record<PluralRest<B>, string>];

export interface MessageSource {
  /** `browser.i18n.getMessage`: substitutions fill `$1`, `$2`…; '' for a key the catalogs lack. */
  getMessage(name: string, substitutions?: string[]): string;
  /** `browser.i18n.getUILanguage`: the browser's interface language ("de", "en-US"). */
  uiLanguage(): string;
}

/**
 * The locale for Intl: the browser's own language when the catalog in use is in it ("en-GB" formats
 * British dates), else the catalog's language, so a browser in Italian, which gets the English words,
 * gets English dates with them.
 */
export function resolveLocale(catalog: string, uiLanguage: string): string {
  const language = catalog || 'en';
  try {
    const [ui] = Intl.getCanonicalLocales(uiLanguage.replace(/_/g, '-'));
    if (ui && ui.split('-')[0]?.toLowerCase() === language) return ui;
  } catch {
    // not a language tag: the catalog's language
  }
  return language;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, optionally followed by a time. */
const ISO_DATE = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?$/;

export type DateStyle = 'long' | 'medium';

export function createTranslator(source: MessageSource) {
  let locale: string | null = null;
  const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>();
  const cached = <T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>(
    id: string,
    make: () => T,
  ): T => {
    let format = formats.get(id);
    if (!format) formats.set(id, (format = make()));
    return format as T;
  };

  /** The locale dates and numbers are formatted in (read once). */
  const uiLocale = (): string => (locale ??= resolveLocale(source.getMessage('locale'), source.uiLanguage()));

  /** Placeholders are numbered in the alphabetical order of their names (the unit test holds every catalog to it). */
  const lookup = (key: string, args?: Record<string, string>): string => {
    const substitutions = args
      ? Object.keys(args)
          .sort()
          .map((name) => args[name] ?? '')
      : undefined;
    return source.getMessage(key, substitutions) || key;
  };

  function t<K extends MessageKey>(key: K, ...args: MessageArgs<K>): string {
    return lookup(key, args[0]);
  }

  const number = (value: number): string => cached('number', () => new Intl.NumberFormat(uiLocale())).format(value);

  /** The message `name_<category>` for `count` (formatted), with the other placeholders given. */
  function plural<B extends PluralName>(name: B, count: number, ...args: PluralArgs<B>): string {
    const category = cached('plural', () => new Intl.PluralRules(uiLocale())).select(count);
    const form = (PLURAL_FORMS as readonly string[]).includes(category) ? category : 'other';
    return lookup(`${name}_${form}`, { ...args[0], count: number(count) });
  }

  /** A year, a month or a day from an ISO date, as the UI language writes it; other dates the engine reads, in local time. */
  function date(iso: string, style: DateStyle = 'long'): string {
    const match = ISO_DATE.exec(iso);
    if (!match) {
      const parsed = Date.parse(iso);
      return Number.isNaN(parsed)
        ? iso
        : cached(`date-${style}`, () => new Intl.DateTimeFormat(uiLocale(), { dateStyle: style })).format(parsed);
    }
    const [, year, month, day] = match;
    const m = month ? Number(month) : 1;
    const d = day ? Number(day) : 1;
    if (m < 1 || m > 12 || d < 1 || d > 31) return iso;
    const at = new Date(0);
    at.setUTCFullYear(Number(year), m - 1, d);
    const precision = day ? 'day' : month ? 'month' : 'year';
    const options: Intl.DateTimeFormatOptions =
      precision === 'day'
        ? { dateStyle: style }
        : precision === 'month'
          ? { year: 'numeric', month: style === 'long' ? 'long' : 'short' }
          : { year: 'numeric' };
    return cached(
      `date-${precision}-${style}`,
      () => new Intl.DateTimeFormat(uiLocale(), { ...options, timeZone: 'UTC' }),
    ).format(at);
  }

  /** A size in bytes: whole kilobytes below a megabyte, else megabytes to one decimal. */
  function bytes(size: number): string {
    const mega = size >= 1024 * 1024;
    const format = cached(
      mega ? 'megabyte' : 'kilobyte',
      () =>
        new Intl.NumberFormat(uiLocale(), {
          style: 'unit',
          unit: mega ? 'megabyte' : 'kilobyte',
          maximumFractionDigits: mega ? 1 : 0,
          minimumFractionDigits: mega ? 1 : 0,
        }),
    );
    return format.format(mega ? size / 1024 / 1024 : Math.max(1, Math.round(size / 1024)));
  }

  return { t, plural, date, number, bytes, uiLocale };
}

export type Translator = ReturnType<typeof createTranslator>;
