// The reader the analyzer bundle left on the content scripts' global object once it ran.
import type { Reader } from '../lib/page/sentinel';

export function loadedReader(globalName: string): Reader {
  const reader = (globalThis as Record<string, unknown>)[globalName] as Reader | undefined;
  if (!reader) throw new Error('Backstory: the analyzer did not load');
  return reader;
}
