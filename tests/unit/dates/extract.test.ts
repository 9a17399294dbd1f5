// Date expressions from the five reports: ISO value, end, precision, qualifier and the inferred flag.
import { describe, expect, it } from 'vitest';
import { compareIso, isoToDecimalYear } from '../../../src/lib/dates/compare.ts';
import { extractDates } from '../../../src/lib/dates/extract.ts';
import { underMutationTesting } from '../../helpers/mutation.ts';

type Row = [
  text: string,
  contextYear: number | null,
  expected: Array<[string, string, string | undefined, string, boolean]>,
];
// expected: [text, iso, isoEnd, precision, inferred]

const ROWS: Row[] = [
  [
    'In May 2014, China moved the HD-981 oil rig into waters claimed by Vietnam.',
    null,
    [['May 2014', '2014-05', undefined, 'month', false]],
  ],
  [
    'At the beginning of May 2014, a highly organised flotilla escorted the rig.',
    null,
    [['May 2014', '2014-05', undefined, 'month', false]],
  ],
  [
    'The rig was withdrawn on 15 July 2014.',
    null,
    [['15 July 2014', '2014-07-15', undefined, 'day', false]],
  ],
  [
    'On July 7, 2015 at the White House, Barack Obama met with Nguyen Phu Trong.',
    null,
    [['July 7, 2015', '2015-07-07', undefined, 'day', false]],
  ],
  [
    'On August 17, 2010, Robert Scher and Nguyen Chi Vinh held the first Defense Policy Dialogue.',
    null,
    [['August 17, 2010', '2010-08-17', undefined, 'day', false]],
  ],
  [
    'In June 2008, the United States and Vietnam held the first round.',
    null,
    [['June 2008', '2008-06', undefined, 'month', false]],
  ],
  [
    'In October 2008, the two sides conducted their first-ever strategic dialogue.',
    null,
    [['October 2008', '2008-10', undefined, 'month', false]],
  ],
  ['Talks resumed on July 15th.', 2014, [['July 15th', '2014-07-15', undefined, 'day', true]]],
  [
    'On 18 June, Yang Jiechi visited Hanoi.',
    2014,
    [['18 June', '2014-06-18', undefined, 'day', true]],
  ],
  [
    'In early July, the CPV Politburo is reported to have voted.',
    2014,
    [['early July', '2014-07', undefined, 'month', true]],
  ],
  ['In June the dialogue was held.', 2008, [['June', '2008-06', undefined, 'month', true]]],
  ['On 18 June, Yang Jiechi visited Hanoi.', null, []],
  [
    'After clashes over the HD-981 oil rig crisis during the summer of 2014, the CCP sought talks.',
    null,
    [['summer of 2014', '2014-06', '2014-08', 'season', false]],
  ],
  ['Growth recovered in early 2015.', null, [['early 2015', '2015-01', '2015-04', 'year', false]]],
  ['Tensions peaked in mid-2016.', null, [['mid-2016', '2016-05', '2016-08', 'year', false]]],
  ['By late 2015 the TPP was agreed.', null, [['late 2015', '2015-09', '2015-12', 'year', false]]],
  [
    'Relations had warmed since the mid-1980s.',
    null,
    [['mid-1980s', '1983', '1986', 'decade', false]],
  ],
  [
    'Vietnam reestablished relations with the US in the 1990s.',
    null,
    [['1990s', '1990', '1999', 'decade', false]],
  ],
  [
    'In the late 1970s relations collapsed.',
    null,
    [['late 1970s', '1977', '1979', 'decade', false]],
  ],
  [
    'The Ming occupied Vietnam from 1407 to 1428.',
    null,
    [['from 1407 to 1428', '1407', '1428', 'year', false]],
  ],
  [
    'The Ming occupation (1407–1428) is remembered.',
    null,
    [['1407–1428', '1407', '1428', 'year', false]],
  ],
  [
    'Between 1965 and 1973 US troops fought in Vietnam.',
    null,
    [['Between 1965 and 1973', '1965', '1973', 'year', false]],
  ],
  ['The defence ministers met in 2001–7.', null, [['2001–7', '2001', '2007', 'year', false]]],
  [
    'Talks on 16–18 October 2014 covered the border.',
    null,
    [['16–18 October 2014', '2014-10-16', '2014-10-18', 'day', false]],
  ],
  [
    'The delegation visited on 16–18 October.',
    2014,
    [['16–18 October', '2014-10-16', '2014-10-18', 'day', true]],
  ],
  [
    'This was all taking place during a meeting of the CPV Central Committee in Hanoi, which lasted from 8 to 14 May.',
    2014,
    [['from 8 to 14 May', '2014-05-08', '2014-05-14', 'day', true]],
  ],
  [
    'The talks ran between 8 and 14 May 2014.',
    null,
    [['between 8 and 14 May 2014', '2014-05-08', '2014-05-14', 'day', false]],
  ],
  [
    '16–17 April 2015 — Bilateral meeting in Hanoi.',
    null,
    [['16–17 April 2015', '2015-04-16', '2015-04-17', 'day', false]],
  ],
  ['Chinese rule began in 111 BCE.', null, [['111 BCE', '-0110', undefined, 'year', false]]],
  ['Ngô Quyền won at Bạch Đằng in 938 AD.', null, [['938 AD', '0938', undefined, 'year', false]]],
  ['Independence came in 938 CE.', null, [['938 CE', '0938', undefined, 'year', false]]],
  [
    'The page header reads 2015-05-11.',
    null,
    [['2015-05-11', '2015-05-11', undefined, 'day', false]],
  ],
  [
    'On Dec. 16, 2015, the sides met.',
    null,
    [['Dec. 16, 2015', '2015-12-16', undefined, 'day', false]],
  ],
  ['Feb. 29, 2016 | 0 comments', null, [['Feb. 29, 2016', '2016-02-29', undefined, 'day', false]]],
  [
    'In the wake of the 2014 oil rig standoff, Vietnam stepped up its lobbying.',
    null,
    [['2014', '2014', undefined, 'year', false]],
  ],
  [
    'Vietnam’s defence minister visited Washington in 2003 and 2009.',
    null,
    [
      ['2003', '2003', undefined, 'year', false],
      ['2009', '2009', undefined, 'year', false],
    ],
  ],
  [
    'The land border treaty of 1999 and the 2000 agreements',
    null,
    [
      ['1999', '1999', undefined, 'year', false],
      ['2000', '2000', undefined, 'year', false],
    ],
  ],
  [
    'In November 2003, Vietnamese Defense Minister Admiral Pham Van Tra visited the United States.',
    null,
    [['November 2003', '2003-11', undefined, 'month', false]],
  ],
  // A four-digit number opening a sentence is a year (Gitter and Kania: "2015 began with a robust
  // series of high-level party-to-party exchanges…"), unless a unit follows it.
  [
    '2015 began with a robust series of high-level party-to-party exchanges.',
    2014,
    [['2015', '2015', undefined, 'year', false]],
  ],
  [
    'Relations thawed. 1991 brought normalisation.',
    null,
    [['1991', '1991', undefined, 'year', false]],
  ],
  ['“1979 changed everything,” he said.', null, [['1979', '1979', undefined, 'year', false]]],
  // Not dates.
  ['2000 troops took part.', null, []],
  ['1300 km of border was demarcated.', null, []],
  ['2014 | $43.9 / $63.8 | $15.0 / $20.0 | -$28.9 V / -$43.8 C', null, []], // a table row of hayton-2015
  ['The two countries share a 1300 kilometre land border.', null, []],
  ['Bilateral trade reached around $2.5 billion in value.', null, []],
  ['The area covers 113 square kilometres.', null, []],
  ['Growth stood at 5.4 per cent.', null, []],
  ['China moved the HS981 rig, also called HD-981.', null, []],
  ['Vietnam wants F-16 and P-3C aircraft.', null, []],
  ['Some 2000 troops took part.', null, []],
  ['The 1300 km frontier was demarcated.', null, []],
  ['Between 3 and 5 may be needed.', 2014, []],
  // A bare month only capitalised: after "this" or "that", "may" is a verb (gitter-kania-2017, hayton-2015).
  ['This may include continued fortification of its islands.', 2016, []],
  ['Wages that may rise again in June.', 2008, [['June', '2008-06', undefined, 'month', true]]],
  [
    'On 31 February 2015 nothing happened.',
    null,
    [['February 2015', '2015-02', undefined, 'month', false]],
  ],
];

describe('extractDates', () => {
  it.each(ROWS)('%s (context %s)', (text, contextYear, expected) => {
    const { mentions } = extractDates(text, { contextYear });
    expect(mentions.map((m) => [m.text, m.iso, m.isoEnd, m.precision, m.inferred])).toEqual(
      expected,
    );
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('records early/mid/late as a qualifier', () => {
    expect(extractDates('in mid-1980s', { contextYear: null }).mentions[0]?.qualifier).toBe('mid');
    expect(extractDates('in late 2015', { contextYear: null }).mentions[0]?.qualifier).toBe('late');
  });

  it('threads the context year: the last explicit year, not ranges or BCE', () => {
    expect(
      extractDates('In May 2014 China moved the rig.', { contextYear: 2008 }).contextYear,
    ).toBe(2014);
    expect(
      extractDates('The Ming ruled from 1407 to 1428.', { contextYear: 2014 }).contextYear,
    ).toBe(2014);
    expect(extractDates('Chinese rule began in 111 BCE.', { contextYear: 2014 }).contextYear).toBe(
      2014,
    );
    expect(extractDates('No dates here.', { contextYear: 2014 }).contextYear).toBe(2014);
    // The year that opens a list's lead-in dates the bare months of the items after it.
    expect(
      extractDates('2015 began with a robust series of exchanges.', { contextYear: 2014 })
        .contextYear,
    ).toBe(2015);
  });

  it.skipIf(underMutationTesting)('is linear on hostile input', () => {
    const digits = '1'.repeat(100_000);
    const started = performance.now();
    extractDates(digits, { contextYear: 2014 });
    extractDates('May '.repeat(20_000), { contextYear: 2014 });
    expect(performance.now() - started).toBeLessThan(5_000); // guards against catastrophic backtracking
    expect(extractDates('', { contextYear: null })).toEqual({
      mentions: [],
      anchor: null,
      contextYear: null,
    });
  });
});

describe('ISO helpers', () => {
  it('orders BCE, years below 100 and modern dates', () => {
    expect(['2014-05', '-0110', '0938', '0050', '1407'].sort(compareIso)).toEqual([
      '-0110',
      '0050',
      '0938',
      '1407',
      '2014-05',
    ]);
    expect(isoToDecimalYear('2014-07')).toBeCloseTo(2014.5, 5);
    expect(() => isoToDecimalYear('May 2014')).toThrowErrorMatchingInlineSnapshot(
      `[Error: not an ISO date: "May 2014"]`,
    );
  });
});

// The edges of each pattern: the first and last day of a month, seasons crossing the year, years
// just inside and outside the plausible range (1000–2100), abbreviations and what is not a range.
const EDGES: Row[] = [
  [
    'On 1 May 2014, the rig arrived.',
    null,
    [['1 May 2014', '2014-05-01', undefined, 'day', false]],
  ],
  [
    'On May 1, 2014, the rig arrived.',
    null,
    [['May 1, 2014', '2014-05-01', undefined, 'day', false]],
  ],
  ['The rig arrived on 1st May.', 2014, [['1st May', '2014-05-01', undefined, 'day', true]]],
  ['The rig arrived on May 1st.', 2014, [['May 1st', '2014-05-01', undefined, 'day', true]]],
  ['Dated 2014-01-01.', null, [['2014-01-01', '2014-01-01', undefined, 'day', false]]],
  ['Dated 2014-12-31.', null, [['2014-12-31', '2014-12-31', undefined, 'day', false]]],
  ['Dated 2014-13-01.', null, []],
  ['Dated 2014-00-10.', null, []],
  ['Dated 2015-02-29.', null, []],
  ['Dated 0999-05-01.', null, []],
  ['Dated 2101-05-01.', null, []],
  [
    'On 31 December 2014 the year ended.',
    null,
    [['31 December 2014', '2014-12-31', undefined, 'day', false]],
  ],
  [
    'On 31 June 2014 nothing happened.',
    null,
    [['June 2014', '2014-06', undefined, 'month', false]],
  ],
  ['On June 31, 2014 nothing happened.', null, []],
  ['On 31 June nothing happened.', 2014, []],
  [
    'From 1–3 May 2014 the talks ran.',
    null,
    [['From 1–3 May 2014', '2014-05-01', '2014-05-03', 'day', false]],
  ],
  ['The talks ran 30–32 May 2014.', null, [['May 2014', '2014-05', undefined, 'month', false]]],
  [
    'Sept. 5, 2015: the talks began.',
    null,
    [['Sept. 5, 2015', '2015-09-05', undefined, 'day', false]],
  ],
  ['Sept 2015 saw talks.', null, [['Sept 2015', '2015-09', undefined, 'month', false]]],
  [
    'In October of 2008 the dialogue began.',
    null,
    [['October of 2008', '2008-10', undefined, 'month', false]],
  ],
  ['In May 2101 nothing is planned.', null, []],
  ['In May 0999 nothing happened.', null, []],
  ['In May 1000 a king died.', null, [['May 1000', '1000-05', undefined, 'month', false]]],
  ['In May 2100 a treaty lapses.', null, [['May 2100', '2100-05', undefined, 'month', false]]],
  // Seasons: winter runs from December into the next year.
  [
    'In the winter of 2014 talks stalled.',
    null,
    [['winter of 2014', '2014-12', '2015-02', 'season', false]],
  ],
  ['In Winter 2014 talks stalled.', null, [['Winter 2014', '2014-12', '2015-02', 'season', false]]],
  ['In spring 2015 talks resumed.', null, [['spring 2015', '2015-03', '2015-05', 'season', false]]],
  [
    'In the autumn of 2015 talks resumed.',
    null,
    [['autumn of 2015', '2015-09', '2015-11', 'season', false]],
  ],
  [
    'In the fall of 2015 talks resumed.',
    null,
    [['fall of 2015', '2015-09', '2015-11', 'season', false]],
  ],
  ['In the summer of 2101 nothing is planned.', null, []],
  // Month ranges.
  [
    'From November to February 2015 the rains came.',
    null,
    [['From November to February 2015', '2014-11', '2015-02', 'month', false]],
  ],
  [
    'Between March and June 2015 talks ran.',
    null,
    [['Between March and June 2015', '2015-03', '2015-06', 'month', false]],
  ],
  ['May–July 2014 was tense.', null, [['May–July 2014', '2014-05', '2014-07', 'month', false]]],
  // "May and July" is two months, not a range: May takes its year from July 2014.
  [
    'In May and July 2014 talks ran.',
    null,
    [
      ['May', '2014-05', undefined, 'month', true],
      ['July 2014', '2014-07', undefined, 'month', false],
    ],
  ],
  ['From May to July 2101 nothing is planned.', null, []],
  [
    'From May to May 2014 nothing changed.',
    null,
    [
      ['May', '2014-05', undefined, 'month', true],
      ['May 2014', '2014-05', undefined, 'month', false],
    ],
  ],
  // Year ranges: at most two centuries, ending after they start, both plausible.
  [
    'From 1800 to 2000 the border moved.',
    null,
    [['From 1800 to 2000', '1800', '2000', 'year', false]],
  ],
  [
    'From 1799 to 2000 the border moved.',
    null,
    [
      ['1799', '1799', undefined, 'year', false],
      ['2000', '2000', undefined, 'year', false],
    ],
  ],
  [
    'From 1999 to 1999 nothing changed.',
    null,
    [
      ['1999', '1999', undefined, 'year', false],
      ['1999', '1999', undefined, 'year', false],
    ],
  ],
  ['From 2000 to 2101 is a long time.', null, [['2000', '2000', undefined, 'year', false]]],
  ['The war of 1979–89 dragged on.', null, [['1979–89', '1979', '1989', 'year', false]]],
  [
    'The years 1998 and 2002 were calm.',
    null,
    [
      ['1998', '1998', undefined, 'year', false],
      ['2002', '2002', undefined, 'year', false],
    ],
  ],
  // Eras.
  ['Chinese rule began in 111 BC.', null, [['111 BC', '-0110', undefined, 'year', false]]],
  ['Independence came in AD 938.', null, [['AD 938', '0938', undefined, 'year', false]]],
  ['Founded in 1 BCE.', null, [['1 BCE', '0000', undefined, 'year', false]]],
  ['In 0 BC nothing happened.', null, []],
  // Decades and parts of years.
  ['In the early 2000s trade grew.', null, [['early 2000s', '2000', '2003', 'decade', false]]],
  ['In the late 2110s nothing is planned.', null, []],
  ['In the 1000s a king died.', null, [['1000s', '1000', '1009', 'decade', false]]],
  ['In the 0990s nothing happened.', null, []],
  ['Early 2016 was calm.', null, [['Early 2016', '2016-01', '2016-04', 'year', false]]],
  ['In late 2101 nothing is planned.', null, []],
  [
    'By the end of 2008 the talks ended.',
    null,
    [['the end of 2008', '2008-12', undefined, 'month', false]],
  ],
  [
    'At the close of 2008 the talks ended.',
    null,
    [['the close of 2008', '2008-12', undefined, 'month', false]],
  ],
  [
    'At the start of 1979 the war began.',
    null,
    [['the start of 1979', '1979-01', undefined, 'month', false]],
  ],
  ['By the end of 2101 nothing is planned.', null, []],
  // Bare years: only 1000–2100, only with a cue.
  ['It was founded in 1000.', null, [['1000', '1000', undefined, 'year', false]]],
  ['It was founded in 999.', null, []],
  ['It expires in 2100.', null, [['2100', '2100', undefined, 'year', false]]],
  ['It expires in 2101.', null, []],
  ['Section 2014 of the act applies.', null, []],
  ['They sent 1979 soldiers.', null, []],
  ['In March the talks began.', null, []],
  ['In March the talks began.', 2015, [['March', '2015-03', undefined, 'month', true]]],
];

describe('extractDates: the edges of each pattern', () => {
  it.each(EDGES)('%s (context %s)', (text, contextYear, expected) => {
    const { mentions } = extractDates(text, { contextYear });
    expect(mentions.map((m) => [m.text, m.iso, m.isoEnd, m.precision, m.inferred])).toEqual(
      expected,
    );
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
