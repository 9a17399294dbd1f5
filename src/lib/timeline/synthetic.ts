/**
 * Synthetic events for the timeline benchmark: `n` events recombined from the real ones (the date of
 * one, shifted by up to two years and kept at its precision; the class, kind and actors of others;
 * the reports of a third), deterministic for a seed. Pure.
 */
import type { TimelineEvent } from './data.ts';
import { byTime } from './data.ts';
import { eventExtent } from './time.ts';
import { decimalToIso } from '../dates/compare.ts';
import { seededRandom } from '../seeded-random.ts';

export function synthesize(real: readonly TimelineEvent[], n: number, seed = 1): TimelineEvent[] {
  if (real.length === 0) return [];
  const rand = seededRandom(seed);
  const pick = () => real[Math.floor(rand() * real.length)] as TimelineEvent;
  const out: TimelineEvent[] = [];
  for (let i = 0; i < n; i++) {
    const when = pick();
    const what = pick();
    const who = pick();
    const isoPrecision =
      when.startIso.length === 10 ? 'day' : when.startIso.length === 7 ? 'month' : 'year';
    const shift = when.start > 1900 ? (rand() - 0.5) * 4 : 0;
    const startIso = decimalToIso(when.start + shift, isoPrecision);
    const endIso = when.endIso
      ? decimalToIso(when.start + shift + (when.end - when.start) * 0.9, isoPrecision)
      : undefined;
    const date = {
      start: startIso,
      end: endIso && endIso > startIso ? endIso : undefined,
      precision: when.precision,
    };
    const [start, end] = eventExtent(date);
    out.push({
      id: `syn-${String(i).padStart(4, '0')}`,
      title: `${what.title} (synthetic ${i})`,
      startIso,
      endIso: date.end,
      precision: when.precision,
      start,
      end,
      kind: what.kind,
      cls: what.cls,
      actors: who.actors,
      dyads: who.dyads,
      reports: when.reports,
      origins: when.origins,
      origin: what.origin,
      era: undefined,
      altIso: [],
      alt: [],
      dispute: undefined,
    });
  }
  return out.sort(byTime);
}
