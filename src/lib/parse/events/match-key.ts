/** Match keys, and the dyads of the triangle an actor set touches. */
import type { Dyad } from '../../schemas/event.ts';
import { fold } from '../fold.ts';

/** An actor's country: one of the triangle, another state or bloc (`OTHER`), or none (places…). */
export type Country = 'VN' | 'CN' | 'US' | 'OTHER' | null;
/** Comparison key for match terms and claim text: folded, lower case, punctuation runs → one space. */
export function matchKey(text: string): string {
  const words = fold(text, { lower: true })
    .replace(/[’‘`´]/g, "'")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.length ? ` ${words.join(' ')} ` : '';
}
/** Dyads an actor set touches; `multilateral` when a state or bloc outside the triangle takes part. */
export function dyadsOf(actors: readonly string[], actorCountry: (id: string) => Country): Dyad[] {
  const countries = new Set(actors.map(actorCountry));
  const out: Dyad[] = [];
  if (countries.has('VN') && countries.has('CN')) out.push('VN-CN');
  if (countries.has('VN') && countries.has('US')) out.push('VN-US');
  if (countries.has('US') && countries.has('CN')) out.push('US-CN');
  if (countries.has('OTHER') || (countries.has('VN') && countries.has('CN') && countries.has('US')))
    out.push('multilateral');
  return out;
}
