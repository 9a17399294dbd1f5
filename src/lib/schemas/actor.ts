import { z } from 'astro/zod';
import { isoDateWithPrecision as isoDate } from './iso-date.ts';

/** Kinds of actor in the gazetteer; `place` covers disputed features treated as actors (Paracels, Cam Ranh Bay). */
export const actorKinds = [
  'state',
  'party',
  'government-body',
  'person',
  'military',
  'organisation',
  'company',
  'forum',
  'place',
] as const;

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase slug such as "nguyen-phu-trong"');

/** Case-sensitive forms must start with a capital, so a lower-case word ("us", "party") can never match. */
const capitalised = z
  .string()
  .min(1)
  .regex(
    /^\p{Lu}/u,
    'expected a form starting with a capital letter (it is matched case-sensitively)',
  );

/** A position an actor held, with dates where the reports give them. */
export const actorRoleSchema = z.strictObject({
  /** Title of the position, e.g. "General Secretary". */
  title: z.string().min(1),
  /** Actor id of the body or state the position belongs to, e.g. `cpv`. */
  of: slug.optional(),
  /** Start of the tenure as an ISO date (YYYY, YYYY-MM or YYYY-MM-DD). */
  from: isoDate.optional(),
  /** End of the tenure as an ISO date; absent while the reports treat it as current. */
  to: isoDate.optional(),
});

/** One entry of the curated actor gazetteer (`content/actors/<kind>.yaml`). */
export const actorSchema = z.strictObject({
  /** Stable slug used in URLs and cross references, e.g. `cpv`, `nguyen-phu-trong`. */
  id: slug,
  /** Display name, with Vietnamese diacritics where they apply ("Nguyễn Phú Trọng"). */
  name: z.string().min(1),
  /** What sort of actor this is. */
  kind: z.enum(actorKinds),
  /** Other full names, matched as whole words ignoring case and diacritics ("Vietnamese Communist Party"). */
  aliases: z.array(z.string().min(1)).default([]),
  /** Abbreviations matched case-sensitively as whole words ("CPV", "PLA", "U.S."). */
  acronyms: z.array(capitalised).default([]),
  /** Metonyms resolving to this actor, chiefly capital cities ("Hanoi" → Vietnam). */
  metonyms: z.array(z.string().min(1)).default([]),
  /** Adjective or prefix forms ("Sino", "Vietnamese") counted only inside a hyphenated compound with another match ("Sino-Vietnamese"). */
  demonyms: z.array(capitalised).default([]),
  /** Names in native scripts: Vietnamese with diacritics, Chinese characters. */
  native: z
    .strictObject({
      /** Vietnamese name with diacritics. */
      vi: z.string().min(1).optional(),
      /** Chinese name in simplified characters, matched as an exact substring. */
      zh: z.string().min(1).optional(),
    })
    .default({}),
  /** Actor id this actor belongs to (a minister → their state, a party → its country). */
  affiliation: slug.optional(),
  /** Positions held, with dates where the reports give them. */
  roles: z.array(actorRoleSchema).default([]),
  /** One line in our own words saying who or what this is. */
  description: z.string().min(1),
  /** Bare surname or given name that counts only after the full name appeared in the same report ("Trọng"). */
  shortNames: z.array(capitalised).default([]),
});

/** A gazetteer entry after parsing (defaults filled in). */
export type Actor = z.output<typeof actorSchema>;
/** A role after parsing. */
export type ActorRole = z.output<typeof actorRoleSchema>;
/** The kind of an actor. */
export type ActorKind = (typeof actorKinds)[number];
