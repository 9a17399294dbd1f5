// The permalink ledger (src/lib/claims/ledger.ts): where a published claim URL leads after the
// report is edited. The cases on the permalinks fixture in pages.test.ts cover the common edits;
// these cover the edges a reader would land on: an edit too large to follow, a quote that now
// appears twice, the score a redirect records, and updating a ledger that already has entries.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  LEDGER_FILE,
  MIN_QUOTE_SIMILARITY,
  MIN_SCORE,
  newEntries,
  parseLedger,
  reanchor,
  resolveLedger,
  serializeLedger,
  similarity,
  type LedgerClaim,
} from '../../../src/lib/claims/ledger.ts';
import { claimsFromMarkdown } from '../../../src/lib/parse/claims.ts';
import type { PermalinkEntry, PermalinkLedger } from '../../../src/lib/schemas/permalink.ts';

const fixture = readFileSync(
  new URL('../../fixtures/permalinks/report.md', import.meta.url),
  'utf8',
);
const SENTENCE = 'That said, their cooperation in the security field is far from smooth.';
const REPORT = 'xin-2015';
const reports = new Set([REPORT]);
const published = claimsFromMarkdown(REPORT, fixture);
const ledger: PermalinkLedger = { claims: newEntries({ claims: {} }, published, '2026-11-22') };
const target = published.find((c) => c.text === SENTENCE);
if (!target) throw new Error(`the permalinks fixture no longer holds "${SENTENCE}"`);
const entry = ledger.claims[target.id] as PermalinkEntry;

/** A claim of the report as the ledger sees it. */
function claim(id: string, text: string, prefix = '', suffix = '', reportId = REPORT): LedgerClaim {
  return {
    id,
    reportId,
    text,
    section: ['Background'],
    paragraph: 1,
    selector: { exact: text, prefix, suffix },
  };
}

/** An entry of the ledger for a quote with its context. */
function ledgerEntry(exact: string, prefix = '', suffix = '', report = REPORT): PermalinkEntry {
  return {
    report,
    exact,
    prefix,
    suffix,
    section: ['Background'],
    paragraph: 1,
    since: '2026-11-22',
  };
}

/** `text` with its first `n` letters replaced by "#": exactly n edits, length kept. */
function garble(text: string, n: number): string {
  let left = n;
  return text.replace(/[a-z]/g, (ch) => (left-- > 0 ? '#' : ch));
}

describe('permalink ledger: when an edit is too large to follow', () => {
  it('a rewritten sentence tombstones its id instead of redirecting to a neighbour', () => {
    const edited = fixture.replace(
      SENTENCE,
      'Even so, the two militaries have rarely trained together since the war.',
    );
    const now = claimsFromMarkdown(REPORT, edited);
    const r = resolveLedger(ledger, now, reports);
    expect(r.redirects).toEqual([]);
    expect(r.tombstones.map((t) => t.id)).toEqual([target.id]);
    expect(r.present).toHaveLength(published.length - 1);
  });

  it('a quote 70 % the same, in its old place, is followed; 69 % is not', () => {
    // 100 characters, so each edit costs exactly one point of similarity.
    const quote =
      'Vietnam and the United States signed a memorandum on defence cooperation in Hanoi that September.';
    const old = quote.padEnd(100, '!');
    expect(old).toHaveLength(100);
    const at70 = garble(old, 30);
    const at69 = garble(old, 31);
    expect(similarity(old, at70)).toBeCloseTo(MIN_QUOTE_SIMILARITY, 10);
    // Even with the surroundings unchanged (0.8 × 0.69 + 0.2 = 0.752, above MIN_SCORE), a quote
    // below MIN_QUOTE_SIMILARITY is not the same claim.
    const e = ledgerEntry(old, 'before it', 'after it');
    expect(reanchor(e, [claim('xin-2015-00000001', at70, 'before it', 'after it')])).toMatchObject({
      method: 'fuzzy',
      score: 0.76,
    });
    expect(reanchor(e, [claim('xin-2015-00000001', at69, 'before it', 'after it')])).toBeNull();
  });

  it('a fuzzy find scoring exactly MIN_SCORE is followed', () => {
    const old =
      'Vietnam and the United States signed a memorandum on defence cooperation in Hanoi that September.'.padEnd(
        100,
        '!',
      );
    // Quote 0.7, context (1 + 0.9) / 2: 0.8 × 0.7 + 0.2 × 0.95 = 0.75.
    const e = ledgerEntry(old, 'before it', 'abcdefghij');
    const c = claim('xin-2015-00000001', garble(old, 30), 'before it', 'abcdefghiX');
    expect(reanchor(e, [c])).toMatchObject({ method: 'fuzzy', score: MIN_SCORE });
  });

  it('two equally good fuzzy finds: the earlier claim wins', () => {
    const edited = SENTENCE.replace('smooth', 'smoth');
    const first = claim('xin-2015-00000005', edited, entry.prefix, entry.suffix);
    const second = claim('xin-2015-00000006', edited, entry.prefix, entry.suffix);
    expect(reanchor(entry, [first, second])?.claim.id).toBe('xin-2015-00000005');
    expect(reanchor(entry, [second, first])?.claim.id).toBe('xin-2015-00000006');
  });

  it('a changed word in a sentence moved elsewhere is a tombstone: without its old surroundings the quote must be near-identical', () => {
    const edited = SENTENCE.replace('far from smooth', 'far from easy');
    // 0.8 × quote similarity + 0.2 × context (0 here) falls below MIN_SCORE.
    expect(0.8 * similarity(SENTENCE, edited)).toBeLessThan(MIN_SCORE);
    const moved = claim('xin-2015-00000002', edited, 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', '');
    expect(reanchor(entry, [moved])).toBeNull();
    // The same edit where the sentence was is followed.
    const inPlace = claim('xin-2015-00000002', edited, entry.prefix, entry.suffix);
    expect(reanchor(entry, [inPlace])?.claim.id).toBe('xin-2015-00000002');
  });

  it('a word that only begins like the quoted one is not an exact find', () => {
    const e = ledgerEntry('their cooperation is far from smooth');
    const longer = claim(
      'xin-2015-00000003',
      'Their cooperation is far from smoothed over, both sides say.',
    );
    expect(reanchor(e, [longer])?.method).not.toBe('exact');
  });

  it('a quote with no letters or digits is only found by equal text', () => {
    const e = ledgerEntry('—');
    expect(reanchor(e, [claim('xin-2015-00000004', 'Vietnam hedges.')])).toBeNull();
    expect(reanchor(e, [claim('xin-2015-00000004', '—')])).toMatchObject({ method: 'exact' });
  });
});

describe('permalink ledger: a quote found in two claims', () => {
  it('redirects to the claim whose surroundings match the published ones', () => {
    // The sentence now appears twice: once far from its old place, once where it was, reworded
    // around it. The old id follows the one in its old place.
    const elsewhere = claim(
      'xin-2015-0000000a',
      `In short: ${SENTENCE}`,
      'Unrelated text before.',
      'And after.',
    );
    const inPlace = claim(
      'xin-2015-0000000b',
      `Indeed, ${SENTENCE.replace(/^That/, 'that')}`,
      entry.prefix,
      entry.suffix,
    );
    for (const order of [
      [elsewhere, inPlace],
      [inPlace, elsewhere],
    ]) {
      const found = reanchor(entry, order);
      expect(found?.claim.id).toBe('xin-2015-0000000b');
      expect(found?.method).toBe('exact');
      expect(found?.score).toBe(1);
    }
  });

  it('with neither in its old place, the earlier claim of the report wins', () => {
    const first = claim('xin-2015-0000000c', SENTENCE, 'x', 'y');
    const second = claim('xin-2015-0000000d', SENTENCE, 'x', 'y');
    expect(reanchor(entry, [first, second])?.claim.id).toBe('xin-2015-0000000c');
  });

  it('prefers an exact find in any place to a fuzzy one in the old place', () => {
    const fuzzyInPlace = claim(
      'xin-2015-0000000e',
      SENTENCE.replace('smooth', 'smoth'),
      entry.prefix,
      entry.suffix,
    );
    const exactElsewhere = claim('xin-2015-0000000f', SENTENCE, 'elsewhere', 'elsewhere');
    expect(reanchor(entry, [fuzzyInPlace, exactElsewhere])).toMatchObject({
      claim: { id: 'xin-2015-0000000f' },
      method: 'exact',
    });
  });

  it('among fuzzy finds, the closer quote wins whatever the order', () => {
    const close = claim(
      'xin-2015-00000010',
      SENTENCE.replace('smooth', 'smoth'),
      entry.prefix,
      entry.suffix,
    );
    const far = claim(
      'xin-2015-00000011',
      SENTENCE.replace('far from smooth', 'not smooth'),
      entry.prefix,
      entry.suffix,
    );
    expect(reanchor(entry, [far, close])?.claim.id).toBe('xin-2015-00000010');
    expect(reanchor(entry, [close, far])?.claim.id).toBe('xin-2015-00000010');
  });

  it('never redirects to a claim of another report, even with the same words', () => {
    const other = claim(
      'hayton-2015-00000012',
      SENTENCE,
      entry.prefix,
      entry.suffix,
      'hayton-2015',
    );
    const now = published.filter((c) => c.id !== target.id);
    const r = resolveLedger(ledger, [...now, other], reports);
    expect(r.redirects).toEqual([]);
    expect(r.tombstones.map((t) => t.id)).toEqual([target.id]);
  });
});

describe('permalink ledger: the score a redirect records', () => {
  it('one changed word in place: 0.8 × quote similarity + 0.2 × context, to three decimals', () => {
    const edited = fixture.replace(SENTENCE, SENTENCE.replace('far from smooth', 'far from easy'));
    const r = resolveLedger(ledger, claimsFromMarkdown(REPORT, edited), reports);
    const to = claimsFromMarkdown(REPORT, edited).find((c) => c.text.endsWith('far from easy.'));
    // "smooth" → "easy": 6 edits over 70 characters, quote 0.914…; the context is unchanged, so
    // 0.8 × 0.914… + 0.2 × 1 = 0.9314…
    expect(similarity(SENTENCE, SENTENCE.replace('far from smooth', 'far from easy'))).toBeCloseTo(
      1 - 6 / 70,
      10,
    );
    expect(r.redirects).toEqual([
      { from: target.id, to: to?.id, method: 'fuzzy', score: 0.931, entry },
    ]);
  });

  it('an exact find scores 0.9 + 0.1 × context: 1 in place, less as the surroundings change', () => {
    const merged = claim(
      'xin-2015-00000020',
      `${SENTENCE.replace(/\.$/, ',')} as both sides admit.`,
      entry.prefix,
      entry.suffix,
    );
    expect(reanchor(entry, [merged])).toMatchObject({ method: 'exact', score: 1 });
    // Nothing of the old context left: 0.9 exactly.
    const bare = claim('xin-2015-00000020', merged.text, '', '');
    expect(reanchor({ ...entry, prefix: 'abc', suffix: 'abc' }, [bare])?.score).toBe(0.9);
    // Prefix kept, suffix gone: half the context.
    const half = claim('xin-2015-00000020', merged.text, entry.prefix, '');
    expect(reanchor({ ...entry, suffix: 'abc' }, [half])?.score).toBe(0.95);
  });

  it('similarity is 1 for equal text (empty too), 0 for nothing in common, by the longer length', () => {
    expect(similarity('', '')).toBe(1);
    expect(similarity('Hanoi', 'Hanoi')).toBe(1);
    expect(similarity('abc', 'xyz')).toBe(0);
    expect(similarity('abcd', '')).toBe(0);
    expect(similarity('abcd', 'abc')).toBe(0.75);
    expect(similarity('abc', 'abcd')).toBe(0.75);
  });
});

describe('permalink ledger: resolving a whole ledger', () => {
  it('lists every kind of outcome in id order, whatever the order of the file', () => {
    const now = [
      claim('xin-2015-000000b0', 'Kept sentence.'),
      claim('xin-2015-000000c0', 'Kept too.'),
    ];
    const l: PermalinkLedger = {
      claims: {
        'xin-2015-000000c0': ledgerEntry('Kept too.'),
        'xin-2015-000000a9': ledgerEntry('Gone sentence number two.'),
        'xin-2015-000000b0': ledgerEntry('Kept sentence.'),
        'xin-2015-000000a1': ledgerEntry('Gone sentence number one.'),
      },
    };
    const r = resolveLedger(l, now, reports);
    expect(r.present).toEqual(['xin-2015-000000b0', 'xin-2015-000000c0']);
    expect(r.tombstones.map((t) => t.id)).toEqual(['xin-2015-000000a1', 'xin-2015-000000a9']);
  });

  it('an id still present stays present, even when its entry quotes older text', () => {
    const r = resolveLedger(
      { claims: { 'xin-2015-00000030': ledgerEntry('Old wording.') } },
      [claim('xin-2015-00000030', 'New wording entirely.')],
      reports,
    );
    expect(r).toEqual({
      present: ['xin-2015-00000030'],
      redirects: [],
      tombstones: [],
      problems: [],
    });
  });

  it('an entry whose id does not start with its report fails, naming the id and field', () => {
    const r = resolveLedger(
      {
        claims: {
          'hayton-2015-00000031': ledgerEntry(SENTENCE),
          // "xin-2015" is a prefix of the id but not followed by "-".
          'xin-20150-00000032': ledgerEntry(SENTENCE),
        },
      },
      [target],
      reports,
      'ledger.json',
    );
    expect(r.redirects).toEqual([]);
    expect(r.problems.map((p) => p.message)).toMatchInlineSnapshot(`
      [
        "ledger.json: claim "hayton-2015-00000031", field "report": the id does not start with its report "xin-2015"",
        "ledger.json: claim "xin-20150-00000032", field "report": the id does not start with its report "xin-2015"",
      ]
    `);
  });

  it('a claim of a report that is gone names the id and says what to do', () => {
    const r = resolveLedger({ claims: { [target.id]: entry } }, [], new Set());
    expect(r.problems.map((p) => p.message)).toMatchInlineSnapshot(`
      [
        "content/permalinks.json: claim "xin-2015-c161a953": report "xin-2015" is no longer in content/reports and the claim cannot be re-anchored; restore the report, or mark the entry "retired" with the reason to publish a tombstone",
      ]
    `);
  });

  it('a retired entry whose quote is still found redirects; one that is not found is a tombstone', () => {
    const retired = { ...entry, retired: 'withdrawn by the publisher' };
    const moved = claim('xin-2015-00000033', SENTENCE, entry.prefix, entry.suffix);
    const r = resolveLedger({ claims: { [target.id]: retired } }, [moved], new Set());
    expect(r.redirects.map((x) => [x.from, x.to, x.method])).toEqual([
      [target.id, 'xin-2015-00000033', 'exact'],
    ]);
    const gone = resolveLedger({ claims: { [target.id]: retired } }, [], new Set());
    expect(gone.tombstones).toEqual([{ id: target.id, entry: retired }]);
    expect(gone.problems).toEqual([]);
  });
});

describe('permalink ledger: newEntries with entries already recorded', () => {
  it('adds only the claims not yet in the ledger and leaves recorded ones as they were', () => {
    const old = ledger.claims[published[0]?.id ?? ''] as PermalinkEntry;
    const recorded: PermalinkLedger = {
      claims: { [published[0]?.id ?? '']: { ...old, since: '2020-01-01', exact: 'older text' } },
    };
    const added = newEntries(recorded, published, '2026-12-05');
    expect(Object.keys(added)).toEqual(published.slice(1).map((c) => c.id));
    expect(added[published[0]?.id ?? '']).toBeUndefined();
    expect(recorded.claims[published[0]?.id ?? '']?.since).toBe('2020-01-01');
  });

  it('records the quote, its context, section, paragraph and the day', () => {
    const c = claim('xin-2015-00000040', 'A new claim.', 'text before', 'text after');
    const section = ['Part one', 'Background'];
    const added = newEntries(ledger, [{ ...c, section, paragraph: 7 }], '2026-12-05');
    expect(added).toEqual({
      'xin-2015-00000040': {
        report: REPORT,
        exact: 'A new claim.',
        prefix: 'text before',
        suffix: 'text after',
        section: ['Part one', 'Background'],
        paragraph: 7,
        since: '2026-12-05',
      },
    });
    // A copy: the entry does not change with the claim it came from.
    section.push('later');
    expect(added['xin-2015-00000040']?.section).toEqual(['Part one', 'Background']);
  });

  it('records nothing when every claim is already there', () => {
    expect(newEntries(ledger, published, '2026-12-05')).toEqual({});
  });
});

describe('permalink ledger: the file', () => {
  it('serialises sorted by id, two-space JSON with a final newline, and reads back the same', () => {
    const l: PermalinkLedger = {
      $comment: 'Every claim id ever published.',
      claims: {
        'xin-2015-0000000b': ledgerEntry('B.'),
        'xin-2015-0000000a': ledgerEntry('A.'),
      },
    };
    const text = serializeLedger(l);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "$comment": "Every claim id ever published.",');
    expect(Object.keys(JSON.parse(text).claims)).toEqual([
      'xin-2015-0000000a',
      'xin-2015-0000000b',
    ]);
    expect(parseLedger(text)).toEqual(l);
  });

  it('names the file, the entry and the field of a malformed ledger', () => {
    const bad = (claims: unknown) => () => parseLedger(JSON.stringify({ claims }), 'x/ledger.json');
    expect(() => parseLedger('{"claims": ', 'x/ledger.json')).toThrow(
      /^x\/ledger\.json: is not valid JSON \(.+\)$/,
    );
    expect(() => parseLedger('[]')).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: content/permalinks.json: Invalid input: expected object, received array]`,
    );
    expect(() => parseLedger('{}')).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: content/permalinks.json: field "claims": Invalid input: expected record, received undefined]`,
    );
    expect(bad({ 'xin-2015-0000000a': 'text' })).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: x/ledger.json: claim "xin-2015-0000000a": Invalid input: expected object, received string]`,
    );
    expect(
      bad({ 'xin-2015-0000000a': { ...ledgerEntry('A.'), section: ['ok', 3] } }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: x/ledger.json: claim "xin-2015-0000000a", field "section.1": Invalid input: expected string, received number]`,
    );
    expect(bad({ 'Not An Id': ledgerEntry('A.') })).toThrowErrorMatchingInlineSnapshot(
      `[ContentError: x/ledger.json: claim "Not An Id": expected a claim id]`,
    );
    expect(LEDGER_FILE).toBe('content/permalinks.json');
  });
});
