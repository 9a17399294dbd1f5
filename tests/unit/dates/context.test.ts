// Dates in context: bare days and months and relative expressions resolve from the nearest date
// before them, across sentences and sections, and record what they were resolved from; the
// publication date is a fallback only where it is safe. Real sentences of content/reports and the
// ingest fixtures, then hostile input.
import { describe, expect, it } from 'vitest';
import { anchorOf, yearAnchor, type Anchor } from '../../../src/lib/dates/context.ts';
import { extractDates } from '../../../src/lib/dates/extract.ts';
import type { DateMention } from '../../../src/lib/schemas/date-mention.ts';
import { underMutationTesting } from '../../helpers/mutation.ts';

type Row = [
  text: string,
  iso: string,
  isoEnd: string | undefined,
  precision: string,
  relative: boolean,
];
const rows = (ms: DateMention[]): Row[] =>
  ms.map((m) => [m.text, m.iso, m.isoEnd, m.precision, m.relative ?? false]);

/** Extracts sentence by sentence as the corpus does, threading the anchor; one list of mentions per sentence. */
function run(
  sentences: string[],
  opts: { anchor?: Anchor | null; published?: string } = {},
): DateMention[][] {
  let anchor = opts.anchor ?? null;
  return sentences.map((text, i) => {
    const out = extractDates(text, { anchor, published: opts.published, claimId: `c${i + 1}` });
    for (const m of out.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    anchor = out.anchor;
    return out.mentions;
  });
}

describe('relative expressions, each resolved from the nearest date before it', () => {
  it.each<[string, string, Row[]]>([
    [
      'May 2014',
      'Later that month, ASEAN foreign ministers issued a joint statement.',
      [['Later that month', '2014-05', undefined, 'month', true]],
    ],
    [
      '2015',
      'The rig came back to waters near the Paracels the following year.',
      [['the following year', '2016', undefined, 'year', true]],
    ],
    [
      '2015',
      'The talks resumed the next year.',
      [['the next year', '2016', undefined, 'year', true]],
    ],
    [
      '2015',
      'Two years later, the USS Theodore Roosevelt made the second such visit.',
      [['Two years later', '2017', undefined, 'year', true]],
    ],
    [
      '2015',
      'A year earlier, the sides had agreed a hotline.',
      [['A year earlier', '2014', undefined, 'year', true]],
    ],
    [
      '2016',
      'China was building features in the Spratlys that year.',
      [['that year', '2016', undefined, 'year', true]],
    ],
    [
      '2014',
      'That summer, relations reached a nadir.',
      [['That summer', '2014-06', '2014-08', 'season', true]],
    ],
    [
      '15 July 2014',
      'Within two weeks, the fishermen were released.',
      [['Within two weeks', '2014-07-15', '2014-07-29', 'day', true]],
    ],
    [
      '2016',
      'In October of that year, the destroyer USS John S. McCain visited Cam Ranh Bay.',
      [['October of that year', '2016-10', undefined, 'month', true]],
    ],
    [
      '2016',
      'In January of the following year, Trong made Beijing his first foreign trip.',
      [['January of the following year', '2017-01', undefined, 'month', true]],
    ],
    [
      'October 2005',
      'That was followed the following month by an agreement on joint exploration.',
      [['the following month', '2005-11', undefined, 'month', true]],
    ],
    [
      '27 August 2014',
      'This was confirmed two months later when a delegation visited Beijing.',
      [['two months later', '2014-10', undefined, 'month', true]],
    ],
    [
      '23 May 2016',
      'At a press conference that day, Obama lifted the embargo.',
      [['that day', '2016-05-23', undefined, 'day', true]],
    ],
    [
      '15 July 2014',
      'That same day, China released thirteen Vietnamese fishermen.',
      [['That same day', '2014-07-15', undefined, 'day', true]],
    ],
    [
      'March 2014',
      'The following summer the rig arrived.',
      [['The following summer', '2014-06', '2014-08', 'season', true]],
    ],
    [
      'September 2014',
      'The following summer the rig returned.',
      [['The following summer', '2015-06', '2015-08', 'season', true]],
    ],
    [
      '31 January 2016',
      'A month later the talks failed.',
      [['A month later', '2016-02', undefined, 'month', true]],
    ],
    [
      '2011',
      'Growth was 10 per cent, down from 28 per cent a decade earlier.',
      [['a decade earlier', '2001', undefined, 'year', true]],
    ],
  ])('after "%s": %s', (before, sentence, expected) => {
    const [, mentions] = run([`It happened in ${before}.`, sentence]);
    expect(rows(mentions ?? [])).toEqual(expected);
    for (const m of mentions ?? []) {
      expect(m.inferred).toBe(true);
      expect(m.resolvedFrom).toMatchObject({ claimId: 'c1' });
    }
  });

  it('needs an anchor as fine as its unit, and any anchor at all', () => {
    expect(run(['In 2014 it began.', 'Later that month, it ended.'])[1]).toEqual([]);
    expect(run(['In May 2014 it began.', 'Two weeks later it ended.'])[1]).toEqual([]);
    expect(
      run(['Later that month, it ended.', 'That year was hard.', 'Two years later it ended.']),
    ).toEqual([[], [], []]);
    // Never from the publication date: "that year" in a text that has stated none is not a date.
    expect(run(['That year was hard.'], { published: '2015-09-02' })).toEqual([[]]);
  });

  it('reads comparisons and events as what they are, not as dates after the anchor', () => {
    const after = (s: string) => run(['In July 2014 it began.', s])[1]?.map((m) => m.text);
    expect(after('The rig was withdrawn a month earlier than planned.')).toEqual([]);
    expect(after('Two years after the war, trade resumed.')).toEqual([]);
    expect(after('Four months after the Central Committee vote, the minister visited.')).toEqual(
      [],
    );
    expect(after('That year’s budget rose.')).toEqual([]);
    expect(after('The talks failed two years before.')).toEqual(['two years before']);
  });

  it('chains: a resolved date anchors the next one', () => {
    const out = run([
      'In May 2014, China moved the rig.',
      'The following year it returned.',
      'Later that year, talks resumed.',
    ]);
    expect(out[2]?.[0]).toMatchObject({
      iso: '2015',
      resolvedFrom: { text: 'The following year', iso: '2015', claimId: 'c2' },
    });
  });
});

describe('bare days and months', () => {
  it('take the year of the nearest date before them, in the sentence first', () => {
    const out = run([
      'The crisis began in May 2014.',
      'On 20 June 2015 talks resumed; on 25 June they broke down.',
    ]);
    expect(rows(out[1] ?? [])).toEqual([
      ['20 June 2015', '2015-06-20', undefined, 'day', false],
      ['25 June', '2015-06-25', undefined, 'day', false],
    ]);
    expect(out[1]?.[1]?.resolvedFrom).toEqual({ text: '20 June 2015', iso: '2015-06-20' }); // same sentence: no claim id
  });

  it('read "The rig was withdrawn on 15 July" in a 2014 passage as 15 July 2014, saying from where', () => {
    const out = run([
      'On 2 May 2014, China towed the rig in.',
      'The rig was withdrawn on 15 July, a month earlier than Beijing had said.',
    ]);
    expect(out[1]).toEqual([
      {
        text: '15 July',
        start: 25,
        end: 32,
        iso: '2014-07-15',
        precision: 'day',
        inferred: true,
        resolvedFrom: { text: '2 May 2014', iso: '2014-05-02', claimId: 'c1' },
      },
    ]);
  });

  it('fall back to the year of publication only when nothing came before and the date is not after it', () => {
    const web = run(
      [
        'On 25 August, a Chinese vessel rammed a fishing boat.',
        'On 3 September the ministry protested.',
      ],
      {
        published: '2015-09-02',
      },
    );
    expect(web[0]).toMatchObject([
      { iso: '2015-08-25', inferred: true, resolvedFrom: { publication: true, iso: '2015-09-02' } },
    ]);
    // The second sentence has an anchor now (25 August 2015), so it is 3 September 2015 by context.
    expect(web[1]).toMatchObject([
      { iso: '2015-09-03', resolvedFrom: { text: '25 August', claimId: 'c1' } },
    ]);
    // After the publication date in its year: unknown year, not reported.
    expect(run(['On 3 December, talks resumed.'], { published: '2015-09-02' })).toEqual([[]]);
    // A publication known to the year only: every day of the year is on or before it.
    expect(run(['In June, talks resumed.'], { published: '2015' })[0]).toMatchObject([
      { iso: '2015-06' },
    ]);
    // A date stated before wins over the publication date.
    expect(
      run(['It began in 2009.', 'On 25 August, talks resumed.'], { published: '2015-09-02' })[1],
    ).toMatchObject([{ iso: '2009-08-25' }]);
  });

  it('produce mid-, early- and late-year spans with an end, so they can become events', () => {
    expect(
      rows(
        run(['Tensions peaked in mid-2014, eased in early 2015 and had ended by late 1979.'])[0] ??
          [],
      ),
    ).toEqual([
      ['mid-2014', '2014-05', '2014-08', 'year', false],
      ['early 2015', '2015-01', '2015-04', 'year', false],
      ['late 1979', '1979-09', '1979-12', 'year', false],
    ]);
  });
});

describe('within a sentence', () => {
  it('lets a date resolved early in the sentence anchor one later in it', () => {
    const out = run([
      'Hanoi and Beijing fought a border war in 1990.',
      'The following year, in November, the two countries normalised relations.',
    ]);
    expect(rows(out[1] ?? [])).toEqual([
      ['The following year', '1991', undefined, 'year', true],
      ['November', '1991-11', undefined, 'month', false],
    ]);
  });

  it('does not move the passage on for a look back or a starting point ("since")', () => {
    const out = run([
      'In November 2003, the frigate USS Vandegrift docked in Ho Chi Minh City, the first visit by an American warship since 1975.',
      'The same month, Defence Minister Pham Van Tra visited the Pentagon.',
      'The move recalled the standoff two years before, but this time there were no riots.',
      'Later that month, the talks resumed.',
    ]);
    expect(out[1]?.map((m) => m.iso)).toEqual(['2003-11']);
    expect(out[2]?.map((m) => m.iso)).toEqual(['2001']);
    expect(out[3]?.map((m) => m.iso)).toEqual(['2003-11']);
  });
});

describe('more forms', () => {
  it('reads month ranges, the end of a year and a year as a subject', () => {
    expect(
      rows(
        extractDates('From July to October 2019 the survey ship worked inside the zone.').mentions,
      ),
    ).toEqual([['From July to October 2019', '2019-07', '2019-10', 'month', false]]);
    expect(
      rows(
        extractDates('The oil rig crisis of May to July 2014 was the most serious test.').mentions,
      ),
    ).toEqual([['May to July 2014', '2014-05', '2014-07', 'month', false]]);
    expect(rows(extractDates('Talks ran November–February 2015.').mentions)).toEqual([
      ['November–February 2015', '2014-11', '2015-02', 'month', false],
    ]);
    expect(
      rows(extractDates('It visited in May and July 2014.').mentions).map((r) => r[0]),
    ).toEqual(['May', 'July 2014']);
    expect(rows(extractDates('Demarcation was completed at the end of 2008.').mentions)).toEqual([
      ['the end of 2008', '2008-12', undefined, 'month', false],
    ]);
    expect(
      rows(
        extractDates('For Vietnam, 2016 was the year the balancing act became visible.').mentions,
      ),
    ).toEqual([['2016', '2016', undefined, 'year', false]]);
    expect(extractDates('Of those arrested, 2000 were released.').mentions).toEqual([]);
  });

  it('reads "the following April", "the same evening", "within days"', () => {
    expect(
      run([
        'It was renamed in December 2020.',
        'It dropped the label the following April.',
      ])[1]?.map((m) => m.iso),
    ).toEqual(['2021-04']);
    expect(
      run(['It was agreed in February 2020.', 'It was signed the following April.'])[1]?.map(
        (m) => m.iso,
      ),
    ).toEqual(['2020-04']);
    expect(
      run([
        'Biden landed on 10 September 2023.',
        'The same evening, the leaders met the press.',
      ])[1]?.map((m) => m.iso),
    ).toEqual(['2023-09-10']);
    expect(
      rows(run(['The rig arrived on 2 May 2014.', 'Within days, ships collided.'])[1] ?? []),
    ).toEqual([['Within days', '2014-05-02', '2014-05-09', 'day', true]]);
    expect(
      run([
        'The election came in November 2016.',
        'Within days, Hanoi set the pact aside.',
      ])[1]?.map((m) => m.iso),
    ).toEqual(['2016-11']);
  });
});

describe('expressions counted from the time of writing', () => {
  const pub = (sentences: string[], published: string, anchor: Anchor | null = null) =>
    run(sentences, { published, anchor }).map((ms) => ms.map((m) => [m.text, m.iso, m.isoEnd]));

  it('read this year, last year, last month and N years ago from the publication date', () => {
    expect(pub(['Blinken visited Hanoi in April this year.'], '2023-09-11')).toEqual([
      [['April this year', '2023-04', undefined]],
    ]);
    expect(pub(['In March last year, a vessel fired water cannon.'], '2020-04-05')).toEqual([
      [['March last year', '2019-03', undefined]],
    ]);
    expect(pub(['Last July, a survey ship arrived.'], '2020-04-05')).toEqual([
      [['Last July', '2019-07', undefined]],
    ]);
    expect(pub(['Next March the talks resume.'], '2020-04-05')).toEqual([
      [['Next March', '2021-03', undefined]],
    ]);
    expect(pub(['They stood together in Hanoi last month.'], '2023-10-15')).toEqual([
      [['last month', '2023-09', undefined]],
    ]);
    expect(pub(['Trong visited China from Oct. 30 to Nov. 1 last year.'], '2023-12-14')).toEqual([
      [
        ['Oct. 30', '2022-10-30', undefined],
        ['Nov. 1', '2022-11-01', undefined],
      ],
    ]);
    expect(pub(['A decade ago this week, a drilling platform appeared.'], '2024-05-06')).toEqual([
      [['A decade ago this week', '2014-05', undefined]],
    ]);
    expect(pub(['Two years ago, the talks failed.'], '2024-05-06')).toEqual([
      [['Two years ago', '2022', undefined]],
    ]);
    // Even in a passage about another year: "this year" is the year of writing.
    expect(
      pub(['In 2009 the talks began.', 'The state visits are planned for this year.'], '2017')[1],
    ).toEqual([['this year', '2017', undefined]]);
    // Without a publication date none of them is a date; "the next year" counts from the passage.
    expect(run(['It happened last year.'])).toEqual([[]]);
    expect(pub(['The talks resumed the next year.'], '2020-04-05')).toEqual([[]]);
  });

  it('read a weekday as the latest such day up to publication, only in a report about that week', () => {
    // 13 December 2023 was a Wednesday.
    expect(
      pub(
        ['Xi arrived in Ha Noi on Tuesday afternoon.', 'On Wednesday, Xi met the Prime Minister.'],
        '2023-12-13',
      ),
    ).toEqual([[['Tuesday', '2023-12-12', undefined]], [['Wednesday', '2023-12-13', undefined]]]);
    expect(pub(['The ministry said last Wednesday that it protested.'], '2023-12-13')).toEqual([
      [['last Wednesday', '2023-12-06', undefined]],
    ]);
    // A history that reaches nowhere near the week of publication: no weekday date.
    expect(
      pub(['In May 2014 the rig arrived.', 'On Friday, ships collided.'], '2015-11-02')[1],
    ).toEqual([]);
    // Nor without a publication day.
    expect(pub(['On Friday, ships collided.'], '2015-11')).toEqual([[]]);
  });
});

// The corpus is built while the tests are collected, where no mutant is active: mutation runs skip
// it, and the import of its slow-loading modules with it.
describe.skipIf(underMutationTesting)('dates in the corpus', async () => {
  if (underMutationTesting) return;
  const { buildCorpus } = await import('../../../src/lib/parse/corpus.ts');
  const { readContent } = await import('../../../src/lib/loader/read-content.ts');
  const corpus = buildCorpus(await readContent(process.cwd()));
  const claim = (report: string, start: string) => {
    const c = corpus.claims.find((x) => x.reportId === report && x.text.startsWith(start));
    if (!c) throw new Error(`no claim of ${report} starts "${start}"`);
    return c;
  };

  it('resolves the relative dates of gitter-kania-2017 and hayton-2015 from the passage before them', () => {
    const summer = claim('gitter-kania-2017', 'That summer, Sino-Vietnamese relations');
    expect(summer.dates).toMatchObject([
      {
        text: 'That summer',
        iso: '2014-06',
        isoEnd: '2014-08',
        relative: true,
        resolvedFrom: { text: 'summer of 2014' },
      },
    ]);
    const sameDay = claim('gitter-kania-2017', 'That same day, China released');
    expect(sameDay.dates).toMatchObject([
      { iso: '2014-07-15', relative: true, resolvedFrom: { text: 'July 15th' } },
    ]);
    expect(claim('hayton-2015', 'On 15 July, however').dates[0]?.relative).toBeUndefined();
    const month = claim('hayton-2015', 'That was followed the following month');
    expect(month.dates).toMatchObject([
      { iso: '2005-11', relative: true, resolvedFrom: { text: 'October 2005' } },
    ]);
    expect(
      claim('hayton-2015', 'Six years later, at its Central Committee').dates.map((d) => d.iso),
    ).toEqual(['2003', '2003-07']);
    expect(
      claim('soliman-2022', 'Later that year, Vietnam’s defense minister').dates,
    ).toMatchObject([{ iso: '2017', relative: true }]);
    // "a month earlier than planned" compares; the withdrawal is 15 July 2014 from "early July".
    expect(claim('hayton-2015', 'On 15 July, however').dates).toMatchObject([
      { text: '15 July', iso: '2014-07-15', resolvedFrom: { text: 'early July' } },
    ]);
  });

  it('records an earlier claim of the same report for every date resolved across sentences', () => {
    const ids = new Map(corpus.claims.map((c) => [c.id, c]));
    let resolved = 0;
    for (const c of corpus.claims)
      for (const d of c.dates) {
        expect(d.inferred).toBe(d.resolvedFrom !== undefined);
        if (d.relative) expect(d.inferred).toBe(true);
        const from = d.resolvedFrom?.claimId;
        if (!from) continue;
        resolved++;
        const source = ids.get(from);
        expect(source?.reportId).toBe(c.reportId);
        expect(source && source.position.start < c.position.start).toBe(true);
      }
    expect(resolved).toBeGreaterThan(30);
  });

  it('carries the context into a new section that states no date of its own', () => {
    const text = (heading: string) => `---
id: test-report
title: A test
authors: [A Person]
publisher: Test
published: 2015-09-02
kind: article
origin: US
url: null
language: en
extraction: web
confidence: medium
source: content/raw/test.txt
---

## The crisis

In May 2014, China moved a rig into disputed waters.

## ${heading}

On 15 July, the rig was withdrawn.
`;
    const dates = (heading: string) =>
      buildCorpus({
        reports: [{ path: 'content/reports/test-report.md', text: text(heading) }],
        actors: [],
        events: [],
      }).claims[1]?.dates;
    expect(dates('The end of the standoff')).toMatchObject([
      { iso: '2014-07-15', resolvedFrom: { text: 'May 2014' } },
    ]);
    expect(dates('The 2016 sequel')).toMatchObject([
      { iso: '2016-07-15', resolvedFrom: { text: '2016' } },
    ]);
  });
});

describe('hostile and edge input', () => {
  it('handles year 0, BCE and years below 100 without the Date.UTC shift', () => {
    expect(
      rows(extractDates('Chinese rule began in 111 BCE and ended in 1 BCE.').mentions),
    ).toEqual([
      ['111 BCE', '-0110', undefined, 'year', false],
      ['1 BCE', '0000', undefined, 'year', false],
    ]);
    expect(extractDates('In 0 BCE nothing happened.').mentions).toEqual([]);
    expect(rows(extractDates('The Trưng sisters rose in 40 AD.').mentions)).toEqual([
      ['40 AD', '0040', undefined, 'year', false],
    ]);
    // Neither BCE nor years below 1000 anchor a bare date or a relative one.
    const early = run([
      'The Trưng sisters rose in 40 AD.',
      'On 3 March they won.',
      'Two years later they fell.',
    ]);
    expect(early.map((ms) => ms.map((m) => m.iso))).toEqual([['0040'], [], []]);
    expect(
      anchorOf({
        text: '111 BCE',
        start: 0,
        end: 7,
        iso: '-0110',
        precision: 'year',
        inferred: false,
      }),
    ).toBeNull();
  });

  it('checks 29 February against the real calendar at 1900, 2000 and 2016', () => {
    expect(
      extractDates('On 29 February 1900 nothing happened.').mentions.map((m) => m.iso),
    ).toEqual(['1900-02']);
    expect(extractDates('On 29 February 2000 it happened.').mentions.map((m) => m.iso)).toEqual([
      '2000-02-29',
    ]);
    expect(
      run(['In January 2016 it began.', 'On 29 February it ended.'])[1]?.map((m) => m.iso),
    ).toEqual(['2016-02-29']);
    expect(run(['In January 2015 it began.', 'On 29 February it ended.'])[1]).toEqual([]);
    // ISO dates below 1000 are not report dates; "0004-02-29" is left alone.
    expect(extractDates('Code 0004-02-29 here.').mentions).toEqual([]);
  });

  it('leaves "may" the verb, counts and money alone', () => {
    const ctx = { anchor: yearAnchor(2014) };
    expect(extractDates('That may change later that may be needed.', ctx).mentions).toEqual([]);
    expect(extractDates('May be needed, the officials said.', ctx).mentions).toEqual([]);
    expect(
      extractDates(
        'Human rights activists estimate that Vietnam imprisoned around 160 prisoners.',
        ctx,
      ).mentions,
    ).toEqual([]);
    expect(extractDates('Trade reached 2,014 million dollars.', ctx).mentions).toEqual([]);
    expect(extractDates('It cost $2014 and 2014 tonnes of steel.', ctx).mentions).toEqual([]);
    expect(extractDates('Two of the years later proved hard.', ctx).mentions).toEqual([]);
    expect(extractDates('within 2 weeks', { anchor: null }).mentions).toEqual([]);
    expect(extractDates('0 years later', ctx).mentions).toEqual([]);
  });

  it.skipIf(underMutationTesting)('stays linear on long runs of relative words', () => {
    const started = performance.now();
    extractDates('that year later that month two years later '.repeat(5_000), {
      anchor: yearAnchor(2014),
    });
    extractDates('within '.repeat(20_000), { anchor: yearAnchor(2014) });
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('relative expressions at the edges of months, seasons and years', () => {
  it.each<[string, string, Row[]]>([
    // Seasons: winter starts in December and ends in the next year.
    [
      'In 2014, talks began.',
      'That winter, they stalled.',
      [['That winter', '2014-12', '2015-02', 'season', true]],
    ],
    [
      'In 2014, talks began.',
      'The previous winter was calm.',
      [['The previous winter', '2013-12', '2014-02', 'season', true]],
    ],
    [
      'In March 2014, talks began.',
      'The following summer, they stalled.',
      [['The following summer', '2014-06', '2014-08', 'season', true]],
    ],
    [
      'In June 2014, talks began.',
      'The following summer, they stalled.',
      [['The following summer', '2015-06', '2015-08', 'season', true]],
    ],
    [
      'In 2014, talks began.',
      'The following spring, they stalled.',
      [['The following spring', '2015-03', '2015-05', 'season', true]],
    ],
    [
      'In 2014, talks began.',
      'Later that autumn, they stalled.',
      [['Later that autumn', '2014-09', '2014-11', 'season', true]],
    ],
    // Months named after a year.
    [
      'In 2014, talks began.',
      'By March the following year, they had stalled.',
      [['March the following year', '2015-03', undefined, 'month', true]],
    ],
    [
      'In 2014, talks began.',
      'In May the previous year, a rig moved.',
      [['May the previous year', '2013-05', undefined, 'month', true]],
    ],
    [
      'In 2014, talks began.',
      'In October of that year, a rig moved.',
      [['October of that year', '2014-10', undefined, 'month', true]],
    ],
    [
      'In May 2014, talks began.',
      'The following January, they stalled.',
      [['The following January', '2015-01', undefined, 'month', true]],
    ],
    [
      'In May 2014, talks began.',
      'The next June, they stalled.',
      [['The next June', '2014-06', undefined, 'month', true]],
    ],
    [
      'In May 2014, talks began.',
      'The following May, they stalled.',
      [['The following May', '2015-05', undefined, 'month', true]],
    ],
    [
      'In 2014, talks began.',
      'The following June, they stalled.',
      [['The following June', '2015-06', undefined, 'month', true]],
    ],
    // Days and months across their ends.
    [
      'On 31 December 2014, talks began.',
      'The next day, they stalled.',
      [['The next day', '2015-01-01', undefined, 'day', true]],
    ],
    [
      'On 1 March 2016, talks began.',
      'The previous day, a rig moved.',
      [['The previous day', '2016-02-29', undefined, 'day', true]],
    ],
    [
      'On 15 July 2014, talks began.',
      'That same evening, they stalled.',
      [['That same evening', '2014-07-15', undefined, 'day', true]],
    ],
    [
      'In December 2014, talks began.',
      'The following month, they stalled.',
      [['The following month', '2015-01', undefined, 'month', true]],
    ],
    [
      'In January 2014, talks began.',
      'The previous month, a rig moved.',
      [['The previous month', '2013-12', undefined, 'month', true]],
    ],
    [
      'On 15 July 2014, talks began.',
      'Later that month, they stalled.',
      [['Later that month', '2014-07', undefined, 'month', true]],
    ],
    [
      'In 2014, talks began.',
      'Earlier that year, a rig moved.',
      [['Earlier that year', '2014', undefined, 'year', true]],
    ],
    // Counts after and before.
    [
      'On 15 July 2014, talks began.',
      'Three weeks afterwards, they stalled.',
      [['Three weeks afterwards', '2014-08-05', undefined, 'day', true]],
    ],
    [
      'On 15 July 2014, talks began.',
      'Ten days later, they stalled.',
      [['Ten days later', '2014-07-25', undefined, 'day', true]],
    ],
    [
      'On 15 July 2014, talks began.',
      'Two days earlier, a rig moved.',
      [['Two days earlier', '2014-07-13', undefined, 'day', true]],
    ],
    [
      'In November 2014, talks began.',
      'Three months later, they stalled.',
      [['Three months later', '2015-02', undefined, 'month', true]],
    ],
    [
      'In 2014, talks began.',
      'A decade later, they resumed.',
      [['A decade later', '2024', undefined, 'year', true]],
    ],
    [
      'In 2014, talks began.',
      'A decade before, a war ended.',
      [['A decade before', '2004', undefined, 'year', true]],
    ],
    [
      'In 2014, talks began.',
      'Twelve years previously, a war ended.',
      [['Twelve years previously', '2002', undefined, 'year', true]],
    ],
    ['In 2014, talks began.', 'Two years after the war, they resumed.', []],
    ['In 2014, talks began.', 'It came 0 years later.', []],
    ['In 2014, talks began.', 'Three months later, they stalled.', []],
    ['In May 2014, talks began.', 'Two weeks later, they stalled.', []],
    // Within.
    [
      'On 15 July 2014, talks began.',
      'Within days, they stalled.',
      [['Within days', '2014-07-15', '2014-07-22', 'day', true]],
    ],
    [
      'On 15 July 2014, talks began.',
      'Within weeks, they stalled.',
      [['Within weeks', '2014-07-15', '2014-08-12', 'day', true]],
    ],
    [
      'In July 2014, talks began.',
      'Within a few weeks, they stalled.',
      [['Within a few weeks', '2014-07', undefined, 'month', true]],
    ],
    ['In 2014, talks began.', 'Within days, they stalled.', []],
    [
      'In November 2014, talks began.',
      'Within three months, they stalled.',
      [['Within three months', '2014-11', '2015-02', 'month', true]],
    ],
    [
      'In 2014, talks began.',
      'Within the next two years, they stalled.',
      [['Within the next two years', '2014', '2016', 'year', true]],
    ],
    [
      'On 25 December 2014, talks began.',
      'Within two weeks, they stalled.',
      [['Within two weeks', '2014-12-25', '2015-01-08', 'day', true]],
    ],
    ['In 2014, talks began.', 'Within two weeks, they stalled.', []],
  ])('after "%s": %s', (before, sentence, expected) => {
    expect(rows(run([before, sentence])[1] ?? [])).toEqual(expected);
  });
});

describe('what anchors the text after it', () => {
  const mention = (over: Partial<DateMention>): DateMention => ({
    text: 'x',
    iso: '2014',
    precision: 'year',
    inferred: false,
    start: 0,
    end: 1,
    ...over,
  });

  it('a day, a month, a season or one year from 1000 on; not a range of years, a decade, BCE or a look back', () => {
    expect(
      anchorOf(mention({ iso: '2014-07-15', precision: 'day', text: '15 July 2014' }), 'c1'),
    ).toEqual({
      iso: '2014-07-15',
      year: 2014,
      month: 7,
      day: 15,
      text: '15 July 2014',
      claimId: 'c1',
    });
    expect(anchorOf(mention({ iso: '2014-07', precision: 'month' }))).toMatchObject({
      iso: '2014-07',
      month: 7,
      day: undefined,
    });
    expect(
      anchorOf(mention({ iso: '2014-12', isoEnd: '2015-02', precision: 'season' })),
    ).toMatchObject({
      iso: '2014',
      year: 2014,
      month: undefined,
    });
    expect(
      anchorOf(mention({ iso: '2014-05', isoEnd: '2014-08', precision: 'year', qualifier: 'mid' })),
    ).toMatchObject({ iso: '2014', month: undefined });
    expect(anchorOf(mention({ iso: '1000' }))).toMatchObject({ year: 1000 });
    expect(anchorOf(mention({ iso: '0999' }))).toBeNull();
    expect(anchorOf(mention({ iso: '-0110' }))).toBeNull();
    expect(anchorOf(mention({ iso: '1407', isoEnd: '1428' }))).toBeNull();
    expect(anchorOf(mention({ iso: '1990', isoEnd: '1999', precision: 'decade' }))).toBeNull();
    expect(anchorOf(mention({ text: 'a year earlier', relative: true }))).toBeNull();
    expect(anchorOf(mention({ text: 'two years ago', relative: true }))).toBeNull();
    expect(anchorOf(mention({ text: 'a year later', relative: true }))).toMatchObject({
      year: 2014,
    });
    expect(anchorOf(mention({ text: 'last year', relative: false }))).toMatchObject({ year: 2014 });
    expect(anchorOf(mention({ iso: 'soon' }))).toBeNull();
    expect(anchorOf(mention({}))).not.toHaveProperty('claimId');
  });
});

describe('counted from the time of writing: the edges', () => {
  const pub = (sentences: string[], published: string) => run(sentences, { published }).map(rows);

  it('last, this and next month names around the publication month', () => {
    expect(
      pub(
        [
          'It began last September.',
          'It began last October.',
          'It ends next September.',
          'It ends next October.',
          'It ends this March.',
        ],
        '2015-09-02',
      ),
    ).toEqual([
      [['last September', '2014-09', undefined, 'month', true]],
      [['last October', '2014-10', undefined, 'month', true]],
      [['next September', '2016-09', undefined, 'month', true]],
      [['next October', '2015-10', undefined, 'month', true]],
      [['this March', '2015-03', undefined, 'month', true]],
    ]);
    expect(pub(['It began last August.'], '2015-09-02')).toEqual([
      [['last August', '2015-08', undefined, 'month', true]],
    ]);
  });

  it('a month with last, this or next year', () => {
    expect(
      pub(
        [
          'In March last year, it began.',
          'In April this year, it grew.',
          'By May of next year, it ends.',
        ],
        '2015-09-02',
      ),
    ).toEqual([
      [['March last year', '2014-03', undefined, 'month', true]],
      [['April this year', '2015-04', undefined, 'month', true]],
      [['May of next year', '2016-05', undefined, 'month', true]],
    ]);
  });

  it('a bare day followed by last year takes the year before publication', () => {
    expect(pub(['On 3 March last year, it began.'], '2015-09-02')).toEqual([
      [['3 March', '2014-03-03', undefined, 'day', false]],
    ]);
    expect(pub(['From Oct. 30 to Nov. 1 next year, it runs.'], '2015-09-02')[0]?.[0]?.[1]).toBe(
      '2016-10-30',
    );
  });

  it('last, this and next month; months and decades ago', () => {
    expect(
      pub(
        [
          'Last month it began.',
          'This month it grew.',
          'Next month it ends.',
          'Three months ago it began.',
          'Two decades ago it began.',
          'A decade ago this month it began.',
        ],
        '2015-01-20',
      ),
    ).toEqual([
      [['Last month', '2014-12', undefined, 'month', true]],
      [['This month', '2015-01', undefined, 'month', true]],
      [['Next month', '2015-02', undefined, 'month', true]],
      [['Three months ago', '2014-10', undefined, 'month', true]],
      [['Two decades ago', '1995', undefined, 'year', true]],
      [['A decade ago this month', '2005-01', undefined, 'month', true]],
    ]);
    expect(pub(['Last month it began.', 'Two months ago it began.'], '2015')).toEqual([[], []]);
  });

  it('a weekday: the latest such day up to publication; "last" never the day itself', () => {
    // 2 September 2015 was a Wednesday.
    expect(
      pub(
        [
          'On Wednesday, ships collided.',
          'Last Wednesday, ships collided.',
          'On Thursday, ships collided.',
          'Since Monday, ships collided.',
        ],
        '2015-09-02',
      ),
    ).toEqual([
      [['Wednesday', '2015-09-02', undefined, 'day', true]],
      [['Last Wednesday', '2015-08-26', undefined, 'day', true]],
      [['Thursday', '2015-08-27', undefined, 'day', true]],
      [['Monday', '2015-08-31', undefined, 'day', true]],
    ]);
    // The nearest date before must reach into the week before publication.
    expect(
      pub(['In August 2015, talks began.', 'On Friday, ships collided.'], '2015-09-02')[1],
    ).toEqual([['Friday', '2015-08-28', undefined, 'day', true]]);
    expect(
      pub(['In July 2015, talks began.', 'On Friday, ships collided.'], '2015-09-02')[1],
    ).toEqual([]);
    expect(pub(['In 2015, talks began.', 'On Friday, ships collided.'], '2015-09-02')[1]).toEqual([
      ['Friday', '2015-08-28', undefined, 'day', true],
    ]);
    expect(
      pub(['On 26 August 2015, talks began.', 'On Friday, ships collided.'], '2015-09-02')[1],
    ).toEqual([['Friday', '2015-08-28', undefined, 'day', true]]);
    expect(
      pub(['On 25 August 2015, talks began.', 'On Friday, ships collided.'], '2015-09-02')[1],
    ).toEqual([]);
    expect(pub(['on friday, ships collided.'], '2015-09-02')).toEqual([[]]);
  });
});
