// Scores found entities against a gold file: entity-level precision, recall and F1 for people and
// for agreements (treaty bodies included). Other organizations the gold lists are neither right nor wrong.
import type { Entity } from '../../lib/types';
import type { GoldEntity, GoldFile } from './gold';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PageScore {
  people: Counts;
  agreements: Counts;
  /** Human-readable misses and false finds, for the eval report. */
  notes: string[];
  /** Gold `not_people` strings that were found as people (must be none). */
  notPeopleFound: string[];
  /** Gold organizations found as people (an outlet, a company, a hospital marked as a person). */
  organizationsAsPeople: string[];
  /** How many people were found. */
  peopleFound: number;
}

export function normalize(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/\u00ad/g, '') // soft hyphens: invisible, and no part of a name
    .replace(/[“”"«»]/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function formsOfGold(g: GoldEntity): Set<string> {
  return new Set([g.name, ...g.mentions].map(normalize));
}

function formsOfFound(e: Entity): string[] {
  return [e.name, ...(e.acronym ? [e.acronym] : []), ...e.mentions.map((m) => m.text)].map(normalize);
}

/** Gold entity a found entity stands for: its name first, then any of its mentions. */
function matchGold(found: Entity, gold: GoldEntity[]): GoldEntity | undefined {
  const name = normalize(found.name);
  return (
    gold.find((g) => formsOfGold(g).has(name)) ??
    gold.find((g) => formsOfFound(found).some((f) => formsOfGold(g).has(f)))
  );
}

function scoreKind(found: Entity[], gold: GoldEntity[], neutral: GoldEntity[], label: string, notes: string[]): Counts {
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  const matched = new Set<GoldEntity>();
  for (const entity of found) {
    const g = matchGold(entity, gold);
    if (g && !matched.has(g)) {
      matched.add(g);
      if (!g.optional) counts.tp++;
    } else if (g && !g.optional) {
      counts.fp++;
      notes.push(`${label} split: "${entity.name}" is a second entity for "${g.name}"`);
    } else if (!g && !matchGold(entity, neutral)) {
      counts.fp++;
      notes.push(`${label} false: "${entity.name}"`);
    }
  }
  for (const g of gold) {
    if (!g.optional && !matched.has(g)) {
      counts.fn++;
      notes.push(`${label} missed: "${g.name}"`);
    }
  }
  return counts;
}

/**
 * `labelled`: the text the gold was made from, when it is not the whole of what was analysed (a real
 * page's reference body; our extraction may keep a credit line or a caption it leaves out). An entity
 * none of whose mentions is in it stands outside the labelled text: neither right nor wrong.
 */
export function scorePage(found: Entity[], gold: GoldFile, labelled?: string): PageScore {
  const notes: string[] = [];
  const text = labelled === undefined ? null : normalize(labelled);
  const entities: Entity[] = [];
  for (const e of found) {
    if (text === null || formsOfFound(e).some((form) => text.includes(form))) entities.push(e);
    else notes.push(`outside the labelled text: "${e.name}"`);
  }
  const people = entities.filter((e) => e.kind === 'person');
  const agreements = entities.filter((e) => e.kind !== 'person');
  const notPeople = new Set((gold.not_people ?? []).map(normalize));
  const notPeopleFound = people.filter((p) => notPeople.has(normalize(p.name))).map((p) => p.name);
  // A name that is a person in the gold is never an organization mistaken for one.
  const organizationsAsPeople = people
    .filter((p) => !matchGold(p, gold.people ?? []) && matchGold(p, gold.organizations ?? []))
    .map((p) => p.name);
  return {
    people: scoreKind(people, gold.people ?? [], [], 'person', notes),
    agreements: scoreKind(agreements, gold.agreements ?? [], gold.organizations ?? [], 'agreement', notes),
    notes,
    notPeopleFound,
    organizationsAsPeople,
    peopleFound: people.length,
  };
}

export function f1(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1: f };
}

export function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}
