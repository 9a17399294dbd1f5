/** What each kind of page puts on its social card. Pure: plain data in, `CardInput` out. */
import type { CardInput } from './card.ts';
import { joinNames } from '../domain/format.ts';
import {
  ACTOR_KIND_LABELS,
  EVENT_KIND_LABELS,
  REPORT_KIND_LABELS,
  midSentence,
  originName,
} from '../domain/labels.ts';
import { formatEventDate, formatIsoDate } from '../dates/format.ts';
import { reportLabel } from '../domain/events.ts';
import type { Report } from '../schemas/report.ts';
import type { Event } from '../schemas/event.ts';
import type { Actor } from '../schemas/actor.ts';

/** The page address as cards print it: host and path, no scheme, no trailing slash. */
export function cardFooter(url: string): string {
  const u = new URL(url);
  return `${u.host}${u.pathname}`.replace(/\/$/, '');
}

export function reportCard(report: Report, url: string): CardInput {
  return {
    kicker: `${REPORT_KIND_LABELS[report.kind]} · ${originName(report.origin)}`,
    title: report.title,
    lines: [joinNames(report.authors), `${report.publisher}, ${formatIsoDate(report.published)}`],
    footer: cardFooter(url),
  };
}

/** "Hayton 2015, Xin 2015 and 2 more": the attesting reports, as many as fit a line. */
export function attestingLine(labels: readonly string[], max = 3): string {
  if (labels.length === 0) return 'Not yet attested by a report';
  const shown = labels.slice(0, max);
  const rest = labels.length - shown.length;
  return `${labels.length === 1 ? 'Attested by' : `${labels.length} reports:`} ${shown.join(', ')}${rest > 0 ? ` and ${rest} more` : ''}`;
}

export function eventCard(
  event: Event,
  reportsById: ReadonlyMap<string, Report>,
  url: string,
): CardInput {
  const labels = event.attestations.flatMap((a) => {
    const r = reportsById.get(a.reportId);
    return r ? [reportLabel(r)] : [];
  });
  return {
    kicker: `Event · ${midSentence(EVENT_KIND_LABELS[event.kind])}`,
    title: event.title,
    lines: [
      `${formatEventDate(event.date)}${event.disagreements.length > 0 ? ' · the reports differ on the date' : ''}`,
      attestingLine(labels),
    ],
    footer: cardFooter(url),
  };
}

export function actorCard(actor: Actor, reportLabels: readonly string[], url: string): CardInput {
  return {
    kicker: `Actor · ${midSentence(ACTOR_KIND_LABELS[actor.kind])}`,
    title: actor.name,
    lines: [
      reportLabels.length
        ? `Named in ${reportLabels.length === 1 ? '1 report' : `${reportLabels.length} reports`}`
        : 'Named in no report yet',
      reportLabels.slice(0, 4).join(', ') +
        (reportLabels.length > 4 ? ` and ${reportLabels.length - 4} more` : ''),
    ].filter(Boolean),
    footer: cardFooter(url),
  };
}

export function briefingCard(b: { title: string; published: string }, url: string): CardInput {
  return {
    kicker: 'Briefing',
    title: b.title,
    lines: [formatIsoDate(b.published)],
    footer: cardFooter(url),
  };
}

export function homeCard(
  summary: {
    reports: number;
    claims: number;
    events: number;
    from?: string | undefined;
    to?: string | undefined;
  },
  url: string,
): CardInput {
  return {
    kicker: 'Research explorer',
    title: 'Vietnam, China and the United States, as the reports tell it',
    lines: [
      `${summary.reports} reports${summary.from && summary.to ? `, ${summary.from.slice(0, 4)}–${summary.to.slice(0, 4)}` : ''} · ${summary.claims.toLocaleString('en-US')} citable claims · ${summary.events.toLocaleString('en-US')} events`,
    ],
    footer: cardFooter(url),
  };
}
