// The toolbar popup: Backstory on or off for this site, which kinds to mark, offline mode, the
// briefing, and the card cache with a confirmed "Clear".
import { useState } from 'preact/hooks';
import type { EntityKind } from '../lib/types';

export interface PopupProps {
  host: string | null;
  siteOn: boolean;
  kinds: EntityKind[];
  offline: boolean;
  stats: { cards: number; bytes: number } | null;
  onSite(on: boolean): void;
  onKind(kind: EntityKind, on: boolean): void;
  onOffline(on: boolean): void;
  onOpenBriefing(): void;
  onClearCache(): void;
}

const KINDS: Array<[EntityKind, string]> = [
  ['person', 'People'],
  ['agreement', 'Agreements'],
  ['organization', 'Treaty organizations'],
];

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function Popup(props: PopupProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <main class="popup">
      <h1>Backstory</h1>
      <label class="row">
        <input
          type="checkbox"
          checked={props.siteOn}
          disabled={!props.host}
          onChange={(e) => props.onSite(e.currentTarget.checked)}
        />
        <span>
          {props.host ? (
            <>
              On for <strong>{props.host}</strong>
            </>
          ) : (
            'Not available on this page'
          )}
        </span>
      </label>
      <h2>Mark</h2>
      {KINDS.map(([kind, label]) => (
        <label class="row" key={kind}>
          <input
            type="checkbox"
            checked={props.kinds.includes(kind)}
            onChange={(e) => props.onKind(kind, e.currentTarget.checked)}
          />
          <span>
            <span class={`dot ${kind}`} />
            {label}
          </span>
        </label>
      ))}
      <h2>Privacy</h2>
      <label class="row">
        <input type="checkbox" checked={props.offline} onChange={(e) => props.onOffline(e.currentTarget.checked)} />
        <span>Offline mode: no Wikipedia look-ups at all</span>
      </label>
      <div class="actions">
        <button type="button" class="button primary" onClick={props.onOpenBriefing}>
          Open briefing
        </button>
      </div>
      <h2>Card cache</h2>
      <p class="cache" aria-live="polite">
        {props.stats
          ? `${props.stats.cards} ${props.stats.cards === 1 ? 'card' : 'cards'}, about ${size(props.stats.bytes)}`
          : '…'}
      </p>
      {confirming ? (
        <div class="actions">
          <span>Clear every stored card?</span>
          <button type="button" class="button danger" onClick={() => (setConfirming(false), props.onClearCache())}>
            Clear
          </button>
          <button type="button" class="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" class="button" disabled={!props.stats?.cards} onClick={() => setConfirming(true)}>
          Clear cache…
        </button>
      )}
    </main>
  );
}
