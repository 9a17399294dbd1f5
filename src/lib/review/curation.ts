/**
 * What a researcher should curate next: dated claims that became extracted events (no curated event
 * matched them) and capitalised names that match no actor in the gazetteer, most frequent first.
 */
import type { Corpus } from '../parse/corpus.ts';
import { compileGazetteer, createReportMatcher } from '../parse/actors.ts';

/** Words that start sentences or are capitalised for other reasons and are never actor names. */
const STOP = new Set(
  (
    'A An The This That These Those It Its In On At By For From To Of And But Or Nor As If When While Since ' +
    'After Before During Although Though However Moreover Furthermore Meanwhile Thus Therefore Hence Yet Still ' +
    'Also Such Some Many Most More Much Both Each Every All Any Other Another One Two Three First Second Third ' +
    'He She They We You I His Her Their Our There Here What Which Who Whom Whose Why How Where Not No Nevertheless ' +
    'Indeed Instead Even Only Just Then Now Over Under Between Among Through Against Despite Without Within With ' +
    'Given Unlike Like According Because Following Last Next Recent Recently Further Finally Overall Accordingly ' +
    'January February March April May June July August September October November December ' +
    'Nonetheless Notably Perhaps Relations Accessed Retrieved ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday Spring Summer Autumn Winter'
  ).split(' '),
);

export interface UnmatchedName {
  name: string;
  count: number;
  reports: string[];
}

/**
 * Runs of capitalised words (and acronyms) in claim texts that the gazetteer does not cover. A run
 * overlapping an actor mention is covered. Leading stop words are dropped ("In Hanoi" → "Hanoi").
 */
export function unmatchedNames(corpus: Corpus, limit = 50): UnmatchedName[] {
  const gazetteer = compileGazetteer(corpus.actors);
  // Adjectives the gazetteer knows ("Vietnamese", "Chinese") are deliberately not names on their own.
  const known = new Set(corpus.actors.flatMap((a) => a.demonyms));
  const counts = new Map<string, { count: number; reports: Set<string> }>();
  const byReport = new Map<string, typeof corpus.claims>();
  for (const c of corpus.claims) byReport.set(c.reportId, [...(byReport.get(c.reportId) ?? []), c]);
  const NAME =
    /\b[\p{Lu}][\p{L}\p{M}'’.-]*(?:\s+(?:of|the|de|for|and)?\s*[\p{Lu}][\p{L}\p{M}'’.-]*)*/gu;
  for (const [reportId, claims] of byReport) {
    const matcher = createReportMatcher(gazetteer);
    for (const claim of claims) {
      const covered = matcher.match(claim.text);
      for (const m of claim.text.matchAll(NAME)) {
        let words = m[0].replace(/[.'’]+$/u, '').split(/\s+/);
        let start = m.index;
        while (words.length && STOP.has(words[0] ?? '')) {
          start += (words[0] ?? '').length + 1;
          words = words.slice(1);
        }
        const name = words.join(' ').replace(/['’]s$/u, '');
        if (name.length < 2 || known.has(name) || STOP.has(name)) continue;
        const end = start + name.length;
        if (covered.some((c) => c.start < end && c.end > start)) continue;
        const entry = counts.get(name) ?? { count: 0, reports: new Set<string>() };
        entry.count += 1;
        entry.reports.add(reportId);
        counts.set(name, entry);
      }
    }
  }
  return [...counts]
    .map(([name, v]) => ({ name, count: v.count, reports: [...v.reports].sort() }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, limit);
}

/** Extracted events, most attested first (number of reports, then claims), then by date. */
export function extractedEvents(corpus: Corpus) {
  return corpus.events
    .filter((e) => e.origin === 'extracted')
    .map((e) => ({
      id: e.id,
      title: e.title,
      date: e.date,
      reports: e.attestations.map((a) => a.reportId),
      claims: e.attestations.reduce((n, a) => n + a.claimIds.length, 0),
    }))
    .sort(
      (a, b) =>
        b.reports.length - a.reports.length ||
        b.claims - a.claims ||
        a.date.start.localeCompare(b.date.start),
    );
}
