// Bundled for the page by signal-readers.spec.ts: asks the DOM and the XPath reader every question of
// the cheap check (several limits each) and runs the check with each, for the spec to compare.
import { domSignalReader, XPathSignalReader, type SignalReader } from '../../../lib/article/signal-reader';
import { readDeclaredSignals } from '../../../lib/article/declared-signals';

const RUN_LIMITS = [1, 80, 600, 1200, 1500, 5000];
const SCORE_MAXES = [0, 20, 100];

function answers(reader: SignalReader) {
  return {
    jsonLdTexts: reader.jsonLdTexts(),
    ogType: reader.ogType(),
    declaredAddresses: reader.declaredAddresses(),
    hasVisiblePassword: reader.hasVisiblePassword(),
    teaserLinks: reader.teaserLinks(),
    isArchivePage: reader.isArchivePage(),
    proseRunBelow: RUN_LIMITS.map((limit) => reader.proseRunBelow(limit)),
    readableScoreAtMost: SCORE_MAXES.map((max) => reader.readableScoreAtMost(max)),
  };
}

function verdict(reader: SignalReader) {
  const signals = readDeclaredSignals(document, reader);
  return { ...signals, jsonLd: { types: [...signals.jsonLd.types], article: signals.jsonLd.article } };
}

(globalThis as Record<string, unknown>).__compareSignalReaders = () => ({
  dom: { answers: answers(domSignalReader(document)), verdict: verdict(domSignalReader(document)) },
  xpath: { answers: answers(new XPathSignalReader(document)), verdict: verdict(new XPathSignalReader(document)) },
});
