// Claims from Markdown: ids, sections, selectors, skipping apparatus, determinism; and kinds.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimsFromMarkdown } from '../../../src/lib/parse/claims.ts';
import { classifyClaim, KIND_RULES } from '../../../src/lib/parse/classify.ts';
import { claimSchema } from '../../../src/lib/schemas/claim.ts';

const FRAGMENT = `Vietnam is aware of and concerned by recent machinations in its immediate region, especially the South China Sea. Vietnam fears a loss of national legitimacy.[^1]

## 2. Vietnam’s relations with China

### 2014 oil rig confrontation

At the beginning of May 2014, a highly organised flotilla of vessels escorted the country’s first deep-water oil rig.[^49] However the standoff continued.

- Party-to-party talks continued.
- Party-to-party talks continued.

| Year | Exports |
|---|---|
| 2014 | $43.9 |

## References

- Hayton, B. (2014). The South China Sea. Yale University Press.

[^1]: A note that is not body text.
`;

describe('claimsFromMarkdown', () => {
  const claims = claimsFromMarkdown('hayton-2015', FRAGMENT);

  it('takes every body sentence and nothing from References or note definitions', () => {
    expect(claims.map((c) => c.text)).toEqual([
      'Vietnam is aware of and concerned by recent machinations in its immediate region, especially the South China Sea.',
      'Vietnam fears a loss of national legitimacy.',
      'At the beginning of May 2014, a highly organised flotilla of vessels escorted the country’s first deep-water oil rig.',
      'However the standoff continued.',
      'Party-to-party talks continued.',
      'Party-to-party talks continued.',
      '2014 | $43.9',
    ]);
  });

  it('records section paths, positions and footnotes', () => {
    expect(claims[0]?.section).toEqual([]);
    expect(claims[2]?.section).toEqual([
      '2. Vietnam’s relations with China',
      '2014 oil rig confrontation',
    ]);
    expect(claims[1]?.footnotes).toEqual(['1']);
    expect(claims[2]?.footnotes).toEqual(['49']);
    expect([claims[3]?.paragraph, claims[3]?.sentence]).toEqual([2, 2]);
  });

  it('gives repeated sentences a deterministic suffix', () => {
    expect(claims[5]?.id).toBe(`${claims[4]?.id}-2`);
    expect(claims[4]?.id).toMatch(/^hayton-2015-[0-9a-f]{8}$/);
  });

  it('builds TextQuoteSelectors whose prefix, exact and suffix re-find the claim', () => {
    for (const c of claims) {
      expect(c.selector.exact).toBe(c.text);
      expect(c.selector.prefix.length).toBeLessThanOrEqual(32);
    }
    expect(claims[3]?.selector.prefix.endsWith('first deep-water oil rig. ')).toBe(true);
    expect(claims[2]?.selector.suffix.startsWith(' However the standoff')).toBe(true);
  });

  it('keeps ids when whitespace changes or a paragraph is re-wrapped', () => {
    const rewrapped = FRAGMENT.replace('machinations in its', 'machinations\nin  its').replace(
      'a highly organised',
      'a highly\norganised',
    );
    expect(claimsFromMarkdown('hayton-2015', rewrapped).map((c) => c.id)).toEqual(
      claims.map((c) => c.id),
    );
    expect(claimsFromMarkdown('hayton-2015', FRAGMENT)).toEqual(claims);
  });

  it('produces schema-valid claims', () => {
    for (const c of claims) expect(claimSchema.safeParse(c).success).toBe(true);
  });
});

describe('claims over the five committed reports', () => {
  for (const file of readdirSync('content/reports').filter((f) => f.endsWith('.md'))) {
    it(file, () => {
      const text = readFileSync(`content/reports/${file}`, 'utf8');
      const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
      const id = file.replace(/\.md$/, '');
      const claims = claimsFromMarkdown(id, body);
      expect(claims.length).toBeGreaterThan(40);
      expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
      for (const c of claims) {
        expect(c.text.trim()).toBe(c.text);
        expect(c.text).not.toMatch(/\[\^/);
        expect(c.text.length).toBeGreaterThan(1);
      }
      // Nothing from the References section becomes a claim.
      const refs = /## References\n([\s\S]*?)(?:\n## |\n\[\^|$)/.exec(body)?.[1] ?? '';
      const firstRef = /^- (.{20,60})/m.exec(refs)?.[1];
      if (firstRef) expect(claims.some((c) => c.text.includes(firstRef))).toBe(false);
    });
  }
});

describe('classifyClaim', () => {
  it.each([
    ['Vietnam’s immediate regional security context appears good.', 'assessment'],
    [
      'The United States should encourage Vietnam to improve its human rights record.',
      'recommendation',
    ],
    ['Washington must engage Hanoi beyond security.', 'recommendation'],
    ['Vietnam is likely to continue hedging between the two powers.', 'prediction'],
    ['The relationship will deepen in the coming years.', 'prediction'],
    [
      'Kerry said the war was “the result of a profound failure of diplomatic insight.”',
      'quotation',
    ],
    [
      '“No to foreign bases on its territory, no to military alliances, and no to using a third country.”',
      'quotation',
    ],
    [
      'In November 2003, Vietnamese Defense Minister Admiral Pham Van Tra visited the United States.',
      'fact',
    ],
    ['Vietnam joined ASEAN in 1995.', 'fact'],
    ['Chinese investment in Vietnam has created a lobby within China for stability.', 'fact'],
    ['This suggests that party ties have limits.', 'assessment'],
    ['It is arguably the most important relationship Vietnam has.', 'assessment'],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifyClaim(text)).toBe(kind);
  });

  it('exposes its rules in order, ending with the default', () => {
    expect(KIND_RULES.map((r) => r.kind)).toEqual([
      'quotation',
      'recommendation',
      'prediction',
      'assessment',
      'fact',
    ]);
    expect(KIND_RULES.every((r) => r.rule.length > 20)).toBe(true);
  });
});
