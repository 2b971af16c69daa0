// The shape every agreement or treaty-body finder returns: one named span in the text.
import type { EntityKind } from '../types';
import type { Token } from './tokens';

export interface AgreementHit {
  start: number;
  end: number;
  /** The name as the text writes it at this spot (quotes and leading "the" left out). */
  name: string;
  kind: Extract<EntityKind, 'agreement' | 'organization'>;
  subtype: string;
  /** A short form the text defines right here: "(CSTO)", "(INF Treaty)". */
  alias?: string;
  /** Names this hit also answers to (a gazetteer entry's other names). */
  knownNames?: string[];
  firstToken: number;
  lastToken: number;
}

/** An agreement named by the tokens `first` to `last`, as the text writes them. */
export function agreementSpan(
  text: string,
  tokens: Token[],
  first: number,
  last: number,
  subtype: string,
): AgreementHit {
  const start = (tokens[first] as Token).start;
  const end = (tokens[last] as Token).end;
  return { start, end, name: text.slice(start, end), kind: 'agreement', subtype, firstToken: first, lastToken: last };
}
