/**
 * The browser code of /actors/: filter the lists by name and sort them by mentions or name, the
 * choice kept in the address (?q=…&sort=name). Without JavaScript the full lists show and the form
 * stays hidden. Takes the window to drive, so a test can run it on any DOM
 * (tests/unit/actors/list-controller.test.ts).
 */
import {
  foldForFilter,
  parseActorListState,
  serializeActorListState,
  type ActorListState,
} from './list-state.ts';

/** Shows the form, applies the state in the address and follows the form's input. */
export function initActorList(win: Window): void {
  const doc = win.document;
  const form = doc.getElementById('actor-controls') as HTMLFormElement | null;
  const count = doc.getElementById('actor-count');
  if (!form || !count) return;
  form.hidden = false;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const select = form.elements.namedItem('sort') as HTMLSelectElement;
  const apply = (state: ActorListState) => {
    const q = foldForFilter(state.q.trim());
    let shown = 0;
    for (const list of doc.querySelectorAll<HTMLUListElement>('.actor-list')) {
      const items = [...list.querySelectorAll<HTMLLIElement>(':scope > li')];
      items.sort((a, b) =>
        state.sort === 'name'
          ? (a.dataset['name'] ?? '').localeCompare(b.dataset['name'] ?? '')
          : Number(b.dataset['mentions']) - Number(a.dataset['mentions']) ||
            (a.dataset['name'] ?? '').localeCompare(b.dataset['name'] ?? ''),
      );
      let visible = 0;
      for (const li of items) {
        li.hidden = q !== '' && !(li.dataset['search'] ?? '').includes(q);
        if (!li.hidden) visible++;
        list.append(li);
      }
      const section = list.closest('section');
      if (section) section.hidden = visible === 0;
      shown += visible;
    }
    count.textContent = `${shown} shown`;
  };
  const initial = parseActorListState(win.location.search);
  input.value = initial.q;
  select.value = initial.sort;
  apply(initial);
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('input', () => {
    const state: ActorListState = {
      q: input.value,
      sort: select.value === 'name' ? 'name' : 'mentions',
    };
    apply(state);
    win.history.replaceState(null, '', `${win.location.pathname}${serializeActorListState(state)}`);
  });
}
