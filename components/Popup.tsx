// The toolbar popup: Backstory on or off for this site, which kinds to mark, offline mode, the
// briefing, and the card cache with a confirmed "Clear".
import { useState } from 'preact/hooks';
import type { EntityKind } from '../lib/types';
import { bytes, plural, t, type PlainMessageKey } from '../platform/i18n';

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

const KINDS: Array<[EntityKind, PlainMessageKey]> = [
  ['person', 'kindPeople'],
  ['agreement', 'kindAgreements'],
  ['organization', 'kindOrganizations'],
];

/** Stands for the host in the site switch's message, which is split around it to set the host in bold. */
const SLOT = '\u{E000}';

function SiteLabel({ host }: { host: string }) {
  const [before, after] = t('popupSiteOn', { host: SLOT }).split(SLOT);
  return (
    <>
      {before}
      <strong>{host}</strong>
      {after}
    </>
  );
}

export function Popup(props: PopupProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <main class="popup">
      <h1>{t('extName')}</h1>
      <label class="row">
        <input
          type="checkbox"
          checked={props.siteOn}
          disabled={!props.host}
          onChange={(e) => props.onSite(e.currentTarget.checked)}
        />
        <span>{props.host ? <SiteLabel host={props.host} /> : t('popupSiteUnavailable')}</span>
      </label>
      <h2>{t('popupMarkHeading')}</h2>
      {KINDS.map(([kind, label]) => (
        <label class="row" key={kind}>
          <input
            type="checkbox"
            checked={props.kinds.includes(kind)}
            onChange={(e) => props.onKind(kind, e.currentTarget.checked)}
          />
          <span>
            <span class={`dot ${kind}`} />
            {t(label)}
          </span>
        </label>
      ))}
      <h2>{t('popupPrivacyHeading')}</h2>
      <label class="row">
        <input type="checkbox" checked={props.offline} onChange={(e) => props.onOffline(e.currentTarget.checked)} />
        <span>{t('popupOffline')}</span>
      </label>
      <div class="actions">
        <button type="button" class="button primary" onClick={props.onOpenBriefing}>
          {t('popupOpenBriefing')}
        </button>
      </div>
      <h2>{t('popupCacheHeading')}</h2>
      <p class="cache" aria-live="polite">
        {props.stats ? plural('popupCacheStats', props.stats.cards, { size: bytes(props.stats.bytes) }) : '…'}
      </p>
      {confirming ? (
        <div class="actions">
          <span>{t('popupClearQuestion')}</span>
          <button type="button" class="button danger" onClick={() => (setConfirming(false), props.onClearCache())}>
            {t('popupClear')}
          </button>
          <button type="button" class="button" onClick={() => setConfirming(false)}>
            {t('popupCancel')}
          </button>
        </div>
      ) : (
        <button type="button" class="button" disabled={!props.stats?.cards} onClick={() => setConfirming(true)}>
          {t('popupClearCache')}
        </button>
      )}
    </main>
  );
}
