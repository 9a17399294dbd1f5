import { z } from 'astro/zod';

import { isoDateProblem } from '../render/iso.ts';

export { isoDateProblem, isoPrecision, type DatePrecision } from '../render/iso.ts';

/** Zod type for an ISO date string with year, month or day precision; rejects impossible dates. */
export const isoDateWithPrecision = z.string().superRefine((value, ctx) => {
  const problem = isoDateProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
