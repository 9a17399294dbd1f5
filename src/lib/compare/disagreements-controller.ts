/**
 * /disagreements/ in the browser: the filter links become query links (`?kind=date&report=xin-2015`,
 * one value per facet, a chosen value's link clearing it), and the list shows only the events that
 * match the address. Page loads follow the links, so Back and Forward need nothing more.
 */
import { matchesDisagreementFilter, parseDisagreementFilter } from './disagreements.ts';

export function initDisagreements(doc: Document): void {
  const list = doc.getElementById('dg-list');
  const summary = doc.getElementById('dg-summary');
  if (!list || !summary) return;
  list.classList.add('dg-js');
  const items = [...list.querySelectorAll<HTMLElement>(':scope > li')];
  const links = [...doc.querySelectorAll<HTMLAnchorElement>('#dg-filters a[data-facet]')];
  const reports = new Set(
    links.filter((a) => a.dataset['facet'] === 'report').map((a) => a.dataset['value'] ?? ''),
  );
  const filter = parseDisagreementFilter(location.search, reports);
  let shown = 0;
  for (const li of items) {
    const ok = matchesDisagreementFilter(
      {
        reports: (li.dataset['reports'] ?? '').split(' '),
        kinds: (li.dataset['kinds'] ?? '').split(' '),
      },
      filter,
    );
    li.hidden = !ok;
    if (ok) shown++;
  }
  for (const a of links) {
    const facet = a.dataset['facet'] as 'report' | 'kind';
    const value = a.dataset['value'] ?? '';
    const next = { ...filter, [facet]: filter[facet] === value ? undefined : value };
    const q = new URLSearchParams();
    if (next.kind) q.set('kind', next.kind);
    if (next.report) q.set('report', next.report);
    a.href = `${location.pathname}${q.size ? `?${q}` : ''}#dg-h`;
    if (filter[facet] === value) a.setAttribute('aria-current', 'true');
  }
  const active = [filter.kind, filter.report].filter(Boolean).length;
  summary.textContent = active
    ? `${shown} of ${items.length} events match the filter (a chosen filter’s link clears it).`
    : `${items.length} events.`;
}
