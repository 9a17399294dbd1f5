// Dates written for people: ISO values, event dates and the dates a claim mentions.
import { describe, expect, it } from 'vitest';
import { formatDateMention, formatIsoDate } from '../../src/lib/dates/format.ts';
import { readContent } from '../../src/lib/loader/read-content.ts';
import { buildCorpus } from '../../src/lib/parse/corpus.ts';

describe('formatIsoDate', () => {
  it.each([
    ['2017', '2017'],
    ['2015-11', 'November 2015'],
    ['2016-02-29', '29 February 2016'],
    ['0938', '938'],
    ['-0110', '111 BCE'],
    ['-0000', '1 BCE'],
  ])('%s → %s', (iso, text) => expect(formatIsoDate(iso)).toBe(text));
});

describe('formatDateMention', () => {
  it('says what a date was read as only when that adds something', () => {
    expect(formatDateMention({ text: 'May 2014', iso: '2014-05', inferred: false })).toBe('May 2014');
    expect(formatDateMention({ text: 'In May', iso: '2014-05', inferred: true })).toBe('In May (May 2014, year from context)');
    expect(formatDateMention({ text: 'late 2014', iso: '2014', inferred: false })).toBe('late 2014 (2014)');
  });
  it('never repeats a claim\'s own words on the real corpus', async () => {
    const c = buildCorpus(await readContent(process.cwd()));
    for (const cl of c.claims)
      for (const d of cl.dates) expect(formatDateMention(d)).not.toBe(`${d.text} (${d.text})`);
  });
});
