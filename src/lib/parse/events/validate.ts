/** Checks of the curated events as a whole, each naming the file, the event, the field and what was expected. */
import { spanOf } from '../../dates/compare.ts';
import type { CuratedEvent } from '../../schemas/event.ts';
import { isoDateProblem } from '../../schemas/iso-date.ts';
import { ContentError, ContentErrors } from '../errors.ts';
import { matchKey } from './match-key.ts';

/** The ISO form each precision expects for an event's start. */
const FORMS: Record<CuratedEvent['date']['precision'], [RegExp, string]> = {
  day: [/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'],
  month: [/^\d{4}-\d{2}$/, 'YYYY-MM'],
  season: [/^\d{4}-\d{2}$/, 'YYYY-MM (the first month of the season)'],
  year: [/^-?\d{4}$/, 'YYYY (or -YYYY for BCE, astronomical)'],
  decade: [/^\d{3}0$/, 'YYY0 (the decade’s first year)'],
};

/** A problem with one ISO value of an event date, or null. BCE years are astronomical ("-0110"). */
function dateProblem(value: string): string | null {
  if (/^-\d{4}$/.test(value)) return null;
  return isoDateProblem(value);
}

/** The id prefix a start date calls for: "2014-…", "0938-…", or "bce-111-…" for -0110. */
function expectedIdPrefix(start: string): string | null {
  const bce = /^-(\d{4})$/.exec(start);
  if (bce) return `bce-${1 + Number(bce[1])}-`;
  const year = /^(\d{4})/.exec(start);
  return year ? `${year[1]}-` : null;
}

/**
 * Checks the curated events as a whole and throws `ContentErrors` naming the file, the event, the
 * field and what was expected: duplicate ids; ids that do not start with the start year; actors that
 * are not in the gazetteer; impossible dates ("2015-02-30"); a start not written at its precision
 * ("2014-05" with precision day); an end before the start; match terms with no letters or digits.
 */
export function validateCuratedEvents(
  events: readonly CuratedEvent[],
  knownActorIds: ReadonlySet<string>,
  fileOf: (record: { id: string }) => string,
): void {
  const errors: ContentError[] = [];
  const seen = new Map<string, string>();
  for (const e of events) {
    const file = fileOf(e);
    const where = (field: string) => `event "${e.id}".${field}`;
    const other = seen.get(e.id);
    if (other !== undefined)
      errors.push(
        new ContentError(
          file,
          where('id'),
          `duplicate event id "${e.id}" (also defined in ${other}); expected each curated event once`,
        ),
      );
    else seen.set(e.id, file);
    e.actors.forEach((a, i) => {
      if (!knownActorIds.has(a))
        errors.push(
          new ContentError(
            file,
            where(`actors[${i}]`),
            `unknown actor id "${a}"; expected an id from content/actors/*.yaml`,
          ),
        );
    });
    let datesValid = true;
    for (const field of ['start', 'end'] as const) {
      const value = e.date[field];
      if (value === undefined) continue;
      const problem = dateProblem(value);
      if (problem) {
        datesValid = false;
        errors.push(new ContentError(file, where(`date.${field}`), problem));
      }
    }
    const [form, formText] = FORMS[e.date.precision];
    if (datesValid && !form.test(e.date.start))
      errors.push(
        new ContentError(
          file,
          where('date.start'),
          `"${e.date.start}" does not match precision "${e.date.precision}"; expected ${formText}`,
        ),
      );
    if (datesValid && e.date.end !== undefined) {
      if (spanOf(e.date.end).to < spanOf(e.date.start).from)
        errors.push(
          new ContentError(
            file,
            where('date.end'),
            `ends (${e.date.end}) before it starts (${e.date.start}); expected end ≥ start`,
          ),
        );
    }
    const prefix = datesValid ? expectedIdPrefix(e.date.start) : null;
    if (prefix && !e.id.startsWith(prefix))
      errors.push(
        new ContentError(
          file,
          where('id'),
          `id does not start with the year of date.start (${e.date.start}); expected "${prefix}…"`,
        ),
      );
    e.terms.forEach((t, i) => {
      if (!matchKey(t))
        errors.push(
          new ContentError(
            file,
            where(`terms[${i}]`),
            `match term "${t}" has no letters or digits; expected a word or name to look for`,
          ),
        );
    });
  }
  if (errors.length) throw new ContentErrors(errors);
}
