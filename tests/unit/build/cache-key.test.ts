import { describe, expect, it } from 'vitest';
import { cacheKey, knownDigest, shared } from '../../../src/lib/build/cache-key.ts';

describe('cacheKey', () => {
  it('is equal for equal data and changes with any field, shared records included', () => {
    const report = {
      id: 'xin-2015',
      title: 'US-Vietnam Security Cooperation',
      removed: [{ line: 3 }],
    };
    const claim = { id: 'xin-2015-84b5045d', text: 'In May 2014, China deployed the rig.' };
    const props = { claim, report };
    const before = cacheKey(props);
    expect(cacheKey({ claim: { ...claim }, report: { ...report } })).toBe(before);

    shared([report, claim]);
    const withShared = cacheKey(props);
    expect(cacheKey(props)).toBe(withShared);
    // A copy of a shared record with one field changed is a different record: a different key.
    const edited = { ...report, removed: [{ line: 4 }] };
    shared([edited]);
    expect(cacheKey({ claim, report: edited })).not.toBe(withShared);
    // An equal copy, marked shared, gives the same key.
    const copy = structuredClone(report);
    shared([copy]);
    expect(cacheKey({ claim, report: copy })).toBe(withShared);
  });

  it("uses a collection entry's stored digest without serialising the record", () => {
    const record = () => ({
      id: 'hayton-2015-90adcbf8',
      get text(): string {
        throw new Error('serialised');
      },
    });
    const a = knownDigest(record(), 'd1');
    const key = cacheKey({ claim: a, page: 3 });
    expect(cacheKey({ claim: knownDigest(record(), 'd1'), page: 3 })).toBe(key);
    expect(cacheKey({ claim: knownDigest(record(), 'd2'), page: 3 })).not.toBe(key);
    expect(cacheKey({ claim: a, page: 4 })).not.toBe(key);
    expect(() => cacheKey({ claim: record() })).toThrow('serialised');
  });
});
