// The briefing's top: the article's title, outlet, byline, date and reading time.
import type { Briefing } from '../lib/briefing/build-briefing';
import { date, number, t } from '../platform/i18n';

export interface BriefingHeaderProps {
  briefing: Briefing;
}

export function BriefingHeader({ briefing }: BriefingHeaderProps) {
  const published = briefing.published ? date(briefing.published, 'medium') : null;
  const minutes = t('briefingReadingTime', { minutes: number(briefing.readingMinutes) });
  const meta = [briefing.outlet, briefing.byline, published, minutes].filter(Boolean).join(' · ');
  return (
    <header>
      <h1>{briefing.title}</h1>
      <p class="muted">{meta}</p>
    </header>
  );
}
