// Sentence splitting on sentences cut from the five reports (content/reports/*.md), plus hostile input.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/lib/parse/sentences.ts';

const texts = (p: string) => splitSentences(p).map((s) => s.text);

describe('splitSentences keeps these whole (one sentence each)', () => {
  it.each([
    'Harris held meetings with Vietnam People’s Army Chief of General Staff, Lt. Gen. Phan Van Giang, and other senior leaders.',
    'The U.S. Navy made a port call at Cam Ranh Bay in 2016.',
    'U.S.-Vietnam relations improved after 1995.',
    'On Dec. 16, 2015, the two sides met again.',
    'The Sino-Vietnamese Partnership was analysed by Adam Y. Soliman in 2022.',
    'See Resolution No. 28 of the Central Committee for details.',
    'The figure is cited in Hayton, p. 10 of the report.',
    'Trade with the United States reached $28.5 billion in 2014.',
    'On World Bank calculations it stood at 5.4 per cent in 2013.',
    'Chinese companies were involved in projects worth US$15.4 billion by the end of 2009.',
    'Coercive tactics (e.g. running cruise ships and deploying anti-aircraft missiles to the Paracels) continued.',
    'Standards on labour (i.e. independent unions) were part of the TPP.',
    'Vietnam fell back into a trade deficit of US$3.54 billion (“Vietnam Customs Statistics”, 2016) after three years of surpluses.',
    'Gen. Martin Dempsey became the first chairman of the US Joint Chiefs of Staff to visit Hanoi.',
    'Sen. John McCain and St. Petersburg were both mentioned.',
    'A visit by Mr. Trọng and Dr. Lê Hồng Hiệp followed.',
    'Xi emphasized that both states are socialist countries led by communist parties, with “a shared destiny.”',
  ])('%s', (s) => {
    expect(texts(s)).toEqual([s]);
  });
});

describe('splitSentences splits these', () => {
  it.each([
    [
      'Vietnam is aware of and concerned by recent machinations in its immediate region. Vietnam fears a loss of national legitimacy.',
      [
        'Vietnam is aware of and concerned by recent machinations in its immediate region.',
        'Vietnam fears a loss of national legitimacy.',
      ],
    ],
    [
      'Relations improved with the U.S. The next step was the TPP.',
      ['Relations improved with the U.S.', 'The next step was the TPP.'],
    ],
    [
      'Is this a new era? Many observers think so! Others disagree.',
      ['Is this a new era?', 'Many observers think so!', 'Others disagree.'],
    ],
    [
      'The “three noes” remain. “No to foreign bases” is the first.',
      ['The “three noes” remain.', '“No to foreign bases” is the first.'],
    ],
    [
      'Bilateral trade exploded. From just $30 million in 1991 it reached $2.5 billion in 2001.',
      [
        'Bilateral trade exploded.',
        'From just $30 million in 1991 it reached $2.5 billion in 2001.',
      ],
    ],
    [
      'The party held its congress (the twelfth). Then it chose Trọng.',
      ['The party held its congress (the twelfth).', 'Then it chose Trọng.'],
    ],
    [
      'The fleet sailed in 2014. 2015 was calmer.',
      ['The fleet sailed in 2014.', '2015 was calmer.'],
    ],
    ['They waited… Then the rig left.', ['They waited…', 'Then the rig left.']],
  ])('%s', (p, expected) => {
    expect(texts(p)).toEqual(expected);
  });
});

describe('quotations', () => {
  it('keeps a quoted run of several sentences in the sentence that introduces it', () => {
    const p =
      'Kerry said the war was “a profound failure of diplomatic insight. We must learn from it.” The visit ended the next day.';
    expect(texts(p)).toEqual([
      'Kerry said the war was “a profound failure of diplomatic insight. We must learn from it.”',
      'The visit ended the next day.',
    ]);
  });
  it('splits after a closing quote', () => {
    expect(texts('He called it “a failure.” Others did not.')).toEqual([
      'He called it “a failure.”',
      'Others did not.',
    ]);
  });
});

describe('footnote markers', () => {
  it('are removed from the text and kept as data on the sentence they follow', () => {
    const p =
      'Diplomacy distinguishes đối tác (object of cooperation) and đối tượng (object of struggle).[^1] Diplomacy will usually involve both.[^2][^3]';
    const s = splitSentences(p);
    expect(s.map((x) => [x.text, x.footnotes])).toEqual([
      [
        'Diplomacy distinguishes đối tác (object of cooperation) and đối tượng (object of struggle).',
        ['1'],
      ],
      ['Diplomacy will usually involve both.', ['2', '3']],
    ]);
  });
  it('attach to the sentence when the marker sits before the period', () => {
    const s = splitSentences('Trade grew in 2015[^11] with employment up. Exports fell.');
    expect(s[0]?.footnotes).toEqual(['11']);
    expect(s[0]?.text).toBe('Trade grew in 2015 with employment up.');
  });
  it('report offsets that cover the original text, markers included', () => {
    const p = 'First one.[^4] Second one.';
    const s = splitSentences(p);
    expect(s.map((x) => p.slice(x.start, x.end))).toEqual(['First one.[^4]', 'Second one.']);
  });
});

describe('hostile input', () => {
  it('handles empty and marker-only paragraphs', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   \n ')).toEqual([]);
    expect(splitSentences('[^1][^2]')).toEqual([]);
  });
  it('stays linear on a 1 MB paragraph with an unclosed quotation', () => {
    const p = `“${'Vietnam is wary. China is near. '.repeat(32_000)}`;
    const started = performance.now();
    const s = splitSentences(p);
    expect(performance.now() - started).toBeLessThan(5_000); // a guard against quadratic blow-up, not a benchmark
    expect(s.length).toBeGreaterThan(60_000);
  });
});
