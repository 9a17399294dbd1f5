/** Checks of the gazetteer as a whole: unique ids and forms, cross references that resolve. */
import type { Actor } from '../../schemas/actor.ts';
import { ContentError, ContentErrors } from '../errors.ts';
import { fold } from '../fold.ts';
import { normaliseForm } from './gazetteer.ts';

/**
 * Problems in a gazetteer as a whole, each naming the file, the actor and the field: duplicate ids,
 * one form claimed by two actors, and affiliation/roles[].of pointing at unknown actor ids.
 */
export function gazetteerProblems(
  actors: Actor[],
  fileOf: (record: { id: string }) => string,
): ContentError[] {
  const problems: ContentError[] = [];
  const ids = new Map<string, Actor>();
  for (const a of actors) {
    const first = ids.get(a.id);
    if (first !== undefined) {
      problems.push(
        new ContentError(
          fileOf(a),
          `actor "${a.id}".id`,
          `duplicate actor id "${a.id}" (also defined earlier in ${fileOf(first)}); expected each id once`,
        ),
      );
    } else ids.set(a.id, a);
  }

  // A form may belong to one actor only (short names excepted: they are resolved by recency).
  const owners = new Map<string, { id: string; field: string }>();
  for (const a of actors) {
    const fields: Array<[string, string[], boolean]> = [
      ['name', [a.name], true],
      ['aliases', a.aliases, true],
      ['metonyms', a.metonyms, true],
      ['native.vi', a.native.vi ? [a.native.vi] : [], true],
      ['acronyms', a.acronyms, false],
      ['native.zh', a.native.zh ? [a.native.zh] : [], false],
      ['demonyms', a.demonyms, false],
    ];
    for (const [field, forms, caseFolded] of fields) {
      forms.forEach((form, k) => {
        const group = field === 'demonyms' ? 'd' : caseFolded ? 'n' : 'a';
        const key = `${group}:${fold(normaliseForm(form), { lower: caseFolded })}`;
        const where =
          forms.length > 1 ||
          field === 'aliases' ||
          field === 'metonyms' ||
          field === 'acronyms' ||
          field === 'demonyms'
            ? `${field}[${k}]`
            : field;
        const owner = owners.get(key);
        if (owner && owner.id !== a.id) {
          problems.push(
            new ContentError(
              fileOf(a),
              `actor "${a.id}".${where}`,
              `"${form}" is also claimed by actor "${owner.id}" (${fileOf({ id: owner.id })}, ${owner.field}); expected each name to belong to one actor`,
            ),
          );
        } else if (!owner) owners.set(key, { id: a.id, field: where });
      });
    }
  }

  // An acronym spelled exactly like another actor's name would match the same span twice.
  const nameOwners = new Map<string, string>();
  for (const a of actors) {
    for (const form of [a.name, ...a.aliases, ...a.metonyms])
      nameOwners.set(fold(normaliseForm(form)), a.id);
  }
  for (const a of actors) {
    a.acronyms.forEach((form, k) => {
      const owner = nameOwners.get(fold(normaliseForm(form)));
      if (owner !== undefined && owner !== a.id) {
        problems.push(
          new ContentError(
            fileOf(a),
            `actor "${a.id}".acronyms[${k}]`,
            `"${form}" is also a name of actor "${owner}" (${fileOf({ id: owner })}); expected each name to belong to one actor`,
          ),
        );
      }
    });
  }

  for (const a of actors) {
    if (a.affiliation !== undefined && !ids.has(a.affiliation)) {
      problems.push(
        new ContentError(
          fileOf(a),
          `actor "${a.id}".affiliation`,
          `unknown actor id "${a.affiliation}"; expected the id of an actor in content/actors/`,
        ),
      );
    }
    if (a.affiliation === a.id) {
      problems.push(
        new ContentError(
          fileOf(a),
          `actor "${a.id}".affiliation`,
          'an actor cannot be affiliated with itself',
        ),
      );
    }
    a.roles.forEach((r, k) => {
      if (r.of !== undefined && !ids.has(r.of)) {
        problems.push(
          new ContentError(
            fileOf(a),
            `actor "${a.id}".roles[${k}].of`,
            `unknown actor id "${r.of}"; expected the id of an actor in content/actors/`,
          ),
        );
      }
      if (r.from && r.to && r.to < r.from) {
        problems.push(
          new ContentError(
            fileOf(a),
            `actor "${a.id}".roles[${k}].to`,
            `role ends (${r.to}) before it starts (${r.from})`,
          ),
        );
      }
    });
  }
  return problems;
}

/** Throws ContentErrors listing every problem `gazetteerProblems` finds; returns quietly otherwise. */
export function validateGazetteer(
  actors: Actor[],
  fileOf: (record: { id: string }) => string,
): void {
  const problems = gazetteerProblems(actors, fileOf);
  if (problems.length) throw new ContentErrors(problems);
}
