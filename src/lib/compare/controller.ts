/**
 * /compare/ in the browser: reads the choice from the address (`?r=a,b`, see state.ts), fetches only
 * those reports' summaries (/compare/summary/<id>.json, each once), compares them (model.ts) and
 * draws every section; checkboxes change the choice and push it to the history, so Back and Forward
 * step through earlier choices. The passages' text (/compare/passages/<id>.json) is fetched when the
 * shared events come near the viewport. Marks `data-compare="ready"` on <html> and the performance
 * mark `compare-drawn` when a comparison is drawn, `data-passages="ready"` when its passages are in
 * (the bench and the tests wait for them).
 */
import { drawActors, drawCoverage, type ChartOptions } from './chart.ts';
import { compareReports, type Comparison } from './model.ts';
import { fillPassages, lede, renderKinds, renderOnly, renderShared } from './render.ts';
import { MAX_REPORTS, MIN_REPORTS, parseCompareState, serializeCompareState } from './state.ts';
import type { ReportPassages, ReportSummary } from './summary.ts';

interface Meta {
  reports: string[];
  default: string[];
  chart: ChartOptions;
}

export async function initCompare(doc: Document): Promise<void> {
  const $ = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
  const metaEl = doc.getElementById('cmp-meta');
  if (!metaEl) return;
  const meta = JSON.parse(metaEl.textContent ?? '{}') as Meta;
  const app = $('cmp-app');
  const status = $('cmp-status');
  const view = $('cmp-view');
  const boxes = [...doc.querySelectorAll<HTMLInputElement>('#cmp-form input[name="r"]')];
  const known = new Set(meta.reports);
  const cache = new Map<string, Promise<ReportSummary>>();
  let current: Comparison | undefined;
  let chosen: string[] = [];
  let generation = 0;
  app.hidden = false;

  const passageCache = new Map<string, Promise<ReportPassages>>();
  const loadPassages = (id: string) => {
    let p = passageCache.get(id);
    if (!p) {
      p = fetch(`/compare/passages/${encodeURIComponent(id)}.json`).then((r) => {
        if (!r.ok) throw new Error(`the passages of ${id} could not be loaded (${r.status})`);
        return r.json() as Promise<ReportPassages>;
      });
      p.catch(() => passageCache.delete(id));
      passageCache.set(id, p);
    }
    return p;
  };
  const shared = $('cmp-shared');
  let wantPassages: (() => void) | undefined;
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting) && wantPassages) {
        const go = wantPassages;
        wantPassages = undefined;
        go();
      }
    },
    { rootMargin: '0px 0px 200px 0px' },
  );
  observer.observe(shared);
  // Printing wants every passage; a print started before they are in shows them on the next try.
  addEventListener('beforeprint', () => {
    const go = wantPassages;
    wantPassages = undefined;
    go?.();
  });

  const load = (id: string) => {
    let p = cache.get(id);
    if (!p) {
      p = fetch(`/compare/summary/${encodeURIComponent(id)}.json`).then((r) => {
        if (!r.ok) throw new Error(`the summary of ${id} could not be loaded (${r.status})`);
        return r.json() as Promise<ReportSummary>;
      });
      p.catch(() => cache.delete(id));
      cache.set(id, p);
    }
    return p;
  };

  const syncBoxes = () => {
    for (const b of boxes) {
      b.checked = chosen.includes(b.value);
      b.disabled = !b.checked && chosen.length >= MAX_REPORTS;
    }
  };

  async function show(ids: string[], message: string): Promise<void> {
    const mine = ++generation;
    chosen = ids;
    syncBoxes();
    status.textContent = message;
    view.setAttribute('aria-busy', 'true');
    let summaries: ReportSummary[];
    try {
      summaries = await Promise.all(ids.map(load));
    } catch (e) {
      if (mine === generation)
        status.textContent = `${(e as Error).message}. Try again, or use the pair pages below.`;
      return;
    }
    if (mine !== generation) return;
    const t0 = performance.now();
    let t = t0;
    const step = (name: string) => {
      performance.measure(`compare:${name}`, { start: t });
      t = performance.now();
    };
    const c = compareReports(summaries);
    current = c;
    step('model');
    // Widths first: reading them after the sections are written would lay out the whole page.
    const widths = { coverage: $('cmp-coverage').clientWidth, actors: $('cmp-actors').clientWidth };
    $('cmp-lede').textContent = lede(c);
    const pair = $<HTMLAnchorElement>('cmp-pair-link');
    const sortedIds = [...ids].sort();
    pair.hidden = ids.length !== 2 || meta.reports.length > 50;
    pair.href = `/compare/${sortedIds[0]}/${sortedIds[1]}/`;
    drawCoverage(doc, $('cmp-coverage'), c, widths.coverage, meta.chart);
    step('coverage');
    renderShared(doc, $('cmp-shared'), c);
    step('shared');
    renderOnly(doc, $('cmp-only'), c);
    step('only');
    drawActors(doc, $('cmp-actors'), c, widths.actors);
    step('actors');
    renderKinds(doc, $('cmp-kinds'), c);
    step('kinds');
    view.setAttribute('aria-busy', 'false');
    performance.measure('compare-draw', { start: t0 });
    performance.mark('compare-drawn');
    doc.documentElement.dataset['compare'] = 'ready';
    delete doc.documentElement.dataset['passages'];
    const fill = () =>
      void Promise.all(ids.map(async (id) => [id, await loadPassages(id)] as const)).then(
        (files) => {
          if (mine !== generation) return;
          const start = performance.now();
          fillPassages(doc, shared, new Map(files));
          performance.measure('compare-passages', { start });
          doc.documentElement.dataset['passages'] = 'ready';
        },
        (e: Error) => {
          if (mine === generation)
            status.textContent = `${e.message}. The pair pages below show every passage.`;
        },
      );
    // Now if the shared events are in view, else when they come into view.
    wantPassages = fill;
    observer.unobserve(shared);
    observer.observe(shared);
  }

  const fromAddress = () => {
    const state = parseCompareState(location.search, known, meta.default);
    return show(state.ids, state.message);
  };

  for (const b of boxes)
    b.addEventListener('change', () => {
      const next = b.checked ? [...chosen, b.value] : chosen.filter((id) => id !== b.value);
      if (next.length < MIN_REPORTS) {
        chosen = next;
        syncBoxes();
        status.textContent = `Choose at least ${MIN_REPORTS} reports to compare.`;
        return;
      }
      history.pushState(null, '', `${location.pathname}${serializeCompareState(next)}`);
      void show(next, '');
    });
  addEventListener('popstate', () => void fromAddress());
  const downloadCsv = async (comparison: Comparison) => {
    const { comparisonCsv, csvFileName } = await import('./csv.ts');
    const url = URL.createObjectURL(
      new Blob([comparisonCsv(comparison)], { type: 'text/csv;charset=utf-8' }),
    );
    const a = doc.createElement('a');
    a.href = url;
    a.download = csvFileName(comparison.reports.map((r) => r.id));
    doc.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  $('cmp-csv').addEventListener('click', () => {
    if (!current) return;
    // The CSV code loads on first use; if it cannot (offline, or a new deploy), say so.
    downloadCsv(current).catch(() => {
      status.textContent = 'The CSV could not be made: reload the page and try again.';
    });
  });
  let width = $('cmp-coverage').clientWidth;
  addEventListener('resize', () => {
    const w = $('cmp-coverage').clientWidth;
    if (!current || w === width) return;
    width = w;
    drawCoverage(doc, $('cmp-coverage'), current, w, meta.chart);
    drawActors(doc, $('cmp-actors'), current, $('cmp-actors').clientWidth);
  });
  await fromAddress();
}
