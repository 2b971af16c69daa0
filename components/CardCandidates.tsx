// "Several matches": the candidate articles; choosing one is remembered for this name.
import type { Candidate } from '../lib/types';
import { t } from '../platform/i18n';

export interface CardCandidatesProps {
  candidates: Candidate[];
  onChoose(title: string): void;
}

export function CardCandidates({ candidates, onChoose }: CardCandidatesProps) {
  if (candidates.length === 0) return null;
  return (
    <ul class="candidates" aria-label={t('cardCandidates')}>
      {candidates.slice(0, 5).map((c) => (
        <li key={c.title}>
          <button type="button" onClick={() => onChoose(c.title)}>
            {c.title}
          </button>
          {c.description ? <span class="hint"> — {c.description}</span> : null}
        </li>
      ))}
    </ul>
  );
}
