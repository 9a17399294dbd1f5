import type { z } from 'astro/zod';

/**
 * An error in the content that must stop the build. The message always names the file, the field
 * (or line) and what was expected, so an editor can fix it without reading a stack trace.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly field: string | undefined;

  /**
   * `field` may name the record first, as `actor "cpv".roles[0].of`; the message then reads
   * `…: actor "cpv", field "roles[0].of": …`.
   */
  constructor(file: string, field: string | undefined, problem: string) {
    const record = field ? /^(\w+ "[^"]*")(?:\.(.+))?$/.exec(field) : null;
    const where = record
      ? `${record[1]}${record[2] ? `, field "${record[2]}"` : ''}`
      : field
        ? `field "${field}"`
        : '';
    super(`${file}${where ? `: ${where}` : ''}: ${problem}`);
    this.name = 'ContentError';
    this.file = file;
    this.field = field;
  }
}

/**
 * Several content errors reported at once, so one build shows every problem, not only the first.
 * (The list is not called `errors`: Astro treats an error with an `errors` array as an aggregate and
 * would print only the first.)
 */
export class ContentErrors extends Error {
  readonly problems: ContentError[];

  constructor(errors: ContentError[]) {
    super(
      `${errors.length} content error${errors.length === 1 ? '' : 's'}:\n` +
        errors.map((e) => `  - ${e.message}`).join('\n'),
    );
    this.name = 'ContentErrors';
    this.problems = errors;
  }
}

/** Dotted path of a zod issue, e.g. `roles[2].from`. */
export function issuePath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

/** Turns a zod failure into content errors naming the file and each failing field. */
export function zodErrors(file: string, error: z.ZodError, prefix = ''): ContentError[] {
  return error.issues.map((issue) => {
    const path = issuePath(issue.path);
    const field = [prefix, path].filter(Boolean).join(path.startsWith('[') ? '' : '.');
    return new ContentError(file, field || undefined, expectedMessage(issue));
  });
}

function expectedMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}${/received undefined/.test(issue.message) ? ' (field is missing)' : ''}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    default:
      return issue.message;
  }
}
