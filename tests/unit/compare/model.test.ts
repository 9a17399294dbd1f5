import { beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/loader/read-content.ts';
import { buildCorpus, type Corpus } from '../../../src/lib/parse/corpus.ts';
import {
  reportPassages,
  reportSummary,
  type ReportSummary,
} from '../../../src/lib/compare/summary.ts';
import {
  actorShares,
  compareReports,
  defaultPair,
  eventDifferences,
  reportPairs,
  sharedCount,
} from '../../../src/lib/compare/model.ts';
import { disagreementsPage } from '../../../src/lib/compare/disagreements.ts';
import { comparisonRows, comparisonCsv } from '../../../src/lib/compare/csv.ts';
import { parse } from 'csv-parse/sync';
import { gzipSync } from 'node:zlib';

let corpus: Corpus;
let summaries: Map<string, ReportSummary>;
beforeAll(async () => {
  corpus = buildCorpus(await readContent(process.cwd()));
  summaries = new Map(
    corpus.reports.map(({ report }) => [
      report.id,
      reportSummary(report, corpus.claims, corpus.events, corpus.actors),
    ]),
  );
}, 120_000);
const s = (id: string) => {
  const r = summaries.get(id);
  if (!r) throw new Error(`no report ${id}`);
  return r;
};

describe('reportSummary', () => {
  it('counts every claim of the report once by kind, and actors by claims naming them', () => {
    const hayton = s('hayton-2015');
    const claims = corpus.claims.filter((c) => c.reportId === 'hayton-2015');
    expect(hayton.claims).toBe(claims.length);
    expect(Object.values(hayton.kinds).reduce((a, b) => a + b, 0)).toBe(claims.length);
    const vietnam = hayton.actors.find(([id]) => id === 'vietnam')?.[1];
    expect(vietnam).toBe(claims.filter((c) => c.actors.includes('vietnam')).length);
    expect(hayton.names['vietnam']).toBe('Vietnam');
  });

  it('lists each attested event once with the report’s own dates and passages, chronologically', () => {
    const xin = s('xin-2015');
    const attested = corpus.events.filter((e) =>
      e.attestations.some((a) => a.reportId === 'xin-2015'),
    );
    expect(xin.events.map((e) => e.id).sort()).toEqual(attested.map((e) => e.id).sort());
    for (const e of xin.events)
      for (const c of e.claims) expect(c.id.startsWith('xin-2015-')).toBe(true);
    const rig = xin.events.find((e) => e.id === '2014-hd981-oil-rig-crisis');
    expect(rig?.dates.length).toBeGreaterThan(0);
  });

  it('stops with the event and claim named when an attestation names a missing claim', () => {
    const report = corpus.reports.find((r) => r.report.id === 'xin-2015')!.report;
    const event = corpus.events.find((e) => e.attestations.some((a) => a.reportId === 'xin-2015'))!;
    const broken = {
      ...event,
      attestations: [{ reportId: 'xin-2015', claimIds: ['xin-2015-00000000'], dates: [] }],
    };
    expect(() => reportSummary(report, corpus.claims, [broken], corpus.actors)).toThrow(
      `event "${event.id}": attestation by "xin-2015" names unknown claim "xin-2015-00000000"`,
    );
  });

  it('stays within its budget of 40 KB gz for every real report', () => {
    for (const r of summaries.values())
      expect(gzipSync(JSON.stringify(r)).length).toBeLessThan(40 * 1024);
  });

  it('has a passages file holding exactly the report’s claims that attest an event', () => {
    const texts = reportPassages('liu-2016', corpus.claims);
    const attesting = corpus.claims.filter((c) => c.reportId === 'liu-2016' && c.events.length > 0);
    expect(Object.keys(texts).sort()).toEqual(attesting.map((c) => c.id).sort());
    const inSummary = s('liu-2016').events.flatMap((e) => e.claims.map((c) => c.id));
    for (const id of inSummary) expect(texts[id]).toBeDefined();
  });
});

describe('compareReports on hayton-2015 and xin-2015', () => {
  it('shares the 2014 oil-rig crisis with both reports’ passages, oldest report first', () => {
    const c = compareReports([s('xin-2015'), s('hayton-2015')]);
    const rig = c.shared.find((e) => e.id === '2014-hd981-oil-rig-crisis');
    expect(rig).toBeDefined();
    expect(rig!.passages.map((p) => p.report.id).sort()).toEqual(['hayton-2015', 'xin-2015']);
    for (const p of rig!.passages) {
      expect(p.claims.length).toBeGreaterThan(0);
      const real = corpus.claims.find((x) => x.id === p.claims[0]!.id);
      expect(real?.reportId).toBe(p.report.id);
      expect(real?.events).toContain('2014-hd981-oil-rig-crisis');
      // The passage's text comes from the report's passages file.
      const texts = reportPassages(p.report.id, corpus.claims);
      expect(texts[real!.id]).toEqual([real!.text, real!.section.at(-1) ?? '']);
    }
    expect(c.shared.length).toBe(sharedCount(s('hayton-2015'), s('xin-2015')));
  });

  it('spells out a contradicting date report by report', () => {
    const c = compareReports([s('hayton-2015'), s('xin-2015')]);
    const dialogue = c.shared.find((e) => e.kinds.includes('date'));
    expect(dialogue, 'an event whose date the two reports contradict').toBeDefined();
    expect(dialogue!.dateLine).toMatch(/^(Hayton 2015|Xin 2015): [^·]+ · (Hayton 2015|Xin 2015): /);
    const [a, b] = dialogue!.dateLine!.split(' · ').map((x) => x.split(': ')[1]);
    expect(a).not.toBe(b);
  });

  it('counts a day within a month as another precision, not a contradiction', () => {
    const c = compareReports([s('hayton-2015'), s('xin-2015')]);
    for (const e of c.shared.filter((x) => x.kinds.includes('period'))) {
      expect(e.kinds).not.toContain('date');
      expect(new Set(e.passages.map((p) => p.dates.join(' '))).size).toBeGreaterThan(1);
    }
    expect(c.shared.some((e) => e.kinds.includes('period'))).toBe(true);
  });

  it('puts every attested event either in shared or in one report’s “only here”', () => {
    const c = compareReports([s('hayton-2015'), s('xin-2015')]);
    const only = c.only.flatMap((o) => o.events.map((e) => e.id));
    const all = new Set([...s('hayton-2015').events, ...s('xin-2015').events].map((e) => e.id));
    expect(only.length + c.shared.length).toBe(all.size);
    const xinOnly = c.only.find((o) => o.report.id === 'xin-2015')!.events;
    for (const e of xinOnly) expect(s('hayton-2015').events.some((h) => h.id === e.id)).toBe(false);
  });
});

describe('eventDifferences', () => {
  const report = (id: string, label: string, names: Record<string, string>): ReportSummary => ({
    id,
    label,
    title: id,
    publisher: 'P',
    origin: 'US',
    published: '2015',
    claims: 1,
    kinds: { fact: 1, assessment: 0, quotation: 0, recommendation: 0, prediction: 0 },
    actors: [],
    names,
    events: [],
  });
  const a = report('a', 'A 2015', { cnooc: 'CNOOC', china: 'China' });
  const b = report('b', 'B 2016', { china: 'China', japan: 'Japan' });
  it('names the actors only some reports name, grouped by who names them', () => {
    const d = eventDifferences([
      {
        report: a,
        dates: ['2014-05'],
        disputed: [],
        claims: [{ id: 'a-1', actors: ['china', 'cnooc'] }],
      },
      {
        report: b,
        dates: ['2014-05-02'],
        disputed: [],
        claims: [{ id: 'b-1', actors: ['china', 'japan'] }],
      },
    ]);
    expect(d.kinds).toEqual(['period', 'actors']);
    expect(d.dateLine).toBe('A 2015: May 2014 · B 2016: 2 May 2014');
    expect(d.actorLine).toBe('Only A 2015 names CNOOC · Only B 2016 names Japan');
  });
  it('groups actors named by several reports but not all', () => {
    const c = report('c', 'C 2017', { china: 'China', cnooc: 'CNOOC' });
    const p = (r: ReportSummary, actors: string[]) => ({
      report: r,
      dates: ['2014'],
      disputed: [],
      claims: [{ id: `${r.id}-1`, actors }],
    });
    expect(
      eventDifferences([p(a, ['china', 'cnooc']), p(b, ['china']), p(c, ['china', 'cnooc'])])
        .actorLine,
    ).toBe('Only A 2015 and C 2017 name CNOOC');
  });
  it('says nothing when the reports agree', () => {
    const same = { dates: ['2014-05'], disputed: [], claims: [{ id: 'x', actors: ['china'] }] };
    expect(
      eventDifferences([
        { report: a, ...same },
        { report: b, ...same },
      ]),
    ).toEqual({ kinds: [], dateLine: undefined, actorLine: undefined });
  });
});

describe('actor shares, pairs and the default pair', () => {
  it('sorts actors by how much the reports’ shares diverge', () => {
    const rows = actorShares([s('hayton-2015'), s('xin-2015'), s('liu-2016')]);
    expect(rows.length).toBeGreaterThan(3);
    for (let i = 1; i < rows.length; i++)
      expect(rows[i - 1]!.divergence).toBeGreaterThanOrEqual(rows[i]!.divergence);
    for (const r of rows)
      for (const x of r.shares) expect(x.share).toBeCloseTo(x.count / s(x.reportId).claims);
  });
  it('lists each pair once and picks the pair sharing the most events', () => {
    const ids = [...summaries.keys()];
    expect(reportPairs(ids)).toHaveLength((ids.length * (ids.length - 1)) / 2);
    const [a, b] = defaultPair([...summaries.values()])!;
    const best = Math.max(...reportPairs(ids).map(([x, y]) => sharedCount(s(x), s(y))));
    expect(sharedCount(s(a), s(b))).toBe(best);
  });
});

describe('the comparison as CSV', () => {
  it('has one row per attested event with each report’s dates, and reads back', () => {
    const c = compareReports([s('hayton-2015'), s('xin-2015')]);
    const csv = comparisonCsv(c);
    const rows = parse(csv, { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(c.events.length);
    const rig = rows.find((r) => r['event id'] === '2014-hd981-oil-rig-crisis')!;
    expect(rig['reports attesting']).toBe(c.reports.map((r) => r.label).join('; '));
    expect(c.reports[0]!.published <= c.reports[1]!.published).toBe(true);
    expect(rig['Xin 2015 dates']).toMatch(/2014/);
    expect(comparisonRows(c)[0]).toHaveLength(Object.keys(rows[0]!).length);
  });
  it('guards cells a spreadsheet would run as formulas', () => {
    const c = compareReports([s('hayton-2015'), s('xin-2015')]);
    c.events[0]!.title = '=HYPERLINK("x")';
    expect(comparisonCsv(c)).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('disagreementsPage', () => {
  it('lists every event whose dates the model records as disputed, and each with its kinds', () => {
    const page = disagreementsPage([...summaries.values()]);
    const disputed = corpus.events.filter(
      (e) => new Set(e.disagreements.map((d) => d.date)).size >= 2,
    );
    for (const e of disputed)
      expect(page.items.find((i) => i.id === e.id)?.kinds).toContain('date');
    for (const i of page.items) expect(i.kinds.length).toBeGreaterThan(0);
    const dialogue = page.items.find((i) => i.kinds.includes('date') && i.passages.length === 2)!;
    expect(dialogue.dateLine).toContain(' · ');
    expect(page.counts.date).toBe(page.items.filter((i) => i.kinds.includes('date')).length);
  });
});
