/**
 * The comparison's text sections, built into a given document: the lede, the shared events with each
 * report's passages side by side (the event page's markup and classes), what only one report
 * attests, and how each report speaks. Report text goes in as text nodes only.
 */
import { el, svg } from './dom.ts';
import { formatEventDate, type ComparedEvent, type Comparison } from './model.ts';
import { percent } from './pages.ts';
import type { ReportPassages } from './summary.ts';
import { countOf, joinNames } from '../domain/format.ts';
import { CLAIM_KIND_LABELS, DIFFERENCE_LABELS, originName } from '../domain/labels.ts';
import { formatIsoDate } from '../dates/format.ts';

export function lede(c: Comparison): string {
  const who = joinNames(c.reports.map((r) => `${r.label} (${originName(r.origin)})`));
  const differ = c.shared.filter((e) => e.kinds.length > 0).length;
  return `Comparing ${who}: ${countOf(c.events.length, 'event')} attested in all, ${c.shared.length} by two or more of them, and on ${differ} of those the reports differ.`;
}

function passages(doc: Document, e: ComparedEvent): HTMLElement {
  return el(
    doc,
    'div',
    { class: 'passages' },
    e.passages.map((p) =>
      el(
        doc,
        'section',
        { class: 'passage', 'aria-label': `${p.report.label} on ${e.title}` },
        el(
          doc,
          'h4',
          { class: 'sans' },
          el(doc, 'a', { href: `/reports/${p.report.id}/` }, p.report.label),
        ),
        el(
          doc,
          'p',
          { class: 'sans muted source' },
          `${p.report.publisher} (${originName(p.report.origin)}), ${formatIsoDate(p.report.published)}.`,
        ),
        p.dates.length > 0 &&
          el(
            doc,
            'p',
            { class: 'sans dates' },
            `Dates it gives: ${p.dates.map(formatIsoDate).join(', ')}`,
          ),
        el(
          doc,
          'ul',
          { class: 'plain quotes' },
          p.claims.map((c) =>
            el(
              doc,
              'li',
              {},
              // Filled by fillPassages when the report's passages file arrives.
              el(
                doc,
                'blockquote',
                { 'data-claim': c.id, 'data-report': p.report.id },
                'Loading the passage…',
              ),
              el(
                doc,
                'p',
                { class: 'sans links' },
                el(doc, 'a', { href: `/claims/${c.id}/` }, 'Permalink'),
                el(doc, 'a', { href: `/reports/${p.report.id}/#${c.id}` }, 'Read in report'),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

export function renderShared(doc: Document, container: HTMLElement, c: Comparison): void {
  if (!c.shared.length) {
    container.replaceChildren(el(doc, 'p', {}, 'These reports attest no event in common.'));
    return;
  }
  const list = el(
    doc,
    'ol',
    { class: 'cmp-events plain' },
    c.shared.map((e) =>
      el(
        doc,
        'li',
        { class: 'cmp-event', 'data-event': e.id },
        el(
          doc,
          'h3',
          { class: 'cmp-event-title' },
          el(doc, 'a', { href: `/events/${e.id}/` }, e.title),
        ),
        el(
          doc,
          'p',
          { class: 'sans muted cmp-event-date' },
          formatEventDate(e.date),
          e.kinds.length > 0 &&
            ` · differences: ${e.kinds.map((k) => DIFFERENCE_LABELS[k].toLowerCase()).join(', ')}`,
        ),
        (e.dateLine || e.actorLine) &&
          el(
            doc,
            'ul',
            { class: 'sans cmp-diff' },
            e.dateLine && el(doc, 'li', {}, el(doc, 'strong', {}, 'Dates:'), ` ${e.dateLine}`),
            e.actorLine && el(doc, 'li', {}, el(doc, 'strong', {}, 'Actors:'), ` ${e.actorLine}`),
          ),
        passages(doc, e),
      ),
    ),
  );
  container.replaceChildren(
    el(
      doc,
      'p',
      { class: 'prose' },
      `${countOf(c.shared.length, 'event')} attested by two or more of the chosen reports, by date, each report’s passages side by side.`,
    ),
    list,
  );
}

/**
 * Puts each passage's text (and its section) into the shared events once the reports' passages
 * files are in; a claim missing from its file says so rather than staying empty.
 */
export function fillPassages(
  doc: Document,
  container: HTMLElement,
  texts: ReadonlyMap<string, ReportPassages>,
): void {
  for (const q of container.querySelectorAll<HTMLElement>('blockquote[data-claim]')) {
    const file = texts.get(q.dataset['report'] ?? '');
    if (!file) continue;
    const entry = file[q.dataset['claim'] ?? ''];
    q.textContent = entry ? entry[0] : 'This passage could not be found in its report.';
    q.removeAttribute('data-claim');
    if (entry?.[1]) q.nextElementSibling?.append(el(doc, 'span', { class: 'muted' }, entry[1]));
  }
}

export function renderOnly(doc: Document, container: HTMLElement, c: Comparison): void {
  container.replaceChildren(
    ...c.only.map(({ report, events }) => {
      const list = el(
        doc,
        'ol',
        {},
        events.map((e) =>
          el(
            doc,
            'li',
            {},
            `${formatEventDate(e.date)}: `,
            el(doc, 'a', { href: `/events/${e.id}/` }, e.title),
          ),
        ),
      );
      return el(
        doc,
        'section',
        { 'aria-label': `Only ${report.label}` },
        el(doc, 'h3', {}, `Only ${report.label} (${events.length})`),
        events.length === 0
          ? el(
              doc,
              'p',
              { class: 'muted' },
              'Every event it attests, another chosen report attests too.',
            )
          : events.length > 12
            ? el(
                doc,
                'details',
                {},
                el(
                  doc,
                  'summary',
                  {},
                  `${countOf(events.length, 'event')} no other chosen report attests`,
                ),
                list,
              )
            : list,
      );
    }),
  );
}

export function renderKinds(doc: Document, container: HTMLElement, c: Comparison): void {
  const kinds = c.kinds[0]?.kinds.map((k) => k.kind) ?? [];
  const bars = el(
    doc,
    'ul',
    { class: 'plain sans cmp-kindbars' },
    c.kinds.map((m) => {
      let at = 0;
      const rects = m.kinds.map((k) => {
        const r = svg(doc, 'rect', {
          class: `cmp-k-${k.kind}`,
          x: at * 100,
          y: 0,
          width: k.share * 100,
          height: 10,
        });
        at += k.share;
        return r;
      });
      return el(
        doc,
        'li',
        {},
        el(
          doc,
          'span',
          {},
          `${m.report.label} · ${originName(m.report.origin)} · ${countOf(m.report.claims, 'claim')}`,
        ),
        svg(
          doc,
          'svg',
          {
            class: 'cmp-bar',
            viewBox: '0 0 100 10',
            preserveAspectRatio: 'none',
            'aria-hidden': 'true',
          },
          rects,
        ),
      );
    }),
  );
  const legend = el(
    doc,
    'ul',
    { class: 'cmp-legend sans', 'aria-label': 'Kinds of claim' },
    kinds.map((k) =>
      el(
        doc,
        'li',
        {},
        svg(
          doc,
          'svg',
          { class: 'cmp-icon', viewBox: '0 0 10 10', width: 12, height: 12, 'aria-hidden': 'true' },
          svg(doc, 'rect', { class: `cmp-k-${k}`, width: 10, height: 10 }),
        ),
        k,
      ),
    ),
  );
  const table = el(
    doc,
    'table',
    { class: 'data' },
    el(
      doc,
      'caption',
      { class: 'visually-hidden' },
      'Claims of each kind per report, and the outlet’s origin',
    ),
    el(
      doc,
      'thead',
      {},
      el(
        doc,
        'tr',
        {},
        el(doc, 'th', { scope: 'col' }, 'Report'),
        el(doc, 'th', { scope: 'col' }, 'Outlet origin'),
        kinds.map((k) => el(doc, 'th', { scope: 'col' }, CLAIM_KIND_LABELS[k])),
      ),
    ),
    el(
      doc,
      'tbody',
      {},
      c.kinds.map((m) =>
        el(
          doc,
          'tr',
          {},
          el(doc, 'th', { scope: 'row' }, m.report.label),
          el(doc, 'td', {}, originName(m.report.origin)),
          m.kinds.map((k) => el(doc, 'td', {}, `${percent(k.share)} (${k.count})`)),
        ),
      ),
    ),
  );
  container.replaceChildren(legend, bars, table);
}
