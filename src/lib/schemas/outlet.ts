import { z } from 'astro/zod';

/**
 * What kind of publisher an outlet is. It decides how a report from it is cited:
 * - `institution`: a think tank, research centre or university unit publishing its own reports;
 * - `journal`: a scholarly or student journal (articles are journal articles);
 * - `news`: a newspaper, news agency or broadcaster's news site (articles are newspaper articles);
 * - `magazine`: a magazine or review of commentary (magazine articles);
 * - `blog`: a blog or commentary site of posts (blog posts).
 */
export const outletTypes = ['institution', 'journal', 'news', 'magazine', 'blog'] as const;

/** A publisher or outlet of reports, curated in content/outlets.yaml. */
export const outletSchema = z.strictObject({
  /** The name exactly as reports give it in their `publisher` field. */
  name: z.string().min(1),
  /** What kind of outlet it is (see `outletTypes`). */
  type: z.enum(outletTypes),
  /** City where it publishes, for citations ("Sydney"); leave out when not known for sure. */
  place: z.string().min(1).optional(),
  /** Its home page, when it has one. */
  url: z.url().optional(),
});

/** content/outlets.yaml: a list of outlets. */
export const outletsFileSchema = z.array(outletSchema);

export type Outlet = z.output<typeof outletSchema>;
export type OutletType = (typeof outletTypes)[number];
