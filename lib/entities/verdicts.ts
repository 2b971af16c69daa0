// The knowledge look-up's answers as the engine takes them: keyed by folded name, only the names it
// settled (a name Wikipedia does not know, or knows as a disambiguation page, is left to the rules).
import type { EntityAnalysis } from '../types';
import type { NameVerdict } from './person-evidence';
import { fold } from './token-utils';

/** What a look-up says of each name asked (by `nameKey`): a verdict, or null when it settles nothing. */
export type NameLookup = (names: readonly string[]) => ReadonlyMap<string, NameVerdict | null>;

/** The one key a name's verdict is asked, stored and found under: folded, a title's underscores as spaces. */
export function nameKey(name: string): string {
  return fold(name.replace(/_/g, ' ').trim());
}

/** `first` read again (`reread`) with the verdicts the answers settle; `first` itself when they settle none. */
export function withVerdicts(
  first: EntityAnalysis,
  answers: ReadonlyMap<string, NameVerdict | null>,
  reread: (verdicts: ReadonlyMap<string, NameVerdict>) => EntityAnalysis,
): EntityAnalysis {
  const verdicts = new Map<string, NameVerdict>();
  for (const [name, verdict] of answers) if (verdict) verdicts.set(name, verdict);
  return verdicts.size > 0 ? reread(verdicts) : first;
}
