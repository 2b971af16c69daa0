// Finds, in a short text such as the headline, the forms the body already used for its entities,
// so "Lavrov’s visit to Yerevan…" marks "Lavrov" as the Sergey Lavrov of the body.
import type { Entity, Mention } from '../types';
import { ClaimedSpans } from './spans';
import { findWholeWord } from './alias-mentions';

export interface KnownMention extends Mention {
  entityId: string;
}

export function findKnownMentions(text: string, entities: Entity[]): KnownMention[] {
  const forms: Array<{ form: string; entityId: string }> = [];
  for (const entity of entities) {
    const seen = new Set<string>();
    for (const m of entity.mentions) {
      if (seen.has(m.text)) continue;
      seen.add(m.text);
      forms.push({ form: m.text, entityId: entity.id });
    }
  }
  forms.sort((a, b) => b.form.length - a.form.length);
  const claimed = new ClaimedSpans();
  const found: KnownMention[] = [];
  for (const { form, entityId } of forms) {
    for (const start of findWholeWord(text, form)) {
      const end = start + form.length;
      if (claimed.claim(start, end)) found.push({ text: form, start, end, entityId });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
