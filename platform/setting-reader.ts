// Reads and watches one setting with the bare storage API: the page's analyzer bundle needs no more,
// and leaving @wxt-dev/storage out of it saves the page compiling a third of the bundle.
import { browser } from 'wxt/browser';

export interface SettingReader<T> {
  getValue(): Promise<T>;
  /** Calls `onChange` with each new value; returns the unwatch function. */
  watch(onChange: (value: T) => void): () => void;
}

export function settingReader<T>(setting: { key: string; fallback: T }): SettingReader<T> {
  const { key, fallback } = setting;
  return {
    async getValue() {
      const stored = (await browser.storage.local.get(key))[key] as T | undefined;
      return stored ?? fallback;
    },
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && key in changes) onChange((changes[key]?.newValue as T | undefined) ?? fallback);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
