/**
 * The comparison's two charts, drawn into a given document with d3-scale: coverage over time (one row
 * per report on one time axis, the timeline's ticks, mark shapes and class colours; every mark a link)
 * and the actor dot plot (one row per actor, one dot per report, each report with its own shape and
 * colour). Both take the container's width; text goes in as text nodes.
 */
import { scaleLinear } from 'd3-scale';
import { el, svg } from './dom.ts';
import type { ActorShare, Comparison } from './model.ts';
import { percent } from './pages.ts';
import { eventExtent, timeTicks } from '../timeline/time.ts';
import { formatEventDate, formatYear } from '../dates/format.ts';
import { markRadius, shapePath } from '../timeline/shapes.ts';

/** What the charts take from the timeline besides its modules: class labels and where its default view starts. */
export interface ChartOptions {
  classLabels: Record<string, string>;
  /** Events before this year are squeezed into a gutter at the left (the timeline's default view start). */
  fromYear: number;
}

/** Report shapes, in comparison order: the timeline's four shapes and a cross. */
const REPORT_SHAPES = [
  'verbal-cooperation',
  'material-cooperation',
  'verbal-conflict',
  'material-conflict',
  'cross',
];

export function reportShape(i: number, r: number): string {
  const shape = REPORT_SHAPES[i % REPORT_SHAPES.length]!;
  if (shape !== 'cross') return shapePath(shape, r);
  const a = Math.round(r * 0.35 * 100) / 100;
  const b = Math.round(r * 1.1 * 100) / 100;
  return `M${-a},${-b}H${a}V${-a}H${b}V${a}H${a}V${b}H${-a}V${a}H${-b}V${-a}H${-a}Z`;
}

/** A legend entry's icon for report `i`. */
export function reportIcon(doc: Document, i: number): SVGElement {
  return svg(
    doc,
    'svg',
    { class: 'cmp-icon', viewBox: '-8 -8 16 16', width: 14, height: 14, 'aria-hidden': 'true' },
    svg(doc, 'path', { class: `cmp-r${i}`, d: reportShape(i, 6) }),
  );
}

const ROW = 44;
const TOP = 8;
const AXIS = 26;
const GUTTER = 56;

/**
 * The time domain of the coverage chart: the events' whole span; when it reaches back before 1945
 * (BCE included), that stretch is squeezed into a gutter at the left so the modern decades, where the
 * reports mostly are, keep the width.
 */
export function coverageDomain(
  extents: ReadonlyArray<[number, number]>,
  fromYear: number,
): { domain: number[]; broken: boolean } {
  const start = Math.min(...extents.map((e) => e[0]));
  const end = Math.max(...extents.map((e) => e[1]));
  if (!Number.isFinite(start)) return { domain: [2000, 2020], broken: false };
  if (start < fromYear - 5 && end > fromYear + 5)
    return {
      domain: [Math.floor(start) - 1, fromYear, end + Math.max(0.5, (end - fromYear) * 0.02)],
      broken: true,
    };
  const pad = Math.max(0.5, (end - start) * 0.02);
  return { domain: [start - pad, end + pad], broken: false };
}

export function drawCoverage(
  doc: Document,
  container: HTMLElement,
  c: Comparison,
  available: number,
  options: ChartOptions,
): void {
  const { fromYear } = options;
  const width = Math.max(280, available || 640);
  const height = TOP + c.reports.length * ROW + AXIS;
  const extents = c.events.map((e) => eventExtent(e.date));
  const { domain, broken } = coverageDomain(extents, fromYear);
  const x = scaleLinear()
    .domain(domain)
    .range(broken ? [8, GUTTER, width - 8] : [8, width - 8])
    .clamp(true);
  const root = svg(doc, 'svg', {
    class: 'cmp-svg',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'group',
    'aria-label': `Coverage over time: ${c.reports.map((r) => `${r.label}, ${r.events.length} events`).join('; ')}`,
  });
  const attested = new Map(c.events.map((e) => [e.id, e.passages.length]));
  const centre = new Map(c.events.map((e, k) => [e.id, (extents[k]![0] + extents[k]![1]) / 2]));
  // Hundreds of marks: each is a clone of one prototype link, its shape path looked up by class and size.
  const paths = new Map<string, string>();
  const shape = (cls: string, n: number) => {
    const key = `${cls} ${n}`;
    let d = paths.get(key);
    if (d === undefined) paths.set(key, (d = shapePath(cls, Math.min(9, markRadius(n) * 0.8))));
    return d;
  };
  const proto = svg(doc, 'a', {}, svg(doc, 'title'), svg(doc, 'path'));
  c.reports.forEach((r, i) => {
    const y = TOP + i * ROW;
    const g = svg(doc, 'g', { role: 'group', 'aria-label': `${r.label}: events it attests` });
    g.append(
      svg(
        doc,
        'text',
        { x: 0, y: y + 11, 'aria-hidden': 'true' },
        `${r.label} (${r.events.length})`,
      ),
      svg(doc, 'line', { class: 'cmp-row-line', x1: 0, x2: width, y1: y + 30, y2: y + 30 }),
    );
    for (const e of r.events) {
      const cx = Math.round(x(centre.get(e.id) ?? 0) * 10) / 10;
      const n = attested.get(e.id) ?? 1;
      // The title is the link's accessible name (SVG) and its tooltip.
      const a = proto.cloneNode(true) as SVGElement;
      a.setAttribute('href', `/events/${e.id}/`);
      const [title, path] = a.children as unknown as [SVGElement, SVGElement];
      title.textContent = `${e.title}, ${formatEventDate(e.date)}; ${n > 1 ? `attested by ${n} of the chosen reports` : `only ${r.label}`}`;
      path.setAttribute('class', `tl-sym ${e.cls}`);
      path.setAttribute('d', shape(e.cls, n));
      path.setAttribute('transform', `translate(${cx},${y + 30})`);
      path.setAttribute('fill-opacity', n > 1 ? '0.95' : '0.6');
      g.append(a);
    }
    root.append(g);
  });
  // Axis: the timeline's ticks over the modern stretch, the first year at the gutter.
  const axisY = TOP + c.reports.length * ROW + 4;
  const axis = svg(
    doc,
    'g',
    { class: 'cmp-axis', 'aria-hidden': 'true' },
    svg(doc, 'line', { x1: 0, x2: width, y1: axisY, y2: axisY }),
  );
  const from = broken ? domain[1]! : domain[0]!;
  const count = Math.max(3, Math.floor((width - (broken ? GUTTER : 0)) / 80));
  for (const t of timeTicks([from, domain.at(-1)!], count)) {
    const tx = x(t.value);
    axis.append(
      svg(doc, 'line', { x1: tx, x2: tx, y1: axisY, y2: axisY + 5 }),
      svg(doc, 'text', { x: tx, y: axisY + 17, 'text-anchor': 'middle' }, t.label),
    );
  }
  if (broken) {
    axis.append(
      svg(doc, 'text', { x: 2, y: axisY + 17 }, formatYear(Math.ceil(domain[0]!))),
      ...c.reports.map((_, i) =>
        svg(doc, 'line', {
          class: 'cmp-break',
          x1: GUTTER,
          x2: GUTTER,
          y1: TOP + i * ROW + 18,
          y2: TOP + i * ROW + ROW,
        }),
      ),
    );
  }
  root.append(axis);
  const legend = el(
    doc,
    'ul',
    { class: 'cmp-legend sans', 'aria-label': 'Legend' },
    Object.entries(options.classLabels).map(([cls, text]) =>
      el(
        doc,
        'li',
        {},
        svg(
          doc,
          'svg',
          {
            class: 'cmp-icon',
            viewBox: '-8 -8 16 16',
            width: 14,
            height: 14,
            'aria-hidden': 'true',
          },
          svg(doc, 'path', { class: `tl-sym ${cls}`, d: shapePath(cls, 6) }),
        ),
        text,
      ),
    ),
    broken ? el(doc, 'li', {}, `Before ${fromYear}: squeezed left of the dashed line`) : null,
  );
  container.replaceChildren(root, legend);
}

/** The dot plot of actor shares and, below it, the same figures as a table. */
export function drawActors(
  doc: Document,
  container: HTMLElement,
  c: Comparison,
  available: number,
): void {
  const rows: ActorShare[] = c.actors;
  const width = Math.max(280, available || 640);
  const labelW = Math.min(220, Math.round(width * 0.34));
  const maxChars = Math.floor(labelW / 6.6);
  const rowH = 26;
  const height = rows.length * rowH + 30;
  const max = Math.max(0.05, ...rows.flatMap((r) => r.shares.map((s) => s.share)));
  const x = scaleLinear()
    .domain([0, max])
    .range([labelW + 8, width - 12])
    .nice();
  const root = svg(doc, 'svg', {
    class: 'cmp-svg',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'aria-hidden': 'true',
  });
  rows.forEach((row, i) => {
    const y = i * rowH + 14;
    const values = row.shares.map((s) => x(s.share));
    root.append(
      svg(
        doc,
        'text',
        { x: labelW, y: y + 4, 'text-anchor': 'end' },
        row.name.length > maxChars ? `${row.name.slice(0, maxChars - 1)}…` : row.name,
      ),
      svg(doc, 'line', { class: 'cmp-row-line', x1: labelW + 8, x2: width - 12, y1: y, y2: y }),
      svg(doc, 'line', {
        class: 'cmp-range',
        x1: Math.min(...values),
        x2: Math.max(...values),
        y1: y,
        y2: y,
      }),
      ...row.shares.map((s, j) =>
        svg(doc, 'path', {
          class: `cmp-r${j}`,
          d: reportShape(j, 5.5),
          transform: `translate(${x(s.share)},${y})`,
          'fill-opacity': 0.9,
        }),
      ),
    );
  });
  const axisY = rows.length * rowH + 6;
  const axis = svg(
    doc,
    'g',
    { class: 'cmp-axis' },
    svg(doc, 'line', { x1: labelW + 8, x2: width - 12, y1: axisY, y2: axisY }),
  );
  for (const t of x.ticks(Math.max(2, Math.floor((width - labelW) / 70))))
    axis.append(svg(doc, 'text', { x: x(t), y: axisY + 16, 'text-anchor': 'middle' }, percent(t)));
  root.append(axis);
  const legend = el(
    doc,
    'ul',
    { class: 'cmp-legend sans', 'aria-label': 'Reports' },
    c.reports.map((r, i) => el(doc, 'li', {}, reportIcon(doc, i), r.label)),
  );
  const table = el(
    doc,
    'table',
    { class: 'data' },
    el(
      doc,
      'caption',
      { class: 'visually-hidden' },
      'Share of each report’s claims naming each actor',
    ),
    el(
      doc,
      'thead',
      {},
      el(
        doc,
        'tr',
        {},
        el(doc, 'th', { scope: 'col' }, 'Actor'),
        c.reports.map((r) => el(doc, 'th', { scope: 'col' }, r.label)),
        el(doc, 'th', { scope: 'col' }, 'Gap'),
      ),
    ),
    el(
      doc,
      'tbody',
      {},
      rows.map((row) =>
        el(
          doc,
          'tr',
          {},
          el(doc, 'th', { scope: 'row' }, el(doc, 'a', { href: `/actors/${row.id}/` }, row.name)),
          row.shares.map((s) => el(doc, 'td', {}, `${percent(s.share)} (${s.count})`)),
          el(doc, 'td', {}, percent(row.divergence)),
        ),
      ),
    ),
  );
  const twin = el(
    doc,
    'details',
    { class: 'sans' },
    el(doc, 'summary', {}, 'The same figures as a table'),
    table,
  );
  container.replaceChildren(legend, root, twin);
}
