// Curated events and the attachment of dated claims, on sentences from the reports.
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  attachEvents,
  dyadsOf,
  spanOf,
  type AttachInput,
  type Country,
} from '../../src/lib/parse/events.ts';
import { extractDates } from '../../src/lib/parse/dates.ts';
import { curatedEventSchema, type CuratedEvent } from '../../src/lib/schemas/event.ts';

const curated: CuratedEvent[] = readdirSync('content/events')
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) =>
    (parse(readFileSync(`content/events/${f}`, 'utf8')) as unknown[]).map((e) =>
      curatedEventSchema.parse(e),
    ),
  );

const COUNTRY: Record<string, Country> = {
  vietnam: 'VN',
  cpv: 'VN',
  china: 'CN',
  ccp: 'CN',
  cnooc: 'CN',
  'united-states': 'US',
  philippines: 'OTHER',
};
const actorCountry = (id: string): Country => COUNTRY[id] ?? null;

function claim(
  id: string,
  reportId: string,
  text: string,
  actors: string[],
  contextYear: number | null = null,
) {
  return { id, reportId, text, actors, dates: extractDates(text, { contextYear }).mentions };
}
const run = (claims: AttachInput['claims']) =>
  attachEvents({ claims, curated, reports: [], actorCountry });

describe('curated events', () => {
  it('include the major events of the corpus', () => {
    const ids = curated.map((e) => e.id);
    for (const id of [
      '1974-paracels-battle',
      '1979-sino-vietnamese-war',
      '1988-johnson-south-reef-clash',
      '1991-vn-cn-normalisation',
      '1995-us-vn-normalisation',
      '1999-land-border-treaty',
      '2000-gulf-of-tonkin-agreements',
      '2014-hd981-oil-rig-crisis',
      '2014-hd981-deployment',
      '2014-anti-china-riots',
      '2014-hd981-withdrawal',
      '2014-us-arms-embargo-eased',
      '2016-us-arms-embargo-lifted',
      '2015-nguyen-phu-trong-visits-washington',
      '2016-obama-visits-hanoi',
      '2016-south-china-sea-arbitration',
    ])
      expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('attachEvents', () => {
  it('attaches oil-rig sentences from several reports to the crisis', () => {
    const { events, claimEvents } = run([
      claim(
        'hayton-2015-a',
        'hayton-2015',
        'At the beginning of May 2014, a highly organised flotilla of vessels from China’s oil industry escorted the country’s first deep-water oil rig.',
        ['china'],
      ),
      claim(
        'gitter-kania-2017-b',
        'gitter-kania-2017',
        'After Sino-Vietnamese relations had flared into clashes over the HD-981 oil rig crisis during the summer of 2014, the CCP sought talks.',
        ['china', 'vietnam', 'ccp'],
      ),
      claim(
        'liu-2016-c',
        'liu-2016',
        'In May 2014 China placed the HS981 oil rig in waters claimed by Vietnam.',
        ['china', 'vietnam'],
      ),
    ]);
    const crisis = events.find((e) => e.id === '2014-hd981-oil-rig-crisis');
    expect(crisis?.attestations.map((a) => a.reportId)).toEqual([
      'gitter-kania-2017',
      'hayton-2015',
      'liu-2016',
    ]);
    expect(claimEvents['liu-2016-c']).toEqual(['2014-hd981-oil-rig-crisis']);
    expect(crisis?.dyads).toEqual(['VN-CN']);
  });

  it('records the 2008 dialogue date disagreement: June in Xin, October in Hayton', () => {
    const { events } = run([
      claim(
        'hayton-2015-x',
        'hayton-2015',
        'In October 2008, the two sides conducted their first-ever strategic dialogue addressing political, security, defence, and humanitarian cooperation issues, in Hanoi.',
        ['vietnam', 'united-states'],
      ),
      claim(
        'xin-2015-y',
        'xin-2015',
        'In June 2008, the United States and Vietnam held the first round of deputy ministers’ “dialogue on politics, security and defense” in Hanoi.',
        ['united-states', 'vietnam'],
      ),
    ]);
    const e = events.find((x) => x.id === '2008-first-us-vn-political-security-dialogue');
    expect(e?.attestations.map((a) => [a.reportId, a.dates])).toEqual([
      ['hayton-2015', ['2008-10']],
      ['xin-2015', ['2008-06']],
    ]);
    expect(e?.disagreements).toEqual([
      { reportId: 'xin-2015', date: '2008-06', claimId: 'xin-2015-y' },
    ]);
  });

  it('makes an extracted event of an unmatched dated sentence and merges it across reports', () => {
    const text = 'On 24 June 2015, a CPV delegation visited Beijing.';
    const { events, claimEvents } = run([
      claim('a-1', 'gitter-kania-2017', text, ['cpv', 'china']),
      claim('b-1', 'hayton-2015', 'A CPV delegation arrived in Beijing on 24 June 2015.', [
        'cpv',
        'china',
      ]),
    ]);
    const x = events.filter((e) => e.origin === 'extracted');
    expect(x).toHaveLength(1);
    expect(x[0]?.id).toMatch(/^x-2015-06-24-[0-9a-f]{6}$/);
    expect(x[0]?.attestations.map((a) => a.reportId)).toEqual(['gitter-kania-2017', 'hayton-2015']);
    expect(x[0]?.kind).toBe('diplomatic-visit');
    expect(claimEvents['a-1']).toEqual([x[0]?.id]);
  });

  it('does not attach a year-only mention without a match term, nor make it an event', () => {
    const { events, claimEvents } = run([
      claim('h-1', 'hayton-2015', 'In 2014, Vietnam and China talked about many things.', [
        'vietnam',
        'china',
      ]),
    ]);
    expect(claimEvents['h-1']).toBeUndefined();
    expect(events.filter((e) => e.origin === 'extracted')).toHaveLength(0);
  });

  it('is deterministic and ordered by date', () => {
    const claims = [
      claim('a', 'hayton-2015', 'On 2 May 2014 the HD-981 rig arrived.', ['china', 'vietnam']),
      claim('b', 'hayton-2015', 'Chinese rule began in 111 BCE.', ['china']),
    ];
    const one = run(claims);
    expect(run(claims)).toEqual(one);
    const starts = one.events.map((e) => spanOf(e.date.start).from);
    expect([...starts].sort((p, q) => p - q)).toEqual(starts);
    expect(one.events[0]?.id).toBe('bce-111-han-conquest');
  });
});

describe('dyadsOf', () => {
  it('names the pairs of the triangle and flags others', () => {
    expect(dyadsOf(['vietnam', 'china', 'united-states'], actorCountry)).toEqual([
      'VN-CN',
      'VN-US',
      'US-CN',
      'multilateral',
    ]);
    expect(dyadsOf(['philippines', 'china'], actorCountry)).toEqual(['multilateral']);
    expect(dyadsOf(['cpv', 'ccp'], actorCountry)).toEqual(['VN-CN']);
  });
});
