// The knowledge look-up's answers as the engine takes them: by folded name, only the names it settled
// (a name Wikipedia does not know, or knows as a disambiguation page, is left to the rules).
import type { NameVerdict } from './person-evidence';

/** What a look-up says of each name asked (by folded name): a verdict, or null when it settles nothing. */
export type NameLookup = (names: readonly string[]) => ReadonlyMap<string, NameVerdict | null>;

export function confirmedVerdicts(answers: ReadonlyMap<string, NameVerdict | null>): Map<string, NameVerdict> {
  const verdicts = new Map<string, NameVerdict>();
  for (const [name, verdict] of answers) if (verdict) verdicts.set(name, verdict);
  return verdicts;
}
