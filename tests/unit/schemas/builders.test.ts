// The fixture builders of tests/helpers/builders.ts go through the real schemas: their defaults are
// valid, an override takes effect, and an override the schema rejects fails naming the builder and field.
import { describe, expect, it } from 'vitest';
import {
  aClaim,
  aCuratedEvent,
  aDateMention,
  anActor,
  anEvent,
  aReport,
} from '../../helpers/builders.ts';

describe('fixture builders', () => {
  it('build valid objects with the schemas’ defaults filled in', () => {
    expect(aReport()).toMatchObject({ id: 'hayton-2015', language: 'en', removed: [] });
    expect(anActor({ id: 'vietnam' })).toMatchObject({ name: 'vietnam', aliases: [], roles: [] });
    expect(aCuratedEvent().terms).toEqual(['HD-981', 'oil rig']);
    expect(anEvent()).toMatchObject({ origin: 'curated', attestations: [] });
  });

  it('apply overrides, and derive what follows from them', () => {
    expect(aReport({ id: 'xin-2015', published: '2015-05-11' })).toMatchObject({
      id: 'xin-2015',
      published: '2015-05-11',
    });
    const c = aClaim({ reportId: 'xin-2015', text: 'In May 2014 China moved the rig.' });
    expect(c.id).toMatch(/^xin-2015-[0-9a-f]{8}$/);
    expect(c.selector.exact).toBe(c.text);
    expect(c.position).toEqual({ start: 0, end: c.text.length });
    expect(
      aDateMention({ text: 'May 2014', iso: '2014-05', precision: 'month', start: 3 }),
    ).toEqual({
      text: 'May 2014',
      iso: '2014-05',
      precision: 'month',
      start: 3,
      end: 11,
      inferred: false,
    });
  });

  it('refuse what the site would reject, naming the builder and the field', () => {
    expect(() => aReport({ published: '2015-02-30' })).toThrowErrorMatchingInlineSnapshot(`
      [Error: aReport: not a valid object
      ✖ day 30 is impossible in "2015-02-30" (month has 28 days)
        → at published]
    `);
    expect(() => anActor({ id: 'Viet Nam' })).toThrowErrorMatchingInlineSnapshot(`
      [Error: anActor: not a valid object
      ✖ expected a lowercase slug such as "nguyen-phu-trong"
        → at id]
    `);
    expect(() => aCuratedEvent({ actors: [] })).toThrowErrorMatchingInlineSnapshot(`
      [Error: aCuratedEvent: not a valid object
      ✖ Too small: expected array to have >=1 items
        → at actors]
    `);
    expect(() => aClaim({ text: '' })).toThrowErrorMatchingInlineSnapshot(`
      [Error: aClaim: not a valid object
      ✖ Too small: expected string to have >=1 characters
        → at text]
    `);
  });
});
