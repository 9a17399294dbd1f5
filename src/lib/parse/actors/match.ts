/** Matching one report's sentences against a compiled gazetteer. */
import { foldDiacritics } from '../fold.ts';
import { walk, type Candidate } from './candidates.ts';
import { demonymNamesState } from './demonyms.ts';
import type { Gazetteer } from './gazetteer.ts';

/** One actor mention: offsets are UTF-16 offsets into the text given to `match` (end exclusive). */
export interface ActorMention {
  actorId: string;
  start: number;
  end: number;
  text: string;
}

/** A web address in a claim ("http://english.chinamil.com.cn/news-channels/china-military-news/…"). */
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s)\]>"”]+/gi;

/**
 * A matcher for one report. Feed it the report's sentences in document order: it remembers which
 * full names it has seen, for the short-name rule.
 */
export function createReportMatcher(g: Gazetteer): { match(text: string): ActorMention[] } {
  /** Actor id → sequence number of the last full-name mention (for short-name resolution). */
  const seen = new Map<string, number>();
  let counter = 0;

  return {
    match(text: string): ActorMention[] {
      const lowerFolded = foldDiacritics(text, { lower: true });
      const caseFolded = foldDiacritics(text);
      const lt = lowerFolded.text;
      const ct = caseFolded.text;
      const candidates: Candidate[] = [];
      for (let i = 0; i < lt.length; i++) {
        walk(g.insensitive, lt, i, candidates);
        walk(g.sensitive, ct, i, candidates);
      }

      // Demonyms survive inside a hyphenated compound with another match, before an agent noun or
      // as nouns.
      const starts = new Set(candidates.map((c) => c.start));
      const ends = new Set(candidates.map((c) => c.end));
      const kept = candidates.filter(
        (c) =>
          c.entry.cls !== 'demonym' ||
          (!c.plural &&
            ((ct[c.end] === '-' && starts.has(c.end + 1)) ||
              (ct[c.start - 1] === '-' && ends.has(c.start - 1)))) ||
          demonymNamesState(ct, c),
      );

      // Longest first, then earliest; take those that overlap nothing already taken.
      kept.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      const chosen: Candidate[] = [];
      const taken = new Uint8Array(lt.length);
      // Words inside a web address name no actor: they are taken before any candidate is chosen.
      for (const m of ct.matchAll(WEB_ADDRESS)) taken.fill(1, m.index, m.index + m[0].length);
      const shortSpans = new Set<string>();
      for (const c of kept) {
        // Several actors may share a short name at the same span: keep them all for now.
        const span = `${c.start}:${c.end}`;
        if (c.entry.cls === 'short' && shortSpans.has(span)) {
          chosen.push(c);
          continue;
        }
        let free = true;
        for (let k = c.start; k < c.end; k++) {
          if (taken[k]) {
            free = false;
            break;
          }
        }
        if (!free) continue;
        chosen.push(c);
        if (c.entry.cls === 'short') shortSpans.add(span);
        for (let k = c.start; k < c.end; k++) taken[k] = 1;
      }
      chosen.sort((a, b) => a.start - b.start || a.end - b.end);

      const out: ActorMention[] = [];
      for (let idx = 0; idx < chosen.length; idx++) {
        const c = chosen[idx] as Candidate;
        let actorId = c.entry.actorId;
        if (c.entry.cls === 'short') {
          // Gather every actor sharing this short name at this span; pick the most recently seen.
          const group = [c];
          while (idx + 1 < chosen.length) {
            const n = chosen[idx + 1] as Candidate;
            if (n.start !== c.start || n.end !== c.end || n.entry.cls !== 'short') break;
            group.push(n);
            idx++;
          }
          let best: string | undefined;
          let bestSeen = -1;
          for (const m of group) {
            const s = seen.get(m.entry.actorId);
            if (s !== undefined && s > bestSeen) {
              best = m.entry.actorId;
              bestSeen = s;
            }
          }
          if (best === undefined) continue;
          actorId = best;
        } else if (c.entry.cls === 'name' || c.entry.cls === 'zh' || c.entry.cls === 'acronym') {
          seen.set(actorId, ++counter);
        }
        const start = caseFolded.starts[c.start] as number;
        const end = caseFolded.ends[c.end - 1] as number;
        out.push({ actorId, start, end, text: text.slice(start, end) });
      }
      return out;
    },
  };
}
