/** Text set into the body that is not part of it: pull-quotes, and the labels of a map or chart. */
import { endsSentence } from '../text.ts';
import type { Marking } from './marks.ts';

/** A pull-quote: an indented block in quotation marks after a line that stops mid-sentence. */
export function markPullQuotes(m: Marking): void {
  const { lines, mark, set } = m;
  for (let i = 1; i < lines.length; i++) {
    if (!/^\s{4,}[“"]/u.test(lines[i]!.raw) || mark[i] !== undefined) continue;
    let j = i;
    while (j < lines.length && /^\s{4,}\S/u.test(lines[j]!.raw)) j++;
    const quote = lines
      .slice(i, j)
      .map((l) => l.text)
      .join(' ');
    let p = i - 1;
    while (p >= 0 && !lines[p]!.text) p--;
    if (p >= 0 && /[”"]\.?$/u.test(quote) && quote.length <= 300 && !endsSentence(lines[p]!.text))
      for (let k = i; k < j; k++) set(k, 'pull-quote');
  }
}

/** Map and chart labels: a run of short lines without sentence punctuation just before a figure caption. */
export function markFigureLabels(m: Marking): void {
  const { lines, mark, set } = m;
  for (let i = 0; i < lines.length; i++) {
    if (!/^(?:Figure|Fig\.|Map|Chart)\s*\d+[.:]/u.test(lines[i]!.text)) continue;
    let j = i - 1;
    const run: number[] = [];
    while (
      j >= 0 &&
      lines[j]!.text &&
      mark[j] === undefined &&
      lines[j]!.text.length <= 30 &&
      !/[.;:?!,]$/u.test(lines[j]!.text)
    )
      run.push(j--);
    if (run.length >= 3) for (const k of run) set(k, 'caption');
  }
}
