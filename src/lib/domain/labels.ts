/**
 * Every enum's human label, in one module: event kinds and classes, dyads, actor kinds, claim kinds,
 * report kinds, extraction sources, kinds of removed text, kinds of difference between reports,
 * search record types and outlet origins. The rule is `humanLabel`: every hyphen a space, the first
 * letter a capital ("military-incident" → "Military incident"); a label that says more than the rule
 * gives is written out where the rule would mislead ("paper" → "Working paper").
 *
 * The maps are written out, typed against the schemas' enums (types only: browser code imports this
 * module, and the schemas' runtime lists would bundle zod). tests/unit/domain/labels.test.ts checks
 * that each map covers its schema's list and where it follows the rule.
 */
import type { Actor } from '../schemas/actor.ts';
import type { Claim } from '../schemas/claim.ts';
import type { Dyad, Event } from '../schemas/event.ts';
import type { Removed, Report } from '../schemas/report.ts';
import type { DifferenceKind } from './kinds.ts';

/** The label of an enum value by the rule: every hyphen a space, the first letter a capital. */
export function humanLabel(value: string): string {
  const words = value.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A label inside a sentence or after a "·": its first letter in lower case ("military incident"). */
export function midSentence(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

export const EVENT_KIND_LABELS: Record<Event['kind'], string> = {
  'diplomatic-visit': 'Diplomatic visit',
  agreement: 'Agreement',
  dialogue: 'Dialogue',
  'military-incident': 'Military incident',
  'armed-conflict': 'Armed conflict',
  exercise: 'Exercise',
  'arms-transfer': 'Arms transfer',
  statement: 'Statement',
  protest: 'Protest',
  'legal-action': 'Legal action',
  economic: 'Economic',
  'domestic-politics': 'Domestic politics',
  normalisation: 'Normalisation',
  other: 'Other',
};

/** Cooperation↔conflict classes. */
export const EVENT_CLASS_LABELS: Record<Event['class'], string> = {
  'verbal-cooperation': 'Verbal cooperation',
  'material-cooperation': 'Material cooperation',
  'verbal-conflict': 'Verbal conflict',
  'material-conflict': 'Material conflict',
};

/** The pairs of the triangle, with the countries named. */
export const DYAD_LABELS: Record<Dyad, string> = {
  'VN-CN': 'Vietnam–China',
  'VN-US': 'Vietnam–US',
  'US-CN': 'US–China',
  multilateral: 'Multilateral',
};

/** One actor's kind ("Government body"). */
export const ACTOR_KIND_LABELS: Record<Actor['kind'], string> = {
  state: 'State',
  party: 'Party',
  'government-body': 'Government body',
  person: 'Person',
  military: 'Military',
  organisation: 'Organisation',
  company: 'Company',
  forum: 'Forum',
  place: 'Place',
};

/** Actor kinds as headings of a group of actors, plural. */
export const ACTOR_KIND_GROUP_LABELS: Record<Actor['kind'], string> = {
  state: 'States',
  party: 'Parties',
  'government-body': 'Government bodies',
  person: 'People',
  military: 'Militaries',
  organisation: 'Organisations',
  company: 'Companies',
  forum: 'Forums and agreements',
  place: 'Places',
};

export const CLAIM_KIND_LABELS: Record<Claim['kind'], string> = {
  fact: 'Fact',
  assessment: 'Assessment',
  quotation: 'Quotation',
  recommendation: 'Recommendation',
  prediction: 'Prediction',
};

export const REPORT_KIND_LABELS: Record<Report['kind'], string> = {
  report: 'Report',
  article: 'Article',
  commentary: 'Commentary',
  paper: 'Working paper',
};

/** What a report's text was extracted from, as a sentence says it ("extracted from a PDF"). */
export const EXTRACTION_SOURCES: Record<Report['extraction'], string> = {
  pdf: 'a PDF',
  web: 'a web page',
  docx: 'a Word document',
  html: 'a saved HTML page',
  manual: 'a manual transcription',
};

/** Kinds of text ingest removed from a report's body. */
export const REMOVED_KIND_LABELS: Record<Removed['kind'], string> = {
  'page-number': 'Page number',
  'running-header': 'Running header',
  chrome: 'Chrome',
  caption: 'Caption',
  credit: 'Credit',
  'pull-quote': 'Pull quote',
  duplicate: 'Duplicate',
  sidebar: 'Sidebar',
  slug: 'Slug',
  'front-matter': 'Front matter',
  contents: 'Contents',
  navigation: 'Navigation',
  byline: 'Byline',
  'author-bio': 'Author bio',
  related: 'Related',
  comment: 'Comment',
  dateline: 'Dateline',
  other: 'Other',
};

/** Kinds of difference between the reports attesting one event. */
export const DIFFERENCE_LABELS: Record<DifferenceKind, string> = {
  date: 'Dates that contradict',
  period: 'Dates at another precision or period',
  actors: 'Different actors named',
};

/** The record types search finds, singular and plural ("1 claim", "Claims"). */
export const RECORD_TYPE_LABELS: Record<'claim' | 'event' | 'actor' | 'report', [string, string]> =
  {
    claim: ['Claim', 'Claims'],
    event: ['Event', 'Events'],
    actor: ['Actor', 'Actors'],
    report: ['Report', 'Reports'],
  };

/** Country names of the outlets' origin codes (ISO 3166-1 alpha-2). */
const ORIGIN_NAMES: Record<string, string> = {
  AU: 'Australia',
  CN: 'China',
  US: 'United States',
  VN: 'Vietnam',
  GB: 'United Kingdom',
  SG: 'Singapore',
  JP: 'Japan',
};

/** Country name of an outlet's origin code, or the code itself when unknown. */
export function originName(code: string): string {
  return ORIGIN_NAMES[code] ?? code;
}
