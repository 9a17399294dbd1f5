/**
 * Page-breaks pass: a paragraph cut off mid-sentence (by a page break, a sidebar, a pull-quote or a
 * picture set between columns) is joined with its continuation.
 */
import { endsSentence } from './text.ts';
import { joinLines } from './blocks.ts';
import type { Block, IngestContext } from './types.ts';

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
    if (a.kind !== 'p' || endsSentence(a.text) || /^(Table|Figure|Note|Source)\b/u.test(a.text)) continue;
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
