// Curated events (content/events) and the attachment of dated claims to them. The claims are
// sentences cut from the five reports, built by hand with the dates and actors the loader would give
// them, so these tests do not depend on the date extractor or the gazetteer matcher.
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  attachEvents,
  classifyEventText,
  eventTitle,
  dyadsOf,
  matchKey,
  spanOf,
  validateCuratedEvents,
  type AttachInput,
  type Country,
} from '../../../src/lib/parse/events.ts';
import { ContentErrors } from '../../../src/lib/parse/errors.ts';
import { aDateMention } from '../../helpers/builders.ts';
import type { DateMention } from '../../../src/lib/schemas/date-mention.ts';
import {
  curatedEventSchema,
  eventSchema,
  type CuratedEvent,
} from '../../../src/lib/schemas/event.ts';

const EVENT_FILES = readdirSync('content/events')
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const fileOfId = new Map<string, string>();
const curated: CuratedEvent[] = EVENT_FILES.flatMap((f) => {
  const records = parse(readFileSync(`content/events/${f}`, 'utf8')) as unknown[];
  return records.map((record, i) => {
    const parsed = curatedEventSchema.safeParse(record);
    if (!parsed.success)
      throw new Error(`content/events/${f} record ${i}: ${JSON.stringify(parsed.error.issues)}`);
    if (!fileOfId.has(parsed.data.id)) fileOfId.set(parsed.data.id, `content/events/${f}`);
    return parsed.data;
  });
});
const byId = new Map(curated.map((e) => [e.id, e]));
const actorIds = new Set(
  readdirSync('content/actors')
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) =>
      (parse(readFileSync(`content/actors/${f}`, 'utf8')) as Array<{ id: string }>).map(
        (a) => a.id,
      ),
    ),
);

const COUNTRY: Record<string, Country> = {
  vietnam: 'VN',
  cpv: 'VN',
  vpa: 'VN',
  'vietnam-peoples-navy': 'VN',
  'pham-quang-nghi': 'VN',
  'pham-binh-minh': 'VN',
  china: 'CN',
  ccp: 'CN',
  pla: 'CN',
  cnooc: 'CN',
  'united-states': 'US',
  'us-navy': 'US',
  philippines: 'OTHER',
  asean: 'OTHER',
};
const actorCountry = (id: string): Country => COUNTRY[id] ?? null;

/** A date mention of `text` as found in `sentence`. */
function at(
  sentence: string,
  text: string,
  iso: string,
  precision: DateMention['precision'],
  extra: Partial<DateMention> = {},
): DateMention {
  const start = sentence.indexOf(text);
  if (start < 0) throw new Error(`"${text}" is not in "${sentence}"`);
  return aDateMention({ text, start, iso, precision, ...extra });
}

type TestClaim = AttachInput['claims'][number];
function claim(
  id: string,
  text: string,
  actors: string[],
  dates: Array<[string, string, DateMention['precision'], Partial<DateMention>?]>,
): TestClaim {
  const reportId = id.replace(/-[^-]+$/, '');
  return {
    id,
    reportId,
    text,
    actors,
    dates: dates.map(([t, iso, p, extra]) => at(text, t, iso, p, extra)),
  };
}

const REPORTS = [
  { id: 'gitter-kania-2017', published: '2017' },
  { id: 'hayton-2015', published: '2015-11' },
  { id: 'liu-2016', published: '2016-02-29' },
  { id: 'soliman-2022', published: '2022-02-21' },
  { id: 'xin-2015', published: '2015-05-11' },
];
const run = (claims: TestClaim[], events: CuratedEvent[] = curated) =>
  attachEvents({ claims, curated: events, reports: REPORTS, actorCountry });
const eventOf = (out: ReturnType<typeof run>, id: string) => {
  const e = out.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
};

// Sentences from the reports.
const HAYTON_FLOTILLA = claim(
  'hayton-2015-3cb3e5e7',
  'At the beginning of May 2014, a highly organised flotilla of vessels from China’s oil industry, coastguard, navy, fishing industry, and other authorities escorted the country’s first deep-water oil rig (HS981) into an area of sea near the Paracel Islands claimed by both China and Vietnam.',
  ['china', 'paracel-islands', 'vietnam'],
  [['May 2014', '2014-05', 'month']],
);
const GITTER_SUMMER = claim(
  'gitter-kania-2017-872764a6',
  'After Sino-Vietnamese relations had flared into clashes over the HD-981 oil rig crisis during the summer of 2014, the CCP sought to employ high-level party-to-party exchanges to alleviate tensions.',
  ['china', 'vietnam', 'ccp'],
  [['the summer of 2014', '2014-06', 'season', { isoEnd: '2014-08' }]],
);
const LIU_MID_2014 = claim(
  'liu-2016-19eb3641',
  'On the other hand, more hardline policies have been adopted by China, as demonstrated by the oil rig incident of mid-2014 and China’s determination in island building.',
  ['china'],
  [['mid-2014', '2014-05', 'year', { isoEnd: '2014-08', qualifier: 'mid' }]],
);
const XIN_981 = claim(
  'xin-2015-84b5045d',
  'In May 2014, China operated the “981” drilling platform near the Xisha Islands, and Vietnam sent many vessels to disruption China’s drilling.',
  ['china', 'paracel-islands', 'vietnam'],
  [['May 2014', '2014-05', 'month']],
);
const SOLIMAN_2014 = claim(
  'soliman-2022-bc3bfae9',
  'For instance, there was a major incident in 2014 when the PRC attempted to install an oil rig in disputed waters, and the Vietnamese responded by ramming the Chinese vessels.',
  ['china'],
  [['2014', '2014', 'year']],
);
const HAYTON_WITHDRAWAL = claim(
  'hayton-2015-8551e004',
  'On 15 July, however, China brought the crisis to a swift end by announcing the withdrawal of the oil rig a month earlier than planned.',
  ['china'],
  [['15 July', '2014-07-15', 'day', { inferred: true }]],
);
const HAYTON_DEPLOY = claim(
  'hayton-2015-90adcbf8',
  'China’s decision to deploy the HS981 oil rig in May 2014 appears to have caused a profound rethink in Vietnam’s foreign policy orientation.',
  ['china', 'vietnam'],
  [['May 2014', '2014-05', 'month']],
);
const HAYTON_2008 = claim(
  'hayton-2015-eac3eb1e',
  'In October 2008, the two sides conducted their first-ever strategic dialogue addressing political, security, defence, and humanitarian cooperation issues, in Hanoi.',
  ['vietnam'],
  [['October 2008', '2008-10', 'month']],
);
const XIN_2008 = claim(
  'xin-2015-b097da77',
  'In June 2008, the United States and Vietnam held the first round of deputy ministers’ “dialogue on politics, security and defense” in Hanoi, covering wide-ranging issues in security cooperation under their respective foreign ministries.',
  ['united-states', 'vietnam', 'us-vn-political-security-defense-dialogue'],
  [['June 2008', '2008-06', 'month']],
);
const HAYTON_FLY_OUTS = claim(
  'hayton-2015-7f11b550',
  'There have only been two fly-outs of Vietnamese officials to a passing US aircraft carrier, in April 2009 and October 2012.',
  ['vietnam', 'united-states'],
  [
    ['April 2009', '2009-04', 'month'],
    ['October 2012', '2012-10', 'month'],
  ],
);
const XIN_STENNIS = claim(
  'xin-2015-794aaf34',
  'In April 2009, Vietnam sent its first delegation to the United States nuclear aircraft carrier John Stennis stationed off the coast of Vietnam.',
  ['vietnam', 'united-states'],
  [['April 2009', '2009-04', 'month']],
);
const HAYTON_NYT = claim(
  'hayton-2015-18709f9f',
  'In April 2015 the New York Times published an article by Nguyễn Phước Tương, under the pseudonym Tương Lai, a former advisor to the reformist prime minister Võ Văn Kiệt.',
  ['new-york-times', 'nguyen-phuoc-tuong', 'vo-van-kiet'],
  [['April 2015', '2015-04', 'month']],
);
const HAYTON_FDI = claim(
  'hayton-2015-cfb4e42b',
  'In 2011, total Chinese FDI in Vietnam surpassed $3 billion for the first time.',
  ['china', 'vietnam'],
  [['2011', '2011', 'year']],
);
const GITTER_1988 = claim(
  'gitter-kania-2017-f7b2a68f',
  'In 1988, China and Vietnam fought a naval battle off the Spratly Islands, which resulted in 70 Vietnamese deaths.',
  ['china', 'vietnam', 'spratly-islands'],
  [['1988', '1988', 'year']],
);

describe('curated events in content/events', () => {
  it('parse against the schema, file by file, with unique ids and known actors', () => {
    expect(EVENT_FILES.length).toBeGreaterThanOrEqual(5);
    expect(curated.length).toBeGreaterThanOrEqual(60);
    expect(new Set(curated.map((e) => e.id)).size).toBe(curated.length);
    expect(() =>
      validateCuratedEvents(curated, actorIds, (e) => fileOfId.get(e.id) ?? '?'),
    ).not.toThrow();
  });

  it('include the major events of the corpus, the rig crisis with its phases inside it', () => {
    for (const id of [
      'bce-111-han-conquest',
      '0938-bach-dang',
      '1407-ming-occupation',
      '1954-geneva-partition',
      '1965-us-combat-troops',
      '1974-paracels-battle',
      '1975-fall-of-saigon',
      '1979-sino-vietnamese-war',
      '1988-johnson-south-reef-clash',
      '1991-vn-cn-normalisation',
      '1995-us-vn-normalisation',
      '1999-land-border-treaty',
      '2000-gulf-of-tonkin-agreements',
      '2008-first-us-vn-political-security-dialogue',
      '2014-us-arms-embargo-eased',
      '2016-us-arms-embargo-lifted',
      '2015-nguyen-phu-trong-visits-washington',
      '2016-obama-visits-hanoi',
      '2016-south-china-sea-arbitration',
    ])
      expect(byId.has(id), id).toBe(true);
    const crisis = spanOf('2014-05-01', '2014-07-16');
    const rig = byId.get('2014-hd981-oil-rig-crisis');
    expect(rig?.terms).toEqual(expect.arrayContaining(['HS981', 'Haiyang Shiyou 981', 'HD-981']));
    for (const id of [
      '2014-hd981-deployment',
      '2014-hd981-collisions',
      '2014-anti-china-riots',
      '2014-hd981-withdrawal',
    ]) {
      const e = byId.get(id);
      expect(e?.era, id).toBe('oil-rig-crisis-2014');
      const s = spanOf(e?.date.start ?? '', e?.date.end);
      expect(s.from >= crisis.from && s.to <= crisis.to, id).toBe(true);
    }
  });
});

describe('attachEvents: curated events', () => {
  it('attaches the oil-rig sentences of all five reports to the crisis', () => {
    const out = run([HAYTON_FLOTILLA, GITTER_SUMMER, LIU_MID_2014, XIN_981, SOLIMAN_2014]);
    const crisis = eventOf(out, '2014-hd981-oil-rig-crisis');
    expect(crisis.attestations).toEqual([
      { reportId: 'gitter-kania-2017', claimIds: [GITTER_SUMMER.id], dates: ['2014-06'] },
      { reportId: 'hayton-2015', claimIds: [HAYTON_FLOTILLA.id], dates: ['2014-05'] },
      { reportId: 'liu-2016', claimIds: [LIU_MID_2014.id], dates: ['2014-05'] },
      { reportId: 'soliman-2022', claimIds: [SOLIMAN_2014.id], dates: ['2014'] },
      { reportId: 'xin-2015', claimIds: [XIN_981.id], dates: ['2014-05'] },
    ]);
    expect(crisis.origin).toBe('curated');
    expect(crisis.dyads).toEqual(['VN-CN']);
    expect(crisis.disagreements).toEqual([]);
    expect(out.events.filter((e) => e.origin === 'extracted')).toEqual([]);
  });

  it('gives a day to the phase it falls in, and names a phase by its own terms', () => {
    const out = run([HAYTON_WITHDRAWAL, HAYTON_DEPLOY, HAYTON_FLOTILLA]);
    // "the crisis" names the whole of which the withdrawal is a phase.
    expect(out.claimEvents[HAYTON_WITHDRAWAL.id]).toEqual([
      '2014-hd981-oil-rig-crisis',
      '2014-hd981-withdrawal',
    ]);
    // "deploy" is a term of the deployment phase that the crisis lacks.
    expect(out.claimEvents[HAYTON_DEPLOY.id]).toEqual([
      '2014-hd981-deployment',
      '2014-hd981-oil-rig-crisis',
    ]);
  });

  it('records the 2008 dialogue disagreement: October in Hayton, June in Xin', () => {
    const out = run([XIN_2008, HAYTON_2008]);
    const e = eventOf(out, '2008-first-us-vn-political-security-dialogue');
    expect(e.attestations.map((a) => [a.reportId, a.dates])).toEqual([
      ['hayton-2015', ['2008-10']],
      ['xin-2015', ['2008-06']],
    ]);
    expect(e.disagreements).toEqual([
      { reportId: 'hayton-2015', date: '2008-10', claimId: HAYTON_2008.id },
      { reportId: 'xin-2015', date: '2008-06', claimId: XIN_2008.id },
    ]);
    expect(() => eventSchema.parse(e)).not.toThrow();
  });

  it('records a disagreement a year apart when the report wrote the year (Richard Byrd at Cam Ranh)', () => {
    const xin = claim(
      'xin-2015-fefeda4b',
      'In March 2010, the United States depot ship Richard Byrd entered Cam Ranh Bay for a half-month of maintenance, and set a precedent for the United States naval ships to stop at the Cam Ranh Bay.',
      ['united-states', 'cam-ranh-bay'],
      [['March 2010', '2010-03', 'month']],
    );
    const hayton = claim(
      'hayton-2015-59b4775f',
      'In August 2011, the first US ship docked there for repairs, but it and those that followed were logistics vessels, part of the US Military Sealift Command, not warships.',
      ['united-states', 'us-military-sealift-command'],
      [['August 2011', '2011-08', 'month']],
    );
    const e = eventOf(run([xin, hayton]), '2011-richard-byrd-at-cam-ranh');
    expect(e.disagreements.map((d) => [d.reportId, d.date])).toEqual([
      ['hayton-2015', '2011-08'],
      ['xin-2015', '2010-03'],
    ]);
  });

  it('does not take an inferred year as a report disagreeing (party visits listed under 2015)', () => {
    // Were 2014 inferred for this item of Gitter and Kania's 2015 list (as it was before the year
    // opening the list's lead-in was read), Trọng's Beijing visit, curated in April 2015, would not be
    // dated differently by the report: an inferred year is our guess, not the report's claim.
    const c = claim(
      'gitter-kania-2017-a6c5f6f7',
      'In April, CPV General Secretary Nguyen Phu Trong led a high-level delegation to Beijing, where he was welcomed by CCP General Secretary Xi Jinping with great fanfare.',
      ['cpv', 'nguyen-phu-trong', 'china', 'ccp', 'xi-jinping'],
      [['April', '2014-04', 'month', { inferred: true }]],
    );
    const out = run([c]);
    expect(eventOf(out, '2015-nguyen-phu-trong-visits-beijing').attestations).toEqual([]);
    expect(out.claimEvents[c.id]?.[0]).toMatch(/^x-2014-04-/);
  });

  it('prefers an event the date fits and the claim names more actors of to a differently dated one', () => {
    // "visited Vietnam" is a term of Xi's November 2015 visit; the claim is Zhang Gaoli's July visit,
    // whose actors it names (six of them, against two of Xi's visit).
    const c = claim(
      'gitter-kania-2017-81ae4065',
      'In July, CCP Politburo Standing Committee Member and Vice Premier Zhang Gaoli (张高丽) visited Vietnam, where he met with General Secretary Nguyen Phu Trong, President Truong Tan Sang, and Prime Minister Nguyen Tan Dung, among others.',
      [
        'ccp-politburo-standing-committee',
        'zhang-gaoli',
        'vietnam',
        'nguyen-phu-trong',
        'truong-tan-sang',
        'nguyen-tan-dung',
      ],
      [['July', '2015-07', 'month', { inferred: true }]],
    );
    const out = run([c]);
    expect(out.claimEvents[c.id]).toEqual(['2015-zhang-gaoli-visits-vietnam']);
    expect(eventOf(out, '2015-xi-jinping-visits-hanoi').disagreements).toEqual([]);
    expect(eventOf(out, '2015-xi-jinping-visits-hanoi').attestations).toEqual([]);
  });

  it('attaches a year-only mention when a term matches, and not on actors alone', () => {
    const out = run([GITTER_1988, HAYTON_FDI]);
    expect(out.claimEvents[GITTER_1988.id]).toEqual(['1988-johnson-south-reef-clash']);
    expect(out.claimEvents[HAYTON_FDI.id]).toBeUndefined();
    expect(out.events.filter((e) => e.origin === 'extracted')).toEqual([]);
  });

  it('attaches one fine date to two distinct events the claim names', () => {
    const c = claim(
      'hayton-2015-0ec0b7b0',
      'Diplomatic ties between the two were hurriedly restored in July 1995, two weeks before Vietnam joined ASEAN.',
      ['vietnam', 'asean'],
      [['July 1995', '1995-07', 'month']],
    );
    expect(run([c]).claimEvents[c.id]).toEqual([
      '1995-us-vn-normalisation',
      '1995-vietnam-joins-asean',
    ]);
  });
});

describe('attachEvents: extracted events', () => {
  it('makes an extracted event of a dated sentence that matches no curated event', () => {
    const out = run([HAYTON_NYT]);
    const x = out.events.filter((e) => e.origin === 'extracted');
    expect(x).toHaveLength(1);
    const e = x[0]!;
    expect(e.id).toMatch(/^x-2015-04-[0-9a-f]{6}$/);
    // A title of its own (subject, verb, object), not the sentence cut short.
    expect(e.title).toBe('The New York Times publishes an article by Nguyễn Phước Tương');
    expect(e.date).toEqual({ start: '2015-04', precision: 'month' });
    expect(e.actors).toEqual(['new-york-times', 'nguyen-phuoc-tuong', 'vo-van-kiet']);
    expect(e.attestations).toEqual([
      { reportId: 'hayton-2015', claimIds: [HAYTON_NYT.id], dates: ['2015-04'] },
    ]);
    expect(out.claimEvents[HAYTON_NYT.id]).toEqual([e.id]);
    expect(() => eventSchema.parse(e)).not.toThrow();
  });

  it('merges two reports’ uncurated sentences with the same date and actors', () => {
    // With only the rig crisis curated, the April 2009 carrier visit is not yet an event.
    const onlyRig = curated.filter((e) => e.era === 'oil-rig-crisis-2014');
    const out = run([HAYTON_FLY_OUTS, XIN_STENNIS], onlyRig);
    const april = out.events.filter((e) => e.date.start === '2009-04');
    expect(april).toHaveLength(1);
    expect(april[0]?.attestations.map((a) => [a.reportId, a.claimIds])).toEqual([
      ['hayton-2015', [HAYTON_FLY_OUTS.id]],
      ['xin-2015', [XIN_STENNIS.id]],
    ]);
    expect(april[0]?.dyads).toEqual(['VN-US']);
    // Hayton's October 2012 fly-out stays an event of its own.
    expect(out.events.filter((e) => e.origin === 'extracted').map((e) => e.date.start)).toEqual([
      '2009-04',
      '2012-10',
    ]);
  });

  it('merges two reports’ sentences about one happening given at a day and at its month', () => {
    const day = claim(
      'soliman-2022-m1',
      'On 2 April 2020 a Chinese coast guard ship rammed and sank a Vietnamese fishing boat near Woody Island.',
      ['china-coast-guard', 'vietnam', 'woody-island'],
      [['2 April 2020', '2020-04-02', 'day']],
    );
    const month = claim(
      'soliman-2022-m2',
      'In April 2020 Vietnam protested after its fishing boat sank near Woody Island.',
      ['vietnam', 'woody-island'],
      [['April 2020', '2020-04', 'month']],
    );
    const other = claim(
      'soliman-2022-m3',
      'In April 2020 Vietnam and the United States held talks on trade.',
      ['vietnam', 'united-states'],
      [['April 2020', '2020-04', 'month']],
    );
    const x = run([day, month, other], []).events;
    expect(x).toHaveLength(2);
    const merged = x.find((e) => e.attestations[0]?.claimIds.length === 2)!;
    expect(merged.date).toEqual({ start: '2020-04-02', precision: 'day' });
    expect(merged.actors).toEqual(['china-coast-guard', 'vietnam', 'woody-island']);
    expect(merged.title).toBe(
      'A Chinese coast guard ship rams and sinks a Vietnamese fishing boat near Woody Island',
    );
  });

  it('titles an extracted event subject–verb–object in the present', () => {
    const title = (text: string, dates: Array<[string, string, DateMention['precision']]>) =>
      eventTitle(
        text,
        dates.map(([t, iso, p]) => at(text, t, iso, p)),
      );
    expect(
      title(
        'The boat, registered in Quang Ngai province, went down in the early hours of 2 April near Woody Island, which China calls Yongxing.',
        [['2 April', '2020-04-02', 'day']],
      ),
    ).toBe('The boat goes down near Woody Island');
    expect(
      title(
        'In July 2019 the Chinese survey ship Haiyang Dizhi 8, escorted by coast guard vessels, began a survey near Vanguard Bank.',
        [['July 2019', '2019-07', 'month']],
      ),
    ).toBe('The Chinese survey ship Haiyang Dizhi 8 begins a survey near Vanguard Bank');
    expect(
      title('However, in June 2009 Vietnamese officials visited the USS John C. Stennis.', [
        ['June 2009', '2009-06', 'month'],
      ]),
    ).toBe('Vietnamese officials visit the USS John C. Stennis');
    // A stem that keeps its silent e, and one that does not.
    expect(
      title('In May 2014 the government restored order and arrested hundreds of people.', [
        ['May 2014', '2014-05', 'month'],
      ]),
    ).toMatch(/^The government restores order/);
    expect(
      title('In May 2014 Beijing answered with a statement of its own.', [
        ['May 2014', '2014-05', 'month'],
      ]),
    ).toMatch(/^Beijing answers/);
    // No verb to find: the sentence cut at a word.
    expect(
      title(
        'Talks in June 2009 on trade, investment and security among many other things of interest to both sides',
        [['June 2009', '2009-06', 'month']],
      ),
    ).toMatch(/^Talks in June 2009 on trade.*…$/);
  });

  it('does not merge same-date sentences whose actors differ, nor claims naming no actor', () => {
    const a = claim(
      'hayton-2015-a1',
      'In June 2009 a ship visited Zhanjiang.',
      ['zhanjiang'],
      [['June 2009', '2009-06', 'month']],
    );
    const b = claim(
      'xin-2015-b1',
      'In June 2009 a ship visited Manila.',
      ['philippines'],
      [['June 2009', '2009-06', 'month']],
    );
    const c = claim(
      'xin-2015-c1',
      'In June 2009 something happened.',
      [],
      [['June 2009', '2009-06', 'month']],
    );
    const d = claim(
      'liu-2016-d1',
      'In June 2009 something else happened.',
      [],
      [['June 2009', '2009-06', 'month']],
    );
    const x = run([a, b, c, d], []).events;
    expect(x).toHaveLength(4);
    expect(new Set(x.map((e) => e.id)).size).toBe(4);
  });

  it('makes no event of a year alone, a forecast, or a lower-case "may"', () => {
    const forecast = claim(
      'xin-2015-f1',
      'The two navies will hold a joint drill in June 2019.',
      ['vietnam', 'china'],
      [['June 2019', '2019-06', 'month']],
    );
    const may = claim(
      'gitter-kania-2017-c6dc947e',
      'This may include continued fortification of its islands, which reportedly have garnered additional mobile rocket launchers capable of striking China’s runways and military installations.',
      ['china'],
      [['may', '2016-05', 'month', { inferred: true }]],
    );
    const out = run([HAYTON_FDI, forecast, may], []);
    expect(out.events).toEqual([]);
    expect(out.claimEvents).toEqual({});
  });

  it('classifies extracted events by keywords', () => {
    expect(classifyEventText('On 16 October, the prime ministers met on the sidelines.').kind).toBe(
      'dialogue',
    );
    expect(
      classifyEventText(
        'These arrangements continued despite the shooting deaths of eight fishermen.',
      ),
    ).toEqual({ kind: 'military-incident', class: 'material-conflict' });
    expect(classifyEventText('Nothing much.').kind).toBe('other');
  });
});

describe('attachEvents: naming and pointing back', () => {
  /** A claim placed in a section and paragraph, so that it is read in its context. */
  function placed(
    id: string,
    text: string,
    actors: string[],
    dates: Array<[string, string, DateMention['precision'], Partial<DateMention>?]>,
    section: string[],
    paragraph: number,
    sentence: number,
    kind: 'fact' | 'prediction' = 'fact',
  ) {
    return { ...claim(id, text, actors, dates), section, paragraph, sentence, kind };
  }
  const SECTION = ['2014 oil rig confrontation'];

  it('an undated sentence that names the crisis attests it, in a section whose heading gives the year', () => {
    const c = placed(
      'hayton-2015-a0000001',
      'Vietnam and China both sent coast guard ships to the Haiyang Shiyou 981 rig.',
      ['vietnam', 'china'],
      [],
      SECTION,
      3,
      1,
    );
    expect(run([c]).claimEvents[c.id]).toEqual(['2014-hd981-oil-rig-crisis']);
  });

  it('names nothing in a prediction, nor an event its own date misses, nor by an actor’s name alone', () => {
    const prediction = placed(
      'hayton-2015-a0000002',
      'Vietnam and China will avoid another HD-981 standoff.',
      ['vietnam', 'china'],
      [],
      SECTION,
      4,
      1,
      'prediction',
    );
    const missed = placed(
      'hayton-2015-a0000003',
      'In March 2012 Vietnam and China talked about the rig.',
      ['vietnam', 'china'],
      [['March 2012', '2012-03', 'month']],
      ['Other'],
      5,
      1,
    );
    const actorName = {
      ...placed(
        'hayton-2015-a0000004',
        'Within ASEAN, Vietnam has long regarded Laos and Cambodia as its hinterland.',
        ['asean', 'vietnam'],
        [],
        ['Diplomacy'],
        6,
        1,
      ),
      mentions: [{ actorId: 'asean', start: 7, end: 12 }],
    };
    const out = run([prediction, missed, actorName]);
    expect(out.claimEvents[prediction.id]).toBeUndefined();
    expect(out.claimEvents[missed.id]?.filter((e) => !e.startsWith('x-')) ?? []).toEqual([]);
    expect(out.claimEvents[actorName.id]).toBeUndefined();
  });

  it('a sentence pointing back at the event of its paragraph attests it; the standoff is the whole crisis', () => {
    const first = placed(
      'hayton-2015-a0000005',
      'On 15 July, China announced that it withdrew the platform.',
      ['china'],
      [['15 July', '2014-07-15', 'day', { inferred: true }]],
      SECTION,
      7,
      1,
    );
    const back = placed(
      'hayton-2015-a0000006',
      'At the time, few in Hanoi believed the explanation.',
      ['vietnam'],
      [],
      SECTION,
      7,
      2,
    );
    const crisis = placed(
      'hayton-2015-a0000007',
      'The standoff left lasting distrust.',
      [],
      [],
      SECTION,
      8,
      1,
    );
    const out = run([crisis, back, first]);
    expect(out.claimEvents[first.id]).toEqual(['2014-hd981-withdrawal']);
    expect(out.claimEvents[back.id]).toEqual(['2014-hd981-withdrawal']);
    expect(out.claimEvents[crisis.id]).toEqual(['2014-hd981-oil-rig-crisis']);
    const e = eventOf(out, '2014-hd981-oil-rig-crisis');
    expect(e.attestations).toEqual([{ reportId: 'hayton-2015', claimIds: [crisis.id], dates: [] }]);
  });
});

describe('attachEvents: pointing back by an opener, phases by kind, time anchors', () => {
  function placed(
    id: string,
    text: string,
    actors: string[],
    dates: Array<[string, string, DateMention['precision'], Partial<DateMention>?]>,
    paragraph: number,
    sentence: number,
  ) {
    return { ...claim(id, text, actors, dates), section: ['The crisis'], paragraph, sentence };
  }

  it('"This prompted…" after a phase attests the whole crisis, not the phase', () => {
    const first = placed(
      'hayton-2015-b0000001',
      'In early May 2014 China moved the HD-981 rig south of the Paracels under escort.',
      ['china'],
      [['early May 2014', '2014-05-01', 'day', { isoEnd: '2014-05-04' }]],
      1,
      1,
    );
    const next = placed(
      'hayton-2015-b0000002',
      'This prompted a quick reply from Hanoi, which sent ships to the area.',
      ['vietnam'],
      [],
      1,
      2,
    );
    const out = run([first, next]);
    expect(out.claimEvents[first.id]).toContain('2014-hd981-deployment');
    expect(out.claimEvents[next.id]).toEqual(['2014-hd981-oil-rig-crisis']);
  });

  it('an undated sentence telling the kind of one conflict phase attests that phase; not a visit', () => {
    const first = placed(
      'hayton-2015-b0000003',
      'In May 2014 the HD-981 standoff began near the Paracels.',
      ['china', 'vietnam'],
      [['May 2014', '2014-05', 'month']],
      2,
      1,
    );
    const protests = placed(
      'hayton-2015-b0000004',
      'Crowds staged protests outside the Chinese embassy in Hanoi.',
      ['china', 'hanoi'],
      [],
      2,
      2,
    );
    const arrival = placed(
      'hayton-2015-b0000005',
      'The arrival of a typhoon gave both sides an excuse.',
      [],
      [],
      2,
      3,
    );
    const out = run([first, protests, arrival]);
    expect(out.claimEvents[protests.id]).toEqual(['2014-anti-china-riots']);
    expect(out.claimEvents[arrival.id]).toBeUndefined();
  });

  it('a sentence attesting a phase that names the standoff attests the crisis too', () => {
    const c = placed(
      'hayton-2015-b0000006',
      'The standoff ended on 15 July when officials said the platform would be withdrawn.',
      [],
      [['15 July', '2014-07-15', 'day', { inferred: true }]],
      3,
      1,
    );
    expect(run([c]).claimEvents[c.id]).toEqual([
      '2014-hd981-oil-rig-crisis',
      '2014-hd981-withdrawal',
    ]);
  });
});

describe('attachEvents: time anchors and described events', () => {
  it('"since normalisation" names the normalisation of the countries the sentence names', () => {
    const c = {
      ...claim(
        'hayton-2015-c0000001',
        'Relations between Vietnam and China have grown steadily since normalisation.',
        ['vietnam', 'china'],
        [],
      ),
      section: ['Relations'],
      paragraph: 1,
      sentence: 1,
    };
    expect(run([c]).claimEvents[c.id]).toEqual(['1991-vn-cn-normalisation']);
  });

  it('a term followed by a noun for a conflict ("the HS981 episode") names it without a date', () => {
    const c = {
      ...claim(
        'hayton-2015-c0000002',
        'The two parties compared notes on public opinion after the HS981 episode.',
        [],
        [],
      ),
      section: ['Party ties'],
      paragraph: 2,
      sentence: 1,
    };
    const bare = { ...c, id: 'hayton-2015-c0000003', text: 'The parties compared notes on HS981.' };
    const out = run([c, bare]);
    expect(out.claimEvents[c.id]).toEqual(['2014-hd981-oil-rig-crisis']);
    expect(out.claimEvents[bare.id]).toBeUndefined();
  });
});

describe('attachEvents: evaluations make no extracted event', () => {
  it('a state reached "by" a date, or a judgement pointing back, is not a happening; an action is', () => {
    const by = claim(
      'liu-2016-d0000001',
      'By December 2012, the approach looked fragile to Vietnam and China.',
      ['vietnam', 'china'],
      [['December 2012', '2012-12', 'month']],
    );
    const judged = claim(
      'liu-2016-d0000002',
      'The real test for Vietnam came the following summer.',
      ['vietnam'],
      [
        [
          'the following summer',
          '2013-06',
          'season',
          { isoEnd: '2013-08', relative: true, inferred: true },
        ],
      ],
    );
    const told = claim(
      'liu-2016-d0000003',
      'In December 2012 Vietnamese and Chinese fishermen held a joint festival.',
      ['vietnam', 'china'],
      [['December 2012', '2012-12', 'month']],
    );
    const out = run([by, judged, told]);
    expect(out.claimEvents[by.id]).toBeUndefined();
    expect(out.claimEvents[judged.id]).toBeUndefined();
    expect(out.claimEvents[told.id]?.[0]).toMatch(/^x-2012-12-/);
  });

  it('a date closing an intention or projection is a plan, not a happening', () => {
    const planned = claim(
      'liu-2016-d0000004',
      'Vietnamese officials announced that the ships would stay there until December 2012.',
      ['vietnam'],
      [['December 2012', '2012-12', 'month']],
    );
    const done = claim(
      'liu-2016-d0000005',
      'Vietnamese officials withdrew the ships in December 2012.',
      ['vietnam'],
      [['December 2012', '2012-12', 'month']],
    );
    const out = run([planned, done]);
    expect(out.claimEvents[planned.id]).toBeUndefined();
    expect(out.claimEvents[done.id]?.[0]).toMatch(/^x-2012-12-/);
  });
});

describe('attachEvents: continuing an event, and the kind of happening', () => {
  const section = ['The 1979 war'];
  const at2 = (c: TestClaim, paragraph: number, sentence: number) => ({
    ...c,
    section,
    paragraph,
    sentence,
    kind: 'fact' as const,
  });

  it('a sentence dated inside the period of the event its section tells goes on telling it', () => {
    const invasion = at2(
      claim(
        'soliman-2022-c1',
        // One actor is enough for a day inside the war that tells of fighting.
        'On 17 February 1979 Chinese forces crossed the northern border.',
        ['china'],
        [['17 February 1979', '1979-02-17', 'day']],
      ),
      1,
      1,
    );
    const pullBack = at2(
      claim(
        'soliman-2022-c2',
        'Beijing announced on 5 March that its troops would pull back.',
        ['china'],
        [['5 March', '1979-03-05', 'day', { inferred: true }]],
      ),
      2,
      1,
    );
    const later = at2(
      claim(
        'soliman-2022-c3',
        'In June 1979 Beijing sent a trade delegation to Moscow.',
        ['china', 'russia'],
        [['June 1979', '1979-06', 'month']],
      ),
      3,
      1,
    );
    const out = run([later, pullBack, invasion]);
    expect(out.claimEvents[invasion.id]).toEqual(['1979-sino-vietnamese-war']);
    expect(out.claimEvents[pullBack.id]).toEqual(['1979-sino-vietnamese-war']);
    // After the war's period: its own event.
    expect(out.claimEvents[later.id]?.[0]).toMatch(/^x-1979-06-/);
    expect(eventOf(out, '1979-sino-vietnamese-war').attestations[0]?.dates).toEqual([
      '1979-02-17',
      '1979-03-05',
    ]);
  });

  it('a sentence that tells of an arrival goes to the visit of that day, not to what was said on it', () => {
    const c = claim(
      'soliman-2022-c4',
      'Barack Obama arrived in Hanoi on 23 May 2016.',
      ['barack-obama', 'vietnam'],
      [['23 May 2016', '2016-05-23', 'day']],
    );
    expect(run([c]).claimEvents[c.id]).toEqual(['2016-obama-visits-hanoi']);
  });
});

describe('attachEvents: text that states no happening', () => {
  // Apparatus that reached the body (a note, a byline, a caption, a teaser) and statistics carry dates
  // but state no happening: none becomes an event, and apparatus attests no curated one either.
  const cases: Array<
    [string, string, string[], Array<[string, string, DateMention['precision']]>]
  > = [
    [
      'note',
      'Reuters, “China moves oil rig into waters contested with Vietnam”, 3 May 2014.',
      ['china', 'vietnam'],
      [['3 May 2014', '2014-05-03', 'day']],
    ],
    ['numbered note', '9 VnExpress, 3 April 2020', [], [['3 April 2020', '2020-04-03', 'day']]],
    [
      'note with place',
      'Vietnam Ministry of Foreign Affairs, press conference, Hanoi, 7 May 2014.',
      ['vietnam'],
      [['7 May 2014', '2014-05-07', 'day']],
    ],
    [
      'note, comma inside the quotes',
      '3 Reuters, “Vietnam says China rammed its ships near the rig,” 7 May 2014.',
      ['vietnam', 'china'],
      [['7 May 2014', '2014-05-07', 'day']],
    ],
    [
      'numbered note',
      '11 Ministry of Foreign Affairs of Vietnam, statement of 19 July 2019.',
      ['vietnam'],
      [['19 July 2019', '2019-07-19', 'day']],
    ],
    [
      'editor line',
      "Editor's note: This post is adapted from remarks delivered at a roundtable on 25 April 2021.",
      [],
      [['25 April 2021', '2021-04-25', 'day']],
    ],
    [
      'Chinese photo credit',
      '（图片：新华社记者摄）Chinese President Xi Jinping holds talks with Nguyen Phu Trong on 12 December 2021.',
      ['china', 'xi-jinping', 'nguyen-phu-trong'],
      [['12 December 2021', '2021-12-12', 'day']],
    ],
    [
      'byline',
      'By Minh Chau Tran and Daniel Whitcombe | 4 April 2020, 10:42 GMT+7',
      [],
      [['4 April 2020', '2020-04-04', 'day']],
    ],
    [
      'time stamp',
      'saigonwatcher 4 April 2020 at 14:05',
      [],
      [['4 April 2020', '2020-04-04', 'day']],
    ],
    [
      'caption',
      'Vietnamese protesters march past the Chinese embassy in Hanoi, 11 May 2014. (Photo: AFP)',
      ['vietnam', 'china-embassy-hanoi'],
      [['11 May 2014', '2014-05-11', 'day']],
    ],
    [
      'teaser',
      'US carrier Theodore Roosevelt docks in Da Nang – 5 March 2020',
      ['united-states'],
      [['5 March 2020', '2020-03-05', 'day']],
    ],
    [
      'statistic',
      'Human rights activists estimate that Vietnam imprisoned around 160 political dissidents from May 2009 to June 2013.',
      ['vietnam'],
      [
        ['May 2009', '2009-05', 'month'],
        ['June 2013', '2013-06', 'month'],
      ],
    ],
    [
      'statistic',
      'Bilateral trade between China and Vietnam reached $50 billion in June 2015.',
      ['china', 'vietnam'],
      [['June 2015', '2015-06', 'month']],
    ],
  ];
  it.each(cases)('%s: "%s" makes no event', (_kind, text, actors, dates) => {
    const c = claim('soliman-2022-00000001', text, actors, dates);
    const out = run([c]);
    expect(out.claimEvents).toEqual({});
    expect(out.events.filter((e) => e.origin === 'extracted')).toEqual([]);
  });

  it('a dated sentence of prose with a number is still an event', () => {
    const c = claim(
      'soliman-2022-00000002',
      'On 26 May 2019 a Chinese vessel rammed a Vietnamese fishing boat some 17 nautical miles off Triton Island.',
      ['china', 'vietnam'],
      [['26 May 2019', '2019-05-26', 'day']],
    );
    expect(run([c]).events.filter((e) => e.origin === 'extracted')).toHaveLength(1);
  });
});

describe('attachEvents: order and determinism', () => {
  it('orders events by date then id, whatever the order of the claims', () => {
    const claims = [HAYTON_NYT, XIN_2008, GITTER_SUMMER, HAYTON_2008, HAYTON_FLY_OUTS];
    const one = run(claims);
    const two = run([...claims].reverse());
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    const starts = one.events.map((e) => spanOf(e.date.start).from);
    expect([...starts].sort((p, q) => p - q)).toEqual(starts);
    expect(one.events[0]?.id).toBe('bce-111-han-conquest');
  });
});

describe('matchKey', () => {
  it('folds case, diacritics and punctuation, and matches whole words only', () => {
    expect(matchKey('HD–981')).toBe(matchKey('hd 981'));
    expect(matchKey('Bạch Đằng')).toBe(' bach dang ');
    expect(matchKey('the origin of rigs').includes(matchKey('rig'))).toBe(false);
    expect(matchKey('— , —')).toBe('');
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
    expect(dyadsOf(['paracel-islands'], actorCountry)).toEqual([]);
  });
});

describe('validateCuratedEvents', () => {
  const good = byId.get('1999-land-border-treaty')!;
  const known = new Set(['vietnam', 'china']);
  function problems(events: CuratedEvent[], file = 'content/events/bad.yaml'): string[] {
    try {
      validateCuratedEvents(events, known, () => file);
    } catch (err) {
      expect(err).toBeInstanceOf(ContentErrors);
      return (err as ContentErrors).problems.map((p) => p.message);
    }
    return [];
  }

  it('accepts a good event', () => {
    expect(problems([good])).toEqual([]);
  });

  it('rejects a duplicate id, naming both files', () => {
    const files = ['content/events/a.yaml', 'content/events/b.yaml'];
    let n = 0;
    let message = '';
    try {
      validateCuratedEvents([good, { ...good }], known, () => files[n++ % 2]!);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatchInlineSnapshot(`
      "1 content error:
        - content/events/b.yaml: event "1999-land-border-treaty", field "id": duplicate event id "1999-land-border-treaty" (also defined in content/events/a.yaml); expected each curated event once"
    `);
  });

  it('rejects an unknown actor id', () => {
    expect(problems([{ ...good, actors: ['vietnam', 'chna'] }])).toEqual([
      'content/events/bad.yaml: event "1999-land-border-treaty", field "actors[1]": unknown actor id "chna"; expected an id from content/actors/*.yaml',
    ]);
  });

  it('rejects an impossible date', () => {
    const [msg] = problems([
      { ...good, id: '2015-bad', date: { start: '2015-02-30', precision: 'day' } },
    ]);
    expect(msg).toBe(
      'content/events/bad.yaml: event "2015-bad", field "date.start": day 30 is impossible in "2015-02-30" (month has 28 days)',
    );
  });

  it('rejects an end before the start', () => {
    expect(
      problems([{ ...good, date: { start: '1999-12-30', end: '1999-12-01', precision: 'day' } }]),
    ).toEqual([
      'content/events/bad.yaml: event "1999-land-border-treaty", field "date.end": ends (1999-12-01) before it starts (1999-12-30); expected end ≥ start',
    ]);
  });

  it('rejects a start not written at its precision, an id without its year, a blank term', () => {
    expect(
      problems([{ ...good, id: '1999-x', date: { start: '1999-12', precision: 'day' } }]),
    ).toEqual([
      'content/events/bad.yaml: event "1999-x", field "date.start": "1999-12" does not match precision "day"; expected YYYY-MM-DD',
    ]);
    expect(problems([{ ...good, id: 'land-border-treaty' }])).toEqual([
      'content/events/bad.yaml: event "land-border-treaty", field "id": id does not start with the year of date.start (1999-12-30); expected "1999-…"',
    ]);
    expect(problems([{ ...good, terms: ['treaty', ' – '] }])).toEqual([
      'content/events/bad.yaml: event "1999-land-border-treaty", field "terms[1]": match term " – " has no letters or digits; expected a word or name to look for',
    ]);
    expect(
      problems([{ ...good, id: 'bce-111-x', date: { start: '-0110', precision: 'year' } }]),
    ).toEqual([]);
  });
});
