/** Dedupe pass: pull-quotes (a passage repeated, whole or abridged, from the body) and repeated paragraphs are removed and logged. */
import { norm, type Block, type IngestContext } from './types.ts';

/** Returns the blocks without pull-quotes and duplicates. */
export function dedupe(ctx: IngestContext, blocks: readonly Block[]): Block[] {
  const normed = blocks.map((b) => (b.kind === 'h' || b.kind === 'table' ? '' : norm(b.text)));
  const drop = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    const a = normed[i]!;
    if (a.length < 40 || blocks[i]!.kind === 'li') continue;
    for (let j = 0; j < blocks.length; j++) {
      if (i === j || drop.has(j)) continue;
      const b = normed[j]!;
      if (b === a && j < i) {
        drop.add(i);
        ctx.remove('duplicate', blocks[i]!.text, blocks[i]!.line);
        break;
      }
      if (b.length > a.length && (b.includes(a) || abridgedIn(a, b))) {
        drop.add(i);
        ctx.remove('pull-quote', blocks[i]!.text, blocks[i]!.line);
        break;
      }
    }
  }
  return blocks.filter((_, i) => !drop.has(i));
}

/**
 * True when `a` is an abridged copy of a passage of `b`: a single sentence whose words all occur in `b`
 * in order, within a span at most twice its length (pull-quotes often drop a clause).
 */
export function abridgedIn(a: string, b: string): boolean {
  const aw = a.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (aw.length < 8 || aw.length > 60 || /[.?!]\s+\p{Lu}/u.test(a)) return false;
  const bw = b.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  for (let k = 0; k < bw.length; k++) {
    if (bw[k] !== aw[0]) continue;
    let j = 1;
    let end = k;
    for (let x = k + 1; x < bw.length && j < aw.length && x - k <= 2 * aw.length; x++) {
      if (bw[x] === aw[j]) {
        j++;
        end = x;
      }
    }
    if (j === aw.length && end - k <= 2 * aw.length) return true;
  }
  return false;
}
