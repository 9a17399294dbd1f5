/**
 * The header search box, loaded only when the box is focused (the header's own script is a few
 * lines): live results under the box, best first across kinds, arrow keys and Enter to open one;
 * Enter in the box opens /search/ with the query, where filters are.
 */
import { SearchClient } from './worker-client.ts';
import type { Hit } from './engine.ts';
import { MAX_QUERY_LENGTH } from './normalize.ts';
import { keepingFocus, keyboardNav, renderHit, summary } from './ui.ts';

const SHOWN = 8;

export function attachHeaderSearch(input: HTMLInputElement, doc: Document = document): void {
  const form = input.form;
  const panel = doc.getElementById('site-search-results');
  if (!form || !panel) return;
  const client = new SearchClient();
  const close = () => {
    panel.hidden = true;
  };
  const render = (hits: Hit[], text: string, q: string) => {
    panel.replaceChildren();
    const status = doc.createElement('p');
    status.className = 'header-results-status';
    status.setAttribute('role', 'status');
    status.textContent = text;
    panel.append(status);
    if (hits.length) {
      const ul = doc.createElement('ul');
      ul.className = 'results compact';
      for (const h of hits) ul.append(renderHit(doc, h, true));
      panel.append(ul);
    }
    const all = doc.createElement('a');
    all.className = 'all-results';
    all.href = `/search/?${new URLSearchParams({ q }).toString()}`;
    all.textContent = hits.length ? `All results for “${q}”` : 'Search help and filters';
    all.dataset['result'] = 'all';
    panel.append(all);
    panel.hidden = false;
  };
  const run = () => {
    const q = input.value.slice(0, MAX_QUERY_LENGTH);
    if (!q.trim()) {
      close();
      return;
    }
    client.search(q, {}, (res) => {
      const hits = res.groups
        .flatMap((g) => g.hits)
        .sort((a, b) => a.score - b.score)
        .slice(0, SHOWN);
      keepingFocus(doc, panel, input, () => render(hits, summary(res), q));
    });
  };
  input.addEventListener('input', run);
  input.addEventListener('focus', () => {
    if (input.value.trim()) run();
  });
  form.addEventListener('focusout', (e) => {
    const next = (e as FocusEvent).relatedTarget as Node | null;
    if (!next || !form.contains(next)) close();
  });
  keyboardNav(input, panel, () => {
    close();
    input.focus();
  });
  if (doc.activeElement === input && input.value.trim()) run();
}
