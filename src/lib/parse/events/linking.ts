/**
 * What the linking passes share: the input, the curated events prepared for matching (candidates),
 * and the attachments and claim–event links made so far.
 */
import type { Claim } from '../../schemas/claim.ts';
import type { CuratedEvent } from '../../schemas/event.ts';
import { spanOf, type Span } from '../../dates/compare.ts';
import { matchKey, type Country } from './match-key.ts';
import { parts } from './periods.ts';

export interface AttachInput {
  /**
   * Claims with their dates and actors. Section, paragraph, sentence and kind, when given, let a
   * claim without a date of its own be read in its context (see "Naming" in `../events.ts`).
   */
  claims: Array<
    Pick<Claim, 'id' | 'reportId' | 'text' | 'actors' | 'dates'> &
      Partial<Pick<Claim, 'section' | 'paragraph' | 'sentence' | 'kind' | 'mentions'>>
  >;
  curated: CuratedEvent[];
  /** Reports with their publication date (ISO); mentions after it are not made into events. */
  reports: Array<{ id: string; published: string }>;
  /** The country an actor belongs to, following the gazetteer's affiliation chain. */
  actorCountry: (id: string) => Country;
}

/** One claim of the input. */
export type InputClaim = AttachInput['claims'][number];

/** A curated event prepared for matching: its period, year, match keys and actors. */
export interface Candidate {
  event: CuratedEvent;
  span: Span;
  year: number;
  terms: string[];
  /** Match keys of the terms that are one common word, written in lower case ("rig", "removed"). */
  common: Set<string>;
  actors: Set<string>;
}

/** A claim attached to a curated event. */
export interface Attached {
  reportId: string;
  claimId: string;
  /** The date the claim gives the event; absent when the claim names it without a date. */
  date?: string;
  fine: boolean;
  disagrees: boolean;
}

/** The curated events prepared for matching, in id order. */
export function candidatesOf(curated: readonly CuratedEvent[]): Candidate[] {
  return curated
    .map((event) => ({
      event,
      span: spanOf(event.date.start, event.date.end),
      year: parts(event.date.start)[0],
      terms: event.terms.map(matchKey).filter(Boolean),
      common: new Set(event.terms.filter((t) => /^\p{Ll}+$/u.test(t)).map(matchKey)),
      actors: new Set(event.actors),
    }))
    .sort((a, b) => (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0));
}

/** The attachments and claim–event links the passes have made so far. */
export interface Links {
  /** Curated event id → the claims attached to it. */
  attached: Map<string, Attached[]>;
  /** Claim id → the ids of the events it attests. */
  claimEvents: Record<string, string[]>;
  link: (claimId: string, eventId: string) => void;
}

/** Links with nothing attached yet. */
export function newLinks(): Links {
  const claimEvents: Record<string, string[]> = {};
  return {
    attached: new Map<string, Attached[]>(),
    claimEvents,
    link: (claimId: string, eventId: string) => {
      const list = (claimEvents[claimId] ??= []);
      if (!list.includes(eventId)) list.push(eventId);
    },
  };
}

/** What every pass after the dated one reads and writes. */
export interface Passes {
  candidates: readonly Candidate[];
  byEventId: ReadonlyMap<string, Candidate>;
  links: Links;
  actorCountry: (id: string) => Country;
  /** Attaches `claim` to `c` (not a fine date, not a disagreement) and links them. */
  attest: (claim: InputClaim, c: Candidate, date?: string) => void;
  /** How many events hold each term, not counting an event nested in another holder. */
  termEvents: ReadonlyMap<string, number>;
  /** Claims that went on telling an earlier event: their dates make no extracted event. */
  continued: Set<string>;
}

/** One claim read in document order, with its context. */
export interface Reading {
  claim: InputClaim;
  /** The claim's match key. */
  text: string;
  /** The periods of the claim's own dates. */
  own: Span[];
  /** The periods of the paragraph's last dated sentence, else the section's, else its heading's. */
  context: Span[];
  /** Curated events attested earlier in the paragraph, the latest last. */
  paragraphEvents: readonly string[];
  /** Curated events attested earlier in the section, the latest last. */
  sectionEvents: readonly string[];
}
