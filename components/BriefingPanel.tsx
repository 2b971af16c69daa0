// The side panel's content: the briefing of the active tab's article, or a clear state when there is
// none (not an article, switched off for the site, still reading, no page).
import type { Briefing } from '../lib/briefing/build-briefing';
import type { KeyPoint } from '../lib/briefing/key-points';
import type { PageState } from '../platform/messaging';
import { t, type PlainMessageKey } from '../platform/i18n';
import { BriefingHeader } from './BriefingHeader';
import { KeyPointList } from './KeyPointList';
import { CastList } from './CastList';
import { AgreementList } from './AgreementList';
import { TimelineList } from './TimelineList';
import { QuoteList } from './QuoteList';

export interface BriefingPanelProps {
  status: PageState['status'] | 'no-page';
  host?: string | undefined;
  briefing: Briefing | null;
  onScrollTo(start: number, end: number): void;
  onEntity(id: string): void;
}

const STATES: Record<Exclude<BriefingPanelProps['status'], 'article'>, PlainMessageKey> = {
  'not-article': 'briefingNotArticle',
  off: 'briefingOff',
  reading: 'briefingReading',
  'no-page': 'briefingNoPage',
};

export function BriefingPanel(props: BriefingPanelProps) {
  const { briefing } = props;
  if (props.status !== 'article' || !briefing) {
    const status = props.status === 'article' ? 'reading' : props.status;
    return (
      <main class="briefing state" data-state={status} aria-live="polite">
        <p>{t(STATES[status])}</p>
        {props.host ? <p class="muted">{props.host}</p> : null}
      </main>
    );
  }
  const scrollTo = (p: KeyPoint) => props.onScrollTo(p.start, p.end);
  return (
    <main class="briefing" data-state="article">
      <BriefingHeader briefing={briefing} />
      <KeyPointList points={briefing.keyPoints} onSelect={scrollTo} />
      <CastList cast={briefing.cast} onSelect={props.onEntity} />
      <AgreementList kind="agreement" items={briefing.agreements} onSelect={props.onEntity} />
      <AgreementList kind="organization" items={briefing.organizations} onSelect={props.onEntity} />
      <TimelineList entries={briefing.timeline} onSelect={(e) => props.onScrollTo(e.start, e.end)} />
      <QuoteList groups={briefing.quotes} onSelect={props.onScrollTo} />
    </main>
  );
}
