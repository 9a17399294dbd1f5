import { describe, expect, it } from 'vitest';
import {
  foldForFilter,
  parseActorListState,
  serializeActorListState,
} from '../../../src/lib/actors/list-state.ts';

describe('actor list URL state', () => {
  it('round-trips', () => {
    for (const state of [
      { q: 'Trọng', sort: 'name' as const },
      { q: '', sort: 'mentions' as const },
    ]) {
      expect(parseActorListState(serializeActorListState(state))).toEqual(state);
    }
  });
  it('falls back to defaults on garbage', () => {
    expect(parseActorListState('?sort=<script>&q=')).toEqual({ q: '', sort: 'mentions' });
    expect(parseActorListState('%%%&&&sort')).toEqual({ q: '', sort: 'mentions' });
    expect(parseActorListState(`?q=${'x'.repeat(10_000)}`).q).toHaveLength(100);
  });
  it('folds diacritics both ways', () => {
    expect(foldForFilter('Trương Tấn Sang')).toBe('truong tan sang');
    expect(foldForFilter('Đảng Cộng sản Việt Nam')).toBe('dang cong san viet nam');
  });
});
