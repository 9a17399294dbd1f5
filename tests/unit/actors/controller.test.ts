// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { initClaimKindFilter } from '../../../src/lib/actors/controller.ts';

const markup = `
  <fieldset id="kind-filter" hidden>
    <input type="radio" name="kind" value="" checked />
    <input type="radio" name="kind" value="fact" />
    <input type="radio" name="kind" value="quotation" />
  </fieldset>
  <details id="in-a" open><ul class="claim-list">
    <li data-kind="fact">1</li><li data-kind="assessment">2</li>
  </ul></details>
  <details id="in-b"><ul class="claim-list"><li data-kind="assessment">3</li></ul></details>`;

const choose = (value: string) => {
  const input = document.querySelector<HTMLInputElement>(`input[value="${value}"]`)!;
  input.checked = true;
  input.dispatchEvent(new Event('change', { bubbles: true }));
};
const shown = () =>
  [...document.querySelectorAll<HTMLLIElement>('.claim-list > li')]
    .filter((li) => !li.hidden)
    .map((li) => li.textContent);
const open = () => [...document.querySelectorAll<HTMLDetailsElement>('details')].map((d) => d.open);

describe('initClaimKindFilter', () => {
  beforeEach(() => {
    document.body.innerHTML = markup;
    initClaimKindFilter(document);
  });

  it('shows the filter, which stays hidden without JavaScript', () => {
    expect(document.getElementById('kind-filter')!.hidden).toBe(false);
  });

  it('hides claims of other kinds and folds reports left with none', () => {
    choose('fact');
    expect(shown()).toEqual(['1']);
    expect(open()).toEqual([true, false]);
    choose('quotation');
    expect(shown()).toEqual([]);
    expect(open()).toEqual([false, false]);
  });

  it('shows every claim again for "all kinds", leaving the disclosures as they are', () => {
    choose('fact');
    choose('');
    expect(shown()).toEqual(['1', '2', '3']);
    expect(open()).toEqual([true, false]);
  });

  it('does nothing on a page without the filter', () => {
    document.body.innerHTML = '<p>no filter</p>';
    expect(() => initClaimKindFilter(document)).not.toThrow();
  });
});
