// The reader's interface language as Wikidata labels go by it: a browser's "de-AT" or "pt_BR" is "de",
// "pt"; an empty or odd value is English.

export function readerLanguage(uiLanguage: string | undefined): string {
  const base = (uiLanguage ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(base) ? base : 'en';
}
