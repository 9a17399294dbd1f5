/**
 * The /search/ page controller: the query box and filters drive the worker; the state lives in the
 * URL (`?q=…&report=…&actor=…&origin=…&from=…&to=…&kind=…`), so a search can be shared and the
 * back button works. Loaded by the page's own script; nothing here runs on other pages.
 */
import { SearchClient } from './worker-client.ts';
import type { FacetCounts, SearchResponse, Suggestion } from './engine.ts';
import { MAX_QUERY_LENGTH } from './normalize.ts';
import {
  hasFilters,
  parseSearchState,
  serializeSearchState,
  type SearchFilters,
  type SearchState,
} from './state.ts';
import { keepingFocus, keyboardNav, renderGroups, summary } from './ui.ts';

export function startSearchPage(doc: Document = document): void {
  const form = doc.getElementById('search-form') as HTMLFormElement | null;
  const results = doc.getElementById('search-results');
  const status = doc.getElementById('search-status');
  const nojs = doc.getElementById('search-nojs');
  if (!form || !results || !status) return;
  nojs?.remove();
  form.hidden = false;
  const field = <T extends HTMLElement>(name: string) => form.elements.namedItem(name) as T;
  const input = field<HTMLInputElement>('q');
  const selects = {
    report: field<HTMLSelectElement>('report'),
    actor: field<HTMLSelectElement>('actor'),
    origin: field<HTMLSelectElement>('origin'),
    kind: field<HTMLSelectElement>('kind'),
  };
  const from = field<HTMLInputElement>('from');
  const to = field<HTMLInputElement>('to');
  const clear = doc.getElementById('search-clear') as HTMLButtonElement | null;
  const client = new SearchClient();

  const readForm = (): SearchState =>
    parseSearchState(
      serializeSearchState({
        q: input.value,
        filters: {
          report: selects.report.value || undefined,
          actor: selects.actor.value || undefined,
          origin: selects.origin.value || undefined,
          kind: selects.kind.value || undefined,
          from: from.value === '' ? undefined : Number(from.value),
          to: to.value === '' ? undefined : Number(to.value),
        } as SearchFilters,
      }),
    );

  const ensureOption = (select: HTMLSelectElement, value: string | undefined) => {
    if (value && ![...select.options].some((o) => o.value === value))
      select.add(new Option(value, value));
    select.value = value ?? '';
  };
  const writeForm = (state: SearchState) => {
    input.value = state.q;
    ensureOption(selects.report, state.filters.report);
    ensureOption(selects.actor, state.filters.actor);
    ensureOption(selects.origin, state.filters.origin);
    ensureOption(selects.kind, state.filters.kind);
    from.value = state.filters.from === undefined ? '' : String(state.filters.from);
    to.value = state.filters.to === undefined ? '' : String(state.filters.to);
  };

  const fillCounts = (facets: FacetCounts) => {
    for (const key of ['report', 'actor', 'origin', 'kind'] as const) {
      const select = selects[key];
      const value = select.value;
      const first = select.options[0];
      select.replaceChildren(...(first ? [first] : []));
      for (const f of facets[key]) {
        if (f.count === 0 && f.value !== value && key === 'actor') continue;
        select.add(new Option(`${f.label} (${f.count.toLocaleString('en')})`, f.value));
      }
      ensureOption(select, value || undefined);
    }
  };

  const linkFor = (s: Suggestion) => {
    const state = readForm();
    return `/search/${serializeSearchState({ q: s.q, filters: s.clearFilters ? {} : state.filters })}`;
  };

  const show = (res: SearchResponse, state: SearchState) => {
    if (res.facets) fillCounts(res.facets);
    const cut =
      input.value.length >= MAX_QUERY_LENGTH
        ? ` Only the first ${MAX_QUERY_LENGTH} characters were searched.`
        : '';
    status.textContent = state.q.trim()
      ? summary(res) + cut
      : 'Type to search claims, events, actors and reports.';
    keepingFocus(doc, results, input, () => renderGroups(doc, results, res, linkFor));
    results.setAttribute('aria-busy', 'false');
  };

  const run = (push: boolean) => {
    const state = readForm();
    const url = `${location.pathname}${serializeSearchState(state)}`;
    if (url !== `${location.pathname}${location.search}`)
      history[push ? 'pushState' : 'replaceState'](null, '', url);
    if (clear) clear.hidden = !hasFilters(state.filters);
    if (!state.q.trim()) {
      status.textContent = 'Type to search claims, events, actors and reports.';
      results.replaceChildren();
      return;
    }
    results.setAttribute('aria-busy', 'true');
    if (!results.hasChildNodes()) status.textContent = 'Searching…';
    client.search(
      state.q,
      state.filters,
      (res) => show(res, state),
      (message) => {
        status.textContent = `Search failed: ${message}`;
      },
    );
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run(true);
  });
  form.addEventListener('input', () => run(false));
  form.addEventListener('change', (e) => {
    if (e.target instanceof HTMLSelectElement) run(true);
  });
  clear?.addEventListener('click', () => {
    writeForm({ q: input.value, filters: {} });
    run(true);
  });
  results.addEventListener('click', (e) => {
    const a = (e.target as Element).closest<HTMLAnchorElement>('a[data-suggestion]');
    if (!a) return;
    e.preventDefault();
    writeForm({
      q: a.dataset['suggestion'] ?? '',
      filters: a.dataset['clearFilters'] ? {} : readForm().filters,
    });
    run(true);
    input.focus();
  });
  window.addEventListener('popstate', () => {
    writeForm(parseSearchState(location.search));
    run(false);
  });
  doc.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement;
    if (
      e.key === '/' &&
      !e.ctrlKey &&
      !e.metaKey &&
      !e.altKey &&
      !/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) &&
      !t.isContentEditable
    ) {
      e.preventDefault();
      input.focus();
      input.select();
    }
  });
  keyboardNav(input, results);

  const initial = parseSearchState(location.search);
  writeForm(initial);
  // Filters start open on wide screens, or when the URL sets one; folded away on phones.
  const details = doc.getElementById('search-filters') as HTMLDetailsElement | null;
  if (details)
    details.open =
      hasFilters(initial.filters) || (window.matchMedia?.('(min-width: 48rem)').matches ?? true);
  run(false);
  // The box has the keyboard on arrival — a shared ?q= link and Back included — so ↓ reaches the
  // results at once (unless something else on the page was focused first).
  const focusBox = () => {
    if (!doc.activeElement || doc.activeElement === doc.body) input.focus({ preventScroll: true });
  };
  focusBox();
  window.addEventListener('pageshow', focusBox);
}
