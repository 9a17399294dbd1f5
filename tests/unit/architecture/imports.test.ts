// The import graph of src/lib runs one way: every module imports only from its own folder or from a
// lower layer, and no modules import each other in a circle. Imports are read with the TypeScript
// compiler's own pre-processor (static imports, `import type`, re-exports and dynamic `import()`), so
// a comment or a string that looks like an import is not one.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = 'src/lib';

/**
 * The layers, lowest first. A module belongs to the layer of the longest prefix that names it
 * (a file before its folder). Why each sits where it does:
 */
const LAYERS: ReadonlyArray<{ name: string; modules: readonly string[] }> = [
  // ISO dates and the calendar: leaves the schemas use to validate dates; and the seeded random
  // numbers of the synthetic timeline.
  { name: 'base', modules: ['dates/iso.ts', 'dates/calendar.ts', 'seeded-random.ts'] },
  // One zod schema per file: the shape of every record.
  { name: 'schemas', modules: ['schemas'] },
  // Finding, resolving, comparing and writing dates (they produce DateMention records).
  { name: 'dates', modules: ['dates'] },
  // Rules shared by every page and by browser code: labels, id order, counts and names, event rules.
  { name: 'domain', modules: ['domain'] },
  // Raw text → Markdown, Markdown → records: the pipeline behind the content collections.
  { name: 'pipeline', modules: ['ingest', 'parse'] },
  // Citation model and the /data downloads: records in other formats.
  { name: 'formats', modules: ['cite', 'export'] },
  // One kind of page each: claims, events, actors, report reading views, social cards; and the
  // curation reports of `npm run events:review`. None imports another.
  {
    name: 'pages',
    modules: ['claims', 'events', 'actors', 'render', 'cards', 'review'],
  },
  // The interactive views, built from the records and page rules below them.
  { name: 'views', modules: ['timeline', 'search'] },
  // The comparison draws with the timeline's scale and shapes.
  { name: 'comparison', modules: ['compare'] },
  // Build-time code that reads and writes files (memo, noindex, cache keys): nothing pure needs it.
  { name: 'build', modules: ['build'] },
  // The Astro content loader: the adapter that runs the pipeline inside a build.
  { name: 'loader', modules: ['loader'] },
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return sources(p);
    return /\.ts$/.test(d.name) && !d.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Each module (path under src/lib) with the project modules it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(ROOT)) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = info.importedFiles
      .map((f) => f.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => {
        const target = resolve(dirname(file), name);
        if (!existsSync(target))
          throw new Error(`${file}: import "${name}" names no file (expected a path with .ts)`);
        return relative(ROOT, target);
      });
    graph.set(relative(ROOT, file), [...new Set(targets)]);
  }
  return graph;
}

function layerOf(module: string): number {
  let best = { at: -1, length: -1 };
  LAYERS.forEach((layer, at) => {
    for (const prefix of layer.modules)
      if ((module === prefix || module.startsWith(`${prefix}/`)) && prefix.length > best.length)
        best = { at, length: prefix.length };
  });
  return best.at;
}

const folderOf = (module: string) => module.split('/')[0];

/** Every circle of imports, each as its modules in order (Tarjan's strongly connected components). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v)?.includes(v)) found.push(component.reverse());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
}

/** One circle through the component, as "a -> b -> a", so the message shows where to cut it. */
function circleThrough(
  component: readonly string[],
  graph: ReadonlyMap<string, readonly string[]>,
) {
  const inside = new Set(component);
  const start = component[0]!;
  const path = [start];
  const seen = new Set([start]);
  for (;;) {
    const next = graph.get(path.at(-1)!)!.filter((w) => inside.has(w));
    if (next.includes(start)) return [...path, start].join(' -> ');
    const step = next.find((w) => !seen.has(w))!;
    path.push(step);
    seen.add(step);
  }
}

/** Imports from a module to a higher layer, or to another folder of its own layer, with the layers named. */
function upwardImports(graph: ReadonlyMap<string, readonly string[]>): string[] {
  return [...graph].flatMap(([from, tos]) =>
    tos
      .filter((to) => {
        const down = layerOf(to) < layerOf(from);
        const home = folderOf(from) === folderOf(to) && layerOf(to) <= layerOf(from);
        return !down && !home;
      })
      .map(
        (to) =>
          `${from} -> ${to} (${LAYERS[layerOf(from)]!.name} imports ${LAYERS[layerOf(to)]!.name})`,
      ),
  );
}

const graph = importGraph();

describe('the import graph of src/lib', () => {
  it('is read from every module', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('events/pages.ts')).toContain('domain/events.ts');
  });

  it('places every module in a layer', () => {
    expect([...graph.keys()].filter((m) => layerOf(m) < 0)).toEqual([]);
  });

  it('has no circle of imports', () => {
    expect(cycles(graph).map((c) => circleThrough(c, graph))).toEqual([]);
  });

  it('only imports down the layers, or within a module’s own folder', () => {
    expect(upwardImports(graph)).toEqual([]);
  });

  it('finds a circle and an upward import when there is one', () => {
    const circle = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(cycles(circle).map((c) => circleThrough(c, circle))).toEqual([
      'a.ts -> b.ts -> c.ts -> a.ts',
    ]);
    expect(
      upwardImports(
        new Map([
          ['domain/order.ts', []],
          ['domain/labels.ts', ['schemas/claim.ts', 'domain/order.ts']],
          ['schemas/claim.ts', ['domain/labels.ts']],
          ['claims/ledger.ts', ['events/pages.ts', 'domain/order.ts']],
          ['dates/iso.ts', ['dates/format.ts']],
        ]),
      ),
    ).toEqual([
      'schemas/claim.ts -> domain/labels.ts (schemas imports domain)',
      'claims/ledger.ts -> events/pages.ts (pages imports pages)',
      'dates/iso.ts -> dates/format.ts (base imports dates)',
    ]);
    expect(layerOf('schemas/claim.ts')).toBeLessThan(layerOf('domain/labels.ts'));
    expect(layerOf('dates/iso.ts')).toBeLessThan(layerOf('schemas/iso-date.ts'));
    expect(layerOf('dates/format.ts')).toBeGreaterThan(layerOf('schemas/date-mention.ts'));
  });
});
