/**
 * The browser side of /timeline/: reads the events from the page's list, applies the URL state
 * (filters and view) to the list and the chart, and writes every change back to the URL with
 * `history.replaceState`, so any view can be shared. Everything it writes into the page is text
 * (textContent) or attributes; nothing is parsed as HTML.
 */
import { createChart, measure, type Chart } from './chart.ts';
import { describeEvent } from './chart/tooltip-view.ts';
import { fromDataset, type TimelineEvent, type TimelineMeta } from './data.ts';
import { wantsZoomHint, zoomHintText } from './input.ts';
import { actorLane, actorLanes, DYAD_LANES, dyadLane } from './lanes.ts';
import {
  activeFilters,
  FACETS,
  inRange,
  matchesFilters,
  parseIsoParam,
  parseTimelineState,
  serializeTimelineState,
  type Facet,
  type TimelineState,
  type Vocabulary,
} from './state.ts';
import { formatRange, viewPrecision } from './time.ts';
import { decimalToIso, isoEndToDecimalYear, isoToDecimalYear } from '../dates/compare.ts';
import { codeUnitOrder } from '../domain/order.ts';

interface Item {
  li: HTMLLIElement;
  e: TimelineEvent;
  shown: boolean;
}

/**
 * Lets the browser paint and handle input between the steps of start-up (short tasks, low blocking
 * time): `scheduler.yield()` where there is one (the rest of start-up goes ahead of other queued
 * tasks), else a new task.
 */
const nextTask = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return typeof scheduler?.yield === 'function'
    ? scheduler.yield()
    : new Promise<void>((resolve) => setTimeout(resolve, 0));
};

export async function initTimeline(doc: Document): Promise<void> {
  const chartEl = doc.getElementById('tl-chart');
  const form = doc.getElementById('tl-controls');
  const links = doc.getElementById('tl-links');
  const summary = doc.getElementById('tl-summary');
  const metaEl = doc.getElementById('tl-meta');
  const focusEl = doc.getElementById('tl-focus');
  const overviewEl = doc.getElementById('tl-overview');
  const tooltip = doc.getElementById('tl-tooltip');
  if (!chartEl || !form || !summary || !metaEl || !focusEl || !overviewEl || !tooltip) return;
  const win = doc.defaultView;
  if (!win) return;
  const meta = JSON.parse(metaEl.textContent ?? '{}') as TimelineMeta;
  // Show the enhanced controls first (the chart's box is in the page at its final height, so nothing
  // below moves while it is drawn); the plain links stay for the no-JS page only.
  chartEl.hidden = false;
  form.hidden = false;
  if (links) links.hidden = true;

  await nextTask();
  const items: Item[] = [];
  for (const li of doc.querySelectorAll<HTMLLIElement>('.tl-item')) {
    const e = fromDataset(li.dataset, li.querySelector('a')?.textContent ?? '');
    if (e) items.push({ li, e, shown: true });
  }
  const years = [...doc.querySelectorAll<HTMLElement>('.tl-year')].map((section) => ({
    section,
    items: items.filter((it) => section.contains(it.li)),
    shown: true,
  }));

  const vocab = Object.fromEntries(
    FACETS.map((f) => [
      f,
      new Set(
        [...form.querySelectorAll<HTMLInputElement>(`input[name="${f}"]`)].map((i) => i.value),
      ),
    ]),
  ) as unknown as Vocabulary;
  const actorNames = new Map(Object.entries(meta.actors));

  const state: TimelineState = parseTimelineState(win.location.search, vocab);
  // A no-JS filter link (#f-<facet>-<value>) followed before the script ran: take it as a filter.
  const hash = decodeURIComponent(win.location.hash.slice(1));
  for (const f of FACETS)
    if (hash.startsWith(`f-${f}-`) && vocab[f].has(hash.slice(f.length + 3)))
      state[f] = [...new Set([...state[f], hash.slice(f.length + 3)])].sort(codeUnitOrder);
  let chart: Chart | null = null;

  const filtered = () => items.filter((it) => matchesFilters(it.e, state)).map((it) => it.e);

  const defaultView = (): [number, number] => {
    const [d0, d1] = meta.domain;
    const a = state.from ? isoToDecimalYear(state.from) : state.to ? d0 : meta.defaultView[0];
    const b = state.to ? isoEndToDecimalYear(state.to) : state.from ? d1 : meta.defaultView[1];
    return [Math.max(d0, a), Math.min(d1, b)];
  };

  /** A range asked for in words (URL or date fields), kept as written while the view is that range. */
  let asked: { from: string | null; to: string | null; view: [number, number] } | null =
    state.from || state.to ? { from: state.from, to: state.to, view: defaultView() } : null;

  const isDefault = (v: readonly [number, number]) =>
    Math.abs(v[0] - meta.defaultView[0]) < 0.05 && Math.abs(v[1] - meta.defaultView[1]) < 0.05;

  const writeUrl = () => {
    const keep = win.location.hash.startsWith('#f-') ? '' : win.location.hash;
    const url = `${win.location.pathname}${serializeTimelineState(state)}${keep}`;
    if (url !== `${win.location.pathname}${win.location.search}${win.location.hash}`)
      win.history.replaceState(null, '', url);
  };

  /** The list shows the events the chart shows: the filters and the visible range. */
  const syncList = (view: readonly [number, number]) => {
    const t = performance.now();
    let n = 0;
    for (const it of items) {
      const show = matchesFilters(it.e, state) && inRange(it.e, view[0], view[1]);
      if (show) n++;
      if (show !== it.shown) {
        it.li.hidden = !show;
        it.shown = show;
      }
    }
    for (const y of years) {
      const show = y.items.some((it) => it.shown);
      if (show !== y.shown) {
        y.section.hidden = !show;
        y.shown = show;
      }
    }
    const [from, to] = formatRange(view[0], view[1]);
    const k = activeFilters(state);
    summary.textContent = `${n} ${n === 1 ? 'event' : 'events'} from ${from} to ${to}${k ? ` matching ${k} ${k === 1 ? 'filter' : 'filters'}` : ''}.`;
    measure('timeline:list', t);
  };

  const onView = (view: [number, number], final: boolean) => {
    if (!final) return;
    const close = (v: readonly [number, number]) =>
      Math.abs(view[0] - v[0]) < 1e-3 && Math.abs(view[1] - v[1]) < 1e-3;
    if (asked && close(asked.view)) {
      // The view the URL or the date fields asked for: keep its dates as written.
      state.from = asked.from;
      state.to = asked.to;
    } else if (isDefault(view)) {
      state.from = null;
      state.to = null;
    } else {
      const p = viewPrecision(view[1] - view[0]);
      state.from = decimalToIso(view[0], p);
      state.to = decimalToIso(view[1] - 1e-6, p);
    }
    syncList(view);
    writeUrl();
    syncDates(view);
  };

  // The date range fields show the view and set it.
  const fromInput = doc.getElementById('tl-from') as HTMLInputElement | null;
  const toInput = doc.getElementById('tl-to') as HTMLInputElement | null;
  function syncDates(view: readonly [number, number]) {
    const p = viewPrecision(view[1] - view[0]);
    if (fromInput && doc.activeElement !== fromInput)
      fromInput.value = state.from ?? decimalToIso(view[0], p);
    if (toInput && doc.activeElement !== toInput)
      toInput.value = state.to ?? decimalToIso(view[1] - 1e-6, p);
  }
  const applyDates = () => {
    const from = parseIsoParam(fromInput?.value ?? null);
    const to = parseIsoParam(toInput?.value ?? null);
    const a = from ? isoToDecimalYear(from) : NaN;
    const b = to ? isoEndToDecimalYear(to) : NaN;
    if (a < b) {
      asked = { from, to, view: [a, b] }; // keep the dates as typed in the URL (see onView)
      chart?.setView([a, b], true);
    } else syncDates(chart?.view() ?? defaultView()); // not a range: show the current one again
  };

  const laneSetup = (events: readonly TimelineEvent[]) => {
    if (state.lanes === 'actor') {
      const lanes = actorLanes(events, actorNames, 6);
      return { lanes, laneOf: (e: TimelineEvent) => actorLane(e.actors, lanes) };
    }
    return { lanes: DYAD_LANES, laneOf: (e: TimelineEvent) => dyadLane(e.dyads) };
  };

  const syncForm = () => {
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
      input.checked = state[input.name as Facet]?.includes(input.value) ?? false;
    for (const d of form.querySelectorAll<HTMLDetailsElement>('details[data-facet]')) {
      const n = state[d.dataset['facet'] as Facet]?.length ?? 0;
      const count = d.querySelector('.tl-facet-count');
      if (count) count.textContent = n ? `(${n} selected)` : '';
    }
    (form.querySelector('select[name="lanes"]') as HTMLSelectElement).value = state.lanes;
  };

  /** Filters or lanes changed: redraw the marks, keep the view. */
  const applyFilters = (view: readonly [number, number]) => {
    const events = filtered();
    const { lanes, laneOf } = laneSetup(events);
    chart?.setEvents(events, lanes, laneOf);
    chart?.setView(view);
  };

  // Start-up in short steps, the marks on screen first; links, list and overview follow.
  await nextTask();
  // The script filters the list from now on: the no-JS filter rules (/timeline/filters.css, all under
  // `#tl-years:not(.tl-js)`) stop matching, and the no-JS filter notes go. The stylesheet stays: removing
  // it restyled the whole page (about 40 ms on this machine, 150 ms on a throttled phone).
  doc.getElementById('tl-years')?.classList.add('tl-js');
  doc.querySelector('.tl-list')?.classList.add('tl-js');
  syncForm();
  await nextTask();
  chart = createChart(focusEl, overviewEl, tooltip, meta, {
    onView,
    describe: (e, into) => describeEvent(e, into, meta.reports),
  });
  await nextTask();
  {
    const events = filtered();
    const { lanes, laneOf } = laneSetup(events);
    chart.setEvents(events, lanes, laneOf, { view: defaultView(), defer: true });
  }
  await nextTask();
  chart.finish('links');
  await nextTask();
  onView(chart.view(), true);
  await nextTask();
  chart.finish('overview');

  form.addEventListener('change', (ev) => {
    if (ev.target === fromInput || ev.target === toInput) return applyDates();
    for (const f of FACETS)
      state[f] = [...form.querySelectorAll<HTMLInputElement>(`input[name="${f}"]:checked`)]
        .map((i) => i.value)
        .sort(codeUnitOrder);
    state.lanes =
      (form.querySelector('select[name="lanes"]') as HTMLSelectElement).value === 'actor'
        ? 'actor'
        : 'dyad';
    syncForm();
    applyFilters(chart?.view() ?? defaultView());
  });
  doc.getElementById('tl-clear')?.addEventListener('click', () => {
    for (const f of FACETS) state[f] = [];
    syncForm();
    applyFilters(chart?.view() ?? defaultView());
  });

  for (const b of chartEl.querySelectorAll<HTMLButtonElement>('button[data-zoom]'))
    b.addEventListener('click', () => {
      if (!chart) return;
      const what = b.dataset['zoom'];
      if (what === 'in') chart.zoomBy(2, true);
      else if (what === 'out') chart.zoomBy(0.5, true);
      else if (what === 'left') chart.panBy(-0.4, true);
      else if (what === 'right') chart.panBy(0.4, true);
      else if (what === 'reset') chart.setView(meta.defaultView, true);
      else if (what === 'all') chart.setView(meta.domain, true);
    });
  const eraSelect = doc.getElementById('tl-era') as HTMLSelectElement | null;
  eraSelect?.addEventListener('change', () => {
    const era = meta.eras.find((e) => e.id === eraSelect.value);
    if (!era || !chart) return;
    const pad = (era.end - era.start) * 0.08;
    chart.setView([era.start - pad, era.end + pad], true);
  });
  // A plain wheel over the chart scrolls the page (Ctrl or ⌘ + wheel zooms, input.ts): say so, briefly,
  // over the chart. A status region, empty (and not shown) between hints.
  const hint = doc.getElementById('tl-wheel-hint');
  let hintTimer: ReturnType<typeof setTimeout> | undefined;
  // 'macOS' from User-Agent Client Hints where there are any, else the user agent string ('Macintosh').
  const platform =
    (win.navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData
      ?.platform || win.navigator.userAgent;
  focusEl.addEventListener(
    'wheel',
    (ev) => {
      if (!hint || !wantsZoomHint(ev)) return;
      if (!hint.textContent) hint.textContent = zoomHintText(platform);
      // Beside the pointer (the chart can be taller than the window): just above it, inside the chart.
      const top = ev.clientY - focusEl.getBoundingClientRect().top - 48;
      hint.style.top = `${Math.max(4, Math.min(focusEl.clientHeight - 48, top))}px`;
      clearTimeout(hintTimer);
      hintTimer = setTimeout(() => (hint.textContent = ''), 1500);
    },
    { passive: true },
  );
  // Keys anywhere on the chart: + and − zoom.
  chartEl.addEventListener('keydown', (ev) => {
    if ((ev.target as Element).closest('select, input')) return;
    if (ev.key === '+' || ev.key === '=') chart?.zoomBy(2, true);
    else if (ev.key === '-' || ev.key === '_') chart?.zoomBy(0.5, true);
  });
  // Start-up done, every listener in place: the chart's SVG gets its id (what tests and benches wait for).
  focusEl.querySelector('svg.tl-svg')?.setAttribute('id', 'tl-svg');
}
