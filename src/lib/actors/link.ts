/**
 * Splits claim text into plain and linked segments at its actor mentions, so pages can render actor
 * links without building HTML strings (each segment is text; the template escapes it).
 */
export interface Mention {
  actorId: string;
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  /** Set when the segment names an actor. */
  actorId?: string;
}

/**
 * Segments of `text` in order. Mentions outside the text or overlapping an earlier, longer one are
 * skipped (the longest wins; on equal length the earlier).
 */
export function linkSegments(text: string, mentions: readonly Mention[]): Segment[] {
  const chosen: Mention[] = [];
  const ordered = [...mentions]
    .filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start)
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const m of ordered)
    if (!chosen.some((c) => c.start < m.end && m.start < c.end)) chosen.push(m);
  chosen.sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = 0;
  for (const m of chosen) {
    if (m.start > at) out.push({ text: text.slice(at, m.start) });
    out.push({ text: text.slice(m.start, m.end), actorId: m.actorId });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
