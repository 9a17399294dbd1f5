// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { initActorList } from '../../../src/lib/actors/list-controller.ts';

const item = (name: string, mentions: number, search = name.toLowerCase()) =>
  `<li data-name="${name}" data-mentions="${mentions}" data-search="${search}">${name}</li>`;

function setUp(query = '') {
  window.history.replaceState(null, '', `/actors/${query}`);
  document.body.innerHTML = `
    <form id="actor-controls" hidden>
      <input type="search" name="q" />
      <select name="sort"><option value="mentions">m</option><option value="name">n</option></select>
    </form>
    <output id="actor-count"></output>
    <section id="kind-state"><ul class="actor-list">
      ${item('Vietnam', 5)}${item('China', 9)}${item('Cambodia', 5)}
    </ul></section>
    <section id="kind-person"><ul class="actor-list">
      ${item('Trương Tấn Sang', 2, 'truong tan sang')}
    </ul></section>`;
  initActorList(window);
}
const names = () =>
  [...document.querySelectorAll<HTMLLIElement>('.actor-list > li')]
    .filter((li) => !li.hidden)
    .map((li) => li.dataset['name']);
const type = (q: string, sort = 'mentions') => {
  const form = document.getElementById('actor-controls') as HTMLFormElement;
  (form.elements.namedItem('q') as HTMLInputElement).value = q;
  (form.elements.namedItem('sort') as HTMLSelectElement).value = sort;
  form.dispatchEvent(new Event('input', { bubbles: true }));
};

describe('initActorList', () => {
  beforeEach(() => setUp());

  it('shows the form and sorts by mentions, ties by name', () => {
    expect(document.getElementById('actor-controls')!.hidden).toBe(false);
    expect(names()).toEqual(['China', 'Cambodia', 'Vietnam', 'Trương Tấn Sang']);
    expect(document.getElementById('actor-count')!.textContent).toBe('4 shown');
  });

  it('filters without diacritics, hides emptied sections and keeps the state in the address', () => {
    type('TRUONG');
    expect(names()).toEqual(['Trương Tấn Sang']);
    expect(document.getElementById('kind-state')!.hidden).toBe(true);
    expect(document.getElementById('actor-count')!.textContent).toBe('1 shown');
    expect(window.location.search).toBe('?q=TRUONG');
    type('', 'name');
    expect(names()).toEqual(['Cambodia', 'China', 'Vietnam', 'Trương Tấn Sang']);
    expect(window.location.search).toBe('?sort=name');
  });

  it('starts from the state in the address', () => {
    setUp('?q=c&sort=name');
    expect(names()).toEqual(['Cambodia', 'China']);
    const form = document.getElementById('actor-controls') as HTMLFormElement;
    expect((form.elements.namedItem('q') as HTMLInputElement).value).toBe('c');
  });
});
