/**
 * /compare/ in the browser: reads the choice from the address (`?r=a,b`, see state.ts), fetches only
 * those reports' summaries (/compare/summary/<id>.json, each once), compares them (model.ts) and
 * draws every section; checkboxes change the choice and push it to the history, so Back and Forward
 * step through earlier choices. Marks `data-compare="ready"` on <html> and the performance mark
 * `compare-drawn` when a comparison is drawn (the bench and the tests wait for them).
 */
import { drawActors, drawCoverage } from './chart.ts';
import { compareReports, type Comparison } from './model.ts';
import { lede, renderKinds, renderOnly, renderShared } from './render.ts';
import { MAX_REPORTS, MIN_REPORTS, parseCompareState, serializeCompareState } from './state.ts';
import type { ReportSummary } from './summary.ts';

interface Meta {
  reports: string[];
  default: string[];
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
      if (mine === generation) status.textContent = `${(e as Error).message}. Try again, or use the pair pages below.`;
      return;
    }
    if (mine !== generation) return;
    const t0 = performance.now();
    const c = compareReports(summaries);
    current = c;
    $('cmp-lede').textContent = lede(c);
    const pair = $<HTMLAnchorElement>('cmp-pair-link');
    const sortedIds = [...ids].sort();
    pair.hidden = ids.length !== 2 || meta.reports.length > 50;
    pair.href = `/compare/${sortedIds[0]}/${sortedIds[1]}/`;
    drawCoverage(doc, $('cmp-coverage'), c);
    renderShared(doc, $('cmp-shared'), c);
    renderOnly(doc, $('cmp-only'), c);
    drawActors(doc, $('cmp-actors'), c);
    renderKinds(doc, $('cmp-kinds'), c);
    view.setAttribute('aria-busy', 'false');
    performance.measure('compare-draw', { start: t0 });
    performance.mark('compare-drawn');
    doc.documentElement.dataset['compare'] = 'ready';
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
  $('cmp-csv').addEventListener('click', async () => {
    if (!current) return;
    const { comparisonCsv, csvFileName } = await import('./csv.ts');
    const url = URL.createObjectURL(new Blob([comparisonCsv(current)], { type: 'text/csv;charset=utf-8' }));
    const a = doc.createElement('a');
    a.href = url;
    a.download = csvFileName(current.reports.map((r) => r.id));
    doc.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
  let width = $('cmp-coverage').clientWidth;
  addEventListener('resize', () => {
    const w = $('cmp-coverage').clientWidth;
    if (!current || w === width) return;
    width = w;
    drawCoverage(doc, $('cmp-coverage'), current);
    drawActors(doc, $('cmp-actors'), current);
  });
  await fromAddress();
}
