/**
 * DOM for search results, shared by /search/ and the header box. Every piece of report text goes in
 * as a text node (highlights as <mark> elements built by appendHighlighted), never as HTML. Takes the
 * document to build in, so tests can render into any DOM.
 */
import { RECORD_TYPE_LABELS } from '../domain/labels.ts';
import type { Hit, SearchResponse, Suggestion } from './engine.ts';
import { appendHighlighted } from './highlight.ts';

const el = <K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] => {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

const plural = (n: number, [one, many]: [string, string]) =>
  `${n.toLocaleString('en')} ${n === 1 ? one.toLowerCase() : many.toLowerCase()}`;

/** One result: a link whose text is the highlighted record text, and a muted second line. */
export function renderHit(doc: Document, hit: Hit, showType = false): HTMLLIElement {
  const li = el(doc, 'li', 'result');
  const a = el(doc, 'a', 'result-link');
  a.href = hit.href;
  a.dataset['result'] = hit.type;
  if (showType) a.append(el(doc, 'span', 'kind-tag', RECORD_TYPE_LABELS[hit.type][0]));
  const text = el(doc, 'span', 'result-text');
  appendHighlighted(doc, text, hit.text, hit.ranges);
  a.append(text);
  li.append(a);
  if (hit.sub) li.append(el(doc, 'div', 'result-sub', hit.sub));
  return li;
}

/** One line saying what was found: "12 claims, 2 events for “oil rig”" ("Up to …" when counts are upper bounds). */
export function summary(res: SearchResponse): string {
  if (!res.total) return `No results for “${res.query}”.`;
  const parts = res.groups.map((g) => plural(g.count, RECORD_TYPE_LABELS[g.type]));
  return `${res.atMost ? 'Up to ' : ''}${parts.join(', ')} for “${res.query}”${res.partial ? ' (matching some of the words)' : ''}.`;
}

/** Suggestions for an empty or partial result, as links to the suggested search. */
export function renderSuggestions(
  doc: Document,
  suggestions: readonly Suggestion[],
  linkFor: (s: Suggestion) => string,
): HTMLElement {
  const box = el(doc, 'div', 'search-help');
  box.append(el(doc, 'p', undefined, 'Try:'));
  const ul = el(doc, 'ul');
  for (const s of suggestions) {
    const li = el(doc, 'li');
    const a = el(doc, 'a', undefined, s.label);
    a.href = linkFor(s);
    a.dataset['suggestion'] = s.q;
    if (s.clearFilters) a.dataset['clearFilters'] = '1';
    li.append(a);
    ul.append(li);
  }
  for (const tip of [
    'fewer or shorter words, or a name without its title (“Trong” rather than “General Secretary Trong”);',
    'quotes for an exact phrase: "oil rig";',
    'an acronym or alias: CPV, HS981, PLAN;',
  ])
    ul.append(el(doc, 'li', 'muted', tip));
  box.append(ul);
  const browse = el(doc, 'p', 'muted');
  browse.append('Or browse ');
  const reports = el(doc, 'a', undefined, 'the reports');
  reports.href = '/reports/';
  const actors = el(doc, 'a', undefined, 'the actors');
  actors.href = '/actors/';
  browse.append(reports, ', ', actors, '.');
  box.append(browse);
  return box;
}

/** The grouped results of /search/ into `container` (replacing what was there). */
export function renderGroups(
  doc: Document,
  container: HTMLElement,
  res: SearchResponse,
  linkFor: (s: Suggestion) => string,
): void {
  container.replaceChildren();
  if (res.suggestions.length && (res.total === 0 || res.partial))
    container.append(renderSuggestions(doc, res.suggestions, linkFor));
  for (const g of res.groups) {
    const section = el(doc, 'section', 'result-group');
    const id = `results-${g.type}`;
    section.setAttribute('aria-labelledby', id);
    const h2 = el(doc, 'h2', undefined, RECORD_TYPE_LABELS[g.type][1]);
    h2.id = id;
    h2.append(' ', el(doc, 'span', 'count', `(${g.count.toLocaleString('en')})`));
    section.append(h2);
    const ol = el(doc, 'ol', 'results');
    for (const hit of g.hits) ol.append(renderHit(doc, hit));
    section.append(ol);
    if (g.count > g.hits.length)
      section.append(
        el(
          doc,
          'p',
          'muted sans',
          `Showing the best ${g.hits.length} of ${g.count.toLocaleString('en')}; add words or filters to narrow.`,
        ),
      );
    container.append(section);
  }
}

/**
 * Runs `render`, which replaces the results under `container`, and keeps the keyboard where it
 * was. The worker answers twice (quickly, then in full with filter counts), so the second answer can
 * land while someone is already on a result; without this, focus would fall to the page's top (and
 * the header's panel would close). Focus goes back to the result with the same address, or to
 * `fallback` when that result is gone.
 */
export function keepingFocus(
  doc: Document,
  container: HTMLElement,
  fallback: HTMLElement,
  render: () => void,
): void {
  const active = doc.activeElement;
  const href =
    active && container.contains(active) && active.matches('a[data-result]')
      ? active.getAttribute('href')
      : null;
  render();
  if (href === null) return;
  const same = [...container.querySelectorAll<HTMLAnchorElement>('a[data-result]')].find(
    (a) => a.getAttribute('href') === href,
  );
  (same ?? fallback).focus();
}

/**
 * Arrow keys through results: ↓ from `input` to the first result, ↑/↓ between results (links
 * under `container` marked data-result), ↑ from the first back to the input, Escape back to the
 * input. Enter follows the focused link (native behaviour).
 */
export function keyboardNav(
  input: HTMLInputElement,
  container: HTMLElement,
  onEscape?: () => void,
): void {
  const links = () => [...container.querySelectorAll<HTMLAnchorElement>('a[data-result]')];
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      const first = links()[0];
      if (first) {
        e.preventDefault();
        first.focus();
      }
    } else if (e.key === 'Escape') onEscape?.();
  });
  container.addEventListener('keydown', (e) => {
    const list = links();
    const i = list.indexOf(e.target as HTMLAnchorElement);
    if (i < 0) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? list[i + 1] : list[i - 1];
      if (next) next.focus();
      else if (e.key === 'ArrowUp') input.focus();
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      (e.key === 'Home' ? list[0] : list[list.length - 1])?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      input.focus();
      onEscape?.();
    }
  });
}
