/**
 * Page-breaks pass: a paragraph cut off mid-sentence (by a page break, a sidebar, a pull-quote or a
 * picture set between columns) is joined with its continuation.
 */
import { endsSentence } from './text.ts';
import { joinLines } from './blocks/join.ts';
import { PAGE_BREAK, type Kept } from './furniture.ts';
import type { Block, IngestContext, Line } from './types.ts';

/** A line that stops mid-sentence: no final punctuation, and long (a wrapped line) or ending on a comma, dash or function word. */
export function endsMidSentence(t: string): boolean {
  if (endsSentence(t)) return false;
  return (
    t.length >= 45 ||
    /[,–—-]$|\b(?:the|of|and|a|an|to|in|into|for|with|on|by|as|at|or|its|their|his|her|against|from|that|which|who|whose|was|were|is|are|had|has|have|not|but|than|between|after|before|under|over|while|during|about)$/iu.test(
      t,
    )
  );
}

/**
 * Where page furniture stood (a form feed, page number, running header or footer, slug, or notes at the
 * page's foot were taken out), a line that stops mid-sentence runs on into the next page's first line:
 * the blank lines around the break are dropped so both stay one paragraph. Elsewhere a page break
 * separates nothing.
 */
export function bridgePageBreaks(kept: readonly Kept[]): (Line | null)[] {
  const out: (Line | null)[] = [];
  for (let i = 0; i < kept.length; i++) {
    const k = kept[i]!;
    if (k !== PAGE_BREAK) {
      out.push(k);
      continue;
    }
    let last: Line | undefined;
    for (let b = out.length - 1; b >= 0; b--) {
      if (out[b]) {
        last = out[b]!;
        break;
      }
    }
    let j = i + 1;
    while (j < kept.length && (kept[j] === null || kept[j] === PAGE_BREAK)) j++;
    const next = kept[j];
    if (last && next && next !== PAGE_BREAK && endsMidSentence(last.text)) {
      while (out.length && out[out.length - 1] === null) out.pop();
      i = j - 1;
    }
  }
  return out;
}

/** The unfinished paragraph a lower-case continuation belongs to: within the last three blocks, never across a heading. */
export function continuationTarget(blocks: readonly Block[], text: string): Block | undefined {
  if (!/^[\p{Ll}(]/u.test(text)) return undefined;
  for (let k = blocks.length - 1; k >= Math.max(0, blocks.length - 3); k--) {
    const b = blocks[k]!;
    if (b.kind === 'h') break;
    if (b.kind === 'p' && (!endsSentence(b.text) || /:$/u.test(b.text))) return b;
  }
  return undefined;
}

/** PDF: joins a paragraph that does not end a sentence with the next paragraph (within three blocks, never across a heading). */
export function joinAcrossBreaks(ctx: IngestContext, blocks: Block[]): void {
  if (ctx.extraction !== 'pdf') return;
  for (let i = 0; i < blocks.length; i++) {
    const a = blocks[i]!;
    if (a.kind !== 'p' || endsSentence(a.text) || /^(Table|Figure|Note|Source)\b/u.test(a.text))
      continue;
    for (let k = i + 1; k <= Math.min(i + 3, blocks.length - 1); k++) {
      const b = blocks[k]!;
      if (b.kind === 'h') break;
      if (b.kind !== 'p' || /^(Table|Figure|Note|Source)\b/u.test(b.text)) continue;
      a.text = joinLines([a.text, b.text], ctx.vocabulary);
      blocks.splice(k, 1);
      i--; // the merged paragraph may still be unfinished
      break;
    }
  }
}
