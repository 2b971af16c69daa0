// The reader's interface language as Wikidata labels go by it: the catalog the browser chose for our
// interface when it is not the default English one (Debian's Chromium started with --lang=fr reports
// "en-US" as its UI language yet serves the French catalog), else the browser's own ("pt-BR" → "pt").

export function readerLanguage(catalog: string | undefined, uiLanguage: string | undefined): string {
  const base = (value: string | undefined) => (value ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  const chosen = base(catalog);
  if (/^[a-z]{2,3}$/.test(chosen) && chosen !== 'en') return chosen;
  const ui = base(uiLanguage);
  return /^[a-z]{2,3}$/.test(ui) ? ui : 'en';
}
