// The interface's words in the browser's UI language: public/_locales/<lang>/messages.json (en, fr, de,
// es, ru; English by default) through browser.i18n, which picks the catalog; Intl formats in the same
// language. Used by the popup, the side panel and the card (a content script: i18n works there too).
import { browser } from 'wxt/browser';
import { createTranslator, type MessageKey, type PlainMessageKey } from './translator';

type GetMessage = (name: string, substitutions?: string[]) => string;

const translator = createTranslator({
  // WXT types getMessage with one overload per key; the translator's own keys are typed already.
  getMessage: (name, substitutions) => (browser.i18n.getMessage as GetMessage).call(browser.i18n, name, substitutions),
  uiLanguage: () => browser.i18n.getUILanguage(),
});

export const { t, plural, date, number, bytes, uiLocale } = translator;
export type { MessageKey, PlainMessageKey };

/** An extension page in the UI language: its `lang` and its title. */
export function localizeDocument(doc: Document, title: PlainMessageKey): void {
  doc.documentElement.lang = uiLocale();
  doc.title = t(title);
}
