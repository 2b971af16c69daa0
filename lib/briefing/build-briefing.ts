// The side panel's briefing, built from the analysis the content script already made (no second
// extraction): header, key points, cast, agreements and organizations, timeline and quotes by speaker.
import type { ArticleMeta, EntityAnalysis } from '../types';
import { splitSentences } from './sentences';
import { pickKeyPoints, type KeyPoint } from './key-points';
import { buildTimeline, type TimelineEntry } from './timeline';

/** What the content script sends the side panel about its tab's article. */
export interface ArticleSnapshot {
  meta: ArticleMeta;
  text: string;
  analysis: EntityAnalysis;
}

export interface CastMember {
  id: string;
  name: string;
  role?: string;
  mentions: number;
  quotes: string[];
}

export interface BriefingEntity {
  id: string;
  name: string;
  kind: 'agreement' | 'organization';
  subtype?: string;
  /** The year or date the text gives it. */
  when?: string;
  mentions: number;
}

export interface Briefing {
  title: string;
  outlet: string | null;
  byline: string | null;
  published: string | null;
  readingMinutes: number;
  keyPoints: KeyPoint[];
  cast: CastMember[];
  agreements: BriefingEntity[];
  organizations: BriefingEntity[];
  timeline: TimelineEntry[];
  quotes: Array<{ speakerId: string; speaker: string; quotes: Array<{ text: string; start: number }> }>;
}

/** Words per minute of an adult reading news on screen. */
const READING_WPM = 230;

export function buildBriefing(snapshot: ArticleSnapshot): Briefing {
  const { meta, text, analysis } = snapshot;
  const quotesBy = new Map<string, Array<{ text: string; start: number }>>();
  for (const q of analysis.quotes)
    quotesBy.set(q.speaker, [...(quotesBy.get(q.speaker) ?? []), { text: q.text, start: q.start }]);
  const people = analysis.entities.filter((e) => e.kind === 'person');
  const cast: CastMember[] = people
    .map((p) => ({
      id: p.id,
      name: p.name,
      ...(p.role ? { role: p.role } : {}),
      mentions: p.mentions.length,
      quotes: (quotesBy.get(p.id) ?? []).map((q) => q.text),
    }))
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
  const others = (kind: 'agreement' | 'organization'): BriefingEntity[] =>
    analysis.entities
      .filter((e) => e.kind === kind)
      .map((e) => {
        const when = e.date ?? (e.year !== undefined ? String(e.year) : undefined);
        return {
          id: e.id,
          name: e.name,
          kind,
          ...(e.subtype ? { subtype: e.subtype } : {}),
          ...(when ? { when } : {}),
          mentions: e.mentions.length,
        };
      });
  const names = new Map(people.map((p) => [p.id, p.name]));
  const words = text.split(/\s+/).filter(Boolean).length;
  return {
    title: meta.title,
    outlet: meta.outlet,
    byline: meta.byline,
    published: meta.publishedTime,
    readingMinutes: Math.max(1, Math.round(words / READING_WPM)),
    keyPoints: pickKeyPoints(splitSentences(text), analysis, meta.title),
    cast,
    agreements: others('agreement'),
    organizations: others('organization'),
    timeline: buildTimeline(analysis.dates, meta.publishedTime),
    quotes: [...quotesBy].map(([id, quotes]) => ({ speakerId: id, speaker: names.get(id) ?? id, quotes })),
  };
}
