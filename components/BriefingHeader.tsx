// The briefing's top: the article's title, outlet, byline, date and reading time.
import type { Briefing } from '../lib/briefing/build-briefing';

export interface BriefingHeaderProps {
  briefing: Briefing;
}

export function BriefingHeader({ briefing }: BriefingHeaderProps) {
  const date = briefing.published
    ? new Date(briefing.published).toLocaleDateString(undefined, { dateStyle: 'medium' })
    : null;
  const meta = [briefing.outlet, briefing.byline, date, `${briefing.readingMinutes} min read`]
    .filter(Boolean)
    .join(' · ');
  return (
    <header>
      <h1>{briefing.title}</h1>
      <p class="muted">{meta}</p>
    </header>
  );
}
