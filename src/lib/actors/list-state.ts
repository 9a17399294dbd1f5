/** URL state of the /actors/ list (filter text and sort order); garbage falls back to defaults. */
export type ActorSort = 'mentions' | 'name';

export interface ActorListState {
  q: string;
  sort: ActorSort;
}

const MAX_QUERY = 100;

export function parseActorListState(search: string): ActorListState {
  const params = new URLSearchParams(search);
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').slice(0, MAX_QUERY),
    sort: sort === 'name' ? 'name' : 'mentions',
  };
}

export function serializeActorListState(state: ActorListState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q.slice(0, MAX_QUERY));
  if (state.sort !== 'mentions') params.set('sort', state.sort);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Lower case without diacritics, so "truong tan sang" finds "Trương Tấn Sang". */
export function foldForFilter(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}
