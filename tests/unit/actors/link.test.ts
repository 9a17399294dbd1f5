import { describe, expect, it } from 'vitest';
import { compileGazetteer, createReportMatcher } from '../../../src/lib/parse/actors.ts';
import { linkSegments } from '../../../src/lib/actors/link.ts';
import { buildCorpus } from '../../../src/lib/parse/corpus.ts';
import { readContent } from '../../../src/lib/loader/read-content.ts';

describe('linkSegments', () => {
  it('links mentions and keeps the rest as text that joins back to the claim', () => {
    const text = 'On July 7, 2015 at the White House, Barack Obama met with Nguyen Phu Trong.';
    const segs = linkSegments(text, [
      { actorId: 'nguyen-phu-trong', start: 58, end: 74 },
      { actorId: 'barack-obama', start: 36, end: 48 },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.actorId).map((s) => [s.text, s.actorId])).toEqual([
      ['Barack Obama', 'barack-obama'],
      ['Nguyen Phu Trong', 'nguyen-phu-trong'],
    ]);
  });

  it('lets the longest of overlapping mentions win and drops out-of-range ones', () => {
    const text = 'the Communist Party of Vietnam said';
    const segs = linkSegments(text, [
      { actorId: 'vietnam', start: 23, end: 30 },
      { actorId: 'cpv', start: 4, end: 30 },
      { actorId: 'ghost', start: 30, end: 99 },
    ]);
    expect(segs).toEqual([
      { text: 'the ' },
      { text: 'Communist Party of Vietnam', actorId: 'cpv' },
      { text: ' said' },
    ]);
  });

  it('keeps hostile text as text (escaping is the template’s job, no HTML is built)', () => {
    const text = '<img src=x onerror=alert(1)> China';
    expect(linkSegments(text, [{ actorId: 'china', start: 29, end: 34 }])).toEqual([
      { text: '<img src=x onerror=alert(1)> ' },
      { text: 'China', actorId: 'china' },
    ]);
  });
});

describe('claim mentions from the corpus', async () => {
  const corpus = buildCorpus(await readContent(process.cwd()));
  it('record offsets that cut out a name of the actor', () => {
    const byId = new Map(corpus.actors.map((a) => [a.id, a]));
    let checked = 0;
    for (const c of corpus.claims) {
      for (const m of c.mentions) {
        expect(c.actors).toContain(m.actorId);
        expect(byId.has(m.actorId)).toBe(true);
        expect(c.text.slice(m.start, m.end).length).toBeGreaterThan(1);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
  it('do not link a name inside another word', () => {
    const matcher = createReportMatcher(compileGazetteer(corpus.actors));
    expect(
      matcher.match('The USSR and Sangla Hill were far from the PLAN.').map((m) => m.actorId),
    ).not.toContain('united-states');
  });
});
