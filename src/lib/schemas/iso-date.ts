import { z } from 'astro/zod';

import { isoDateProblem } from '../dates/iso.ts';

/** The check behind the zod type, for schemas that refine a field themselves (events, ingest metadata). */
export { isoDateProblem };

/** Zod type for an ISO date string with year, month or day precision; rejects impossible dates. */
export const isoDateWithPrecision = z.string().superRefine((value, ctx) => {
  const problem = isoDateProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
