/**
 * The one order of ids (and of other machine strings: ISO dates, codes): by UTF-16 code units, what
 * `<` gives. It is the same on every machine and locale, so builds and downloads list records in the
 * same order everywhere; and it costs nothing in the browser, where the first `localeCompare` of a
 * page loads the collation data (tens of milliseconds).
 * Tested in tests/unit/domain/order.test.ts.
 */

/** Code-unit order of two strings: negative, zero or positive, for `Array.prototype.sort`. */
export function codeUnitOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Records by their id, in code-unit order of their ids. */
export function byId<T extends { readonly id: string }>(a: T, b: T): number {
  return codeUnitOrder(a.id, b.id);
}
